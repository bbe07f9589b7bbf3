#include "domain/ObservationTable.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace gapscope;

// The dataset's observations kept as columns hand back exactly the records put in, through every
// way of reading them, after any sequence of edits, insertions and removals, as a QList of the
// same records would.
class TestObservationTable : public QObject
{
    Q_OBJECT

private slots:
    void readsBackWhatWasAppended();
    void editsAgreeWithAList();
    void rareDatesAndNotesAreKept();
    void equality();
    void findsIds();
    void columnsAreSmall();

private:
    static Observation random(QRandomGenerator &r, int n);
    static QList<Observation> randomList(QRandomGenerator &r, int count);
    static void compare(const ObservationTable &table, const QList<Observation> &list);
};

Observation TestObservationTable::random(QRandomGenerator &r, int n)
{
    static const QStringList kinds{"measured", "estimate", "projection", "target"};
    Observation o;
    // Ids of every length, some not ASCII.
    o.id = r.bounded(5) == 0 ? QStringLiteral(u"관측-%1").arg(n)
                             : QStringLiteral("obs-%1").arg(n).repeated(1 + int(r.bounded(3)));
    o.indicator = QStringLiteral("i%1").arg(r.bounded(7));
    o.country = QStringLiteral("C%1").arg(r.bounded(11));
    o.year = r.bounded(3) == 0 ? 0 : 1950 + int(r.bounded(100));
    o.month = int(r.bounded(13));
    o.day = o.month ? int(r.bounded(29)) : 0;
    o.value = r.generateDouble() * 1e6 - 5e5;
    o.kind = kinds.at(int(r.bounded(4)));
    o.source = r.bounded(10) == 0 ? QString() : QStringLiteral("src-%1").arg(r.bounded(3));
    if (r.bounded(6) == 0)
        o.note = {QStringLiteral("note %1").arg(n), r.bounded(2) ? QStringLiteral(u"메모 %1").arg(n) : QString()};
    return o;
}

QList<Observation> TestObservationTable::randomList(QRandomGenerator &r, int count)
{
    QList<Observation> list;
    for (int n = 0; n < count; ++n)
        list.append(random(r, n));
    return list;
}

void TestObservationTable::compare(const ObservationTable &table, const QList<Observation> &list)
{
    QCOMPARE(table.size(), list.size());
    QCOMPARE(table.isEmpty(), list.isEmpty());
    qsizetype i = 0;
    for (const Observation &o : table) {
        QCOMPARE(o, list.at(i));
        QCOMPARE(table.at(i), list.at(i));
        QCOMPARE(table[i], list.at(i));
        QCOMPARE(table.idAt(i), list.at(i).id);
        QCOMPARE(table.indicatorAt(i), list.at(i).indicator);
        QCOMPARE(table.entityAt(i), list.at(i).country);
        QCOMPARE(table.kindAt(i), list.at(i).kind);
        QCOMPARE(table.sourceAt(i), list.at(i).source);
        QCOMPARE(table.yearAt(i), list.at(i).year);
        QCOMPARE(table.monthAt(i), list.at(i).month);
        QCOMPARE(table.dayAt(i), list.at(i).day);
        QCOMPARE(table.valueAt(i), list.at(i).value);
        QCOMPARE(table.noteAt(i), list.at(i).note);
        ++i;
    }
    QCOMPARE(i, list.size());
    QCOMPARE(table.toList(), list);
}

void TestObservationTable::readsBackWhatWasAppended()
{
    QRandomGenerator r(7);
    const QList<Observation> list = randomList(r, 2000);
    ObservationTable table;
    for (const Observation &o : list)
        table.append(o);
    compare(table, list);
    // Converted from a list, appended to in bulk, copied.
    compare(ObservationTable(list), list);
    ObservationTable twice = table;
    twice += list;
    compare(twice, list + list);
    // Filled straight through interned numbers, as the workspace reader fills it.
    ObservationTable raw;
    for (const Observation &o : list)
        raw.appendRow(o.id.toUtf8(), raw.intern(o.indicator), raw.intern(o.country), o.year, o.month, o.day, o.value,
                      raw.intern(o.kind), raw.intern(o.source), o.note);
    compare(raw, list);
    table.clear();
    compare(table, {});
}

void TestObservationTable::editsAgreeWithAList()
{
    QRandomGenerator r(11);
    QList<Observation> list = randomList(r, 300);
    ObservationTable table(list);
    for (int round = 0; round < 600; ++round) {
        const auto row = qsizetype(r.bounded(int(list.size())));
        Observation o = random(r, 1000 + round);
        switch (round % 4) {
        case 0: // an edit keeping the id, as Workspace::edit does
            o.id = list.at(row).id;
            Q_FALLTHROUGH();
        case 1:
            list.replace(row, o);
            table.replace(row, o);
            break;
        case 2:
            list.insert(row, o);
            table.insert(row, o);
            break;
        default:
            list.removeAt(row);
            table.removeAt(row);
            list.append(o);
            table.append(o);
            break;
        }
        if (round % 50 == 0)
            compare(table, list);
    }
    compare(table, list);
    // Down to nothing and up again.
    while (!list.isEmpty()) {
        list.removeAt(0);
        table.removeAt(0);
    }
    compare(table, list);
    list.append(random(r, 1));
    table.insert(0, list.constFirst());
    compare(table, list);
}

void TestObservationTable::rareDatesAndNotesAreKept()
{
    // Dates no year, month or day field allows (a corrupt file, to be refused by validation) come
    // back as they were, so that the validator can name them.
    QList<Observation> list;
    for (const auto &[year, month, day] : {std::tuple{99999999, 1, 1}, std::tuple{-5000000, 0, 0},
                                           std::tuple{2024, 13, 0}, std::tuple{2024, -1, 40}, std::tuple{2024, 400, 99},
                                           std::tuple{0, 0, 0}, std::tuple{-44, 3, 15}}) {
        Observation o;
        o.id = QStringLiteral("d%1").arg(list.size());
        o.year = year;
        o.month = month;
        o.day = day;
        o.note = {QStringLiteral("n"), QString()};
        list.append(o);
    }
    ObservationTable table(list);
    compare(table, list);
    table.removeAt(1);
    list.removeAt(1);
    Observation plain = list.at(2);
    plain.month = 5;
    plain.note = {};
    table.replace(2, plain);
    list.replace(2, plain);
    table.insert(0, list.at(3));
    list.insert(0, list.at(3));
    compare(table, list);
}

void TestObservationTable::equality()
{
    QRandomGenerator r(3);
    const QList<Observation> list = randomList(r, 50);
    const ObservationTable a(list);
    ObservationTable b;
    for (const Observation &o : std::as_const(list))
        b.append(o); // the strings numbered in another order would not matter
    QVERIFY(a == b);
    Observation changed = list.at(20);
    changed.note.ko = QStringLiteral(u"다른 메모");
    b.replace(20, changed);
    QVERIFY(!(a == b));
    b.replace(20, list.at(20));
    QVERIFY(a == b);
    b.removeAt(49);
    QVERIFY(!(a == b));
}

void TestObservationTable::findsIds()
{
    QRandomGenerator r(5);
    ObservationTable table;
    for (int n = 0; n < 100; ++n)
        table.append(random(r, n));
    for (qsizetype i = 0; i < table.size(); ++i)
        QCOMPARE(table.indexOfId(table.idAt(i)), i);
    QCOMPARE(table.indexOfId(QStringLiteral("obs-")), -1);
    QCOMPARE(table.indexOfId(QString()), -1);
    // The iterator's arithmetic, for the standard algorithms.
    const QString wanted = table.idAt(42);
    const auto found = std::find_if(table.cbegin(), table.cend(), [&](const Observation &o) { return o.id == wanted; });
    QCOMPARE(found - table.cbegin(), 42);
    QCOMPARE(found->id, table.idAt(42));
}

void TestObservationTable::columnsAreSmall()
{
    // A workspace's million observations in miniature: ids like "b123456", 200 entities, 50
    // indicators, no notes. The columns take 4 bytes for each of the four strings' numbers, the
    // date, the id's end, 8 for the value and the id's bytes: 39 bytes here, where a QList of
    // records took 192 and a heap block for each id.
    ObservationTable table;
    const int n = 100000;
    table.reserve(n);
    for (int i = 0; i < n; ++i) {
        Observation o{QStringLiteral("b%1").arg(100000 + i), QStringLiteral("i%1").arg(i % 50),
                      QStringLiteral("C%1").arg(i / 500), 1925 + i % 100, 0, double(i), QStringLiteral("measured"),
                      QStringLiteral("src"), {}, 0};
        table.append(o);
    }
    table.squeeze();
    const double perRow = double(table.bytes()) / n;
    QVERIFY2(perRow < 40, qPrintable(QString::number(perRow)));
}

QTEST_GUILESS_MAIN(TestObservationTable)
#include "tst_observationtable.moc"
