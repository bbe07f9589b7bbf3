#include "TestSupport.h"
#include "io/DatasetReader.h"
#include "store/DatasetWriter.h"
#include "store/SchemaMigrator.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace gapscope;

// A newer GapScope ships a newer dataset: bundled records are refreshed in place, what the user
// added or edited stays.
class TestDatasetUpdate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refreshesBundledAndKeepsUserWork();
    void failedUpdateChangesNothing();
    void openRefreshesAnOlderWorkspace();
    void compareVersions_data();
    void compareVersions();

private:
    // A workspace holding the mini fixture (version 2026.01.0), with one bundled record edited by
    // the user and one observation of the user's own.
    void makeWorkspace(Store &store);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestDatasetUpdate::init()
{
    m_path = m_dir.filePath(QStringLiteral("ws-%1.gapscope").arg(QTest::currentTestFunction()));
}

void TestDatasetUpdate::makeWorkspace(Store &store)
{
    QVERIFY(test::withSqlite(m_path, [&](QSqlDatabase &db) {
        QVERIFY(SchemaMigrator(db).migrateTo());
    }));
    QVERIFY(store.open(m_path));
    QVERIFY2(store.install(test::miniDataset()), qPrintable(store.errorString()));

    QSqlQuery q(store.database());
    QVERIFY(q.exec("UPDATE actors SET name_en = 'Naver (my label)', edited = 1 WHERE id = 'naver'"));
    DatasetWriter writer(store.database());
    Observation mine{"user-kor-startups-2024", "ai_market_size_krw", "KOR", 2024, 0, 1.0e12, "estimate", "b-korea",
                     {"my own estimate", "내 추정치"}};
    QVERIFY(writer.insert(mine));
    QVERIFY(q.exec("UPDATE observations SET origin = 'user' WHERE id = 'user-kor-startups-2024'"));
}

void TestDatasetUpdate::refreshesBundledAndKeepsUserWork()
{
    Store store;
    makeWorkspace(store);

    Dataset newer = test::miniDataset();
    newer.version = "2026.02.0";
    for (Actor &a : newer.actors)
        a.description.en += " (revised)"; // naver: edited by the user, so kept; deepseek: updated
    Observation market = newer.observations.at(0); // obs-kor-ai-market-2025 revised
    market.value = 3.5e12;
    newer.observations.replace(0, market);
    newer.events.clear(); // the one bundled event is withdrawn
    newer.swot.append({"swot-kor-w-capital", "KOR", 'W', {"Thin capital", "얇은 자본"}, "capital", 2026, "a-3-1"});
    newer.reindex();

    const auto report = store.updateBundled(newer);
    QVERIFY2(report, qPrintable(store.errorString()));
    QCOMPARE(report->fromVersion, QStringLiteral("2026.01.0"));
    QCOMPARE(report->toVersion, QStringLiteral("2026.02.0"));
    QCOMPARE(report->added, 1);
    QCOMPARE(report->updated, 2);
    QCOMPARE(report->removed, 1);
    QCOMPARE(report->kept, 1);
    QVERIFY(report->summary().contains("2026.02.0"));

    const auto d = store.load();
    QVERIFY(d);
    QCOMPARE(d->version, QStringLiteral("2026.02.0"));
    QCOMPARE(store.datasetVersion(), QStringLiteral("2026.02.0"));
    QCOMPARE(d->actor("naver")->name.en, QStringLiteral("Naver (my label)"));
    QVERIFY(!d->actor("naver")->description.en.endsWith("(revised)"));
    QVERIFY(d->actor("deepseek")->description.en.endsWith("(revised)"));
    QCOMPARE(d->actor("deepseek")->dimensions, QStringList{"open_weights"}); // links rewritten with the actor
    QVERIFY(d->events.isEmpty());
    QCOMPARE(d->swot.size(), 2);
    bool revised = false, mine = false;
    for (const Observation &o : d->observations) {
        revised |= o.id == "obs-kor-ai-market-2025" && o.value == 3.5e12;
        mine |= o.id == "user-kor-startups-2024" && o.note.ko == "내 추정치";
    }
    QVERIFY(revised);
    QVERIFY(mine);

    // Running the same update again changes nothing.
    const auto again = store.updateBundled(newer);
    QVERIFY(again);
    QCOMPARE(again->added + again->updated + again->removed, 0);
}

void TestDatasetUpdate::failedUpdateChangesNothing()
{
    Store store;
    makeWorkspace(store);
    const auto before = store.load();
    Dataset broken = test::miniDataset();
    broken.version = "2026.03.0";
    broken.events.append(broken.events.constFirst());
    broken.events.last().id = "ev-new";
    broken.events.append(broken.events.last()); // the same new id twice: the second insert fails
    QVERIFY(!store.updateBundled(broken));
    QVERIFY(!store.errorString().isEmpty());
    const auto after = store.load();
    QVERIFY(after);
    QCOMPARE(after->version, before->version);
    QCOMPARE(after->events, before->events);
    QCOMPARE(after->observations, before->observations);
}

void TestDatasetUpdate::openRefreshesAnOlderWorkspace()
{
    {
        Store store;
        makeWorkspace(store);
        QSqlQuery q(store.database());
        QVERIFY(q.exec("UPDATE meta SET value = '2000.1' WHERE key = 'dataset_version'"));
    }
    Store store;
    QVERIFY2(store.open(m_path), qPrintable(store.errorString()));
    QVERIFY2(store.lastUpdate().has_value(), qPrintable(store.updateError()));
    QCOMPARE(store.lastUpdate()->fromVersion, QStringLiteral("2000.1"));
    QCOMPARE(store.lastUpdate()->toVersion, DatasetReader::bundledVersion());
    QCOMPARE(store.datasetVersion(), DatasetReader::bundledVersion());
    const auto d = store.load();
    bool mine = false;
    for (const Observation &o : d->observations)
        mine |= o.id == "user-kor-startups-2024";
    QVERIFY(mine);
    if (d->actor("naver"))
        QCOMPARE(d->actor("naver")->name.en, QStringLiteral("Naver (my label)"));
    // The bundled dataset's records came in: its CSV series too (the robots file, 77 rows).
    if (d->countries.size() > 3) {
        QVERIFY(d->source("ifr-owid-robots"));
        QCOMPARE(int(std::count_if(d->observations.cbegin(), d->observations.cend(),
                                   [](const Observation &o) { return o.indicator == "industrial_robots_installed"; })),
                 77);
    }

    // Opened again, there is nothing newer to apply.
    Store again;
    QVERIFY(again.open(m_path));
    QVERIFY(!again.lastUpdate().has_value());
}

void TestDatasetUpdate::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("equal") << "2026.11.1" << "2026.11.1" << 0;
    QTest::newRow("month") << "2026.2.0" << "2026.11.0" << -1;
    QTest::newRow("patch") << "2026.11.2" << "2026.11.1" << 1;
    QTest::newRow("missing part") << "2026.11" << "2026.11.0" << 0;
    QTest::newRow("empty") << "" << "2026.01.0" << -1;
}

void TestDatasetUpdate::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int c = DatasetUpdate::compareVersions(a, b);
    QCOMPARE((c > 0) - (c < 0), sign);
}

QTEST_GUILESS_MAIN(TestDatasetUpdate)
#include "tst_datasetupdate.moc"
