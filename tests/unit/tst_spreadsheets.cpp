#include "TestSupport.h"
#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "import/ImportDialog.h"
#include "io/CsvParser.h"
#include "io/ImportFormat.h"
#include "io/ImportReader.h"
#include "io/XlsxReader.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace gapscope;

// Files as spreadsheets save them: semicolons or tabs between fields, thousands separators in
// quoted numbers, Excel's UTF-16 "Unicode text", and Excel workbooks (.xlsx) with shared and
// inline strings, numbers and dates. Each reads from the command line and from the import dialog;
// each damaged variant is refused with where it went wrong.
class TestSpreadsheets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void delimiters_data();
    void delimiters();
    void textFiles_data();
    void textFiles();
    void workbook();
    void workbookDates();
    void damagedWorkbooks_data();
    void damagedWorkbooks();
    void commandLine();
    void dialogChoosesSheetAndDelimiter();

private:
    QString write(const QString &name, const QByteArray &content) const;
    // An .xlsx file of `parts` (name -> XML), with the workbook's boilerplate unless given.
    QString workbookFile(const QString &name, QHash<QString, QByteArray> parts) const;
    std::tuple<int, QString, QString> run(const QStringList &args) const;

    QTemporaryDir m_dir;
    Dataset m_dataset;
};

namespace {

const QByteArray sheetNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

QByteArray workbookXml(const QStringList &sheets)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + sheetNs + "><sheets>";
    for (qsizetype i = 0; i < sheets.size(); ++i)
        xml += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>").arg(sheets[i]).arg(i + 1).toUtf8();
    return xml + "</sheets></workbook>";
}

QByteArray relsXml(int sheets)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 1; i <= sheets; ++i)
        xml += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                              "relationships/worksheet\" Target=\"worksheets/sheet%1.xml\"/>")
                   .arg(i)
                   .toUtf8();
    return xml + "</Relationships>";
}

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + sheetNs + "><sheetData>" + rows
        + "</sheetData></worksheet>";
}

// Shared strings 0..: country, indicator, year, value, unit, source, 대한민국, x_book, Survey
const QByteArray sharedStrings
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + sheetNs
    + " count=\"9\" uniqueCount=\"9\"><si><t>country</t></si><si><t>indicator</t></si><si><t>year</t></si>"
      "<si><t>value</t></si><si><t>unit</t></si><si><r><t>sou</t></r><r><t>rce</t></r><rPh><t>ソース</t></rPh></si>"
      "<si><t>대한민국</t></si><si><t>x_book</t></si><si><t>Survey</t></si></sst>";

// The header and two rows, as Excel writes them: shared strings, an inline string, numbers.
const QByteArray bookRows
    = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
      "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>6</v></c><c r=\"B2\" t=\"s\"><v>7</v></c><c r=\"C2\"><v>2023</v></c>"
      "<c r=\"D2\"><v>1234567.5</v></c><c r=\"E2\" t=\"inlineStr\"><is><t>count</t></is></c><c r=\"F2\" t=\"s\"><v>8</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>USA</t></is></c><c r=\"B4\" t=\"s\"><v>7</v></c><c r=\"C4\"><v>2024</v></c>"
      "<c r=\"D4\"><f>D2*2</f><v>1.5E-3</v></c><c r=\"E4\" t=\"inlineStr\"><is><t>count</t></is></c>"
      "<c r=\"F4\" t=\"s\"><v>8</v></c></row>";

} // namespace

void TestSpreadsheets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = test::miniDataset();
}

QString TestSpreadsheets::write(const QString &name, const QByteArray &content) const
{
    return test::writeFile(m_dir.filePath(name), content);
}

QString TestSpreadsheets::workbookFile(const QString &name, QHash<QString, QByteArray> parts) const
{
    if (!parts.contains("xl/workbook.xml"))
        parts.insert("xl/workbook.xml", workbookXml({"Data"}));
    if (!parts.contains("xl/_rels/workbook.xml.rels"))
        parts.insert("xl/_rels/workbook.xml.rels", relsXml(1));
    for (auto it = parts.begin(); it != parts.end();) {
        if (it.value().isNull())
            it = parts.erase(it); // a part left out on purpose
        else
            ++it;
    }
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        qFatal("cannot create %s", qPrintable(path));
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        zip_source_t *source = zip_source_buffer(zip, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        if (!source || zip_file_add(zip, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0)
            qFatal("cannot add %s", qPrintable(it.key()));
    }
    if (zip_close(zip) != 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::tuple<int, QString, QString> TestSpreadsheets::run(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("xdg"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GAPSCOPE_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestSpreadsheets::delimiters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << "a,b,c\n1,2,3\n" << ",";
    QTest::newRow("semicolon") << "a;b;c\n1;\"2,5\";3\n" << ";";
    QTest::newRow("tab") << "a\tb\tc\n1\t2\t3\n" << "\t";
    // A comma inside a header name does not outvote the tabs that split every line alike.
    QTest::newRow("tab beside commas") << "Robots, per worker\tYear\tValue\nKOR\t2020\t\"1,000\"\n" << "\t";
    QTest::newRow("quoted delimiters ignored") << "\"a;b\",c\n\"1;2\",3\n" << ",";
    QTest::newRow("one column") << "value\n1\n2\n" << ",";
    QTest::newRow("ragged: the header's") << "a;b;c\n1;2\n" << ";";
}

void TestSpreadsheets::delimiters()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QCOMPARE(QString(CsvParser::detectDelimiter(text)), delimiter);
}

void TestSpreadsheets::textFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QList<double>>("values");

    QTest::newRow("semicolons, thousands separators")
        << "semi.csv" << QByteArray("country;indicator;year;value;unit;source\nKOR;x_semi;2020;\"1,234,567\";count;s\n"
                                    "USA;x_semi;2020;12,345.5;count;s\n")
        << "UTF-8, semicolon-separated" << QList<double>{1234567, 12345.5};
    QTest::newRow("commas, quoted thousands")
        << "comma.csv" << QByteArray("country,indicator,year,value,unit,source\nKOR,x_comma,2020,\"1,234\",count,s\n")
        << "UTF-8" << QList<double>{1234};
    // Excel's "Unicode text": UTF-16 little-endian with a byte order mark, tab-separated.
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray unicodeText = "\xFF\xFE"
        + QByteArray(utf16.encode(QStringLiteral("country\tindicator\tyear\tvalue\tunit\tsource\r\n"
                                                 "대한민국\tx_utf16\t2021\t\"2,500\"\tcount\t설문\r\n")));
    QTest::newRow("UTF-16 text from Excel") << "unicode.txt" << unicodeText << "UTF-16, tab-separated" << QList<double>{2500};
    QStringEncoder utf16be(QStringEncoder::Utf16BE);
    const QByteArray bigEndian = "\xFE\xFF"
        + QByteArray(utf16be.encode(QStringLiteral("country,indicator,year,value,unit,source\nCHN,x_be,2021,3,count,s\n")));
    QTest::newRow("UTF-16 big-endian") << "be.csv" << bigEndian << "UTF-16" << QList<double>{3};
}

void TestSpreadsheets::textFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, format);
    QFETCH(QList<double>, values);
    ImportReader reader(m_dataset);
    const auto batch = reader.read(write(name, content), {});
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(ImportFormat::formatDescription(*batch), format);
    QList<double> got;
    for (const Observation &o : batch->observations)
        got << o.value;
    QCOMPARE(got, values);
    if (name == "unicode.txt") {
        QCOMPARE(batch->observations.constFirst().country, QStringLiteral("KOR"));
        QCOMPARE(batch->sources.constFirst().title.ko, QStringLiteral("설문"));
    }
}

void TestSpreadsheets::workbook()
{
    // Two sheets: the first is notes, the data is on the second.
    const QString path = workbookFile(
        "book.xlsx", {{"xl/workbook.xml", workbookXml({"Notes", "Data"})},
                      {"xl/_rels/workbook.xml.rels", relsXml(2)},
                      {"xl/sharedStrings.xml", sharedStrings},
                      {"xl/worksheets/sheet1.xml", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Read me</t></is></c></row>")},
                      {"xl/worksheets/sheet2.xml", sheetXml(bookRows)}});
    QCOMPARE(ImportFormat::sheetNames(path), (QStringList{"Notes", "Data"}));
    QCOMPARE(ImportFormat::header(path, {}, "Data"), (QStringList{"country", "indicator", "year", "value", "unit", "source"}));

    XlsxReader xlsx;
    const auto records = xlsx.read(path, "book.xlsx", "Data");
    QVERIFY2(records, qPrintable(xlsx.errorString()));
    QCOMPARE(records->size(), 3); // the empty row 3 is left out
    QCOMPARE(records->at(1).fields, (QStringList{"대한민국", "x_book", "2023", "1234567.5", "count", "Survey"}));
    QCOMPARE(records->at(2).line, 4);
    QCOMPARE(records->at(2).fields.at(3), QStringLiteral("1.5E-3"));
    QCOMPARE(records->at(2).columns.at(3), 4);

    ImportReader reader(m_dataset);
    ImportReader::Options options;
    QVERIFY(!reader.read(path, options)); // the first sheet has no data
    QVERIFY2(reader.errorString().contains("missing column \"country\""), qPrintable(reader.errorString()));
    options.sheet = "Data";
    const auto batch = reader.read(path, options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(ImportFormat::formatDescription(*batch), QStringLiteral("Excel workbook, sheet \u201cData\u201d"));
    QCOMPARE(batch->observations.size(), 2);
    QCOMPARE(batch->observations.at(0).country, QStringLiteral("KOR"));
    QCOMPARE(batch->observations.at(0).value, 1234567.5);
    QCOMPARE(batch->observations.at(1).value, 0.0015);
    QCOMPARE(batch->observations.at(1).year, 2024);
    options.sheet = "Elsewhere";
    QVERIFY(!reader.read(path, options));
    QVERIFY2(reader.errorString().contains("no sheet \"Elsewhere\" (its sheets: Notes, Data)"), qPrintable(reader.errorString()));
}

void TestSpreadsheets::workbookDates()
{
    // Style 1 is the built-in date format 14, style 2 a custom "yyyy-mm" one, style 3 a plain number.
    const QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet " + sheetNs
        + "><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\"/></numFmts>"
          "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"3\"/></cellXfs></styleSheet>";
    const QString path = workbookFile(
        "dates.xlsx", {{"xl/styles.xml", styles},
                       {"xl/worksheets/sheet1.xml",
                        sheetXml("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45306</v></c><c r=\"B1\" s=\"2\"><v>45306.5</v></c>"
                                 "<c r=\"C1\" s=\"3\"><v>45306</v></c><c r=\"D1\" s=\"1\"><v>1</v></c>"
                                 "<c r=\"E1\" t=\"b\"><v>1</v></c></row>")}});
    XlsxReader xlsx;
    const auto records = xlsx.read(path, "dates.xlsx");
    QVERIFY2(records, qPrintable(xlsx.errorString()));
    // 45306 is 2024-01-15 in Excel's 1900 date system; serial 1 is 1900-01-01.
    QCOMPARE(records->constFirst().fields,
             (QStringList{"2024-01-15", "2024-01-15T12:00:00", "45306", "1900-01-01", "TRUE"}));
}

void TestSpreadsheets::damagedWorkbooks_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("no workbook part") << "xl/workbook.xml" << QByteArray() << "no xl/workbook.xml";
    QTest::newRow("no sheets") << "xl/workbook.xml" << QByteArray("<workbook><sheets/></workbook>") << "lists no sheets";
    QTest::newRow("sheet part missing") << "xl/worksheets/sheet1.xml" << QByteArray() << "sheet \"Data\" is missing";
    QTest::newRow("bad shared string") << "xl/worksheets/sheet1.xml"
                                       << sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"C2\" t=\"s\"><v>99</v></c></row>")
                                       << "line 2, column 3: the cell refers to a shared string";
    QTest::newRow("bad cell reference") << "xl/worksheets/sheet1.xml"
                                        << sheetXml("<row r=\"7\"><c r=\"A0\"><v>1</v></c></row>") << "line 7: \"A0\" is not a cell reference";
    QTest::newRow("column beyond XFD") << "xl/worksheets/sheet1.xml"
                                       << sheetXml("<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>") << "not a cell reference";
    QTest::newRow("broken XML") << "xl/worksheets/sheet1.xml" << QByteArray("<worksheet><sheetData><row r=\"1\"><c>")
                                << "is damaged";
}

void TestSpreadsheets::damagedWorkbooks()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QHash<QString, QByteArray> parts{{"xl/sharedStrings.xml", sharedStrings}, {"xl/worksheets/sheet1.xml", sheetXml(bookRows)}};
    parts.insert(part, content);
    const QString path = workbookFile("damaged.xlsx", parts);
    ImportReader reader(m_dataset);
    QVERIFY(!reader.read(path, {}));
    QVERIFY2(reader.errorString().startsWith("damaged.xlsx"), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    // Not a zip at all, though named like a workbook.
    QVERIFY(!reader.read(write("fake.xlsx", "country,indicator\n"), {}));
    QVERIFY2(reader.errorString().contains("fake.xlsx: the file is not an Excel workbook"), qPrintable(reader.errorString()));
}

void TestSpreadsheets::commandLine()
{
    const QString db = m_dir.filePath("cli.gapscope");
    const QString book = workbookFile(
        "cli.xlsx", {{"xl/workbook.xml", workbookXml({"Notes", "Data"})},
                     {"xl/_rels/workbook.xml.rels", relsXml(2)},
                     {"xl/sharedStrings.xml", sharedStrings},
                     {"xl/worksheets/sheet1.xml", sheetXml("")},
                     {"xl/worksheets/sheet2.xml", sheetXml(bookRows)}});
    auto [code, out, err] = run({"import", book, "--sheet", "Data", "--db", db, "--dry-run"});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains("would import 2 observation") && out.contains("Excel workbook, sheet"), qPrintable(out));
    std::tie(code, out, err) = run({"import", book, "--db", db});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("the sheet \"Notes\" is empty"), qPrintable(err));

    // A semicolon file read as commas finds no columns; told, it reads.
    const QString semi = write("forced.csv", "country;indicator;year;value;unit;source\nKOR;x_forced;2020;5;count;s\n");
    std::tie(code, out, err) = run({"import", semi, "--delimiter", "comma", "--db", db, "--dry-run"});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("missing column"), qPrintable(err));
    std::tie(code, out, err) = run({"import", semi, "--delimiter", "semicolon", "--db", db});
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains("imported 1 observation") && out.contains("semicolon-separated"), qPrintable(out));
    std::tie(code, out, err) = run({"import", semi, "--delimiter", "pipe", "--db", db});
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("--delimiter must be comma, semicolon or tab"), qPrintable(err));
}

void TestSpreadsheets::dialogChoosesSheetAndDelimiter()
{
    const QString book = workbookFile(
        "dialog.xlsx", {{"xl/workbook.xml", workbookXml({"Notes", "Data"})},
                        {"xl/_rels/workbook.xml.rels", relsXml(2)},
                        {"xl/sharedStrings.xml", sharedStrings},
                        {"xl/worksheets/sheet1.xml", sheetXml("")},
                        {"xl/worksheets/sheet2.xml", sheetXml(bookRows)}});
    ImportDialog dialog(m_dataset, book, Language::English);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.sheetPicker()->isVisible());
    QVERIFY(!dialog.delimiterPicker()->isVisible());
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.problem().contains("is empty"), qPrintable(dialog.problem()));
    // The user picks the second sheet with the keyboard: its rows and columns appear.
    dialog.sheetPicker()->setFocus();
    QTest::keyClick(dialog.sheetPicker(), Qt::Key_Down);
    QCOMPARE(dialog.sheetPicker()->currentText(), QStringLiteral("Data"));
    QVERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QCOMPARE(dialog.preview()->item(0, 0)->text(), QStringLiteral("South Korea"));
    QVERIFY(dialog.columnPicker("value")->findData("value") > 0);
    QVERIFY2(dialog.statusText().contains("Excel workbook, sheet"), qPrintable(dialog.statusText()));
    // Switched to Korean, the pickers and the status follow.
    LanguageManager languages;
    InterfaceFont font(&languages, &languages);
    languages.setLanguage(Language::Korean);
    QCoreApplication::processEvents();
    QVERIFY2(dialog.statusText().contains(QStringLiteral("Excel 통합 문서, 시트")), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.preview()->item(0, 0)->text(), QStringLiteral("대한민국"));
    QCOMPARE(dialog.preview()->item(0, 3)->text(), QStringLiteral("123만 4,568"));
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + "/import-workbook-ko.png");
    languages.setLanguage(Language::English);
    QCoreApplication::processEvents();

    // A semicolon file: detected; forcing commas breaks it, and the column pickers follow.
    const QString semi = write("dialog.csv", "Land;Reihe;Jahr;Wert\nKOR;x_dialog;2020;\"1,500\"\n");
    ImportDialog csv(m_dataset, semi, Language::English);
    csv.show();
    QVERIFY(QTest::qWaitForWindowExposed(&csv));
    QVERIFY(csv.delimiterPicker()->isVisible());
    QVERIFY(!csv.sheetPicker()->isVisible());
    QVERIFY(csv.columnPicker("country")->findData("Land") > 0);
    csv.columnPicker("country")->setCurrentIndex(csv.columnPicker("country")->findData("Land"));
    csv.columnPicker("indicator")->setCurrentIndex(csv.columnPicker("indicator")->findData("Reihe"));
    csv.columnPicker("year")->setCurrentIndex(csv.columnPicker("year")->findData("Jahr"));
    csv.columnPicker("value")->setCurrentIndex(csv.columnPicker("value")->findData("Wert"));
    csv.unitField()->setText("count");
    csv.sourceField()->setText("s");
    QTest::keyClick(csv.sourceField(), Qt::Key_Return);
    QVERIFY2(csv.batch(), qPrintable(csv.problem()));
    QCOMPARE(csv.batch()->observations.constFirst().value, 1500.0);
    csv.delimiterPicker()->setCurrentIndex(csv.delimiterPicker()->findData(","));
    QVERIFY(!csv.batch());
    QCOMPARE(csv.columnPicker("country")->findData("Land"), -1);
    QVERIFY(csv.columnPicker("country")->findData("Land;Reihe;Jahr;Wert") > 0);
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        csv.grab().save(shots + "/import-semicolons-en.png");
}

QTEST_MAIN(TestSpreadsheets)
#include "tst_spreadsheets.moc"
