#include "TestSupport.h"
#include "store/Store.h"
#include "store/StoreReader.h"
#include "store/WorkspaceLoader.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

namespace {

// The observations whose `field` equals another's without sharing its characters.
int unsharedCopies(const ObservationTable &observations, QString Observation::*field)
{
    QHash<QString, const QChar *> first;
    int copies = 0;
    for (const Observation &o : observations) {
        const QString &text = o.*field;
        const auto it = first.constFind(text);
        if (it == first.cend())
            first.insert(text, text.constData());
        else if (*it != text.constData())
            ++copies;
    }
    return copies;
}

int observationVersions(const Dataset &d)
{
    int n = 0;
    for (auto it = d.rowVersions.cbegin(); it != d.rowVersions.cend(); ++it)
        n += it.key().startsWith(QStringLiteral("observations/"));
    return n;
}

} // namespace

// Reading a workspace's observations (StoreReader, WorkspaceLoader): what a million of them cost
// in memory depends on these.
class TestStoreReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void repeatedStringsAreSharedNotCopied();
    void onlyChangedRowVersionsAreKept();
    void aMissingTableIsAClearErrorAndChangesNothing();
    void observationsComeInTheOrderOfTheQuery_data();
    void observationsComeInTheOrderOfTheQuery();

private:
    QTemporaryDir m_dir;
};

void TestStoreReader::repeatedStringsAreSharedNotCopied()
{
    const QString path = m_dir.filePath("shared.gapscope");
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const auto whole = store.load();
    QVERIFY(whole && whole->observations.size() > 100);
    const auto base = store.loadWithoutObservations();
    WorkspaceLoader loader;
    QSignalSpy finished(&loader, &WorkspaceLoader::finished);
    loader.start(path, *base);
    QVERIFY(finished.wait(30000));
    QVERIFY2(loader.succeeded(), qPrintable(loader.errorString()));
    const Dataset loaded = loader.takeDataset();
    QCOMPARE(loaded.observations, whole->observations);
    for (const ObservationTable *observations : {&whole->observations, &loaded.observations}) {
        QCOMPARE(unsharedCopies(*observations, &Observation::indicator), 0);
        QCOMPARE(unsharedCopies(*observations, &Observation::country), 0);
        QCOMPARE(unsharedCopies(*observations, &Observation::kind), 0);
        QCOMPARE(unsharedCopies(*observations, &Observation::source), 0);
    }
}

void TestStoreReader::onlyChangedRowVersionsAreKept()
{
    const QString path = m_dir.filePath("versions.gapscope");
    std::optional<Dataset> before;
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        before = store.load();
    }
    QVERIFY(before);
    // Every observation is at its first version: none is kept, Workspace reads a missing one as 1.
    QCOMPARE(observationVersions(*before), 0);
    QVERIFY(!before->rowVersions.isEmpty()); // those of the other records are
    Observation edited = before->observations.at(7);
    edited.value += 1;
    {
        Workspace workspace(*before, path);
        workspace.edit(edited);
        QCOMPARE(workspace.save(), Store::SaveResult::Saved);
    }
    std::optional<Dataset> after;
    {
        Store store;
        QVERIFY(store.open(path));
        after = store.load();
    }
    QVERIFY(after);
    QCOMPARE(observationVersions(*after), 1);
    QCOMPARE(after->rowVersions.value(QStringLiteral("observations/") + edited.id), 2);
    // Saved again from what was read since: no conflict; from what was read before the save: one.
    edited.value += 1;
    {
        Workspace workspace(*after, path);
        workspace.edit(edited);
        QCOMPARE(workspace.save(), Store::SaveResult::Saved);
    }
    {
        Workspace stale(*before, path);
        stale.edit(edited);
        QCOMPARE(stale.save(), Store::SaveResult::Conflict);
    }
}

void TestStoreReader::aMissingTableIsAClearErrorAndChangesNothing()
{
    const QString path = m_dir.filePath("broken.gapscope");
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const auto base = store.loadWithoutObservations();
    QVERIFY(base);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE observations RENAME TO observations_gone")));
    // Without progress (the query fails) and with it (counting them fails first).
    for (const bool withProgress : {false, true}) {
        Dataset untouched = *base;
        QVERIFY(!store.loadObservations(untouched, withProgress ? [](qint64, qint64) { return true; }
                                                                : std::function<bool(qint64, qint64)>()));
        QVERIFY2(store.errorString().contains(QStringLiteral("broken.gapscope")), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(QStringLiteral("no such table: observations")),
                 qPrintable(store.errorString()));
        QVERIFY(untouched.observations.isEmpty());
        QCOMPARE(untouched.rowVersions, base->rowVersions);
    }
}

void TestStoreReader::observationsComeInTheOrderOfTheQuery_data()
{
    QTest::addColumn<bool>("wideDate");
    QTest::newRow("dates that pack") << false;
    QTest::newRow("a date too wide to pack") << true;
}

// A SQLite workspace's observations are read in the order the file keeps them and sorted in
// memory (ObservationOrder): the result must be SQLite's own ORDER BY, texts compared by their
// UTF-8 bytes (U+FF5E before U+1F600 there, after it in UTF-16), ties broken by id ("b10" before
// "b9"), one name the beginning of another, months and days.
void TestStoreReader::observationsComeInTheOrderOfTheQuery()
{
    QFETCH(bool, wideDate);
    const QString path = m_dir.filePath(wideDate ? "order-wide.gapscope" : "order.gapscope");
    const QStringList entities{QStringLiteral("KR"), QStringLiteral("K"), QStringLiteral("x\uFF5E"),
                               QStringLiteral("x\U0001F600"), QStringLiteral("US"), QStringLiteral("\uAC00")};
    const QStringList indicators{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("alpha_2")};
    ImportBatch batch;
    batch.file = QStringLiteral("order");
    for (const QString &id : indicators) {
        Indicator ind;
        ind.id = id;
        batch.indicators.append(ind);
    }
    // Written in an order of their own (a step coprime with the count), so that the file's order is not the query's.
    constexpr int count = 6 * 3 * 4 * 3;
    for (int k = 0, n = 0; k < count; ++k, n = (n + 37) % count) {
        Observation o;
        o.id = QStringLiteral("b%1").arg(n % 11);
        o.id += QStringLiteral("-%1").arg(n);
        o.country = entities.at(n % 6);
        o.indicator = indicators.at((n / 6) % 3);
        o.year = 2000 + (n / 18) % 4 % 2; // two years, each twice: ties broken by month, day and id
        o.month = (n / 72) % 2 ? 3 : 0;
        o.day = (n / 36) % 2 ? 12 : 0;
        o.value = n;
        o.source = QStringLiteral("test");
        o.kind = QStringLiteral("estimate");
        batch.observations.append(o);
    }
    batch.observations[5].id = QStringLiteral("b10"); // the same key as the one after, ids in byte order
    batch.observations[6] = batch.observations[5];
    batch.observations[6].id = QStringLiteral("b9");
    batch.observations[3].note = LocalizedText{QStringLiteral("a note"), QStringLiteral("메모")};
    if (wideDate)
        batch.observations[7].year = 9000000;
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY2(store.import(batch), qPrintable(store.errorString()));
    QStringList expected;
    QSqlQuery q(store.database());
    QVERIFY(q.exec(StoreReader::observationsQuery()));
    while (q.next())
        expected.append(q.value(0).toString());
    QStringList fileOrder;
    QVERIFY(q.exec(StoreReader::observationsInFileOrderQuery()));
    while (q.next())
        fileOrder.append(q.value(0).toString());
    QVERIFY(fileOrder != expected); // the test means something
    const auto loaded = store.load();
    QVERIFY2(loaded, qPrintable(store.errorString()));
    QStringList ids;
    for (qsizetype row = 0; row < loaded->observations.size(); ++row)
        ids.append(loaded->observations.idAt(row));
    QCOMPARE(ids, expected);
    // Every column moved with its row (the bundled dataset's observations are there too).
    QHash<QString, Observation> written;
    for (const Observation &o : std::as_const(batch.observations))
        written.insert(o.id, o);
    qsizetype found = 0;
    for (qsizetype row = 0; row < loaded->observations.size(); ++row) {
        const Observation o = loaded->observations.at(row);
        const auto it = written.constFind(o.id);
        if (it == written.cend())
            continue;
        ++found;
        QCOMPARE(o.country, it->country);
        QCOMPARE(o.indicator, it->indicator);
        QCOMPARE(o.year, it->year);
        QCOMPARE(o.month, it->month);
        QCOMPARE(o.day, it->day);
        QCOMPARE(o.value, it->value);
        QCOMPARE(o.note.en, it->note.en);
        QCOMPARE(o.note.ko, it->note.ko);
    }
    QCOMPARE(found, batch.observations.size());
}

QTEST_GUILESS_MAIN(TestStoreReader)
#include "tst_storereader.moc"
