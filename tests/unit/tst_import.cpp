#include "TestSupport.h"
#include "import/ImportDialog.h"
#include "io/ImportFormat.h"
#include "io/ImportReader.h"
#include "io/IndicatorId.h"
#include "format/DisplayText.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// A user's files into the workspace: every layout reads, every malformed file is refused with
// its file, line and column, and a refused import leaves the workspace byte for byte as it was.
class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layouts_data();
    void layouts();
    void malformedFilesChangeNothing_data();
    void malformedFilesChangeNothing();
    void importedRecordsAreTheUsers();
    void commandLine();
    void largeImportReportsProgressAndCancels();
    void columnsChosenByTheUser();
    void indicatorIds_data();
    void indicatorIds();
    void koreanColumnsAreDistinctIndicators_data();
    void koreanColumnsAreDistinctIndicators();
    void namedOtherwiseNeedsTheUsersChoice();
    void duplicatesNameTheItemOrLine_data();
    void duplicatesNameTheItemOrLine();

private:
    QString write(const QString &name, const QByteArray &content) const;
    // `gapscope import` with `args` on the workspace `db`: exit code, standard output and error.
    std::tuple<int, QString, QString> runImport(const QStringList &args, const QString &db) const;
    // The workspace's observations of `indicator`, by country and year ("KOR 2023=120").
    static QStringList values(const QString &db, const QString &indicator);

    QTemporaryDir m_dir;
    Dataset m_dataset;
};

void TestImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = test::miniDataset();
}

QString TestImport::write(const QString &name, const QByteArray &content) const
{
    return test::writeFile(m_dir.filePath(name), content);
}

void TestImport::layouts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("observations");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("tidy") << "tidy.csv"
                          << QByteArray("country,indicator,year,month,value,unit,source,kind,indicator_name_en,indicator_name_ko\n"
                                        "KOR,ai_startups,2024,,120,count,My survey,measured,AI startups,AI 스타트업\n"
                                        "South Korea,ai_startups,2025,3,150,count,My survey,estimate,,\n"
                                        "중국,ai_startups,2025,,900,count,\"Survey, second wave\",,,\n")
                          << "ai_startups" << 3 << "UTF-8";
    QTest::newRow("tidy with BOM") << "bom.csv" << QByteArray("\xEF\xBB\xBF" "country,indicator,year,value,unit,source\nUSA,x_bom,2020,1.5e3,USD,s\n")
                                   << "x_bom" << 1 << "UTF-8";
    QTest::newRow("owid") << "owid.csv"
                          << QByteArray("Entity,Code,Year,Robots per worker\nSouth Korea,KOR,2020,10\nChina,CHN,2020,\n"
                                        "United States,USA,2021,3.25\n")
                          << "robots_per_worker" << 2 << "UTF-8";
    QTest::newRow("wide") << "wide.csv" << QByteArray("country,indicator,2019,2020,2021\nKOR,x_wide,1,2,\nCHN,x_wide,4,5,6\n")
                          << "x_wide" << 5 << "UTF-8";
    QTest::newRow("json") << "data.json"
                          << QByteArray(R"({"observations": [{"country": "KOR", "indicator": "x_json", "year": 2024,
                                          "value": 7, "unit": "count", "source": "https://example.org/data"},
                                          {"country": "USA", "indicator": "x_json", "year": 2024, "value": "8",
                                          "unit": "count", "source": "https://example.org/data"}]})")
                          << "x_json" << 2 << "UTF-8";
    // Korean Excel saves CSV in CP949.
    QStringEncoder cp949("CP949");
    const QByteArray korean = cp949.encode(QStringLiteral("country,indicator,year,value,unit,source\n대한민국,x_cp949,2024,5,count,설문\n"));
    QTest::newRow("cp949") << "excel.csv" << korean << "x_cp949" << 1 << "CP949";
}

void TestImport::layouts()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, indicator);
    QFETCH(int, observations);
    QFETCH(QString, encoding);
    ImportReader reader(m_dataset);
    ImportReader::Options options;
    options.unit = QStringLiteral("count");
    options.source = QStringLiteral("Test source");
    const auto batch = reader.read(write(name, content), options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->observations.size(), observations);
    QCOMPARE(batch->encoding, encoding);
    QCOMPARE(batch->indicators.size(), 1);
    QCOMPARE(batch->indicators.constFirst().id, indicator);
    for (const Observation &o : batch->observations) {
        QCOMPARE(o.indicator, indicator);
        QVERIFY(m_dataset.country(o.country));
        QVERIFY(!o.source.isEmpty());
    }
    if (name == "tidy.csv") {
        QCOMPARE(batch->indicators.constFirst().name.ko, QStringLiteral("AI 스타트업"));
        QCOMPARE(batch->observations.at(1).month, 3);
        QCOMPARE(batch->observations.at(1).kind, QStringLiteral("estimate"));
        QCOMPARE(batch->observations.at(2).country, QStringLiteral("CHN"));
        QCOMPARE(batch->sources.size(), 2);
    }
    if (name == "owid.csv")
        QCOMPARE(batch->observations.at(1).value, 3.25);
}

void TestImport::malformedFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray header("country,indicator,year,value,unit,source\n");
    QTest::newRow("bad quoting") << header + "KOR,x,2020,\"1,count,s\n" << 2 << 12 << "quote";
    QTest::newRow("missing column") << QByteArray("country,indicator,value\nKOR,x,1\n") << 1 << 0 << "missing column \"year\"";
    QTest::newRow("not a number") << header + "KOR,x,2020,12a,count,s\n" << 2 << 12 << "\"12a\" is not a number";
    QTest::newRow("broken thousands") << header + "KOR,x,2020,\"1,23\",count,s\n" << 2 << 12 << "not a number";
    QTest::newRow("not a year") << header + "KOR,x,twenty,1,count,s\n" << 2 << 7 << "not a year";
    QTest::newRow("unknown country") << header + "KOR,x,2020,1,count,s\nAtlantis,x,2020,1,count,s\n" << 3 << 1
                                     << "unknown country \"Atlantis\"";
    QTest::newRow("duplicate row") << header + "KOR,x,2020,1,count,s\nKOR,x,2020,2,count,s\n" << 3 << 12 << "already appears on line 2";
    QTest::newRow("already in the workspace") << header + "KOR,private_ai_investment,2023,1,USD_2021,s\n" << 2 << 32
                                              << "already has private_ai_investment";
    QTest::newRow("unit conflict") << header + "KOR,private_ai_investment,2030,1,KRW,s\n" << 2 << 34 << "never converted";
    QTest::newRow("no source") << QByteArray("country,indicator,year,value,unit\nKOR,x,2020,1,count\n") << 2 << 0 << "no source";
    QTest::newRow("wrong field count") << header + "KOR,x,2020,1,count\n" << 2 << 14 << "5 fields where the header has 6";
    QTest::newRow("empty file") << QByteArray("") << 0 << 0 << "empty";
    QTest::newRow("header only") << header << 0 << 0 << "no values";
    QTest::newRow("very long line") << header + "KOR,x,2020,1,count," + QByteArray(200000, 's') + "\n" << 2 << 20 << "limit";
    QTest::newRow("invalid UTF-8") << header + "KOR,x,2020,1,count,\xff\xfe\n" << 2 << 20 << "neither UTF-8 nor CP949";
    QTest::newRow("bad json") << QByteArray("[{\"country\": \"KOR\",\n \"year\": }]") << 2 << 11 << "not valid JSON";
}

void TestImport::malformedFilesChangeNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString db = m_dir.filePath("malformed.gapscope");
    QFile::remove(db);
    {
        Store store;
        QVERIFY(store.open(db));
    }
    const QByteArray before = test::fileHash(db);
    const QString file = write(content.startsWith('[') ? "bad.json" : "bad.csv", content);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("xdg"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GAPSCOPE_BINARY), {"import", file, "--db", db});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(message), qPrintable(err));
    const QString where = line && column ? QStringLiteral("bad.%1, line %2, column %3:").arg(file.section('.', -1)).arg(line).arg(column)
        : line ? QStringLiteral("line %1:").arg(line)
               : QStringLiteral("bad.");
    QVERIFY2(err.contains(where), qPrintable(err + " / expected " + where));
    QCOMPARE(test::fileHash(db), before);
}

void TestImport::importedRecordsAreTheUsers()
{
    const QString db = m_dir.filePath("users.gapscope");
    Store store;
    QVERIFY(store.open(db));
    const auto d = store.load();
    QVERIFY(d);
    ImportReader reader(*d);
    ImportReader::Options options;
    options.source = "My survey";
    const auto batch = reader.read(write("mine.csv", "country,indicator,year,value,unit\nKOR,mine,2024,3,count\n"), options);
    QVERIFY(batch);
    QVERIFY2(store.import(*batch), qPrintable(store.errorString()));
    const auto after = store.load();
    QVERIFY(after);
    QCOMPARE(after->observations.size(), d->observations.size() + 1);
    QVERIFY(after->indicator("mine"));
    // A newer bundled dataset keeps them: they are the user's.
    const auto update = store.updateBundled(*d);
    QVERIFY(update);
    QVERIFY(store.load()->indicator("mine"));
}

void TestImport::commandLine()
{
    const QString db = m_dir.filePath("cli.gapscope");
    auto run = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_DATA_HOME", m_dir.filePath("xdg"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GAPSCOPE_BINARY), QStringList{"import"} + args + QStringList{"--db", db});
        p.waitForFinished(60000);
        return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                               QString::fromUtf8(p.readAllStandardError()));
    };
    const QString owid = write("owid.csv", "Entity,Code,Year,Share\nSouth Korea,KOR,2020,1\nAtlantis,ATL,2020,2\n");
    auto [code, out, err] = run({owid, "--indicator", "share_x", "--unit", "percent", "--source", "s"});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("line 3") && err.contains("Atlantis"), qPrintable(err));
    std::tie(code, out, err) = run({owid, "--indicator", "share_x", "--unit", "percent", "--source", "s",
                                    "--skip-unknown-countries", "--dry-run"});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("would import 1 observation") && out.contains("Atlantis"), qPrintable(out));
    std::tie(code, out, err) = run({owid, "--indicator", "share_x", "--unit", "percent", "--source", "s",
                                    "--map", "Atlantis=USA"});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("imported 2 observation"), qPrintable(out));
    // Visible to queries at once.
    QProcess q;
    q.start(QStringLiteral(GAPSCOPE_BINARY), {"query", "--indicator", "share_x", "--format", "csv", "--db", db});
    QVERIFY(q.waitForFinished(60000));
    const QStringList rows = QString::fromUtf8(q.readAllStandardOutput()).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 2); // the header and the two rows
    QVERIFY(rows.at(1).startsWith("user-share_x-"));
    std::tie(code, out, err) = run({owid, "--layout", "sideways"});
    QCOMPARE(code, 2);
    std::tie(code, out, err) = run({});
    QCOMPARE(code, 2);
    // A file that is not there: named, and the workspace is left byte for byte as it was.
    const QByteArray before = test::fileHash(db);
    std::tie(code, out, err) = run({m_dir.filePath("gone.csv"), "--unit", "count", "--source", "s"});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("gone.csv") && err.contains("cannot open"), qPrintable(err));
    QCOMPARE(test::fileHash(db), before);
}

void TestImport::largeImportReportsProgressAndCancels()
{
    // 20,000 rows: 200 years x 100 indicators for Korea.
    QByteArray csv("country,indicator,year,value,unit,source\n");
    for (int i = 0; i < 100; ++i) {
        for (int y = 1850; y < 2050; ++y)
            csv += QStringLiteral("KOR,big_%1,%2,%3,count,generated\n").arg(i).arg(y).arg(i * y).toUtf8();
    }
    const QString file = write("big.csv", csv);
    const QString db = m_dir.filePath("big.gapscope");
    Store store;
    QVERIFY(store.open(db));
    const auto d = store.load();
    ImportReader reader(*d);
    const auto batch = reader.read(file, {});
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->observations.size(), 20000);

    // Cancelled half-way: the workspace is byte for byte as before.
    store.close();
    const QByteArray before = test::fileHash(db);
    QVERIFY(store.open(db));
    qint64 seen = 0;
    QVERIFY(!store.import(*batch, [&seen](qint64 done, qint64 total) {
        seen = done;
        return done < total / 2;
    }));
    QVERIFY(store.cancelled());
    QVERIFY(store.errorString().contains("cancelled"));
    QVERIFY(seen >= 10000 && seen < 20000);
    store.close();
    QCOMPARE(test::fileHash(db), before);

    // Let through: progress climbs to the total, and everything is there.
    QVERIFY(store.open(db));
    QList<qint64> reports;
    QVERIFY(store.import(*batch, [&reports](qint64 done, qint64) {
        reports.append(done);
        return true;
    }));
    QVERIFY(reports.size() >= 40);
    QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));
    QCOMPARE(batch->indicators.size(), 100);
    QCOMPARE(reports.constLast(), qint64(batch->observations.size() + batch->indicators.size() + batch->units.size()
                                         + batch->sources.size()));
    QCOMPARE(store.load()->observations.size(), d->observations.size() + 20000);
}

void TestImport::columnsChosenByTheUser()
{
    // A spreadsheet with its own headers, and a column named like a field but holding something else.
    const QString file = write("own.csv", "Nation,Series,Yr,Amount,value\nKorea,x_own,2021,4,ignore\nJapan,x_own,2022,5,ignore\n");
    QCOMPARE(ImportFormat::header(file), (QStringList{"Nation", "Series", "Yr", "Amount", "value"}));
    ImportReader reader(m_dataset);
    ImportReader::Options options;
    options.unit = "count";
    options.source = "s";
    QVERIFY(!reader.read(file, options));
    QVERIFY(reader.parseError().message.contains("missing column \"country\""));
    options.columns = {{"country", "Nation"}, {"indicator", "Series"}, {"year", "Yr"}, {"value", "Amount"}};
    options.countryMap = {{"Korea", "KOR"}, {"Japan", "CHN"}};
    const auto batch = reader.read(file, options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->observations.size(), 2);
    QCOMPARE(batch->observations.at(0).value, 4.0);
    QCOMPARE(batch->observations.at(1).country, QStringLiteral("CHN"));
    options.columns.insert("value", "Missing");
    QVERIFY(!reader.read(file, options));
    QVERIFY(reader.parseError().message.contains("no column \"Missing\" for value"));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("xdg"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GAPSCOPE_BINARY), {"import", file, "--db", m_dir.filePath("columns.gapscope"), "--dry-run",
                                              "--unit", "count", "--source", "s", "--column", "country=Nation",
                                              "--column", "indicator=Series", "--column", "year=Yr", "--column",
                                              "value=Amount", "--map", "Korea=KOR", "--map", "Japan=CHN"});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(p.readAllStandardOutput().contains("would import 2 observation"));
}

std::tuple<int, QString, QString> TestImport::runImport(const QStringList &args, const QString &db) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("xdg"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GAPSCOPE_BINARY), QStringList{"import"} + args + QStringList{"--db", db});
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QStringList TestImport::values(const QString &db, const QString &indicator)
{
    Store store;
    if (!store.open(db))
        return {};
    const auto d = store.load();
    QStringList out;
    for (const Observation &o : d->observations) {
        if (o.indicator == indicator)
            out << QStringLiteral("%1 %2=%3").arg(o.country).arg(o.year).arg(o.value);
    }
    out.sort();
    return out;
}

void TestImport::indicatorIds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("english") << "Robots per worker" << "robots_per_worker";
    QTest::newRow("korean and english") << QStringLiteral("AI 스타트업 수") << QStringLiteral("ai_스타트업_수");
    QTest::newRow("all hangul") << QStringLiteral("시험 지표") << QStringLiteral("시험_지표");
    QTest::newRow("punctuation around") << QStringLiteral(" (GDP, %) ") << QStringLiteral("gdp");
    QTest::newRow("chinese") << QStringLiteral("人工智能 专利") << QStringLiteral("人工智能_专利");
    // Hangul typed as decomposed jamo (as macOS writes names) is the same name.
    QTest::newRow("decomposed hangul") << QStringLiteral("시험 지표").normalized(QString::NormalizationForm_D)
                                       << QStringLiteral("시험_지표");
}

void TestImport::indicatorIds()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QCOMPARE(IndicatorId::fromName(name), id);
    QVERIFY(IndicatorId::isValid(id));
    QVERIFY(IndicatorId::isValid(IndicatorId::withSuffix(name)));
    QVERIFY(IndicatorId::withSuffix(name) != id);
    QCOMPARE(IndicatorId::withSuffix(name), IndicatorId::withSuffix(name));
    // A name with no letter or digit still has an id of its own.
    const QString symbols = IndicatorId::fromName(QStringLiteral("% —"));
    QVERIFY(symbols.startsWith("indicator_") && IndicatorId::isValid(symbols));
    QVERIFY(symbols != IndicatorId::fromName(QStringLiteral("%")));
    QVERIFY(IndicatorId::fromName(QStringLiteral("AI 스타트업 수")) != IndicatorId::fromName(QStringLiteral("AI 특허 출원")));
    QVERIFY(!IndicatorId::isValid(QStringLiteral("AI")));
    QVERIFY(!IndicatorId::isValid(QStringLiteral("_x")));
}

void TestImport::koreanColumnsAreDistinctIndicators_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8") << "UTF-8";
    QTest::newRow("CP949") << "CP949";
}

void TestImport::koreanColumnsAreDistinctIndicators()
{
    // A Korean user imports two Our World in Data-style files saved by Excel, one after the other,
    // through the import dialog, then a third whose header is all Hangul.
    QFETCH(QString, encoding);
    QStringEncoder encoder(encoding.toLatin1().constData());
    QVERIFY(encoder.isValid());
    const QString db = m_dir.filePath(QStringLiteral("korean-%1.gapscope").arg(encoding));
    QFile::remove(db);
    auto importThroughTheDialog = [&](const QString &name, const QString &text, QString *status) {
        const QString file = write(name, encoder.encode(text));
        Store store;
        if (!store.open(db))
            return false;
        const auto dataset = store.load();
        ImportDialog dialog(*dataset, file, Language::English);
        dialog.unitField()->setText("count");
        dialog.sourceField()->setText(QStringLiteral("스타트업 조사"));
        QTest::keyClick(dialog.sourceField(), Qt::Key_Return);
        *status = dialog.statusText();
        if (!dialog.batch() || !dialog.importButton()->isEnabled())
            return false;
        if (dialog.batch()->encoding != encoding)
            return false;
        return store.import(*dialog.batch());
    };
    QString status;
    QVERIFY2(importThroughTheDialog("startups.csv", QStringLiteral("Entity,Code,Year,AI 스타트업 수\nSouth Korea,KOR,2023,120\n"
                                                                   "China,CHN,2023,900\n"),
                                    &status),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("New indicator ai_스타트업_수 (AI 스타트업 수)")), qPrintable(status));
    QVERIFY2(importThroughTheDialog("patents.csv", QStringLiteral("Entity,Code,Year,AI 특허 출원\nSouth Korea,KOR,2023,4500\n"), &status),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("New indicator ai_특허_출원 (AI 특허 출원)")), qPrintable(status));
    QVERIFY2(!status.contains("existing"), qPrintable(status));
    // The patent counts went to their own indicator; the startup counts are as imported.
    QCOMPARE(values(db, QStringLiteral("ai_스타트업_수")), (QStringList{"CHN 2023=900", "KOR 2023=120"}));
    QCOMPARE(values(db, QStringLiteral("ai_특허_출원")), QStringList{"KOR 2023=4500"});
    // Next year's startup counts: the same column name, so the same indicator, and the dialog says so.
    QVERIFY2(importThroughTheDialog("startups-2024.csv", QStringLiteral("Entity,Code,Year,AI 스타트업 수\nSouth Korea,KOR,2024,150\n"),
                                    &status),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Adds to existing indicator ai_스타트업_수 (AI 스타트업 수)")), qPrintable(status));
    QCOMPARE(values(db, QStringLiteral("ai_스타트업_수")).size(), 3);
    // A header all in Hangul names an indicator too.
    QVERIFY2(importThroughTheDialog("test.csv", QStringLiteral("Entity,Code,Year,시험 지표\n대한민국,KOR,2020,7\n"), &status),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("New indicator 시험_지표")), qPrintable(status));
    QCOMPARE(values(db, QStringLiteral("시험_지표")), QStringList{"KOR 2020=7"});

    // The command line reads the same file the same way, and says where the values go.
    const QString db2 = m_dir.filePath(QStringLiteral("korean-cli-%1.gapscope").arg(encoding));
    QFile::remove(db2);
    const QString file = write("cli.csv", encoder.encode(QStringLiteral("Entity,Code,Year,시험 지표,AI 특허 출원\nSouth Korea,KOR,2020,7,30\n")));
    auto [code, out, err] = runImport({file, "--unit", "count", "--source", "s"}, db2);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("new indicator 시험_지표")) && out.contains(QStringLiteral("new indicator ai_특허_출원")),
             qPrintable(out));
    QCOMPARE(values(db2, QStringLiteral("시험_지표")), QStringList{"KOR 2020=7"});
    QCOMPARE(values(db2, QStringLiteral("ai_특허_출원")), QStringList{"KOR 2020=30"});
}

void TestImport::namedOtherwiseNeedsTheUsersChoice()
{
    // The workspace has "AI startups"; a file calls its column "AI-startups", whose id would be the
    // same once the punctuation is dropped.
    const QString db = m_dir.filePath("named-otherwise.gapscope");
    QFile::remove(db);
    const QString first = write("first.csv", "Entity,Code,Year,AI startups\nSouth Korea,KOR,2023,120\n");
    auto [code, out, err] = runImport({first, "--unit", "count", "--source", "s"}, db);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains("new indicator ai_startups (AI startups)"), qPrintable(out));
    const QString other = write("other.csv", "Entity,Code,Year,AI-startups\nSouth Korea,KOR,2024,5\n");

    // The dialog says it makes a new indicator, unless the user ticks "add to existing".
    Store store;
    QVERIFY(store.open(db));
    const auto dataset = store.load();
    ImportDialog dialog(*dataset, other, Language::English);
    dialog.unitField()->setText("count");
    dialog.sourceField()->setText("s");
    QTest::keyClick(dialog.sourceField(), Qt::Key_Return);
    const QString suffixed = IndicatorId::withSuffix("AI-startups");
    QVERIFY2(dialog.statusText().contains("New indicator " + suffixed + " (AI-startups)"), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.preview()->item(0, 1)->text(), suffixed + " (new)");
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        dialog.grab().save(shots + "/import-new-indicator.png");
    dialog.addToExisting()->click();
    QVERIFY2(dialog.statusText().contains("Adds to existing indicator ai_startups (AI startups)"), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.statusText().contains("New indicator"));
    QCOMPARE(dialog.preview()->item(0, 1)->text(), QStringLiteral("ai_startups"));
    QVERIFY(dialog.importButton()->isEnabled());
    store.close();

    // The command line likewise: a new indicator by default, the existing one when asked.
    std::tie(code, out, err) = runImport({other, "--unit", "count", "--source", "s", "--dry-run"}, db);
    QVERIFY2(code == 0 && out.contains("new indicator " + suffixed), qPrintable(out + err));
    std::tie(code, out, err) = runImport({other, "--source", "s", "--add-to-existing"}, db);
    QVERIFY2(code == 0 && out.contains("adds to existing indicator ai_startups (AI startups)"), qPrintable(out + err));
    QCOMPARE(values(db, "ai_startups"), (QStringList{"KOR 2023=120", "KOR 2024=5"}));

    // A tidy file that names the indicator otherwise is refused until the user chooses.
    const QString tidy = write("tidy-named.csv", "country,indicator,year,value,indicator_name_en\nKOR,ai_startups,2025,7,AI patents\n");
    const QByteArray before = test::fileHash(db);
    std::tie(code, out, err) = runImport({tidy, "--source", "s"}, db);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("tidy-named.csv, line 2") && err.contains("names it \"AI patents\""), qPrintable(err));
    QCOMPARE(test::fileHash(db), before);
    std::tie(code, out, err) = runImport({tidy, "--source", "s", "--add-to-existing"}, db);
    QVERIFY2(code == 0 && out.contains("adds to existing indicator ai_startups"), qPrintable(out + err));
}

// A duplicate, in the file or of the workspace, names where the first one is: a line (and the
// row's line and column) in a CSV file, an item in a JSON file, whose items have no lines.
void TestImport::duplicatesNameTheItemOrLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // the whole error

    const Observation &o = m_dataset.observations.constFirst();
    const QString when = DisplayText::isoPeriod(o.year, o.month, o.day);
    const QString unit = m_dataset.indicator(o.indicator)->unit;
    const QByteArray twice(R"([{"country": "KOR", "indicator": "x_dup", "year": 2024, "value": 1, "unit": "count", "source": "s"},
        {"country": "KOR", "indicator": "x_dup", "year": 2024, "value": 2, "unit": "count", "source": "s"}])");
    QTest::newRow("json observations, twice in the file")
        << "twice.json" << twice << "twice.json: item 2: duplicate: x_dup, KOR, 2024 already appears in item 1";
    QTest::newRow("csv observations, twice in the file")
        << "twice.csv" << QByteArray("country,indicator,year,value,unit,source\nKOR,x_dup,2024,1,count,s\nKOR,x_dup,2024,2,count,s\n")
        << "twice.csv, line 3, column 16: duplicate: x_dup, KOR, 2024 already appears on line 2";
    QTest::newRow("json observations, the workspace's")
        << "again.json"
        << QStringLiteral(R"({"observations": [{"country": "KOR", "indicator": "x_new", "year": 2024, "value": 1, "unit": "count", "source": "s"},
            {"country": "%1", "indicator": "%2", "date": "%3", "value": 7, "unit": "%4", "source": "s"}]})")
               .arg(o.country, o.indicator, when, unit)
               .toUtf8()
        << QStringLiteral("again.json: item 2: the workspace already has %1 for %2 in %3 (%4)").arg(o.indicator, o.country, when, o.id);
    QTest::newRow("csv observations, the workspace's")
        << "again.csv"
        << QStringLiteral("country,indicator,date,value,unit,source\n%1,%2,%3,7,%4,s\n").arg(o.country, o.indicator, when, unit).toUtf8()
        << QStringLiteral("again.csv, line 2, column %5: the workspace already has %1 for %2 in %3 (%4)")
               .arg(o.indicator, o.country, when, o.id)
               .arg(o.country.size() + o.indicator.size() + when.size() + 4);
    QTest::newRow("json timeline, twice in the file")
        << "twice-events.json"
        << QByteArray(R"({"events": [{"date": "2024-01", "country": "KOR", "title": "Good event", "kind": "policy"},
            {"date": "2024-02", "country": "KOR", "title": "Other event", "kind": "policy"},
            {"date": "2024-01", "country": "South Korea", "title": "good EVENT", "kind": "report"}]})")
        << "twice-events.json: item 3: duplicate: the event \"good EVENT\" of KOR on 2024-01 already appears in item 1";
    QTest::newRow("csv timeline, twice in the file")
        << "twice-events.csv"
        << QByteArray("date,country,title,kind\n2024-01,KOR,Good event,policy\n2024-02,KOR,Other event,policy\n"
                      "2024-01,South Korea,good EVENT,report\n")
        << "twice-events.csv, line 4, column 21: duplicate: the event \"good EVENT\" of KOR on 2024-01 already appears on line 2";
    QTest::newRow("json timeline, the workspace's")
        << "again-events.json" << QByteArray(R"([{"date": "2024-03", "country": "KOR", "title": "AI Basic Act passed", "kind": "law"}])")
        << "again-events.json: item 1: the workspace already has the event \"AI Basic Act passed\" of KOR on 2024-03 (ev-test-basic-act)";
    QTest::newRow("csv timeline, the workspace's")
        << "again-events.csv" << QByteArray("date,country,title,kind\n2024-03,KOR,AI Basic Act passed,law\n")
        << "again-events.csv, line 2, column 13: the workspace already has the event \"AI Basic Act passed\" of KOR on 2024-03 "
           "(ev-test-basic-act)";
}

void TestImport::duplicatesNameTheItemOrLine()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    Dataset d = m_dataset;
    d.events.append({"ev-test-basic-act", "2024-03", "KOR", "policy", {"AI Basic Act passed", "AI Basic Act passed"}, "a-3-3"});
    d.reindex();
    ImportReader reader(d);
    ImportReader::Options options;
    options.source = "s";
    QVERIFY(!reader.read(write(name, content), options));
    QCOMPARE(reader.errorString(), expected);
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
