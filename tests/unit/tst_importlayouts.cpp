#include "TestSupport.h"
#include "import/ImportDialog.h"
#include "io/EntityColumnsReader.h"
#include "io/EntityNameIndex.h"
#include "io/ImportFormat.h"
#include "format/DisplayText.h"
#include "import/EntityColumnsTable.h"
#include "io/ImportReader.h"
#include "store/Store.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// The layouts of issue 17 read as the files come: dates to the month or the day (Our World in
// Data's Day column, a Date column, months as a wide file's columns), Our World in Data's regions
// and aggregates as regions, and a date followed by one column per entity. Each layout as a
// table-driven row from a file written here, each malformed variant refused with its file, line
// and column, and the command line's dry run and import on a real workspace.
class TestImportLayouts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layouts_data();
    void layouts();
    void malformed_data();
    void malformed();
    void headersProposeEntities_data();
    void headersProposeEntities();
    void previewShowsTheDatesPrecision();
    void commandLine();

private:
    QString write(const QString &name, const QByteArray &content) const;
    // `gapscope import` with `args` on the workspace `db`: exit code, standard output and error.
    std::tuple<int, QString, QString> runImport(const QStringList &args, const QString &db) const;

    QTemporaryDir m_dir;
    Dataset m_dataset;
};

namespace {

// The options of an import of `indicator` in counts, with the columns as the command line takes
// them ("FIELD=HEADER" or "HEADER=TARGET").
ImportReader::Options optionsOf(const QString &indicator, const QStringList &columns)
{
    ImportReader::Options options;
    options.indicator = indicator;
    options.source = "Test source";
    if (indicator != "private_ai_investment")
        options.unit = "count";
    for (const QString &pair : columns) {
        const QString left = pair.section('=', 0, -2);
        if (ImportReader::fieldNames().contains(left))
            options.columns.insert(left, pair.section('=', -1));
        else
            options.entityColumns.insert(left, pair.section('=', -1));
    }
    return options;
}

// The batch's observations as "ENTITY DATE INDICATOR=VALUE", sorted.
QStringList described(const ImportBatch &batch)
{
    QStringList out;
    for (const Observation &o : batch.observations)
        out << QStringLiteral("%1 %2 %3=%4").arg(o.country, DisplayText::isoPeriod(o.year, o.month, o.day), o.indicator).arg(o.value);
    out.sort();
    return out;
}

} // namespace

void TestImportLayouts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Every ISO country and Our World in Data's regions, as a new workspace has them.
    m_dataset = test::bundledDataset();
    QVERIFY(m_dataset.region("OWID_WRL"));
}

QString TestImportLayouts::write(const QString &name, const QByteArray &content) const
{
    return test::writeFile(m_dir.filePath(name), content);
}

void TestImportLayouts::layouts_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QStringList>("columns"); // HEADER=TARGET or FIELD=HEADER
    QTest::addColumn<QStringList>("expected");

    // Item 3: dates at their precision.
    QTest::newRow("owid day") << QByteArray("Entity,Code,Day,Daily users\nSouth Korea,KOR,2024-03-15,10\n"
                                            "Japan,JPN,2024-03-16,11\nJapan,JPN,2024-03-17,\n")
                              << QString() << QStringList()
                              << QStringList{"JPN 2024-03-16 daily_users=11", "KOR 2024-03-15 daily_users=10"};
    QTest::newRow("tidy date, months and days") << QByteArray("country,indicator,date,value\nKOR,x_date,2024-03,1\n"
                                                              "USA,x_date,2024-03-31,2\nUSA,x_date,2024,3\n")
                                                << QString() << QStringList()
                                                << QStringList{"KOR 2024-03 x_date=1", "USA 2024 x_date=3", "USA 2024-03-31 x_date=2"};
    QTest::newRow("owid date column") << QByteArray("Entity,Code,Date,Share\nWorld,OWID_WRL,2023-12,0.5\n")
                                      << QString() << QStringList() << QStringList{"OWID_WRL 2023-12 share=0.5"};
    QTest::newRow("wide months and days") << QByteArray("country,indicator,2024-01,2024-02-29,2025\nKOR,x_wide,1,2,3\n")
                                          << QString() << QStringList()
                                          << QStringList{"KOR 2024-01 x_wide=1", "KOR 2024-02-29 x_wide=2", "KOR 2025 x_wide=3"};
    QTest::newRow("date column mapped") << QByteArray("Nation,Series,When,Amount\nKOR,x_when,2024-05-02,4\n") << QString()
                                        << QStringList{"country=Nation", "indicator=Series", "date=When", "value=Amount"}
                                        << QStringList{"KOR 2024-05-02 x_when=4"};
    // Item 2: Our World in Data's regions and aggregates, by code or by a name in English or Korean.
    QTest::newRow("owid regions") << QByteArray("Entity,Code,Year,Share\nWorld,OWID_WRL,2020,1\nAsia,,2020,2\n"
                                                "High-income countries,,2020,3\nSouth Korea,KOR,2020,4\n세계,,2021,5\n"
                                                "European Union (27),,2021,6\n")
                                  << QString() << QStringList()
                                  << QStringList{"KOR 2020 share=4", "OWID_ASI 2020 share=2", "OWID_EU27 2021 share=6",
                                                 "OWID_HIC 2020 share=3", "OWID_WRL 2020 share=1", "OWID_WRL 2021 share=5"};
    QTest::newRow("tidy korean region") << QStringLiteral("country,indicator,year,value\n유럽연합(27개국),x_eu,2020,1\n"
                                                          "owid_wrl,x_eu,2020,2\n")
                                                   .toUtf8()
                                        << QString() << QStringList() << QStringList{"OWID_EU27 2020 x_eu=1", "OWID_WRL 2020 x_eu=2"};
    // Item 5: a date, then one column per entity.
    QTest::newRow("columns proposed") << QByteArray("Month,Japan score,South Korea score,World\n2024-01,1,2,3\n2024-02,4,,6\n")
                                      << "Benchmark score" << QStringList()
                                      << QStringList{"JPN 2024-01 benchmark_score=1", "JPN 2024-02 benchmark_score=4",
                                                     "KOR 2024-01 benchmark_score=2", "OWID_WRL 2024-01 benchmark_score=3",
                                                     "OWID_WRL 2024-02 benchmark_score=6"};
    QTest::newRow("columns mapped and skipped")
        << QByteArray("Month,Korea score,Japan score,Difference\n2024-01,71.5,69,2.5\n2024-02,72,70.25,1.75\n") << "Benchmark score"
        << QStringList{"Korea score=KOR", "Difference=skip"}
        << QStringList{"JPN 2024-01 benchmark_score=69", "JPN 2024-02 benchmark_score=70.25", "KOR 2024-01 benchmark_score=71.5",
                       "KOR 2024-02 benchmark_score=72"};
    QTest::newRow("columns separate indicators")
        << QByteArray("Date,Korea score,Korea rank,Japan rank,Gap\n2024-03-15,70,2,1,1.5\n") << "Benchmark score"
        << QStringList{"Korea score=South Korea", "Korea rank=indicator:x_rank@KOR", "Japan rank=indicator:x_rank",
                       "Gap=indicator:x_gap@OWID_WRL"}
        << QStringList{"JPN 2024-03-15 x_rank=1", "KOR 2024-03-15 benchmark_score=70", "KOR 2024-03-15 x_rank=2",
                       "OWID_WRL 2024-03-15 x_gap=1.5"};
    QTest::newRow("columns korean headers, yearly")
        << QStringLiteral("연도,일본 점수,세계 평균\n2023,1,2\n").toUtf8() << "Benchmark score" << QStringList()
        << QStringList{"JPN 2023 benchmark_score=1", "OWID_WRL 2023 benchmark_score=2"};
    QTest::newRow("columns of AI models") << QByteArray("Day,Model A,Model B\n2025-01-31,3,4\n") << "Benchmark score"
                                          << QStringList{"Model A=" + m_dataset.models.at(0).id, "Model B=" + m_dataset.models.at(1).id}
                                          << QStringList{m_dataset.models.at(0).id + " 2025-01-31 benchmark_score=3",
                                                         m_dataset.models.at(1).id + " 2025-01-31 benchmark_score=4"};
    // An indicator of the workspace by its id: its unit, no new indicator.
    QTest::newRow("columns into an existing indicator")
        << QByteArray("Year,Japan,United States\n2030,1,2\n") << "private_ai_investment" << QStringList()
        << QStringList{"JPN 2030 private_ai_investment=1", "USA 2030 private_ai_investment=2"};
}

void TestImportLayouts::layouts()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, indicator);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, expected);
    ImportReader reader(m_dataset);
    const auto batch = reader.read(write("layout.csv", content), optionsOf(indicator, columns));
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(described(*batch), expected);
    // Regions are regions, never countries.
    for (const Observation &o : batch->observations) {
        if (o.country.startsWith("OWID_"))
            QVERIFY(m_dataset.entityKind(o.country) == EntityKind::Region);
    }
}

void TestImportLayouts::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("owid day, month 13") << QByteArray("Entity,Code,Day,V\nSouth Korea,KOR,2024-13-01,1\n") << QString()
                                        << QStringList() << 2 << 17 << "\"2024-13-01\" is not a date";
    QTest::newRow("owid day, 30 February") << QByteArray("Entity,Code,Day,V\nSouth Korea,KOR,2024-02-30,1\n") << QString()
                                           << QStringList() << 2 << 17 << "is not a date";
    QTest::newRow("tidy date in words") << QByteArray("country,indicator,date,value\nKOR,x,March 2024,1\n") << QString()
                                        << QStringList() << 2 << 7 << "\"March 2024\" is not a date";
    QTest::newRow("tidy date empty") << QByteArray("country,indicator,date,value\nKOR,x,,1\n") << QString() << QStringList() << 2
                                     << 7 << "is not a date";
    QTest::newRow("tidy same day twice") << QByteArray("country,indicator,date,value\nKOR,x,2024-03-15,1\nKOR,x,2024-03-15,2\n")
                                         << QString() << QStringList() << 3 << 18 << "already appears on line 2";
    QTest::newRow("wide day of no month") << QByteArray("country,indicator,2024-02-30\nKOR,x,1\n") << QString() << QStringList()
                                          << 1 << 19 << "\"2024-02-30\" is not a date";
    QTest::newRow("owid neither country nor region") << QByteArray("Entity,Code,Year,V\nWorld,OWID_WRL,2020,1\nAtlantis,,2020,1\n")
                                                     << QString() << QStringList() << 3 << 10 << "unknown country \"Atlantis\"";
    QTest::newRow("columns, header names nothing") << QByteArray("Month,Korea score,Japan score,Difference\n2024-01,1,2,3\n")
                                                   << "Score" << QStringList() << 1 << 7
                                                   << "column \"Korea score\" names no country or region";
    QTest::newRow("columns, difference unmapped") << QByteArray("Month,Korea score,Japan score,Difference\n2024-01,1,2,3\n")
                                                  << "Score" << QStringList{"Korea score=KOR"} << 1 << 31
                                                  << "column \"Difference\" names no country or region";
    QTest::newRow("columns, bad month") << QByteArray("Month,Japan score\n2024-1,3\n") << "Score" << QStringList() << 2 << 1
                                        << "\"2024-1\" is not a date";
    QTest::newRow("columns, no indicator") << QByteArray("Month,Japan score\n2024-01,3\n") << QString() << QStringList() << 1
                                           << 0 << "give the indicator";
    QTest::newRow("columns, unknown entity") << QByteArray("Month,Japan score\n2024-01,3\n") << "Score"
                                             << QStringList{"Japan score=Atlantis"} << 1 << 7 << "unknown entity \"Atlantis\"";
    QTest::newRow("columns, separate indicator of nobody") << QByteArray("Month,Japan score,Gap\n2024-01,3,1\n") << "Score"
                                                           << QStringList{"Gap=indicator:x_gap"} << 1 << 19
                                                           << "give one as indicator:x_gap@ENTITY";
    QTest::newRow("columns, one entity twice") << QByteArray("Month,Japan score,JPN\n2024-01,3,4\n") << "Score" << QStringList()
                                               << 1 << 19 << "hold the same entity";
    QTest::newRow("columns, everything skipped") << QByteArray("Month,Japan score\n2024-01,3\n") << "Score"
                                                 << QStringList{"Japan score=skip"} << 1 << 0 << "every column is skipped";
    QTest::newRow("columns, short row") << QByteArray("Month,Japan score,World\n2024-01,3\n") << "Score" << QStringList() << 2
                                        << 9 << "2 fields where the header has 3";
    QTest::newRow("columns, not a number") << QByteArray("Month,Japan score\n2024-01,3 points\n") << "Score" << QStringList()
                                           << 2 << 9 << "\"3 points\" is not a number";
    QTest::newRow("columns, same date twice") << QByteArray("Month,Japan score\n2024-01,3\n2024-01,4\n") << "Score"
                                              << QStringList() << 3 << 9 << "already appears on line 2";
}

void TestImportLayouts::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, indicator);
    QFETCH(QStringList, columns);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    ImportReader reader(m_dataset);
    QVERIFY(!reader.read(write("bad.csv", content), optionsOf(indicator, columns)));
    const ParseError &e = reader.parseError();
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QCOMPARE(e.file, QStringLiteral("bad.csv"));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TestImportLayouts::headersProposeEntities_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("entity");
    QTest::newRow("english name and a word") << "Japan score" << "JPN";
    QTest::newRow("longest name wins") << "North Korea score" << "PRK";
    QTest::newRow("official name") << "Korea, Republic of (index)" << "KOR";
    QTest::newRow("korean name") << QStringLiteral("일본 점수") << "JPN";
    QTest::newRow("region in korean") << QStringLiteral("세계 평균") << "OWID_WRL";
    QTest::newRow("region in english") << "High-income countries (mean)" << "OWID_HIC";
    QTest::newRow("code in capitals") << "KOR value" << "KOR";
    QTest::newRow("a word, not a code") << "per capita" << "";
    QTest::newRow("no name") << "Difference" << "";
}

void TestImportLayouts::headersProposeEntities()
{
    QFETCH(QString, header);
    QFETCH(QString, entity);
    QCOMPARE(EntityColumnsReader::proposal(header, EntityNameIndex(m_dataset)), entity);
}

void TestImportLayouts::previewShowsTheDatesPrecision()
{
    // The dialog's preview and status show each date as precise as the file wrote it.
    const QString file = write("days.csv", "Entity,Code,Day,Daily users\nSouth Korea,KOR,2024-03-15,10\nWorld,OWID_WRL,2024-04,11\n"
                                           "World,OWID_WRL,2025,12\n");
    ImportDialog dialog(m_dataset, file, Language::English);
    dialog.unitField()->setText("count");
    dialog.sourceField()->setText("s");
    QTest::keyClick(dialog.sourceField(), Qt::Key_Return);
    QVERIFY2(dialog.batch(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.preview()->item(0, 0)->text(), QStringLiteral("South Korea"));
    QCOMPARE(dialog.preview()->item(0, 2)->text(), QStringLiteral("March 15, 2024"));
    QCOMPARE(dialog.preview()->item(1, 0)->text(), QStringLiteral("World"));
    QCOMPARE(dialog.preview()->item(1, 2)->text(), QStringLiteral("April 2024"));
    QCOMPARE(dialog.preview()->item(2, 2)->text(), QStringLiteral("2025"));
    QVERIFY2(dialog.statusText().contains("Countries (1): 1 observation") && dialog.statusText().contains("Regions (1): 2 observation")
                 && dialog.statusText().contains("dates 2024-03-15 to 2025"),
             qPrintable(dialog.statusText()));
    // Not a file of one column per entity: no mapping table.
    QVERIFY(dialog.entityColumns()->isHidden());
}

std::tuple<int, QString, QString> TestImportLayouts::runImport(const QStringList &args, const QString &db) const
{
    const test::ProgramRun run = test::runGapscope(QStringList{"import"} + args + QStringList{"--db", db}, m_dir.filePath("xdg"));
    return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

void TestImportLayouts::commandLine()
{
    const QString db = m_dir.filePath("cli.gapscope");
    // Regions and days: the dry run counts them per kind of entity and gives the dates' span.
    const QString owid = write("regions-days.csv", "Entity,Code,Day,Daily share\nWorld,OWID_WRL,2024-03-15,1\n"
                                                   "Asia,,2024-03-15,2\nSouth Korea,KOR,2024-03-16,3\n");
    {
        Store store;
        QVERIFY(store.open(db));
    }
    auto [code, out, err] = runImport({owid, "--unit", "percent", "--source", "s", "--dry-run"}, db);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains("would import 3 observation") && out.contains("Countries (1): 1 observation")
                 && out.contains("Regions (2): 2 observation") && out.contains("dates 2024-03-15 to 2024-03-16"),
             qPrintable(out));

    // One column per entity: the dry run says where each column goes, then the import writes them.
    const QString monthly = write("monthly.csv", "Month,Korea score,Japan score,Difference\n2024-01,71.5,69,2.5\n2024-02,72,70.25,1.75\n");
    const QStringList args{monthly, "--indicator", "Benchmark score", "--unit", "points", "--source", "Monthly comparison",
                           "--column", "Korea score=KOR", "--column", "Difference=skip"};
    std::tie(code, out, err) = runImport(args + QStringList{"--dry-run"}, db);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains("column \"Korea score\": South Korea (KOR, Country)") && out.contains("column \"Japan score\": Japan (JPN, Country)")
                 && out.contains("column \"Difference\": skipped") && out.contains("dates 2024-01 to 2024-02")
                 && out.contains("new indicator benchmark_score (Benchmark score)"),
             qPrintable(out));
    // Korean messages name the kinds in Korean.
    std::tie(code, out, err) = runImport(args + QStringList{"--dry-run", "--lang", "ko"}, db);
    QVERIFY2(code == 0 && out.contains(QStringLiteral("대한민국 (KOR, 국가)")), qPrintable(out + err));

    // A refused file writes nothing: the workspace is byte for byte as it was.
    const QString bad = write("monthly-bad.csv", "Month,Korea score,Japan score,Difference\n2024-01,71.5,69,2.5\n2024-13,72,70,2\n");
    const QByteArray before = test::fileHash(db);
    std::tie(code, out, err) = runImport(QStringList{bad} + args.mid(1), db);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("monthly-bad.csv, line 3, column 1") && err.contains("not a date"), qPrintable(err));
    QCOMPARE(test::fileHash(db), before);
    std::tie(code, out, err) = runImport({monthly, "--column", "Korea score=Atlantis", "--indicator", "x"}, db);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("line 1, column 7") && err.contains("Atlantis"), qPrintable(err));
    QCOMPARE(test::fileHash(db), before);

    std::tie(code, out, err) = runImport(args, db);
    QVERIFY2(code == 0 && out.contains("imported 4 observation"), qPrintable(out + err));
    std::tie(code, out, err) = runImport({owid, "--unit", "percent", "--source", "s"}, db);
    QVERIFY2(code == 0, qPrintable(err));
    Store store;
    QVERIFY(store.open(db));
    const auto d = store.load();
    QStringList got;
    for (const Observation &o : d->observations) {
        if (o.indicator == "benchmark_score" || o.indicator == "daily_share")
            got << QStringLiteral("%1 %2=%3").arg(o.country, DisplayText::isoPeriod(o.year, o.month, o.day)).arg(o.value);
    }
    got.sort();
    QCOMPARE(got, (QStringList{"JPN 2024-01=69", "JPN 2024-02=70.25", "KOR 2024-01=71.5", "KOR 2024-02=72", "KOR 2024-03-16=3",
                               "OWID_ASI 2024-03-15=2", "OWID_WRL 2024-03-15=1"}));
}

QTEST_MAIN(TestImportLayouts)
#include "tst_importlayouts.moc"
