#include "TestSupport.h"
#include "LanguageManager.h"
#include "import/ImportDialog.h"
#include "io/EventLayoutReader.h"
#include "io/ImportReader.h"
#include "io/WorkbookWriter.h"
#include "store/DatasetValidator.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// Timelines imported as events (issue 17 item 6): a date (or a year), a country or region, a
// title, a kind and a description, with headers in English or Korean, from CSV, semicolon and tab
// separated text, UTF-16 and Excel workbooks. Each file a table-driven row written here, each
// malformed variant refused with its file, line and column; the kinds as written mapped onto the
// app's; the dialog's preview and the command line's dry run and import on a real workspace.
class TestImportEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void events_data();
    void events();
    void kinds_data();
    void kinds();
    void malformed_data();
    void malformed();
    void workspaceDuplicates();
    void dialogPreview();
    void commandLine();
    void jsonTimelineRefusals();

private:
    QString write(const QString &name, const QByteArray &content) const;
    // The file `name` with `csv`'s rows: as it is, or as an Excel workbook's first sheet (dates
    // YYYY-MM-DD as dates, as Excel keeps them) for a name ending in .xlsx.
    QString writeAs(const QString &name, const QByteArray &csv) const;
    std::tuple<int, QString, QString> runImport(const QStringList &args, const QString &db) const;

    QTemporaryDir m_dir;
    Dataset m_dataset;
};

namespace {

// Options as "source=TEXT", "layout=NAME", "skip", "map=NAME=CODE" or "FIELD=HEADER".
ImportReader::Options optionsOf(const QStringList &given)
{
    ImportReader::Options options;
    for (const QString &o : given) {
        if (o == "skip")
            options.skipUnknownCountries = true;
        else if (o.startsWith("source="))
            options.source = o.mid(7);
        else if (o.startsWith("layout="))
            options.layout = *ImportReader::layoutFromName(o.mid(7));
        else if (o.startsWith("map="))
            options.countryMap.insert(o.mid(4).section('=', 0, 0), o.section('=', -1));
        else
            options.columns.insert(o.section('=', 0, 0), o.section('=', 1));
    }
    return options;
}

// An event as "DATE COUNTRY KIND | English text | Korean text".
QString described(const Event &e)
{
    return QStringLiteral("%1 %2 %3 | %4 | %5").arg(e.date, e.country, e.kind, e.text.en, e.text.ko);
}

QByteArray utf16(const QString &text)
{
    QByteArray out("\xFF\xFE");
    for (QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

} // namespace

void TestImportEvents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = test::bundledDataset();
}

QString TestImportEvents::write(const QString &name, const QByteArray &content) const
{
    return test::writeFile(m_dir.filePath(name), content);
}

QString TestImportEvents::writeAs(const QString &name, const QByteArray &csv) const
{
    if (!name.endsWith(".xlsx"))
        return write(name, csv);
    WorkbookWriter::Sheet sheet;
    sheet.name = "Timeline";
    const QStringList lines = QString::fromUtf8(csv).split('\n', Qt::SkipEmptyParts);
    sheet.header = lines.constFirst().split(',');
    sheet.widths = QList<double>(sheet.header.size(), 20);
    for (const QString &line : lines.mid(1)) {
        QList<WorkbookWriter::Cell> row;
        for (const QString &field : line.split(',')) {
            const QDate date = QDate::fromString(field, Qt::ISODate);
            row.append({field.size() == 10 && date.isValid() ? QVariant(date) : QVariant(field), QString()});
        }
        sheet.rows.append(row);
    }
    WorkbookWriter writer;
    const QString path = m_dir.filePath(name);
    if (!writer.write(path, {sheet}, "Timeline"))
        qWarning("%s", qPrintable(writer.errorString()));
    return path;
}

std::tuple<int, QString, QString> TestImportEvents::runImport(const QStringList &args, const QString &db) const
{
    const test::ProgramRun run = test::runGapscope(QStringList{"import"} + args + QStringList{"--db", db}, m_dir.filePath("xdg"));
    return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

void TestImportEvents::events_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected");

    const QByteArray english("Date,Country,Title,Kind,Description,Venue\n"
                             "2024-03,KOR,AI Basic Act passed,Law,Passed by the National Assembly,Seoul\n"
                             "2023-10-30,United States,Executive order on AI,executive order,,\n"
                             "2024-05-21,South Korea,AI Seoul Summit,Summit,Second AI safety summit,\n");
    const QStringList englishEvents{
        "2023-10-30 USA policy | Executive order on AI | Executive order on AI",
        QStringLiteral("2024-03 KOR policy | AI Basic Act passed \u2014 Passed by the National Assembly (Venue: Seoul) | "
                       "AI Basic Act passed \u2014 Passed by the National Assembly (Venue: Seoul)"),
        QStringLiteral("2024-05-21 KOR other | AI Seoul Summit \u2014 Second AI safety summit (Summit) | "
                       "AI Seoul Summit \u2014 Second AI safety summit (Summit)")};
    QTest::newRow("csv, guessed") << "timeline.csv" << english << QStringList{"source=Test timeline"} << englishEvents;
    QTest::newRow("semicolons") << "timeline-semicolon.csv" << QByteArray(english).replace(',', ';')
                                << QStringList{"source=Test timeline"} << englishEvents;
    QTest::newRow("tabs") << "timeline.tsv" << QByteArray(english).replace(',', '\t') << QStringList{"source=Test timeline"}
                          << englishEvents;
    QTest::newRow("utf-16") << "timeline-utf16.txt" << utf16(QString::fromUtf8(english).replace(',', '\t'))
                            << QStringList{"source=Test timeline"} << englishEvents;
    QTest::newRow("xlsx, days as dates") << "timeline.xlsx" << english << QStringList{"source=Test timeline"} << englishEvents;
    // A timeline in JSON: {"events": [...]}, or an array of objects with a timeline's fields.
    const QByteArray items(R"([
        {"Date": "2024-03", "Country": "KOR", "Title": "AI Basic Act passed", "Kind": "Law",
         "Description": "Passed by the National Assembly", "Venue": "Seoul"},
        {"Date": "2023-10-30", "Country": "United States", "Title": "Executive order on AI", "Kind": "executive order"},
        {"Date": "2024-05-21", "Country": "South Korea", "Title": "AI Seoul Summit", "Kind": "Summit",
         "Description": "Second AI safety summit", "Venue": null}])");
    QTest::newRow("json events") << "timeline.json" << QByteArray("{\"events\": ") + items + "}"
                                 << QStringList{"source=Test timeline"} << englishEvents;
    QTest::newRow("json array, guessed") << "timeline-array.json" << items << QStringList{"source=Test timeline"} << englishEvents;
    QTest::newRow("json, layout given, no kind")
        << "nokind.json" << QByteArray(R"([{"year": 2019, "country": "CHN", "title": "New Generation AI plan"}])")
        << QStringList{"source=s", "layout=events"} << QStringList{"2019 CHN other | New Generation AI plan | New Generation AI plan"};
    // Korean headers, kinds and names: the Korean text is the file's, English falls back to it.
    QTest::newRow("korean") << "연표.csv"
                            << QStringLiteral("날짜,국가,제목,유형,설명\n2024-01,대한민국,하이퍼클로바X 출시,모델 출시,네이버\n"
                                              "2023-11,중국,데이터센터 착공,인프라,\n2022,세계,AI 보고서,보고서,\n")
                                   .toUtf8()
                            << QStringList{"source=연표"}
                            << QStringList{QStringLiteral("2022 OWID_WRL report | AI 보고서 | AI 보고서"),
                                           QStringLiteral("2023-11 CHN infrastructure | 데이터센터 착공 | 데이터센터 착공"),
                                           QStringLiteral("2024-01 KOR model_release | 하이퍼클로바X 출시 \u2014 네이버 | "
                                                          "하이퍼클로바X 출시 \u2014 네이버")};
    // A year alone; a year and a month; each language's own title; a source column; a region.
    QTest::newRow("year only") << "years.csv" << QByteArray("Year,Country,Event,Type\n2019,CHN,New Generation AI plan,Strategy\n")
                               << QStringList{"source=s"} << QStringList{"2019 CHN policy | New Generation AI plan | New Generation AI plan"};
    QTest::newRow("year and month") << "months.csv" << QByteArray("year,month,country,title,kind\n2024,3,JPN,AI white paper,report\n")
                                    << QStringList{"source=s"} << QStringList{"2024-03 JPN report | AI white paper | AI white paper"};
    QTest::newRow("both languages") << "bilingual.csv"
                                    << QStringLiteral("date,country,title_en,title_ko,kind,description_en\n"
                                                      "2025-01-22,KOR,AI Basic Act promulgated,인공지능 기본법 공포,policy,Signed\n")
                                           .toUtf8()
                                    << QStringList{"source=s"}
                                    << QStringList{QStringLiteral("2025-01-22 KOR policy | AI Basic Act promulgated \u2014 Signed | "
                                                                  "인공지능 기본법 공포 \u2014 Signed")};
    QTest::newRow("source column, region") << "sourced.csv"
                                           << QByteArray("date,country,title,kind,source\n"
                                                         "2023-11-01,World,Bletchley Declaration,Declaration,https://example.org/b\n")
                                           << QStringList() << QStringList{"2023-11-01 OWID_WRL statement | Bletchley Declaration | Bletchley Declaration"};
    // Unknown countries skipped on request; no kind column with the layout given: "other"; a name
    // mapped to its code.
    QTest::newRow("skip unknown") << "skip.csv"
                                  << QByteArray("date,country,title,kind\n2024,Atlantis,Founding,milestone\n2024,KOR,K-AI,milestone\n")
                                  << QStringList{"source=s", "skip"} << QStringList{"2024 KOR milestone | K-AI | K-AI"};
    QTest::newRow("layout given, no kind") << "nokind.csv" << QByteArray("When,Nation,Headline\n2021-06,Korea,Digital New Deal 2.0\n")
                                           << QStringList{"source=s", "layout=events", "map=Korea=KOR"}
                                           << QStringList{"2021-06 KOR other | Digital New Deal 2.0 | Digital New Deal 2.0"};
    QTest::newRow("columns mapped") << "mapped.csv"
                                    << QByteArray("Day,Where,What,Sort,Cost\n2024-02-29,JPN,AISI founded,Milestone,0\n")
                                    << QStringList{"source=s", "layout=events", "title=What", "country=Where", "kind=Sort"}
                                    << QStringList{"2024-02-29 JPN milestone | AISI founded (Cost: 0) | AISI founded (Cost: 0)"};
}

void TestImportEvents::events()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    ImportReader reader(m_dataset);
    const auto batch = reader.read(writeAs(name, content), optionsOf(options));
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->layout, ImportLayout::Events);
    QVERIFY(batch->observations.isEmpty());
    QStringList got;
    for (const Event &e : batch->events)
        got << described(e);
    got.sort();
    QCOMPARE(got, expected);
    // Every event is one the workspace accepts: a known kind and place, both texts, a source
    // (new to the batch or the workspace's), an id of its own.
    Dataset merged = m_dataset;
    merged.sources += batch->sources;
    merged.events += batch->events;
    merged.reindex();
    const auto problems = DatasetValidator::validate(merged);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.constFirst().message));
    for (const Event &e : batch->events)
        QVERIFY2(merged.source(e.source), qPrintable(e.source));
}

void TestImportEvents::kinds_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("kind");
    const QList<std::pair<QString, QString>> rows{
        {"Regulation", "policy"},
        {"law", "policy"},
        {"EU AI Act", "policy"},
        {QStringLiteral("법"), "policy"},
        {QStringLiteral("기본법"), "policy"},
        {"Model release", "model_release"},
        {"model_release", "model_release"},
        {"Launch", "model_release"},
        {QStringLiteral("출시"), "model_release"},
        {"Funding round", "investment"},
        {QStringLiteral("투자"), "investment"},
        {"Data centre", "infrastructure"},
        {"compute", "infrastructure"},
        {QStringLiteral("인프라"), "infrastructure"},
        {"Report", "report"},
        {"milestone", "milestone"},
        {"Statement", "statement"},
        {"Press release", "statement"},
        {"release", "model_release"},
        {"Impact", "other"},
        {"Summit", "other"},
        {"", "other"},
    };
    for (const auto &[written, kind] : rows)
        QTest::newRow(qPrintable(written.isEmpty() ? QStringLiteral("(empty)") : written)) << written << kind;
}

void TestImportEvents::kinds()
{
    QFETCH(QString, written);
    QFETCH(QString, kind);
    QCOMPARE(EventLayoutReader::kindOf(written), kind);
    QVERIFY(DatasetValidator::eventKinds().contains(kind));
}

void TestImportEvents::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray header("date,country,title,kind,description\n");
    const QByteArray good("2024-01,KOR,Good event,policy,\n");
    const QStringList source{"source=s"};
    QTest::newRow("month 13") << header + good + "2024-13,KOR,Bad month,policy,\n" << source << 3 << 1 << "is not a date";
    QTest::newRow("february 30") << header + "2024-02-30,KOR,Bad day,policy,\n" << source << 2 << 1 << "is not a date";
    QTest::newRow("words for a date") << header + "March 2024,KOR,Words,policy,\n" << source << 2 << 1 << "is not a date";
    QTest::newRow("bad year") << QByteArray("year,country,title,kind\n20x4,KOR,Bad year,policy\n") << source << 2 << 1
                              << "is not a year";
    QTest::newRow("bad month column") << QByteArray("year,month,country,title,kind\n2024,13,KOR,Bad,policy\n") << source << 2
                                      << 6 << "is not a month";
    QTest::newRow("unknown country") << header + good + "2024-02,Atlantis,Sunk,policy,\n" << source << 3 << 9
                                     << "unknown country \"Atlantis\"";
    QTest::newRow("empty title") << header + "2024-02,KOR,  ,policy,\n" << source << 2 << 13 << "the title is empty";
    QTest::newRow("twice in the file") << header + good + "2024-01,South Korea,good EVENT,report,\n" << source << 3 << 21
                                       << "already appears on line 2";
    QTest::newRow("no source") << header + good << QStringList() << 2 << 0 << "no source";
    QTest::newRow("short row") << header + good + "2024-02,KOR,Short\n" << source << 3 << 13 << "3 fields where the header has 5";
    QTest::newRow("no title column") << QByteArray("date,country,kind\n2024,KOR,policy\n") << QStringList{"source=s", "layout=events"}
                                     << 1 << 0 << "missing column \"title\"";
    QTest::newRow("no country column") << QByteArray("date,title,kind\n2024,T,policy\n") << QStringList{"source=s", "layout=events"}
                                       << 1 << 0 << "missing column \"country\"";
    QTest::newRow("no date column") << QByteArray("country,title,kind\nKOR,T,policy\n") << QStringList{"source=s", "layout=events"}
                                    << 1 << 0 << "missing column \"date\"";
    QTest::newRow("only a header") << header << source << 0 << 0 << "the file has no events";
    QTest::newRow("every row skipped") << header + "2024,Atlantis,Sunk,policy,\n" << QStringList{"source=s", "skip"} << 0 << 0
                                       << "every row was skipped";
    QTest::newRow("unclosed quote") << header + "2024,KOR,\"Open,policy,\n" << source << 2 << 10 << "quote";
}

void TestImportEvents::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    ImportReader reader(m_dataset);
    QVERIFY(!reader.read(write("bad-timeline.csv", content), optionsOf(options)));
    const ParseError &e = reader.parseError();
    QCOMPARE(e.file, QStringLiteral("bad-timeline.csv"));
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TestImportEvents::workspaceDuplicates()
{
    // The workspace's event of the same date, country and title, whichever language names it, and
    // one imported before (its text longer than its title) are refused where they come.
    Dataset d = m_dataset;
    Event basic{"ev-test-basic-act", "2024-03", "KOR", "policy", {"AI Basic Act passed", QStringLiteral("인공지능 기본법 통과")}, "a-3-3"};
    d.events.append(basic);
    d.reindex();
    const QString path = write("again.csv", QStringLiteral("date,country,title,kind\n2024-03,KOR,Other news,report\n"
                                                           "2024-03,KOR,인공지능 기본법 통과,law\n")
                                                .toUtf8());
    ImportReader reader(d);
    QVERIFY(!reader.read(path, optionsOf({"source=s"})));
    QCOMPARE(reader.parseError().line, 3);
    QCOMPARE(reader.parseError().column, 13);
    QVERIFY2(reader.parseError().message.contains("already has the event") && reader.parseError().message.contains("ev-test-basic-act"),
             qPrintable(reader.errorString()));
    // Another day, or another country, is another event.
    const QString other = write("other.csv", QByteArray("date,country,title,kind\n2024-04,KOR,AI Basic Act passed,law\n"
                                                        "2024-03,JPN,AI Basic Act passed,law\n"));
    const auto batch = reader.read(other, optionsOf({"source=s"}));
    QVERIFY2(batch && batch->events.size() == 2, qPrintable(reader.errorString()));
    // An earlier import of the file: its events carry the description after the title.
    d.events += batch->events;
    d.sources += batch->sources;
    d.reindex();
    const QString described = write("described.csv", QByteArray("date,country,title,kind,description\n"
                                                                "2024-04,KOR,AI Basic Act passed,law,Now with a description\n"));
    QVERIFY(!reader.read(described, optionsOf({"source=s"})));
    QVERIFY2(reader.parseError().message.contains("already has the event") && reader.parseError().line == 2,
             qPrintable(reader.errorString()));
}

void TestImportEvents::dialogPreview()
{
    const QString path = write("dialog-timeline.csv", "Date,Country,Title,Kind,Description\n"
                                                      "2024-03,KOR,AI Basic Act passed,Law,Passed\n"
                                                      "2023-10-30,USA,Executive order on AI,Executive order,\n"
                                                      "2024-05-21,KOR,AI Seoul Summit,Summit,\n");
    LanguageManager languages; // as the program installs English: counts in the singular or the plural
    languages.setLanguage(Language::English);
    ImportDialog dialog(m_dataset, path, Language::English);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Guessed as a timeline; the source is still wanted.
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.problem().contains("no source"), qPrintable(dialog.problem()));
    // Only the fields of events are asked: no indicator, unit or kind of value; a title column.
    QVERIFY(!dialog.indicatorField()->isVisible() && !dialog.unitField()->isVisible());
    QVERIFY(dialog.columnPicker("title")->isVisible() && !dialog.columnPicker("value")->isVisible());
    dialog.sourceField()->setFocus();
    QTest::keyClicks(dialog.sourceField(), "Test timeline");
    QTest::keyClick(dialog.sourceField(), Qt::Key_Tab);
    QTRY_VERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.batch()->events.size(), 3);
    const QString status = dialog.statusText();
    QVERIFY2(status.contains("3 events to add") && status.contains("layout: events, guessed from the file")
                 && status.contains("Policy: 2 events") && status.contains("Other: 1 event")
                 && status.contains("dates 2023-10-30 to 2024-05-21"),
             qPrintable(status));
    QTableWidget *preview = dialog.preview();
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->horizontalHeaderItem(3)->text(), QStringLiteral("Event"));
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("March 2024"));
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("South Korea"));
    QCOMPARE(preview->item(0, 2)->text(), QStringLiteral("Policy"));
    QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("AI Basic Act passed \u2014 Passed"));
    QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("Test timeline"));
    QCOMPARE(preview->item(2, 3)->text(), QStringLiteral("AI Seoul Summit (Summit)"));
    // Chosen as tidy instead, the file is refused: it has no indicator or value.
    dialog.chooseLayout(ImportLayout::Tidy);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY2(dialog.problem().contains("missing column"), qPrintable(dialog.problem()));
    QVERIFY(dialog.indicatorField()->isVisible() && !dialog.columnPicker("title")->isVisible());
    dialog.chooseLayout(ImportLayout::Events);
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY2(dialog.statusText().contains("layout: events") && !dialog.statusText().contains("guessed"), qPrintable(dialog.statusText()));
}

void TestImportEvents::commandLine()
{
    const QString db = m_dir.filePath("events-cli.gapscope");
    {
        Store store;
        QVERIFY(store.open(db));
    }
    const QString file = write("cli-timeline.csv", "Date,Country,Title,Kind,Description\n"
                                                   "2024-03,KOR,AI Basic Act passed,Law,Passed\n"
                                                   "2023-10-30,USA,Executive order on AI,Executive order,\n"
                                                   "2024-05-21,KOR,AI Seoul Summit,Summit,\n"
                                                   "2022,CHN,Generative AI rules,Regulation,\n"
                                                   "2021,JPN,AI strategy,strategy,\n"
                                                   "2020,USA,National AI Initiative Act,law,\n");
    const QByteArray before = test::fileHash(db);
    auto [code, out, err] = runImport({file, "--source", "Test timeline", "--dry-run"}, db);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains("would import 6 events, 1 new source from cli-timeline.csv") && out.contains("layout: events, guessed from the file")
                 && out.contains("Policy: 5 events") && out.contains("Other: 1 event") && out.contains("dates 2020 to 2024-05-21")
                 && out.contains(QStringLiteral("2024-03 \u00b7 South Korea \u00b7 Policy \u00b7 AI Basic Act passed \u2014 Passed"))
                 && out.contains("and 1 more event"),
             qPrintable(out));
    QCOMPARE(test::fileHash(db), before);
    std::tie(code, out, err) = runImport({file, "--source", "Test timeline", "--dry-run", "--lang", "ko"}, db);
    QVERIFY2(code == 0 && out.contains(QStringLiteral("대한민국")), qPrintable(out + err));

    // A bad row refuses the file: nothing is written.
    const QString bad = write("cli-bad.csv", "date,country,title,kind\n2024,KOR,Fine,policy\n2024,Atlantis,Sunk,policy\n");
    std::tie(code, out, err) = runImport({bad, "--source", "s"}, db);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("cli-bad.csv, line 3, column 6") && err.contains("Atlantis"), qPrintable(err));
    QCOMPARE(test::fileHash(db), before);
    std::tie(code, out, err) = runImport({bad, "--source", "s", "--skip-unknown-countries", "--layout", "events", "--dry-run"}, db);
    QVERIFY2(code == 0 && out.contains("would import 1 event,") && out.contains("layout: events\n")
                 && out.contains("skipped 1 row of unknown countries: Atlantis"),
             qPrintable(out + err));

    std::tie(code, out, err) = runImport({file, "--source", "Test timeline"}, db);
    QVERIFY2(code == 0 && out.contains("imported 6 events"), qPrintable(out + err));
    // Again: every event is there already.
    std::tie(code, out, err) = runImport({file, "--source", "Test timeline"}, db);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("cli-timeline.csv, line 2, column 13") && err.contains("already has the event"), qPrintable(err));

    Store store;
    QVERIFY(store.open(db));
    const auto d = store.load();
    QVERIFY2(d, qPrintable(store.errorString()));
    QStringList got;
    QString source;
    for (const Event &e : d->events) {
        if (e.id.startsWith("user-event-")) {
            got << QStringLiteral("%1 %2 %3").arg(e.date, e.country, e.kind);
            source = e.source;
        }
    }
    got.sort();
    QCOMPARE(got, (QStringList{"2020 USA policy", "2021 JPN policy", "2022 CHN policy", "2023-10-30 USA policy", "2024-03 KOR policy",
                               "2024-05-21 KOR other"}));
    QVERIFY(d->source(source));
    QCOMPARE(d->source(source)->title.en, QStringLiteral("Test timeline"));
}

QTEST_MAIN(TestImportEvents)
void TestImportEvents::jsonTimelineRefusals()
{
    // JSON items have no line: a problem names the item (and its key's value), in either language.
    ImportReader reader(m_dataset);
    const QString bad = write("bad-timeline.json", R"({"events": [
        {"date": "2024-01", "country": "KOR", "title": "Good event", "kind": "policy"},
        {"date": "2024-13", "country": "KOR", "title": "Bad month", "kind": "policy"}]})");
    QVERIFY(!reader.read(bad, optionsOf({"source=s"})));
    QCOMPARE(reader.errorString(), QStringLiteral("bad-timeline.json: item 2: \"2024-13\" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY"));
    const QString unknown = write("unknown.json", R"([{"date": "2024", "country": "Atlantis", "title": "Sunk", "kind": "policy"}])");
    QVERIFY(!reader.read(unknown, optionsOf({"source=s"})));
    QVERIFY2(reader.errorString().startsWith("unknown.json: item 1: unknown country \"Atlantis\""), qPrintable(reader.errorString()));
    const QString nested = write("nested.json", R"({"events": [{"date": "2024", "country": "KOR", "title": {"en": "T"}}]})");
    QVERIFY(!reader.read(nested, optionsOf({"source=s"})));
    QCOMPARE(reader.errorString(), QStringLiteral("nested.json: item 1: \"title\" must be a text or a number"));
    const QString empty = write("empty.json", R"({"events": []})");
    QVERIFY(!reader.read(empty, optionsOf({"source=s"})));
    QCOMPARE(reader.errorString(), QStringLiteral("empty.json: the file has no events"));
    const QString object = write("object.json", R"({"date": "2024"})");
    QVERIFY(!reader.read(object, optionsOf({"source=s", "layout=events"})));
    QVERIFY2(reader.errorString().contains("expected an array of events"), qPrintable(reader.errorString()));

    // From the command line: the dry run reads it as a timeline; a bad item writes nothing.
    const QString db = m_dir.filePath("events-json.gapscope");
    {
        Store store;
        QVERIFY(store.open(db));
    }
    const QString file = write("cli-timeline.json", R"({"events": [
        {"date": "2024-05-21", "country": "KOR", "title": "AI Seoul Summit", "kind": "Summit"},
        {"date": "2024-12-26", "country": "대한민국", "title": "인공지능 기본법 국회 통과", "kind": "법"}]})");
    {
        // The import dialog previews it as a timeline.
        LanguageManager languages;
        languages.setLanguage(Language::English);
        ImportDialog dialog(m_dataset, file, Language::English);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.sourceField()->setFocus();
        QTest::keyClicks(dialog.sourceField(), "Test timeline");
        QTest::keyClick(dialog.sourceField(), Qt::Key_Tab);
        QTRY_VERIFY2(dialog.importButton()->isEnabled(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.batch()->events.size(), 2);
        QVERIFY2(dialog.statusText().contains("2 events to add") && dialog.statusText().contains("layout: events"),
                 qPrintable(dialog.statusText()));
    }
    const QByteArray before = test::fileHash(db);
    auto [code, out, err] = runImport({file, "--source", "Test timeline", "--dry-run"}, db);
    QVERIFY2(code == 0 && out.contains("would import 2 events, 1 new source from cli-timeline.json")
                 && out.contains("layout: events, guessed from the file"),
             qPrintable(out + err));
    std::tie(code, out, err) = runImport({bad, "--source", "s", "--lang", "ko"}, db);
    QVERIFY2(code == 1 && err.contains(QStringLiteral("2번째 항목")), qPrintable(out + err));
    QCOMPARE(test::fileHash(db), before);
    std::tie(code, out, err) = runImport({file, "--source", "Test timeline"}, db);
    QVERIFY2(code == 0 && out.contains("imported 2 events"), qPrintable(out + err));
    Store store;
    QVERIFY(store.open(db));
    const auto d = store.load();
    QVERIFY2(d, qPrintable(store.errorString()));
    QStringList titles;
    for (const Event &e : d->events) {
        if (e.date.startsWith("2024-05-21") || e.date.startsWith("2024-12-26"))
            titles << e.text.ko;
    }
    QVERIFY2(titles.contains("AI Seoul Summit (Summit)") && titles.contains(QStringLiteral("인공지능 기본법 국회 통과")),
             qPrintable(titles.join(" / ")));
}

#include "tst_importevents.moc"
