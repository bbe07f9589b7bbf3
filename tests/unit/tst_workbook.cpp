#include "DeckSupport.h"
#include "LanguageManager.h"
#include "TestSupport.h"
#include "io/TableWorkbook.h"
#include "io/XlsxReader.h"
#include "io/ZipArchive.h"
#include "query/ObservationIndex.h"
#include "query/ObservationQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// Tables for Excel: the workbook of observations, comparison, SWOT and gap written with
// libxlsxwriter, read back with the project's own reader (cells, dates as dates, Korean text, the
// sources on the second sheet) and, in the sheet XML, the frozen header and the unit's number
// format; and `gapscope export --out FILE.xlsx` from the command line.
class TestWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void observationsWithTheirSources();
    void modelFiguresDatedToTheDay();
    void koreanTablesOfEveryPanel();
    void unitNumberFormats();
    void commandLineWritesWorkbooks();
    void unwritableFileChangesNothing();

private:
    // The workbook's part `name` (xl/worksheets/sheet1.xml, xl/styles.xml, ...).
    static QByteArray part(const QString &path, const QString &name);
    QList<int> records(const Filter &filter) const;
    // The observations `rows` written in English to `name` in the test's folder, and its first
    // sheet read back into `sheet`; fails the test when either does not work.
    void writeObservations(const QList<int> &rows, const QString &name, QList<CsvRecord> *sheet);

    Dataset m_dataset;
    ObservationIndex m_index;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
};

void TestWorkbook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dataset = test::bundledDataset();
    m_index.build(m_dataset);
    m_languages.setLanguage(Language::English);
    QVERIFY(m_dir.isValid());
}

QByteArray TestWorkbook::part(const QString &path, const QString &name)
{
    return test::archiveParts(path).value(name);
}

QList<int> TestWorkbook::records(const Filter &filter) const
{
    const std::vector<int> rows = ObservationQuery::run(m_dataset, m_index, filter);
    return QList<int>(rows.cbegin(), rows.cend());
}

void TestWorkbook::writeObservations(const QList<int> &rows, const QString &name, QList<CsvRecord> *sheet)
{
    TableWorkbook book(m_dataset, Language::English);
    book.addObservations(rows);
    const QString path = m_dir.filePath(name);
    QVERIFY2(book.write(path), qPrintable(book.errorString()));
    XlsxReader reader;
    const auto read = reader.read(path, name);
    QVERIFY2(read, qPrintable(reader.errorString()));
    *sheet = *read;
}

void TestWorkbook::observationsWithTheirSources()
{
    Filter filter;
    filter.countries = {"KOR"};
    filter.entityKinds = {"country"};
    filter.yearFrom = 2014;
    filter.yearTo = 2023;
    const QList<int> rows = records(filter);
    QVERIFY(rows.size() > 10);
    QList<CsvRecord> table;
    writeObservations(rows, "observations.xlsx", &table);
    if (QTest::currentTestFailed())
        return;
    const QString path = m_dir.filePath("observations.xlsx");
    XlsxReader reader;
    const auto sources = reader.read(path, "observations.xlsx", "Sources");
    QVERIFY2(sources, qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{"Observations", "Sources"}));
    const QList<CsvRecord> *sheet = &table;
    QCOMPARE(sheet->size(), rows.size() + 1);
    QCOMPARE(sheet->first().fields.mid(0, 5), (QStringList{"Country", "Indicator", "Date", "Year", "Value"}));
    // Each row as the dataset has it: the value a number, the date a date.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Observation &o = m_dataset.observations.at(rows[i]);
        const QStringList &fields = sheet->at(i + 1).fields;
        QCOMPARE(fields.at(0), QString("South Korea"));
        QCOMPARE(fields.at(2), QDate(o.year, std::max(1, o.month), 1).toString(Qt::ISODate));
        QCOMPARE(fields.at(3).toInt(), o.year);
        QCOMPARE(fields.at(4).toDouble(), o.value);
    }
    // The second sheet: every source cited, with its licence.
    QSet<QString> cited;
    for (int i : rows)
        cited.insert(m_dataset.observations.at(i).source);
    QCOMPARE(sources->size(), cited.size() + 1);
    QCOMPARE(sources->first().fields.value(6), QString("Licence"));
    bool licensed = false;
    for (const CsvRecord &row : *sources)
        licensed = licensed || row.fields.value(6) == QLatin1String("CC BY-NC 4.0");
    QVERIFY(licensed);
    // The header row frozen on both sheets, with the country and indicator beside it.
    const QByteArray first = part(path, "xl/worksheets/sheet1.xml");
    QVERIFY2(first.contains("<pane xSplit=\"2\" ySplit=\"1\" topLeftCell=\"C2\" activePane=\"bottomRight\" state=\"frozen\"/>"),
             first.left(600).constData());
    QVERIFY(part(path, "xl/worksheets/sheet2.xml").contains("state=\"frozen\""));
}

void TestWorkbook::modelFiguresDatedToTheDay()
{
    // Korea's AI models' figures: the first column names the entity, dates keep their day.
    Filter filter;
    filter.countries = {"KOR"};
    filter.entityKinds = {"model"};
    const QList<int> rows = records(filter);
    QVERIFY(rows.size() > 10);
    QList<CsvRecord> table;
    writeObservations(rows, "models.xlsx", &table);
    if (QTest::currentTestFailed())
        return;
    const QList<CsvRecord> *sheet = &table;
    QCOMPARE(sheet->first().fields.value(0), QString("Entity"));
    int days = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Observation &o = m_dataset.observations.at(rows[i]);
        const QStringList &fields = sheet->at(i + 1).fields;
        QCOMPARE(fields.at(0), m_dataset.entityName(o.country).en);
        if (o.day > 0) {
            QCOMPARE(fields.at(2), QDate(o.year, o.month, o.day).toString(Qt::ISODate));
            ++days;
        }
    }
    QVERIFY(days > 0);
}

void TestWorkbook::koreanTablesOfEveryPanel()
{
    Filter filter;
    filter.countries = {"USA", "CHN", "KOR"};
    m_languages.setLanguage(Language::Korean); // the program's translator: sheet names and headings
    TableWorkbook book(m_dataset, Language::Korean);
    book.addComparison(filter);
    book.addSwot(filter);
    const QString path = m_dir.filePath("korean.xlsx");
    QVERIFY2(book.write(path), qPrintable(book.errorString()));
    XlsxReader reader;
    const auto comparison = reader.read(path, "korean.xlsx");
    QVERIFY2(comparison, qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("비교"), QStringLiteral("출처"), QStringLiteral("SWOT")}));
    QVERIFY(comparison->first().fields.contains(QStringLiteral("대한민국")));
    QVERIFY(comparison->size() > 3);
    const auto swot = reader.read(path, "korean.xlsx", "SWOT");
    QVERIFY2(swot, qPrintable(reader.errorString()));
    QSet<QString> quadrants;
    for (qsizetype i = 1; i < swot->size(); ++i)
        quadrants.insert(swot->at(i).fields.first());
    QCOMPARE(quadrants, (QSet<QString>{QStringLiteral("강점"), QStringLiteral("약점"), QStringLiteral("기회"),
                                       QStringLiteral("위협")}));
    const auto sources = reader.read(path, "korean.xlsx", QStringLiteral("출처"));
    QVERIFY(sources && sources->size() > 1);
    m_languages.setLanguage(Language::English);
}

void TestWorkbook::unitNumberFormats()
{
    const Indicator *investment = m_dataset.indicator("private_ai_investment");
    QVERIFY(investment);
    const Unit *unit = m_dataset.unit(investment->unit);
    QVERIFY(unit && unit->pattern.en.contains("%1") && unit->pattern.ko.contains("%1"));
    // The unit's words around the number, as the language writes them.
    const QString english = TableWorkbook::numberFormat(unit, Language::English, 1234.5);
    QCOMPARE(english, "\"" + unit->pattern.en.section("%1", 0, 0) + "\"#,##0.00" + (unit->pattern.en.section("%1", 1).isEmpty() ? QString() : "\"" + unit->pattern.en.section("%1", 1) + "\""));
    QCOMPARE(TableWorkbook::numberFormat(nullptr, Language::English, 42), QString("#,##0"));
    QCOMPARE(TableWorkbook::numberFormat(nullptr, Language::English, 3.1e24), QString("0.00E+00"));
    // Written into the workbook's styles for the values of that unit.
    Filter filter;
    filter.countries = {"USA"};
    QList<int> rows;
    for (int i : records(filter)) {
        if (m_dataset.observations.at(i).indicator == QLatin1String("private_ai_investment"))
            rows << i;
    }
    QVERIFY(!rows.isEmpty());
    TableWorkbook book(m_dataset, Language::Korean);
    book.addObservations(rows);
    const QString path = m_dir.filePath("investment.xlsx");
    QVERIFY(book.write(path));
    const QString styles = QString::fromUtf8(part(path, "xl/styles.xml"));
    const QString korean = unit->pattern.ko.section("%1", 1).trimmed();
    QVERIFY(!korean.isEmpty());
    QVERIFY2(styles.contains("#,##0") && styles.contains(korean), qPrintable(styles.left(1200)));
    QVERIFY(styles.contains("formatCode=\"yyyy\""));
}

void TestWorkbook::commandLineWritesWorkbooks()
{
    const QString db = m_dir.filePath("workspace.gapscope");
    const QString data = m_dir.filePath("xdg");
    for (const QString panel : {"table", "comparison", "swot", "gap"}) {
        const QString out = m_dir.filePath(panel + ".xlsx");
        QStringList args{"export", "--db", db, "--panel", panel, "--lang", "ko", "--out", out};
        if (panel == QLatin1String("gap"))
            args << "--indicator" << "largest_training_compute_to_date" << "--year" << "2020:2025";
        if (panel == QLatin1String("comparison") || panel == QLatin1String("swot"))
            args << "--year" << "2025:2026";
        const test::ProgramRun run = test::runGapscope(args, data);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        XlsxReader reader;
        const auto sheet = reader.read(out, panel);
        QVERIFY2(sheet, qPrintable(panel + ": " + reader.errorString()));
        QVERIFY2(sheet->size() > 1, qPrintable(panel));
        QCOMPARE(reader.sheetNames().value(1), QStringLiteral("출처"));
        QVERIFY(part(out, "xl/worksheets/sheet1.xml").contains("state=\"frozen\""));
    }
    // A chart is no table: refused, nothing written.
    const QString chart = m_dir.filePath("chart.xlsx");
    const test::ProgramRun run = test::runGapscope({"export", "--db", db, "--panel", "chart", "--out", chart}, data);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--panel table"), run.err.constData());
    QVERIFY(!QFileInfo::exists(chart));
}

void TestWorkbook::unwritableFileChangesNothing()
{
    TableWorkbook book(m_dataset, Language::English);
    book.addComparison(Filter());
    QVERIFY(!book.write(m_dir.filePath("no-such-folder/table.xlsx")));
    QVERIFY2(book.errorString().contains("no-such-folder/table.xlsx"), qPrintable(book.errorString()));
}

QTEST_MAIN(TestWorkbook)
#include "tst_workbook.moc"
