#include "TestSupport.h"
#include "io/CsvParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// Runs the real gapscope executable the way a researcher's script does.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void queryKoreaJsonHasSourcedObservations();
    void queryCsvIsRfc4180();
    void queryKoreanLanguage();
    void articleFactsThroughTheCommandLine_data();
    void articleFactsThroughTheCommandLine();
    void bundledSeriesValues_data();
    void bundledSeriesValues();
    void listKinds_data();
    void listKinds();
    void listActorsFilteredByCountry();
    void listSourcesFollowsFilter();
    void badArguments_data();
    void badArguments();
    void corruptWorkspaceIsReported();
    void defaultWorkspaceFromXdgDataHome();
    void olderWorkspaceIsUpdatedAndUserIsTold();
    void globalOptionsBeforeTheCommand_data();
    void globalOptionsBeforeTheCommand();
    void jsonCarriesBothLanguages();
    void countriesAreFoundByTheirOtherNames();
    void gapCsvAgreesWithTheObservations();
    void gapJsonInKoreanWithMethod();
    void gapTableSaysTheMethod();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args, const QProcessEnvironment &env = {});

    QTemporaryDir m_dir;
    QString m_db;
};

TestCli::Result TestCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert("XDG_DATA_HOME", m_dir.filePath("xdg"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(GAPSCOPE_BINARY), args);
    if (!p.waitForFinished(60000))
        qFatal("gapscope did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath("cli.gapscope");
    // The first command creates the workspace from the bundled dataset.
    const Result r = run({"list", "countries", "--db", m_db, "--format", "csv"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(m_db));
}

void TestCli::version()
{
    const Result r = run({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("GapScope " GAPSCOPE_VERSION "\n"));
    QVERIFY(r.out.contains("Dataset 20"));
}

void TestCli::queryKoreaJsonHasSourcedObservations()
{
    const Result r = run({"query", "--country", "KOR", "--format", "json", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = doc.array();
    QVERIFY(rows.size() >= 10);
    bool sawCset2023 = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        // Korea's own figures, and those of the models and clusters that count for Korea.
        QVERIFY2(o.value("country").toString().split(',').contains(QStringLiteral("KOR")), qPrintable(o.value("id").toString()));
        if (o.value("entity_kind").toString() == QLatin1String("country"))
            QCOMPARE(o.value("entity").toString(), QStringLiteral("KOR"));
        QVERIFY(!o.value("unit").toString().isEmpty());
        QVERIFY(!o.value("kind").toString().isEmpty());
        const QJsonObject source = o.value("source").toObject();
        QVERIFY(!source.value("id").toString().isEmpty());
        QVERIFY(!source.value("title").toString().isEmpty());
        if (o.value("indicator").toString() == "private_ai_investment" && o.value("year").toInt() == 2023) {
            sawCset2023 = true;
            // The real CSET figure for South Korea in 2023 (constant 2021 US$).
            QCOMPARE(o.value("value").toDouble(), 2605634733.0);
            QCOMPARE(source.value("licence").toString(), QStringLiteral("CC BY-NC 4.0"));
            QVERIFY(source.value("url").toString().contains("ourworldindata.org"));
        }
    }
    QVERIFY(sawCset2023);
}

void TestCli::queryCsvIsRfc4180()
{
    const Result r = run({"query", "--country", "USA,CHN", "--year", "2018:2023", "--indicator",
                          "private_ai_investment", "--format", "csv", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\r\n"));
    CsvParser parser;
    QVERIFY(parser.parse(QString::fromUtf8(r.out)));
    const auto &records = parser.records();
    QCOMPARE(records.size(), 1 + 12); // header + 2 countries x 6 years
    const QStringList header = records.constFirst().fields;
    QVERIFY(header.contains("source_title"));
    QVERIFY(header.contains("source_licence"));
    const qsizetype country = header.indexOf("country");
    const qsizetype year = header.indexOf("year");
    const qsizetype note = header.indexOf("source_note");
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &f = records.at(i).fields;
        QCOMPARE(f.size(), header.size());
        QVERIFY(f.at(country) == "USA" || f.at(country) == "CHN");
        QVERIFY(f.at(year).toInt() >= 2018 && f.at(year).toInt() <= 2023);
        // The caveat note contains commas, so it had to be quoted to survive the round trip.
        QVERIFY(f.at(note).contains(','));
    }
}

void TestCli::queryKoreanLanguage()
{
    const Result r = run({"query", "--country", "KOR", "--year", "2023", "--indicator", "private_ai_investment",
                          "--format", "json", "--lang", "ko", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).array().at(0).toObject();
    QCOMPARE(o.value("country_name").toString(), QStringLiteral("대한민국"));
    QVERIFY2(o.value("value_text").toString().contains(QStringLiteral("26억 563만")), qPrintable(o.value("value_text").toString()));

    // The article's Korean market figure, in the currency it was stated in, with Korean large-number units.
    const Result market = run({"query", "--country", "KOR", "--indicator", "ai_market_size_krw", "--format", "json",
                               "--lang", "ko", "--db", m_db});
    QCOMPARE(market.exitCode, 0);
    const QJsonObject m = QJsonDocument::fromJson(market.out).array().at(0).toObject();
    QCOMPARE(m.value("value_text").toString(), QStringLiteral("3.4조 원"));
    QCOMPARE(m.value("kind").toString(), QStringLiteral("projection"));
    QCOMPARE(m.value("source").toObject().value("section").toString(), QStringLiteral("Korea at crossroads"));

    const Result table = run({"list", "models", "--lang", "ko", "--db", m_db});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(QString::fromUtf8(table.out).contains(QStringLiteral("이름")));
}

void TestCli::articleFactsThroughTheCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QStringList q{"query", "--format", "json"};
    // Scale as strategy: "from roughly 1 million in January 2024 to over 818 million by January 2025".
    QTest::newRow("downloads 2025-01") << (q + QStringList{"--country", "CHN", "--indicator", "hf_open_model_downloads", "--lang", "ko"})
                                       << "obs-chn-hf-downloads-2025-01" << "value_text" << QStringLiteral("8억 1,800만 회");
    QTest::newRow("downloads 2024-01") << (q + QStringList{"--country", "CHN", "--indicator", "hf_open_model_downloads"})
                                       << "obs-chn-hf-downloads-2024-01" << "kind" << "estimate";
    // "17 percent ... edging past the 15.8 percent share recorded by US-developed models".
    QTest::newRow("share USA") << (q + QStringList{"--country", "USA", "--indicator", "hf_new_open_model_download_share"})
                               << "obs-usa-hf-new-download-share-2025-11" << "value_text" << "15.8%";
    // "900 billion yuan ($131 billion)": the currency stated, and the conversion as its own value.
    QTest::newRow("market CNY") << (q + QStringList{"--country", "CHN", "--indicator", "ai_market_size_cny"})
                                << "obs-chn-ai-market-cny" << "value_text" << "CNY 900 billion";
    QTest::newRow("market 2030") << (q + QStringList{"--country", "CHN", "--indicator", "ai_market_size_usd", "--year", "2030:2030"})
                                 << "obs-chn-ai-market-usd-2030" << "kind" << "projection";
    QTest::newRow("AI Basic Act") << QStringList{"list", "events", "--country", "KOR", "--format", "json", "--lang", "ko"}
                                  << "ev-kor-2026-01-ai-basic-act" << "date" << "2026-01";
    QTest::newRow("Kimi K2.5") << QStringList{"list", "models", "--country", "CHN", "--format", "json"}
                               << "kimi-k2-5" << "developer_name" << "Moonshot AI";
    QTest::newRow("EXAONE") << QStringList{"list", "models", "--country", "KOR", "--format", "json", "--lang", "ko"}
                            << "exaone" << "developer" << "lg-ai-research";
    QTest::newRow("SK hynix") << QStringList{"list", "actors", "--country", "KOR", "--format", "json"}
                              << "sk-hynix" << "kind" << "chipmaker";
}

void TestCli::articleFactsThroughTheCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Result r = run(args + QStringList{"--db", m_db});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QJsonObject found;
    for (const QJsonValue &v : rows) {
        if (v.toObject().value("id").toString() == id)
            found = v.toObject();
    }
    QVERIFY2(!found.isEmpty(), qPrintable(id));
    QCOMPARE(found.value(field).toVariant().toString(), expected);
    QVERIFY(!found.value("source").toObject().value("document").toString().isEmpty());
}

void TestCli::bundledSeriesValues_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("licence");
    // The sample values of the data files' README, read from the bundled CSV files.
    const QString publications = "ai_scholarly_publications";
    const QString robots = "industrial_robots_installed";
    const QString patents = "ai_granted_patents_personal_devices_computing";
    const QString nc = "CC BY-NC 4.0", nd = "CC BY-ND 4.0";
    QTest::newRow("publications KOR 2020") << publications << "KOR" << 2020 << 6495.0 << nc;
    QTest::newRow("publications USA 2020") << publications << "USA" << 2020 << 45342.0 << nc;
    QTest::newRow("publications CHN 2020") << publications << "CHN" << 2020 << 58225.0 << nc;
    QTest::newRow("robots CHN 2021") << robots << "CHN" << 2021 << 268000.0 << nd;
    QTest::newRow("robots USA 2021") << robots << "USA" << 2021 << 35000.0 << nd;
    QTest::newRow("robots KOR 2021") << robots << "KOR" << 2021 << 31000.0 << nd;
    QTest::newRow("patents USA 2020") << patents << "USA" << 2020 << 4741.0 << nc;
    QTest::newRow("patents CHN 2020") << patents << "CHN" << 2020 << 18316.0 << nc;
    QTest::newRow("patents KOR 2020") << patents << "KOR" << 2020 << 1488.0 << nc;
}

void TestCli::bundledSeriesValues()
{
    QFETCH(QString, indicator);
    QFETCH(QString, country);
    QFETCH(int, year);
    QFETCH(double, value);
    QFETCH(QString, licence);
    const QStringList query{"query", "--indicator", indicator, "--country", country,
                            "--year", QStringLiteral("%1:%1").arg(year), "--db", m_db};
    const Result json = run(query + QStringList{"--format", "json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value("value").toDouble(), value);
    QCOMPARE(row.value("kind").toString(), QStringLiteral("measured"));
    QCOMPARE(row.value("source").toObject().value("licence").toString(), licence);
    QVERIFY(row.value("source").toObject().value("url").toString().startsWith("https://ourworldindata.org/grapher/"));
    // The table export's CSV names the licence on the row too.
    const Result csv = run(query + QStringList{"--format", "csv"});
    QCOMPARE(csv.exitCode, 0);
    CsvParser parser;
    QVERIFY(parser.parse(QString::fromUtf8(csv.out)));
    QCOMPARE(parser.records().size(), 2);
    const QStringList header = parser.records().constFirst().fields;
    QCOMPARE(parser.records().last().fields.value(header.indexOf("source_licence")), licence);
}

void TestCli::listKinds_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind :
         {"countries", "dimensions", "indicators", "actors", "models", "events", "swot", "assessments", "sources"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestCli::listKinds()
{
    QFETCH(QString, kind);
    for (const char *format : {"json", "csv", "table"}) {
        const Result r = run({"list", kind, "--format", format, "--db", m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.isEmpty());
        if (QByteArray(format) == "json") {
            const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
            QVERIFY2(!rows.isEmpty(), qPrintable(kind));
            // Every record that states a fact names its source.
            if (kind != "countries" && kind != "dimensions" && kind != "indicators" && kind != "sources") {
                for (const QJsonValue &v : rows)
                    QVERIFY(!v.toObject().value("source").toObject().value("title").toString().isEmpty());
            }
        }
    }
}

void TestCli::listActorsFilteredByCountry()
{
    const Result r = run({"list", "actors", "--country", "KOR", "--format", "json", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &v : rows)
        QCOMPARE(v.toObject().value("country").toString(), QStringLiteral("KOR"));
}

void TestCli::listSourcesFollowsFilter()
{
    const Result all = run({"list", "sources", "--format", "json", "--db", m_db});
    const Result cset = run({"list", "sources", "--format", "json", "--db", m_db, "--year", "2014:2016"});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(cset.exitCode, 0);
    const QJsonArray some = QJsonDocument::fromJson(cset.out).array();
    QVERIFY(!some.isEmpty());
    QVERIFY(some.size() < QJsonDocument::fromJson(all.out).array().size());
    bool hasCset = false;
    for (const QJsonValue &v : some)
        hasCset |= v.toObject().value("id").toString() == "cset-owid-private-investment";
    QVERIFY(hasCset);
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown country") << QStringList{"query", "--country", "KOR,XYZ"} << "unknown country or region code \"XYZ\"";
    QTest::newRow("malformed years") << QStringList{"query", "--year", "2020-2025"} << "malformed year range";
    QTest::newRow("reversed years") << QStringList{"query", "--year", "2025:2020"} << "malformed year range";
    QTest::newRow("letters in years") << QStringList{"query", "--year", "abc:2020"} << "malformed year range";
    QTest::newRow("unknown format") << QStringList{"query", "--format", "xml"} << "unknown format \"xml\"";
    QTest::newRow("unknown dimension") << QStringList{"list", "actors", "--dimension", "luck"}
                                       << "unknown dimension \"luck\"";
    QTest::newRow("unknown indicator") << QStringList{"query", "--indicator", "nope"} << "unknown indicator \"nope\"";
    QTest::newRow("unknown list kind") << QStringList{"list", "planets"} << "list needs one of";
    QTest::newRow("list without kind") << QStringList{"list"} << "list needs one of";
    QTest::newRow("unknown option") << QStringList{"query", "--colour", "red"} << "colour";
    QTest::newRow("unknown language") << QStringList{"query", "--lang", "fr"} << "unknown language \"fr\"";
    QTest::newRow("empty country list") << QStringList{"query", "--country", ","} << "--country needs";
    QTest::newRow("gap without indicator") << QStringList{"gap"} << "gap needs --indicator";
    QTest::newRow("gap, unknown indicator") << QStringList{"gap", "--indicator", "nope"} << "unknown indicator \"nope\"";
    QTest::newRow("gap, unknown leader") << QStringList{"gap", "--indicator", "private_ai_investment", "--leader", "XYZ"}
                                         << "unknown country or region code \"XYZ\"";
    QTest::newRow("gap, two leaders") << QStringList{"gap", "--indicator", "private_ai_investment", "--leader", "USA,CHN"}
                                      << "one indicator and one leader";
    QTest::newRow("gap, leader follows itself")
        << QStringList{"gap", "--indicator", "private_ai_investment", "--follower", "USA"} << "other than the leader";
    QTest::newRow("gap, unknown method") << QStringList{"gap", "--indicator", "private_ai_investment", "--method", "max"}
                                         << "unknown method \"max\"";
    QTest::newRow("gap, unknown format") << QStringList{"gap", "--indicator", "private_ai_investment", "--format", "xml"}
                                         << "unknown format \"xml\"";
    QTest::newRow("gap, malformed years") << QStringList{"gap", "--indicator", "private_ai_investment", "--year", "x"}
                                          << "malformed year range";
    // The usage errors every command shares (CommandOptions), each with its command's prefix.
    QTest::newRow("gap, unknown language") << QStringList{"gap", "--indicator", "private_ai_investment", "--lang", "fr"}
                                           << "gapscope: unknown language \"fr\": use en or ko";
    QTest::newRow("gap, unknown option") << QStringList{"gap", "--colour", "red"} << "gapscope: Unknown option 'colour'.";
    QTest::newRow("import, unknown option") << QStringList{"import", "a.csv", "--colour", "red"}
                                            << "gapscope import: Unknown option 'colour'.";
    QTest::newRow("import, two files") << QStringList{"import", "a.csv", "b.csv"} << "gapscope import: give one file to import";
}

void TestCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = run(args + QStringList{"--db", m_db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCli::corruptWorkspaceIsReported()
{
    const QString path = m_dir.filePath("broken.gapscope");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const Result r = run({"query", "--db", path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    QCOMPARE(QFileInfo(path).size(), 8192);
}

void TestCli::defaultWorkspaceFromXdgDataHome()
{
    const Result r = run({"list", "dimensions", "--format", "csv"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(m_dir.filePath("xdg/gapscope/workspace.gapscope")));
}

void TestCli::olderWorkspaceIsUpdatedAndUserIsTold()
{
    const QString path = m_dir.filePath("older.gapscope");
    QVERIFY(QFile::copy(m_db, path));
    QVERIFY(test::withSqlite(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec("UPDATE meta SET value = '2000.1' WHERE key = 'dataset_version'"));
    }));
    const Result r = run({"query", "--country", "KOR", "--format", "json", "--db", path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("updated from version 2000.1"), r.err.constData());
    QVERIFY(!QJsonDocument::fromJson(r.out).array().isEmpty());
    const Result second = run({"query", "--country", "KOR", "--format", "json", "--db", path});
    QVERIFY(second.err.isEmpty());
}

void TestCli::countriesAreFoundByTheirOtherNames()
{
    // The ISO name of South Korea, which is neither its English nor its Korean name here.
    const Result r = run({"list", "countries", "--search", "Korea, Republic of", "--format", "json", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value("code").toString(), QStringLiteral("KOR"));
}

void TestCli::globalOptionsBeforeTheCommand_data()
{
    // The same command with --db and --lang after it and before it ("DB" stands for the workspace).
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("before");
    QTest::newRow("query") << QStringList{"query", "--country", "KOR", "--format", "json", "--db", "DB"}
                           << QStringList{"--db", "DB", "query", "--country", "KOR", "--format", "json"};
    QTest::newRow("list in Korean") << QStringList{"list", "countries", "--format", "csv", "--lang", "ko", "--db", "DB"}
                                    << QStringList{"--lang", "ko", "--db", "DB", "list", "countries", "--format", "csv"};
    QTest::newRow("--lang=ko") << QStringList{"list", "dimensions", "--lang=ko", "--db", "DB"}
                               << QStringList{"--lang=ko", "--db=DB", "list", "dimensions"};
    QTest::newRow("help") << QStringList{"query", "--help"} << QStringList{"--db", "DB", "query", "--help"};
}

void TestCli::globalOptionsBeforeTheCommand()
{
    QFETCH(QStringList, after);
    QFETCH(QStringList, before);
    for (QStringList *args : {&after, &before}) {
        for (QString &a : *args)
            a.replace(QStringLiteral("DB"), m_db);
    }
    const Result expected = run(after);
    QCOMPARE(expected.exitCode, 0);
    QVERIFY(!expected.out.isEmpty());
    const Result r = run(before);
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // before: "Unknown option 'db'"
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected.out);
}

void TestCli::jsonCarriesBothLanguages()
{
    // One run in English gives a script the Korean texts too, and the other way round.
    const QStringList query{"query", "--country", "KOR", "--year", "2023", "--indicator", "private_ai_investment",
                            "--format", "json", "--db", m_db};
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
        const Result r = run(query + QStringList{"--lang", lang});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(o.value("country_name").toString(),
                 lang == "en" ? QStringLiteral("South Korea") : QStringLiteral("대한민국"));
        QCOMPARE(o.value("country_name_en").toString(), QStringLiteral("South Korea"));
        QCOMPARE(o.value("country_name_ko").toString(), QStringLiteral("대한민국"));
        const QString indicatorEn = o.value("indicator_name_en").toString();
        const QString indicatorKo = o.value("indicator_name_ko").toString();
        QVERIFY(!indicatorEn.isEmpty() && !indicatorKo.isEmpty() && indicatorEn != indicatorKo);
        QCOMPARE(o.value("indicator_name").toString(), lang == "en" ? indicatorEn : indicatorKo);
        QVERIFY2(o.value("value_text_ko").toString().contains(QStringLiteral("26억 563만")),
                 qPrintable(o.value("value_text_ko").toString()));
        QVERIFY2(o.value("value_text_en").toString().contains(QStringLiteral("2.6")),
                 qPrintable(o.value("value_text_en").toString()));
        const QJsonObject source = o.value("source").toObject();
        QVERIFY(!source.value("title_en").toString().isEmpty());
        QVERIFY(!source.value("title_ko").toString().isEmpty());
        QCOMPARE(source.value("title").toString(), source.value(QStringLiteral("title_") + lang).toString());
    }
    const Result countries = run({"list", "countries", "--format", "json", "--db", m_db});
    QCOMPARE(countries.exitCode, 0);
    bool sawKorea = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(countries.out).array()) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.contains("name_en") && c.contains("name_ko") && c.contains("region_ko"));
        if (c.value("code").toString() == "KOR") {
            sawKorea = true;
            QCOMPARE(c.value("name_ko").toString(), QStringLiteral("대한민국"));
        }
    }
    QVERIFY(sawKorea);
    // CSV keeps its columns: one per field, in the language asked for.
    const Result csv = run({"list", "countries", "--format", "csv", "--db", m_db});
    QCOMPARE(csv.exitCode, 0);
    const QByteArray header = csv.out.left(csv.out.indexOf('\n'));
    QVERIFY2(header.contains("name") && !header.contains("name_ko"), header.constData());
}

void TestCli::gapCsvAgreesWithTheObservations()
{
    const Result r = run({"gap", "--indicator", "private_ai_investment", "--year", "2018:2023", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    CsvParser parser;
    QVERIFY(parser.parse(QString::fromUtf8(r.out)));
    QList<QStringList> parsed;
    for (const CsvRecord &record : parser.records())
        parsed.append(record.fields);
    const auto *rows = &parsed;
    const QStringList header = rows->first();
    QCOMPARE(header.mid(0, 5), (QStringList{"indicator", "leader", "leader_name", "follower", "follower_name"}));
    // The same observations through query: the share is the follower's over the leader's value.
    const Result q = run({"query", "--indicator", "private_ai_investment", "--country", "USA,CHN,KOR", "--year",
                          "2018:2023", "--format", "json", "--db", m_db});
    QHash<QString, double> value;
    for (const QJsonValue &v : QJsonDocument::fromJson(q.out).array()) {
        const QJsonObject o = v.toObject();
        value.insert(o.value("country").toString() + QString::number(o.value("year").toInt()),
                     o.value("value").toDouble());
    }
    QCOMPARE(rows->size(), 1 + 2 * 6); // CHN and KOR, 2018 to 2023
    QSet<QString> followers;
    for (qsizetype i = 1; i < rows->size(); ++i) {
        const QStringList &row = rows->at(i);
        auto field = [&](const char *name) { return row.value(header.indexOf(QLatin1String(name))); };
        QCOMPARE(field("leader"), QStringLiteral("USA"));
        followers.insert(field("follower"));
        const QString year = field("year");
        const double leader = value.value("USA" + year);
        const double follower = value.value(field("follower") + year);
        QCOMPARE(field("follower_value").toDouble(), follower);
        QVERIFY(qAbs(field("share").toDouble() - follower / leader) < 1e-9);
        QCOMPARE(field("time_gap_unit"), QStringLiteral("years"));
        QCOMPARE(field("method"), QStringLiteral("values"));
        QCOMPARE(field("source_licence"), QStringLiteral("CC BY-NC 4.0"));
        QVERIFY(!field("status").isEmpty());
    }
    QCOMPARE(followers, (QSet<QString>{"CHN", "KOR"}));
}

void TestCli::gapJsonInKoreanWithMethod()
{
    const Result r = run({"gap", "--indicator", "private_ai_investment", "--follower", "KOR", "--method", "frontier",
                          "--format", "json", "--lang", "ko", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 10); // 2014 to 2023
    bool sawGap = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value("follower_name").toString(), QStringLiteral("대한민국"));
        QCOMPARE(o.value("method").toString(), QStringLiteral("frontier"));
        // The United States' first value (2014) is already above every Korean one: from 2015 on
        // "at least" so many years; in 2014 itself, no earlier data.
        const QString status = o.value("status").toString();
        if (o.value("year").toInt() == 2014)
            QCOMPARE(status, QStringLiteral("no_earlier_data"));
        if (status == "behind" || status == "at_least") {
            sawGap = true;
            QVERIFY(o.value("time_gap").toDouble() > 0);
            QVERIFY2(o.value("time_gap_text").toString().contains(QStringLiteral("년")),
                     qPrintable(o.value("time_gap_text").toString()));
        }
    }
    QVERIFY(sawGap);
}

void TestCli::gapTableSaysTheMethod()
{
    const Result r = run({"gap", "--indicator", "private_ai_investment", "--format", "table", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains("Share of leader") && out.contains("Time gap") && out.contains("China"), qPrintable(out));
    QVERIFY(out.contains("Values as observed; where the leader fell back below the level, no time gap."));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
