#include "EpochRawFiles.h"
#include "TestSupport.h"
#include "derive/DerivedIndicators.h"
#include "io/CountryNameIndex.h"
#include "io/EpochClusterReader.h"
#include "io/EpochModelReader.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace gapscope;

namespace {

using test::Row;
using test::rawRows;

const QHash<QString, QString> focusNames{{QStringLiteral("USA"), QStringLiteral("United States of America")},
                                         {QStringLiteral("CHN"), QStringLiteral("China")},
                                         {QStringLiteral("KOR"), QStringLiteral("Korea (Republic of)")}};

bool hasCountry(const Row &r, const QString &code)
{
    const QStringList names = r.value(QStringLiteral("Country (of organization)")).split(u',');
    for (const QString &n : names) {
        if (n.trimmed() == focusNames.value(code))
            return true;
    }
    return false;
}

int yearOf(const Row &r)
{
    return r.value(QStringLiteral("Publication date")).left(4).toInt();
}

} // namespace

class TestEpoch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exaone40IsReadWithItsFigures();
    void notableModelsPerCountry();
    void bothFilesMergeOnTheModel();
    void curatedModelsKeepTheirTextsAndGainEpochFields();
    void organisationsAreMergedWithTheBundledActors();
    void focusOrganisationsHaveKoreanNames();
    void notableModelsPerYearMatchesTheRawFile();
    void cumulativeLargeScaleModelsMatchesTheRawFile();
    void openWeightShareMatchesTheRawFile();
    void largestTrainingComputeMatchesTheRawFiles();
    void derivedObservationsCarryTheRecipe();
    void unknownCountryStopsTheReadWithItsPlace();
    void workspaceKeepsEveryEpochField();
    void commandLineShowsExaoneAndTheCounts();
    void samsungSsc4IsReadWithItsFigures();
    void operationalH100eMatchesTheRawFile();

private:
    const AiModel *byEpochName(const QString &name) const;
    QMap<int, double> series(const QString &indicator, const QString &country) const;

    Dataset m_d;
    QList<Row> m_notable;
    QList<Row> m_large;
    QTemporaryDir m_dir;
};

void TestEpoch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QElapsedTimer timer;
    timer.start();
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(reader.errorString()));
    qInfo("bundled dataset read in %lld ms", timer.elapsed());
    m_d = *d;
    m_notable = rawRows(QStringLiteral("notable_ai_models.csv"));
    m_large = rawRows(QStringLiteral("large_scale_ai_models.csv"));
    QCOMPARE(m_notable.size(), 942);
    QCOMPARE(m_large.size(), 471);
}

const AiModel *TestEpoch::byEpochName(const QString &name) const
{
    for (const AiModel &m : m_d.models) {
        if (m.epochName == name)
            return &m;
    }
    return nullptr;
}

// Year (and month, as year * 100 + month where stated) -> value.
QMap<int, double> TestEpoch::series(const QString &indicator, const QString &country) const
{
    QMap<int, double> out;
    for (const Observation &o : m_d.observations) {
        if (o.indicator == indicator && o.country == country)
            out.insert(o.month > 0 ? o.year * 100 + o.month : o.year, o.value);
    }
    return out;
}

void TestEpoch::exaone40IsReadWithItsFigures()
{
    const AiModel *m = byEpochName(QStringLiteral("EXAONE 4.0 (32B)"));
    QVERIFY(m);
    QCOMPARE(m->developer, QStringLiteral("lg-ai-research"));
    QCOMPARE(m->organisations, QStringList{QStringLiteral("lg-ai-research")});
    QCOMPARE(m->country, QStringLiteral("KOR"));
    QCOMPARE(m->countries, QStringList{QStringLiteral("KOR")});
    QCOMPARE(m->released, QStringLiteral("2025-07-15"));
    QVERIFY(m->trainingCompute);
    QVERIFY(std::abs(*m->trainingCompute / 2.69e24 - 1) < 1e-9);
    QVERIFY(m->notable);
    QVERIFY(m->largeScale);
    QCOMPARE(m->source, QStringLiteral("epoch-ai-models"));
    QCOMPARE(m->epochSource, QStringLiteral("epoch-ai-models"));
    const Source *s = m_d.source(m->epochSource);
    QVERIFY(s);
    QCOMPARE(s->publisher, QStringLiteral("Epoch AI"));
    QCOMPARE(s->licence, QStringLiteral("CC BY 4.0"));
}

void TestEpoch::notableModelsPerCountry()
{
    // Distinct country per model: 609 / 150 / 18 (the data's README).
    const QHash<QString, int> expected{{QStringLiteral("USA"), 609}, {QStringLiteral("CHN"), 150}, {QStringLiteral("KOR"), 18}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        int ours = 0;
        for (const AiModel &m : m_d.models)
            ours += m.notable && m.countries.contains(it.key());
        int raw = 0;
        for (const Row &r : std::as_const(m_notable))
            raw += hasCountry(r, it.key());
        QCOMPARE(raw, it.value());
        QCOMPARE(ours, it.value());
    }
}

void TestEpoch::bothFilesMergeOnTheModel()
{
    QSet<QString> names;
    for (const Row &r : std::as_const(m_notable))
        names.insert(r.value(QStringLiteral("Model")));
    int both = 0;
    for (const Row &r : std::as_const(m_large))
        both += names.contains(r.value(QStringLiteral("Model")));
    for (const Row &r : std::as_const(m_large))
        names.insert(r.value(QStringLiteral("Model")));
    int epoch = 0;
    int notableAndLarge = 0;
    for (const AiModel &m : m_d.models) {
        epoch += !m.epochName.isEmpty();
        notableAndLarge += m.notable && m.largeScale;
    }
    QCOMPARE(epoch, names.size());
    QCOMPARE(notableAndLarge, both);
}

void TestEpoch::curatedModelsKeepTheirTextsAndGainEpochFields()
{
    const qsizetype row = m_d.rowOf(RecordKind::Model, QStringLiteral("deepseek-v3"));
    QVERIFY(row >= 0);
    const AiModel &m = m_d.models.at(row);
    QCOMPARE(m.name.en, QStringLiteral("DeepSeek-V3"));
    QCOMPARE(m.source, QStringLiteral("a-2-1"));
    QVERIFY(m.description.en.contains(QStringLiteral("much less compute")));
    QCOMPARE(m.epochName, QStringLiteral("DeepSeek-V3"));
    QCOMPARE(m.epochSource, QStringLiteral("epoch-ai-models"));
    QVERIFY(m.trainingCompute);
    QCOMPARE(m.countries, QStringList{QStringLiteral("CHN")});
    // ...and Epoch's record of it is not a second model.
    int named = 0;
    for (const AiModel &other : m_d.models)
        named += other.epochName == QLatin1String("DeepSeek-V3");
    QCOMPARE(named, 1);
    const qsizetype hyperclova = m_d.rowOf(RecordKind::Model, QStringLiteral("hyperclova-x"));
    QVERIFY(hyperclova >= 0);
    QCOMPARE(m_d.models.at(hyperclova).epochName, QStringLiteral("HyperCLOVA X"));
    QCOMPARE(m_d.models.at(hyperclova).source, QStringLiteral("a-3-1"));
}

void TestEpoch::organisationsAreMergedWithTheBundledActors()
{
    QSet<QString> names;
    for (const Actor &a : m_d.actors) {
        const QString key = CountryNameIndex::key(a.name.en);
        QVERIFY2(!names.contains(key), qPrintable(a.name.en));
        names.insert(key);
    }
    // The bundled records keep their texts and sources.
    const Actor *naver = m_d.actor(QStringLiteral("naver"));
    QVERIFY(naver);
    QCOMPARE(naver->name.en, QStringLiteral("Naver"));
    QVERIFY(naver->source != QLatin1String("epoch-ai-models"));
    // Epoch's "NAVER" and "Moonshot" are these actors.
    const AiModel *hyperclova = byEpochName(QStringLiteral("HyperCLOVA 204B"));
    QVERIFY(hyperclova);
    QCOMPARE(hyperclova->developer, QStringLiteral("naver"));
    const AiModel *kimi = byEpochName(QStringLiteral("Kimi K2"));
    QVERIFY(kimi);
    QCOMPARE(kimi->developer, QStringLiteral("moonshot-ai"));
}

void TestEpoch::focusOrganisationsHaveKoreanNames()
{
    int focus = 0;
    for (const Actor &a : m_d.actors) {
        if (a.source != QLatin1String("epoch-ai-models"))
            continue;
        QVERIFY2(!a.name.ko.trimmed().isEmpty(), qPrintable(a.id));
        if (focusNames.contains(a.country)) {
            ++focus;
            // Named in Korean by hand (organisations.json), not the English name carried over,
            // except for one-word names written alike in Korean (IBM, KT, xAI, ULSee...).
            const bool hangul = std::any_of(a.name.ko.cbegin(), a.name.ko.cend(),
                                            [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
            const bool sameInKorean = !a.name.ko.contains(u' ');
            QVERIFY2(hangul || sameInKorean, qPrintable(a.name.en));
        }
    }
    QVERIFY(focus > 150);
}

void TestEpoch::notableModelsPerYearMatchesTheRawFile()
{
    int latest = 0;
    for (const Row &r : std::as_const(m_notable) + m_large)
        latest = std::max(latest, yearOf(r));
    for (const QString &code : focusNames.keys()) {
        QMap<int, double> expected;
        for (const Row &r : std::as_const(m_notable)) {
            if (hasCountry(r, code))
                expected[yearOf(r)] += 1;
        }
        for (int y = expected.firstKey(); y <= latest; ++y)
            expected.insert(y, expected.value(y)); // zeros between
        QCOMPARE(series(QStringLiteral("notable_models_per_year"), code), expected);
    }
}

void TestEpoch::cumulativeLargeScaleModelsMatchesTheRawFile()
{
    int latest = 0;
    for (const Row &r : std::as_const(m_notable) + m_large)
        latest = std::max(latest, yearOf(r));
    for (const QString &code : focusNames.keys()) {
        QMap<int, double> perYear;
        for (const Row &r : std::as_const(m_large)) {
            if (hasCountry(r, code))
                perYear[yearOf(r)] += 1;
        }
        QMap<int, double> expected;
        double total = 0;
        for (int y = perYear.firstKey(); y <= latest; ++y)
            expected.insert(y, total += perYear.value(y));
        QCOMPARE(series(QStringLiteral("cumulative_large_scale_models"), code), expected);
    }
    QCOMPARE(series(QStringLiteral("cumulative_large_scale_models"), QStringLiteral("KOR")).last(), 16.0);
}

void TestEpoch::openWeightShareMatchesTheRawFile()
{
    for (const QString &code : focusNames.keys()) {
        QMap<int, double> stated;
        QMap<int, double> open;
        for (const Row &r : std::as_const(m_notable)) {
            const QString access = r.value(QStringLiteral("Model accessibility"));
            if (!hasCountry(r, code) || access.isEmpty())
                continue;
            stated[yearOf(r)] += 1;
            if (access.startsWith(QLatin1String("Open weights")))
                open[yearOf(r)] += 1;
        }
        const QMap<int, double> ours = series(QStringLiteral("open_weight_share_notable"), code);
        QCOMPARE(ours.keys(), stated.keys());
        for (auto it = stated.cbegin(); it != stated.cend(); ++it)
            QCOMPARE(ours.value(it.key()), 100.0 * open.value(it.key()) / it.value());
    }
}

void TestEpoch::largestTrainingComputeMatchesTheRawFiles()
{
    // Every model once (the notable row where both files have it), sorted by date.
    QMap<QString, Row> models;
    for (const Row &r : std::as_const(m_large))
        models.insert(r.value(QStringLiteral("Model")), r);
    for (const Row &r : std::as_const(m_notable)) {
        Row merged = r;
        const Row large = models.value(r.value(QStringLiteral("Model")));
        if (merged.value(QStringLiteral("Training compute (FLOP)")).isEmpty())
            merged.insert(QStringLiteral("Training compute (FLOP)"), large.value(QStringLiteral("Training compute (FLOP)")));
        models.insert(r.value(QStringLiteral("Model")), merged);
    }
    QList<Row> byDate = models.values();
    std::stable_sort(byDate.begin(), byDate.end(), [](const Row &a, const Row &b) {
        return a.value(QStringLiteral("Publication date")) < b.value(QStringLiteral("Publication date"));
    });
    for (const QString &code : focusNames.keys()) {
        QMap<int, double> expected;
        double largest = 0;
        for (const Row &r : std::as_const(byDate)) {
            const QString compute = r.value(QStringLiteral("Training compute (FLOP)"));
            if (!hasCountry(r, code) || compute.isEmpty() || compute.toDouble() <= largest)
                continue;
            largest = compute.toDouble();
            const QString date = r.value(QStringLiteral("Publication date"));
            expected.insert(date.left(4).toInt() * 100 + date.mid(5, 2).toInt(), largest);
        }
        QCOMPARE(series(QStringLiteral("largest_training_compute_to_date"), code), expected);
    }
    // EXAONE 4.0's 2.69e24 FLOP is Korea's largest in July 2025.
    QCOMPARE(series(QStringLiteral("largest_training_compute_to_date"), QStringLiteral("KOR")).value(202507), 2.69000000000001e+24);
}

void TestEpoch::derivedObservationsCarryTheRecipe()
{
    for (const QString &id : DerivedIndicators::recipes()) {
        const Indicator *i = m_d.indicator(id);
        QVERIFY2(i, qPrintable(id));
        QVERIFY(i->description.en.startsWith(QLatin1String("Computed by GapScope")));
        QVERIFY(i->description.isComplete());
        int count = 0;
        for (const Observation &o : m_d.observations) {
            if (o.indicator != id)
                continue;
            ++count;
            QCOMPARE(o.source, QStringLiteral("epoch-ai-models"));
            QCOMPARE(o.note, i->description);
        }
        QVERIFY2(count > 0, qPrintable(id));
    }
    QCOMPARE(m_d.indicator(QStringLiteral("largest_training_compute_to_date"))->unit, QStringLiteral("FLOP"));
}

void TestEpoch::unknownCountryStopsTheReadWithItsPlace()
{
    const CountryNameIndex countries(m_d.countries);
    EpochModelReader reader(countries);
    const QString header = QStringLiteral("Model,Organization,Publication date,Domain,Task,Parameters,Training compute (FLOP),"
                                          "Confidence,Link,Country (of organization),Model accessibility\n");
    const QString good =
        header + QStringLiteral("A,Org,2024-01-02,Language,Chat,,,Confident,,\"Korea (Republic of),Philippines (the)\",\n");
    const QString bad = header + QStringLiteral("B,Org,2024-01-02,Language,Chat,,,Confident,,Atlantis,\n");
    QVERIFY(!reader.read(good, QStringLiteral("notable.csv"), bad, QStringLiteral("large.csv")));
    QCOMPARE(reader.parseError().file, QStringLiteral("large.csv"));
    QCOMPARE(reader.parseError().line, 2);
    QCOMPARE(reader.parseError().column, 45);
    QVERIFY(reader.errorString().contains(QStringLiteral("Atlantis")));
    const auto ok = reader.read(good, QStringLiteral("notable.csv"), header, QStringLiteral("large.csv"));
    QVERIFY2(ok, qPrintable(reader.errorString()));
    QCOMPARE(ok->constFirst().countries, (QStringList{QStringLiteral("KOR"), QStringLiteral("PHL")}));
}

void TestEpoch::workspaceKeepsEveryEpochField()
{
    const QString path = m_dir.filePath(QStringLiteral("epoch.gapscope"));
    QElapsedTimer timer;
    timer.start();
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY(store.created());
    qInfo("fresh workspace installed in %lld ms", timer.elapsed());
    const auto loaded = store.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->models.size(), m_d.models.size());
    for (const AiModel &m : m_d.models) {
        const qsizetype row = loaded->rowOf(RecordKind::Model, m.id);
        QVERIFY(row >= 0);
        QCOMPARE(loaded->models.at(row), m);
    }
}

void TestEpoch::commandLineShowsExaoneAndTheCounts()
{
    const QString db = m_dir.filePath(QStringLiteral("cli.gapscope"));
    const auto run = [&db](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(GAPSCOPE_BINARY), args + QStringList{QStringLiteral("--db"), db});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qFatal("gapscope %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    };
    const QJsonArray models = run({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--search"),
                                   QStringLiteral("EXAONE 4.0"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(models.size(), 1);
    const QJsonObject exaone = models.first().toObject();
    QCOMPARE(exaone.value("developer").toString(), QStringLiteral("lg-ai-research"));
    QCOMPARE(exaone.value("developer_name_ko").toString(), QStringLiteral("LG AI연구원"));
    QCOMPARE(exaone.value("released").toString(), QStringLiteral("2025-07-15"));
    QCOMPARE(exaone.value("training_compute_flop").toDouble(), 2.69000000000001e+24);
    QCOMPARE(exaone.value("epoch_source_licence").toString(), QStringLiteral("CC BY 4.0"));

    const QJsonArray counts = run({QStringLiteral("query"), QStringLiteral("--indicator"),
                                   QStringLiteral("notable_models_per_year"), QStringLiteral("--country"),
                                   QStringLiteral("USA,CHN,KOR"), QStringLiteral("--format"), QStringLiteral("json")});
    QHash<QString, double> total;
    for (const QJsonValue &v : counts)
        total[v.toObject().value("country").toString()] += v.toObject().value("value").toDouble();
    QCOMPARE(total.value(QStringLiteral("USA")), 609.0);
    QCOMPARE(total.value(QStringLiteral("CHN")), 150.0);
    QCOMPARE(total.value(QStringLiteral("KOR")), 18.0);
}

void TestEpoch::samsungSsc4IsReadWithItsFigures()
{
    QFile f(QStringLiteral(GAPSCOPE_DATASET_DIR "/epoch/gpu_clusters.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CountryNameIndex countries(m_d.countries);
    EpochClusterReader reader(countries);
    const auto clusters = reader.read(QString::fromUtf8(f.readAll()), QStringLiteral("gpu_clusters.csv"));
    QVERIFY2(clusters, qPrintable(reader.errorString()));
    QCOMPARE(clusters->size(), 786);
    const auto ssc4 = std::find_if(clusters->cbegin(), clusters->cend(),
                                   [](const EpochCluster &c) { return c.name == QLatin1String("Samsung SSC4"); });
    QVERIFY(ssc4 != clusters->cend());
    QCOMPARE(ssc4->country, QStringLiteral("KOR"));
    QCOMPARE(ssc4->firstOperational, QStringLiteral("2025-06-15"));
    QCOMPARE(ssc4->status, QStringLiteral("Existing"));
    QVERIFY(ssc4->h100Equivalents && std::round(*ssc4->h100Equivalents) == 2496);
    QVERIFY(ssc4->includeInStandardAnalysis);
}

void TestEpoch::operationalH100eMatchesTheRawFile()
{
    const QList<Row> clusters = rawRows(QStringLiteral("gpu_clusters.csv"));
    QCOMPARE(clusters.size(), 786);
    int latest = 0;
    for (const Row &r : clusters) {
        if (r.value(QStringLiteral("Include in Standard Analysis")) == QLatin1String("True"))
            latest = std::max(latest, r.value(QStringLiteral("First Operational Date")).left(4).toInt());
    }
    for (const QString &code : focusNames.keys()) {
        QMap<int, double> expected;
        for (const Row &r : clusters) {
            const int from = r.value(QStringLiteral("First Operational Date")).left(4).toInt();
            const int gone = r.value(QStringLiteral("Decommissioned Date (if applicable)")).left(4).toInt();
            const QString h100e = r.value(QStringLiteral("H100 equivalents"));
            if (r.value(QStringLiteral("Country")) != focusNames.value(code) || from == 0 || h100e.isEmpty()
                || r.value(QStringLiteral("Include in Standard Analysis")) != QLatin1String("True")
                || !r.value(QStringLiteral("Exclude")).isEmpty())
                continue;
            for (int y = from; y <= latest; ++y)
                expected[y] += gone == 0 || gone > y ? h100e.toDouble() : 0.0;
        }
        const QMap<int, double> ours = series(QStringLiteral("h100e_operational"), code);
        QCOMPARE(ours.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(std::abs(ours.value(it.key()) - it.value()) <= 1e-6 * it.value(), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(TestEpoch)
#include "tst_epoch.moc"
