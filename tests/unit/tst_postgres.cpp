#include "MigrationSupport.h"
#include "TestSupport.h"
#include "io/ImportReader.h"
#include "io/DatasetReader.h"
#include "store/SchemaMigrator.h"
#include "store/Store.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace gapscope;

// A workspace a team shares, on a real PostgreSQL server that scripts/test.sh starts on
// 127.0.0.1 (GAPSCOPE_TEST_POSTGRES): created from the bundled dataset, imports all or nothing,
// and two users saving the same record give a conflict, never a silent overwrite. The same
// conflict rule is checked on SQLite.
class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createsAndReopensTheWorkspace();
    void migratesFromVersion2();
    void regionsLeaveTheCountriesFromVersion5();
    void entitiesOfNamedKindsFromVersion6();
    void datePrecisionsFromVersion7();
    void importIsAllOrNothing();
    void secondSaveIsAConflict_data();
    void secondSaveIsAConflict();
    void commandLineImportAndQuery();
    void badAddressesAreReported();

private:
    // Runs `body` on a connection of its own to the test server; false when it failed a check.
    bool withServer(const std::function<void(QSqlDatabase &)> &body);

    QString m_url;
    QTemporaryDir m_dir;
};

void TestPostgres::initTestCase()
{
    m_url = qEnvironmentVariable("GAPSCOPE_TEST_POSTGRES");
    if (m_url.isEmpty())
        QSKIP("no test server: run scripts/test.sh, which starts one and sets GAPSCOPE_TEST_POSTGRES");
    QVERIFY(m_dir.isValid());
}

bool TestPostgres::withServer(const std::function<void(QSqlDatabase &)> &body)
{
    const QUrl url(m_url);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", "direct");
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open())
            body(db);
        else
            QTest::qFail(qPrintable(db.lastError().text()), __FILE__, __LINE__);
        db.close();
    }
    QSqlDatabase::removeDatabase("direct");
    return !QTest::currentTestFailed();
}

void TestPostgres::init()
{
    // Every case starts from an empty database.
    QVERIFY(withServer([](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec("DROP SCHEMA public CASCADE"));
        QVERIFY(q.exec("CREATE SCHEMA public"));
    }));
}

void TestPostgres::createsAndReopensTheWorkspace()
{
    qsizetype bundled = 0;
    {
        Store store;
        QVERIFY2(store.open(m_url), qPrintable(store.errorString()));
        QVERIFY(store.created());
        QCOMPARE(store.datasetVersion(), DatasetReader::bundledVersion());
        const auto d = store.load();
        QVERIFY(d);
        bundled = d->observations.size();
        QVERIFY(bundled > 800);
        // Hangul survives the round trip through the server.
        QVERIFY(d->country("KOR") && d->country("KOR")->name.ko == QStringLiteral("대한민국"));
    }
    Store again;
    QVERIFY(again.open(m_url));
    QVERIFY(!again.created());
    QCOMPARE(again.load()->observations.size(), bundled);
}

void TestPostgres::migratesFromVersion2()
{
    // A shared workspace of schema version 2 with the previous dataset's Korea and a value a user
    // added: the migration to the catalogue's countries runs on the server and keeps the value.
    QVERIFY(withServer([](QSqlDatabase &db) {
        QVERIFY(SchemaMigrator(db).migrateTo(2));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(u"INSERT INTO countries (code, name_en, name_ko, region_en, region_ko, color)"
                                      u" VALUES ('KOR', 'South Korea', '대한민국', 'East Asia', '동아시아', '#2a9d8f')")));
        QVERIFY(q.exec("INSERT INTO observations (id, indicator, country, year, month, value, kind, source, note_en,"
                       " note_ko, origin) VALUES ('team-value', 'private_ai_investment', 'KOR', 2031, 0, 7,"
                       " 'estimate', 'team', '', '', 'user')"));
        QVERIFY(q.exec("INSERT INTO meta (key, value) VALUES ('dataset_version', '2026.11.1')"));
    }));
    Store store;
    QVERIFY2(store.open(m_url), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion);
    QVERIFY2(store.lastUpdate(), qPrintable(store.updateError()));
    const auto d = store.load();
    QVERIFY2(d, qPrintable(store.errorString()));
    bool kept = false;
    for (const Observation &o : d->observations)
        kept = kept || (o.id == QLatin1String("team-value") && o.value == 7);
    QVERIFY(kept);
    const Country *korea = d->country("KOR");
    QCOMPARE(korea->numeric, QStringLiteral("410"));
    QVERIFY(korea->alternativeNames.contains("Korea, Republic of"));
    QVERIFY(d->country("NPL")->alternativeNames.contains(QStringLiteral(u"네팔 연방 민주 공화국")));
}

void TestPostgres::regionsLeaveTheCountriesFromVersion5()
{
    // A shared workspace of schema version 5, where the World was a country row a user had added
    // a figure to: on the server, the World becomes a region and the figure stays.
    QVERIFY(withServer([](QSqlDatabase &db) { test::seedVersion5WithUsersWorld(db); }));
    Store store;
    QVERIFY2(store.open(m_url), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion);
    QVERIFY2(store.lastUpdate(), qPrintable(store.updateError()));
    const auto d = store.load();
    QVERIFY2(d, qPrintable(store.errorString()));
    test::checkUsersWorldMigrated(*d);
}

void TestPostgres::entitiesOfNamedKindsFromVersion6()
{
    // A shared workspace of schema version 6 with a user's region, source and figure: version 7
    // keeps them all, and takes entities of a kind the user names.
    QVERIFY(withServer([](QSqlDatabase &db) { test::seedVersion6WithUsersWork(db); }));
    Store store;
    QVERIFY2(store.open(m_url), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion);
    QVERIFY2(store.lastUpdate(), qPrintable(store.updateError()));
    auto d = store.load();
    QVERIFY2(d, qPrintable(store.errorString()));
    test::checkUsersWorkMigratedTo7(*d);
    QVERIFY(d->otherEntities.isEmpty());
    ImportReader reader(*d);
    ImportReader::Options options;
    options.entityKind = {QStringLiteral("Research domain"), QStringLiteral(u"연구 분야")};
    const auto batch = reader.read(test::writeFile(m_dir.filePath("domains.csv"),
                                                   "country,indicator,year,value,unit,source\n"
                                                   "Language,notable_systems,2023,70,count,Epoch\n"),
                                   options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QVERIFY2(store.import(*batch), qPrintable(store.errorString()));
    d = store.load();
    QCOMPARE(d->otherEntities.size(), 1);
    QCOMPARE(d->otherEntity("research_domain.language")->kind.ko, QStringLiteral(u"연구 분야"));
    QCOMPARE(d->entityKind("research_domain.language"), EntityKind::Other);
    test::checkUsersWorkMigratedTo7(*d);
}

void TestPostgres::datePrecisionsFromVersion7()
{
    // A shared workspace of schema version 7 with the user's indicators, entity and figures:
    // version 8 keeps them all and dates each indicator as finely as its figures, on the server.
    QVERIFY(withServer([](QSqlDatabase &db) { test::seedVersion7WithUsersWork(db); }));
    QVERIFY(withServer([](QSqlDatabase &db) { test::migrateTo8AndCheckDerived(db); }));
    Store store;
    QVERIFY2(store.open(m_url), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), 8);
    QVERIFY2(store.lastUpdate(), qPrintable(store.updateError()));
    const auto d = store.load();
    QVERIFY2(d, qPrintable(store.errorString()));
    test::checkUsersWorkMigratedTo8(*d);
}

void TestPostgres::importIsAllOrNothing()
{
    Store store;
    QVERIFY(store.open(m_url));
    const auto d = store.load();
    const qsizetype before = d->observations.size();
    ImportReader reader(*d);
    ImportReader::Options options;
    options.unit = "count";
    options.source = "Team survey";
    const QString path = m_dir.filePath("team.csv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("country,indicator,year,value\nKOR,team_x,2024,1\nCHN,team_x,2024,2\n");
    f.close();
    auto batch = reader.read(path, options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    // A second copy of the first row makes the server refuse the batch half-way through.
    ImportBatch broken = *batch;
    broken.observations.append(broken.observations.constFirst());
    QVERIFY(!store.import(broken));
    QVERIFY(store.errorString().contains("team.csv"));
    QCOMPARE(store.load()->observations.size(), before);
    QVERIFY(!store.load()->indicator("team_x"));
    // The good batch goes in whole.
    QVERIFY2(store.import(*batch), qPrintable(store.errorString()));
    QCOMPARE(store.load()->observations.size(), before + 2);
}

void TestPostgres::secondSaveIsAConflict_data()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("postgresql") << true;
    QTest::newRow("sqlite") << false;
}

void TestPostgres::secondSaveIsAConflict()
{
    QFETCH(bool, server);
    const QString address = server ? m_url : m_dir.filePath("conflict.gapscope");
    // Two users have the same workspace open.
    Store alice;
    Store bob;
    QVERIFY2(alice.open(address), qPrintable(alice.errorString()));
    QVERIFY2(bob.open(address), qPrintable(bob.errorString()));
    const QString id = "private_ai_investment-kor-2023";
    const auto aliceRead = alice.rowVersion("observations", id);
    const auto bobRead = bob.rowVersion("observations", id);
    QVERIFY(aliceRead && bobRead);
    QCOMPARE(*aliceRead, *bobRead);

    Observation edited;
    const auto aliceData = alice.load();
    QVERIFY(aliceData);
    for (const Observation &o : aliceData->observations) {
        if (o.id == id)
            edited = o;
    }
    QCOMPARE(edited.id, id);
    edited.note = {"Checked against the CSET tracker", "CSET 자료와 대조함"};
    QCOMPARE(alice.saveObservation(edited, *aliceRead), Store::SaveResult::Saved);

    // Bob saves on top of what he read: refused, and Alice's edit stays.
    Observation bobs = edited;
    bobs.value = 1;
    bobs.note = {"Bob's guess", "밥의 추정"};
    QCOMPARE(bob.saveObservation(bobs, *bobRead), Store::SaveResult::Conflict);
    QVERIFY2(bob.errorString().contains("changed by someone else"), qPrintable(bob.errorString()));
    const auto bobData = bob.load();
    QVERIFY(bobData);
    for (const Observation &o : bobData->observations) {
        if (o.id == id) {
            QCOMPARE(o.note.ko, QStringLiteral("CSET 자료와 대조함"));
            QCOMPARE(o.value, edited.value);
        }
    }
    // After reading the new version, his save goes through.
    const auto reread = bob.rowVersion("observations", id);
    QCOMPARE(*reread, *bobRead + 1);
    QCOMPARE(bob.saveObservation(bobs, *reread), Store::SaveResult::Saved);
    // His save is the one that stands now.
    bool kept = false;
    const auto finalData = alice.load();
    QVERIFY(finalData);
    for (const Observation &o : finalData->observations)
        kept |= o.id == id && o.note.en == "Bob's guess";
    QVERIFY(kept);
}

void TestPostgres::commandLineImportAndQuery()
{
    const QString path = m_dir.filePath("cli.csv");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("country,indicator,year,value,unit,source\n대한민국,team_cli,2025,7,count,설문\n");
    f.close();
    auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(GAPSCOPE_BINARY), args);
        p.waitForFinished(120000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto [code, out] = run({"import", path, "--db", m_url});
    QVERIFY2(code == 0, qPrintable(out));
    std::tie(code, out) = run({"query", "--indicator", "team_cli", "--format", "json", "--db", m_url});
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("\"country\": \"KOR\"") && out.contains("설문"), qPrintable(out));
}

void TestPostgres::badAddressesAreReported()
{
    Store store;
    QVERIFY(!store.open("postgresql://127.0.0.1:1/nowhere"));
    QVERIFY2(store.errorString().contains("127.0.0.1:1"), qPrintable(store.errorString()));
    QVERIFY(!store.open("postgresql://host-without-database"));
    QVERIFY(store.errorString().contains("not a PostgreSQL address"));
    // A password never shows in messages.
    QVERIFY(!store.open("postgresql://user:secret@127.0.0.1:1/db"));
    QVERIFY(!store.errorString().contains("secret"));
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
