#include "TestSupport.h"
#include "io/CsvParser.h"
#include "io/ImportReader.h"
#include "io/ImportRows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

Q_DECLARE_METATYPE(gapscope::ImportLayout)

// The record loop every CSV layout shares (ImportRows::eachRecord): the records after the header
// given in turn with a row of their line, blank lines passed over, a record of the wrong number of
// fields or with an over-long field refused with its file, line and column before it is read, and
// the first record that fails ending the loop. Then each layout (tidy, owid, wide, one column per
// entity, a timeline, one row per record) read with blank lines between its rows, with a short
// row and with an over-long field.
class TestImportRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachRecord();
    void layouts_data();
    void layouts();

private:
    QTemporaryDir m_dir;
    Dataset m_dataset;
};

namespace {

QList<CsvRecord> parsed(const QString &text)
{
    CsvParser parser;
    if (!parser.parse(text))
        qFatal("the test's CSV does not parse: %s", qPrintable(parser.errorString()));
    return parser.records();
}

} // namespace

void TestImportRows::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = test::bundledDataset();
}

void TestImportRows::eachRecord()
{
    ImportOptions options;
    ImportBatch batch;
    batch.file = QStringLiteral("loop.csv");
    ParseError error;
    ImportRows rows(m_dataset, options, batch, error);

    // Blank lines (none or one empty field) are passed over; each other record comes with its line.
    const QList<CsvRecord> records = parsed(QStringLiteral("a,b\n1,2\n\n   \n3,4\n5,6\n"));
    QList<int> lines;
    QStringList firsts;
    QVERIFY(rows.eachRecord(records, [&](const CsvRecord &record, ImportRow &row) {
        lines << row.line;
        firsts << record.fields.value(0);
        return row.fields.isEmpty() && row.columns.isEmpty();
    }));
    QCOMPARE(lines, (QList<int>{2, 5, 6}));
    QCOMPARE(firsts, (QStringList{"1", "3", "5"}));
    QVERIFY(error.message.isEmpty());

    // The first record that fails ends the loop, its error kept.
    lines.clear();
    QVERIFY(!rows.eachRecord(records, [&](const CsvRecord &, ImportRow &row) {
        lines << row.line;
        return row.line != 5 || rows.fail(row.line, 2, QStringLiteral("stop here"));
    }));
    QCOMPARE(lines, (QList<int>{2, 5}));
    QCOMPARE(error.toString(), QStringLiteral("loop.csv, line 5, column 2: stop here"));

    // A short record is refused before it is read, with the line and column where it ends.
    lines.clear();
    QVERIFY(!rows.eachRecord(parsed(QStringLiteral("a,b,c\n1,2,3\n\n4,5\n7,8,9\n")), [&](const CsvRecord &, ImportRow &row) {
        lines << row.line;
        return true;
    }));
    QCOMPARE(lines, QList<int>{2});
    QCOMPARE(error.line, 4);
    QCOMPARE(error.column, 3);
    QCOMPARE(error.message, QStringLiteral("2 fields where the header has 3"));

    // A file of its header alone gives nothing to read.
    QVERIFY(rows.eachRecord(parsed(QStringLiteral("a,b\n")), [](const CsvRecord &, ImportRow &) { return false; }));
}

void TestImportRows::layouts_data()
{
    QTest::addColumn<ImportLayout>("layout");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("rows"); // three good rows
    QTest::addColumn<int>("values"); // the observations, or the events, the good rows make

    QTest::newRow("tidy") << ImportLayout::Tidy << QString() << "country,indicator,year,value"
                          << QStringList{"KOR,x_rows,2020,1", "JPN,x_rows,2020,2", "USA,x_rows,2020,3"} << 3;
    QTest::newRow("owid") << ImportLayout::Owid << QString() << "Entity,Code,Year,Robots"
                          << QStringList{"South Korea,KOR,2020,1", "Japan,JPN,2020,2", "World,OWID_WRL,2020,3"} << 3;
    QTest::newRow("wide") << ImportLayout::Wide << QString() << "country,indicator,2020,2021"
                          << QStringList{"KOR,x_rows,1,2", "JPN,x_rows,3,4", "USA,x_rows,5,6"} << 6;
    QTest::newRow("columns") << ImportLayout::Columns << "Benchmark score" << "Month,Japan,South Korea"
                             << QStringList{"2024-01,1,2", "2024-02,3,4", "2024-03,5,6"} << 6;
    QTest::newRow("events") << ImportLayout::Events << QString() << "Date,Country,Title,Kind"
                            << QStringList{"2024-03,KOR,First act,Law", "2024-04,JPN,Second act,Law", "2024-05,USA,Third act,Law"}
                            << 3;
    QTest::newRow("records") << ImportLayout::Records << QString() << "Model,Publication date,Country,Parameters"
                             << QStringList{"Row model A,2024-01-05,KOR,100", "Row model B,2024-02-05,JPN,200",
                                            "Row model C,2024-03-05,USA,300"}
                             << 3;
}

void TestImportRows::layouts()
{
    QFETCH(ImportLayout, layout);
    QFETCH(QString, indicator);
    QFETCH(QString, header);
    QFETCH(QStringList, rows);
    QFETCH(int, values);
    ImportOptions options;
    options.layout = layout;
    options.indicator = indicator;
    options.source = QStringLiteral("Test source");
    options.unit = QStringLiteral("count");
    auto read = [&](const QString &name, const QStringList &lines) {
        ImportReader reader(m_dataset);
        const QString path = test::writeFile(m_dir.filePath(name), (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        return std::make_pair(reader.read(path, options), reader.parseError());
    };

    // Blank lines between the rows and at the end: every good row read, nothing else.
    const auto [batch, error] = read(QStringLiteral("blank.csv"), {header, rows[0], QString(), rows[1], QStringLiteral("  "), rows[2], QString()});
    QVERIFY2(batch, qPrintable(error.toString()));
    QCOMPARE(int(layout == ImportLayout::Events ? batch->events.size() : batch->observations.size()), values);
    if (layout == ImportLayout::Records)
        QCOMPARE(int(batch->models.size()), 3);

    // A row short of a field after a blank line: refused at its own line, the column where it ends.
    QString shortRow = rows[2];
    shortRow.truncate(shortRow.lastIndexOf(QLatin1Char(',')));
    const auto [none, shortError] = read(QStringLiteral("short.csv"), {header, rows[0], QString(), rows[1], shortRow});
    QVERIFY(!none);
    QCOMPARE(shortError.file, QStringLiteral("short.csv"));
    QCOMPARE(shortError.line, 5);
    QCOMPARE(shortError.column, int(shortRow.lastIndexOf(QLatin1Char(',')) + 2));
    const int fields = int(header.count(QLatin1Char(',')) + 1);
    QCOMPARE(shortError.message, QStringLiteral("%1 fields where the header has %2").arg(fields - 1).arg(fields));

    // A field longer than the limit, in the row's second column.
    QString longRow = rows[1];
    const qsizetype second = longRow.indexOf(QLatin1Char(','));
    longRow.insert(second + 1, QString(100001, u'x'));
    const auto [neither, longError] = read(QStringLiteral("long.csv"), {header, QString(), rows[0], longRow});
    QVERIFY(!neither);
    QCOMPARE(longError.line, 4);
    QCOMPARE(longError.column, int(second + 2));
    QVERIFY2(longError.message.startsWith(QStringLiteral("a field of 1000")) && longError.message.endsWith(QStringLiteral("the limit is 100000")),
             qPrintable(longError.message));
}

QTEST_GUILESS_MAIN(TestImportRows)
#include "tst_importrows.moc"
