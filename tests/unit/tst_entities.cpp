// Every entity carries data: regions apart from countries, observations on models and clusters
// dated to the day, filters that reach models through their countries, the store's migration, and
// the command line's regions, entities, kinds and dates.
#include "MigrationSupport.h"
#include "TestSupport.h"
#include "cli/FilterParser.h"
#include "derive/EntityFacts.h"
#include "format/DisplayText.h"
#include "query/IndicatorSeries.h"
#include "query/ObservationIndex.h"
#include "store/DatasetValidator.h"
#include "store/SchemaMigrator.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

class TestEntities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dateRangeOverlapsPeriods_data();
    void dateRangeOverlapsPeriods();
    void indexAgreesWithAPlainLoopOnDates();
    void countryReachesItsModels();
    void modelFactsAreEpochsFigures();
    void regionsAreNotCountries();
    void chartSeriesOfEntities();
    void badEntitiesAreRefused();
    void migrationFromVersion5KeepsTheUsersWork();
    void commandLine();
    void commandLineRefusesBadOptions_data();
    void commandLineRefusesBadOptions();

private:
    Dataset m_d;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestEntities::initTestCase()
{
    m_d = test::bundledDataset();
    if (m_d.countries.size() <= 3)
        QSKIP("built with a test dataset (GAPSCOPE_DATASET_DIR)");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("w.gapscope"));
}

void TestEntities::dateRangeOverlapsPeriods_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<bool>("accepted");
    // A value dated to a year or month stands for that whole period.
    QTest::newRow("year in month range") << "2024-03:2024-06" << 2024 << 0 << 0 << true;
    QTest::newRow("month inside") << "2024-03:2024-06" << 2024 << 6 << 0 << true;
    QTest::newRow("month after") << "2024-03:2024-06" << 2024 << 7 << 0 << false;
    QTest::newRow("day before") << "2024-03:2024-06" << 2024 << 2 << 29 << false;
    QTest::newRow("first day") << "2024-03:2024-06" << 2024 << 3 << 1 << true;
    QTest::newRow("year before") << "2024-03:2024-06" << 2023 << 0 << 0 << false;
    QTest::newRow("day range, month value") << "2024-03-10:2024-03-20" << 2024 << 3 << 0 << true;
    QTest::newRow("day range, day after") << "2024-03-10:2024-03-20" << 2024 << 3 << 21 << false;
    QTest::newRow("open end") << "2024-03:" << 2030 << 1 << 1 << true;
    QTest::newRow("open start") << ":2024-03" << 2024 << 4 << 0 << false;
    QTest::newRow("years only") << "2020:2022" << 2022 << 12 << 31 << true;
    QTest::newRow("single month") << "2025-07" << 2025 << 7 << 15 << true;
}

void TestEntities::dateRangeOverlapsPeriods()
{
    QFETCH(QString, range);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(bool, accepted);
    FilterParser parser(m_d);
    QVERIFY2(parser.setDates(range), qPrintable(parser.errorString()));
    QCOMPARE(parser.filter().acceptsDate(year, month, day), accepted);
}

void TestEntities::indexAgreesWithAPlainLoopOnDates()
{
    ObservationIndex index;
    index.build(m_d);
    QRandomGenerator random(20261206);
    int finer = 0;
    for (int round = 0; round < 200; ++round) {
        Filter f;
        f.yearFrom = 2015 + int(random.bounded(11));
        f.monthFrom = int(random.bounded(13));
        f.dayFrom = f.monthFrom ? int(random.bounded(29)) : 0;
        f.yearTo = f.yearFrom + int(random.bounded(3));
        f.monthTo = int(random.bounded(13));
        f.dayTo = f.monthTo ? int(random.bounded(29)) : 0;
        // Countries, regions, kinds, single entities and a focus, as the window combines them.
        static const QStringList places{"KOR", "USA", "CHN", "JPN", "OWID_WRL"};
        for (const QString &code : places) {
            if (random.bounded(3) == 0)
                f.countries.insert(code);
        }
        if (random.bounded(2))
            f.entityKinds = {random.bounded(2) ? QStringLiteral("model") : QStringLiteral("country")};
        if (random.bounded(4) == 0)
            f.entityKinds.insert(QStringLiteral("region"));
        if (random.bounded(5) == 0) {
            const Observation &o = m_d.observations.at(random.bounded(int(m_d.observations.size())));
            f.entities = {o.country, QStringLiteral("KOR")};
        }
        if (random.bounded(5) == 0) {
            f.focus.id = QStringLiteral("focus");
            f.focus.country = places.at(random.bounded(int(places.size())));
        }
        finer += f.hasFinerDates();
        std::vector<int> expected;
        for (qsizetype i = 0; i < m_d.observations.size(); ++i) {
            const Observation &o = m_d.observations.at(i);
            const QString kind = entityKindId(*m_d.entityKind(o.country));
            const QStringList linked = m_d.entityCountries(o.country);
            if (f.acceptsEntity(o.country, kind, linked) && f.acceptsFocusEntity(o.country, linked)
                && f.acceptsDate(o.year, o.month, o.day))
                expected.push_back(int(i));
        }
        QCOMPARE(index.filter(f), expected);
    }
    QVERIFY(finer > 100);
}

void TestEntities::countryReachesItsModels()
{
    // EXAONE 4.0 (LG AI Research) counts for Korea: its training compute passes a Korea filter,
    // and the filter by kind keeps only models.
    ObservationIndex index;
    index.build(m_d);
    Filter f;
    f.countries = {QStringLiteral("KOR")};
    f.indicators = {QStringLiteral("model_training_compute")};
    const std::vector<int> rows = index.filter(f);
    QVERIFY(!rows.empty());
    bool exaone = false;
    for (int r : rows) {
        const Observation &o = m_d.observations.at(r);
        QCOMPARE(*m_d.entityKind(o.country), EntityKind::Model);
        QVERIFY2(m_d.entityCountries(o.country).contains(QStringLiteral("KOR")), qPrintable(o.country));
        exaone = exaone || o.country == QLatin1String("epoch-exaone-4-0-32b");
    }
    QVERIFY(exaone);
    f.countries = {QStringLiteral("NOWHERE")};
    QVERIFY(index.filter(f).empty());
}

void TestEntities::modelFactsAreEpochsFigures()
{
    // One observation per Epoch model with a figure and a publication date, dated to its day,
    // with Epoch's value: checked against the models themselves.
    int expected = 0;
    for (const AiModel &m : std::as_const(m_d.models)) {
        if (m.epochName.isEmpty() || !m.trainingCompute || m.published.isEmpty())
            continue;
        ++expected;
        const qsizetype row = m_d.rowOf(RecordKind::Observation, QStringLiteral("model_training_compute-") + m.id);
        QVERIFY2(row >= 0, qPrintable(m.id));
        const Observation &o = m_d.observations.at(row);
        QCOMPARE(o.value, *m.trainingCompute);
        QCOMPARE(DisplayText::isoPeriod(o.year, o.month, o.day), m.published);
        QCOMPARE(o.source, m.epochSource);
    }
    QVERIFY(expected > 300);
    QCOMPARE(EntityFacts::fromModels(QStringLiteral("model_training_compute"), m_d.models).size(), expected);
    // Planned clusters' figures are projections.
    for (const Observation &o : EntityFacts::fromClusters(QStringLiteral("cluster_h100_equivalents"), m_d.clusters)) {
        const ComputeCluster &c = m_d.clusters.at(m_d.rowOf(RecordKind::Cluster, o.country));
        QCOMPARE(o.kind == QLatin1String("projection"), c.status == QLatin1String("Planned"));
        QCOMPARE(o.value, *c.h100Equivalents);
    }
}

void TestEntities::regionsAreNotCountries()
{
    const Region *quad = m_d.region(QStringLiteral("CSET_QUAD"));
    QVERIFY(quad);
    QCOMPARE(quad->members, (QStringList{"AUS", "IND", "JPN", "USA"}));
    QCOMPARE(*m_d.entityKind(QStringLiteral("CSET_QUAD")), EntityKind::Region);
    QVERIFY(m_d.entityCountries(QStringLiteral("CSET_QUAD")).isEmpty());
    // The Quad's publications are CSET's figures for the group, not the sum of its members'.
    const auto value = [this](const QString &entity) {
        for (const Observation &o : std::as_const(m_d.observations)) {
            if (o.indicator == QLatin1String("ai_scholarly_publications") && o.country == entity && o.year == 2020)
                return o.value;
        }
        return -1.0;
    };
    double members = 0;
    for (const QString &code : quad->members)
        members += value(code);
    QVERIFY(value(QStringLiteral("CSET_QUAD")) > 0);
    QVERIFY(value(QStringLiteral("CSET_QUAD")) < members); // an article with authors in two members counts once
    // A filter on the United States never takes the Quad's rows.
    ObservationIndex index;
    index.build(m_d);
    Filter f;
    f.countries = {QStringLiteral("USA")};
    for (int r : index.filter(f))
        QVERIFY(m_d.observations.at(r).country != QLatin1String("CSET_QUAD"));
}

void TestEntities::chartSeriesOfEntities()
{
    ObservationIndex index;
    index.build(m_d);
    const QString compute = QStringLiteral("model_training_compute");
    // Korea's models: many, so one series for Korea, of points without a line, and only Korea
    // (a model Korea shares with the United States is not drawn for the United States here).
    Filter korea;
    korea.countries = {QStringLiteral("KOR")};
    korea.entityKinds = {QStringLiteral("model")};
    const auto grouped = IndicatorSeries::build(m_d, index, compute, korea);
    QCOMPARE(grouped.size(), 1);
    QCOMPARE(grouped.first().country, QStringLiteral("KOR"));
    QVERIFY(grouped.first().pointsOnly);
    Filter koreaCompute = korea;
    koreaCompute.indicators = {compute};
    const qsizetype models = qsizetype(index.filter(koreaCompute).size());
    QCOMPARE(grouped.first().points.size(), models);
    QVERIFY(models > IndicatorSeries::maxEntitySeries);
    // Two models named: a line each, named by the model.
    Filter two = korea;
    two.entities = {QStringLiteral("epoch-exaone-4-0-32b"), QStringLiteral("epoch-exaone-3-5-32b")};
    QStringList names;
    for (const auto &s : IndicatorSeries::build(m_d, index, compute, two)) {
        QVERIFY(!s.pointsOnly);
        names.append(s.country);
    }
    names.sort();
    QCOMPARE(names, (QStringList{"epoch-exaone-3-5-32b", "epoch-exaone-4-0-32b"}));
    // A region's own figures make a series after the countries'.
    Filter world;
    world.countries = {QStringLiteral("USA"), QStringLiteral("OWID_WRL")};
    const auto withWorld = IndicatorSeries::build(m_d, index, QStringLiteral("ai_scholarly_publications"), world);
    QCOMPARE(withWorld.size(), 2);
    QCOMPARE(withWorld.last().country, QStringLiteral("OWID_WRL"));
}

void TestEntities::badEntitiesAreRefused()
{
    const auto firstProblem = [](const Dataset &d) {
        const auto problems = DatasetValidator::validate(d);
        return problems.isEmpty() ? QString() : problems.constFirst().message;
    };
    QCOMPARE(firstProblem(m_d), QString());
    Dataset d = m_d;
    Observation o = d.observations.first();
    o.country = QStringLiteral("no-such-entity");
    d.observations.replace(0, o);
    QVERIFY(firstProblem(d).contains(QStringLiteral("unknown country, region, organisation, model or cluster")));
    d = m_d;
    o = d.observations.first();
    o.month = 2;
    o.day = 30;
    d.observations.replace(0, o);
    QVERIFY(firstProblem(d).contains(QStringLiteral("invalid day 30")));
    d = m_d;
    d.regions.append({QStringLiteral("GS_A"), {"A", "A"}, {QStringLiteral("GS_B")}, {}, {}});
    d.regions.append({QStringLiteral("GS_B"), {"B", "B"}, {QStringLiteral("KOR"), QStringLiteral("GS_A")}, {}, {}});
    d.reindex();
    QVERIFY2(firstProblem(d).contains(QStringLiteral("GS_A → GS_B → GS_A")), qPrintable(firstProblem(d)));
}

void TestEntities::migrationFromVersion5KeepsTheUsersWork()
{
    // A version 5 workspace where the World was a country, with the user's own observation on it.
    const QString path = m_dir.filePath(QStringLiteral("v5.gapscope"));
    QVERIFY(test::withSqlite(path, [](QSqlDatabase &db) { test::seedVersion5WithUsersWorld(db); }));
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion);
    QVERIFY2(store.lastUpdate(), qPrintable(store.updateError()));
    const auto d = store.load();
    QVERIFY(d);
    test::checkUsersWorldMigrated(*d);
}

void TestEntities::commandLine()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const auto json = [&](const QStringList &args) {
        const test::ProgramRun r = test::runGapscope(args + QStringList{"--format", "json", "--db", m_db}, home);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).array();
    };
    // Regions with their members, in both languages.
    const QJsonArray regions = json({"list", "regions", "--lang", "ko"});
    bool fiveEyes = false;
    for (const QJsonValue &v : regions) {
        const QJsonObject o = v.toObject();
        if (o.value("code").toString() != QLatin1String("CSET_FIVE_EYES"))
            continue;
        fiveEyes = true;
        QCOMPARE(o.value("name_en").toString(), QStringLiteral("Five Eyes (CSET)"));
        QCOMPARE(o.value("name").toString(), o.value("name_ko").toString());
        QVERIFY(o.value("member_names_ko").toString().contains(QStringLiteral(u"뉴질랜드")));
    }
    QVERIFY(fiveEyes);
    // Korea's models, as entities.
    const QJsonArray models = json({"list", "entities", "--kind", "model", "--country", "KOR"});
    QVERIFY(models.size() > 10);
    for (const QJsonValue &v : models) {
        QCOMPARE(v.toObject().value("kind").toString(), QStringLiteral("model"));
        QVERIFY(v.toObject().value("countries").toArray().contains(QStringLiteral("KOR")));
    }
    // One model's training compute, by its id and a date to the day; global options first.
    const test::ProgramRun r = test::runGapscope(
        {"--db", m_db, "query", "--entity", "epoch-exaone-4-0-32b", "--date", "2025-07-01:2025-07-31", "--format", "json"},
        home);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value("entity").toString(), QStringLiteral("epoch-exaone-4-0-32b"));
        QCOMPARE(o.value("entity_kind").toString(), QStringLiteral("model"));
        QCOMPARE(o.value("date").toString(), QStringLiteral("2025-07-15"));
        QCOMPARE(o.value("country").toString(), QStringLiteral("KOR"));
        QCOMPARE(o.value("date_text_ko").toString(), QStringLiteral(u"2025년 7월 15일"));
    }
    // A month before: nothing.
    QVERIFY(json({"query", "--entity", "epoch-exaone-4-0-32b", "--date", "2025-06"}).isEmpty());
}

void TestEntities::commandLineRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad date") << QStringList{"query", "--date", "2024-13"} << "malformed date range \"2024-13\"";
    QTest::newRow("reversed dates") << QStringList{"query", "--date", "2025-02:2024-12-31"} << "malformed date range";
    QTest::newRow("day without month") << QStringList{"query", "--date", "2024--03"} << "malformed date range";
    QTest::newRow("bad kind") << QStringList{"query", "--kind", "model,planet"} << "unknown kind \"planet\"";
    QTest::newRow("bad entity") << QStringList{"query", "--entity", "no-such-model"} << "unknown entity \"no-such-model\"";
}

void TestEntities::commandLineRefusesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const test::ProgramRun r = test::runGapscope(args + QStringList{"--db", m_db}, m_dir.filePath(QStringLiteral("home")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
