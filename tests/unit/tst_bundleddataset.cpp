#include "domain/Dataset.h"
#include "io/DatasetReader.h"
#include "store/DatasetValidator.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace gapscope;

// Walks the dataset GapScope ships and fails on any record a user could not trust.
class TestBundledDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRecordIsComplete();
    void everyValueHasAUnitAndSource();
    void csetSeriesCoversEveryCountryOfTheFile();
    void articleNumbersAreEncoded_data();
    void articleNumbersAreEncoded();
    void articleEntitiesAreEncoded();
    void comparisonTableIsComplete();
    void koreaSwotHasEveryQuadrant();
    void quotesAreAttributed();

private:
    Dataset m_d;
};

void TestBundledDataset::initTestCase()
{
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(reader.errorString()));
    m_d = *d;
    QVERIFY(!m_d.version.isEmpty());
    QCOMPARE(m_d.version, DatasetReader::bundledVersion());
}

void TestBundledDataset::everyRecordIsComplete()
{
    const auto problems = DatasetValidator::validate(m_d);
    for (const auto &p : problems)
        qWarning("%s: %s", qPrintable(p.recordId), qPrintable(p.message));
    QVERIFY(problems.isEmpty());
    // The validator checks the lists; make sure there is something in each to check.
    QVERIFY(!m_d.sources.isEmpty());
    QVERIFY(!m_d.countries.isEmpty());
    QVERIFY(!m_d.dimensions.isEmpty());
    QVERIFY(!m_d.actors.isEmpty());
    QVERIFY(!m_d.models.isEmpty());
    QVERIFY(!m_d.indicators.isEmpty());
    QVERIFY(!m_d.observations.isEmpty());
    QVERIFY(!m_d.assessments.isEmpty());
    QVERIFY(!m_d.swot.isEmpty());
    QVERIFY(!m_d.events.isEmpty());
}

void TestBundledDataset::everyValueHasAUnitAndSource()
{
    for (const Observation &o : m_d.observations) {
        const Indicator *i = m_d.indicator(o.indicator);
        QVERIFY2(i, qPrintable(o.id));
        QVERIFY2(m_d.unit(i->unit), qPrintable(o.id));
        const Source *s = m_d.source(o.source);
        QVERIFY2(s, qPrintable(o.id));
        QVERIFY2(!s->document.isEmpty() || !s->url.isEmpty(), qPrintable(o.id));
    }
}

void TestBundledDataset::csetSeriesCoversEveryCountryOfTheFile()
{
    // 117 entities in the CSET file, World included, 793 rows.
    QSet<QString> countries;
    int rows = 0;
    for (const Observation &o : m_d.observations) {
        if (o.indicator == QLatin1String("private_ai_investment")) {
            countries.insert(o.country);
            ++rows;
            QCOMPARE(o.source, QStringLiteral("cset-owid-private-investment"));
        }
    }
    QVERIFY(rows > 0);
    if (m_d.countries.size() > 3) {
        QCOMPARE(countries.size(), 117);
        QCOMPARE(rows, 793);
        QVERIFY(countries.contains("OWID_WRL"));
    }
    const Source *s = m_d.source("cset-owid-private-investment");
    QVERIFY(s);
    QCOMPARE(s->licence, QStringLiteral("CC BY-NC 4.0"));
    QVERIFY(s->note.isComplete());
}

static bool isFullDataset(const Dataset &d)
{
    return d.countries.size() > 3;
}

void TestBundledDataset::articleNumbersAreEncoded_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("source");

    // Each row is a sentence of the seed articles, in the unit it states.
    QTest::newRow("downloads Jan 2024") << "hf_open_model_downloads" << "CHN" << 2024 << 1 << 1e6 << "count" << "estimate" << "b-scale";
    QTest::newRow("downloads Jan 2025") << "hf_open_model_downloads" << "CHN" << 2025 << 1 << 818e6 << "count" << "measured" << "b-scale";
    QTest::newRow("share CHN") << "hf_new_open_model_download_share" << "CHN" << 2025 << 11 << 17.0 << "percent" << "measured" << "b-scale";
    QTest::newRow("share USA") << "hf_new_open_model_download_share" << "USA" << 2025 << 11 << 15.8 << "percent" << "measured" << "b-scale";
    QTest::newRow("CHN market CNY") << "ai_market_size_cny" << "CHN" << 2026 << 0 << 900e9 << "CNY" << "estimate" << "b-scale";
    QTest::newRow("CHN market USD") << "ai_market_size_usd" << "CHN" << 2026 << 0 << 131e9 << "USD" << "estimate" << "b-scale";
    QTest::newRow("CHN market 2030") << "ai_market_size_usd" << "CHN" << 2030 << 0 << 1.4e12 << "USD" << "projection" << "b-scale";
    QTest::newRow("KOR market KRW") << "ai_market_size_krw" << "KOR" << 2025 << 0 << 3.4e12 << "KRW" << "projection" << "b-korea";
    QTest::newRow("KOR market USD") << "ai_market_size_usd" << "KOR" << 2025 << 0 << 2.31e9 << "USD" << "projection" << "b-korea";
    QTest::newRow("Alibaba pledge") << "ai_infrastructure_investment_pledge_cny" << "CHN" << 2026 << 0 << 380e9 << "CNY" << "target" << "b-scale";
    QTest::newRow("Ernie users") << "model_monthly_users" << "CHN" << 2026 << 0 << 200e6 << "users" << "measured" << "b-momentum";
    QTest::newRow("GLM downloads") << "single_model_downloads_two_weeks" << "CHN" << 2026 << 0 << 1e6 << "count" << "measured" << "b-momentum";
    QTest::newRow("gap months") << "performance_gap_vs_usa" << "CHN" << 2026 << 0 << 6.0 << "months" << "estimate" << "b-gap";
    QTest::newRow("CSET KOR 2023") << "private_ai_investment" << "KOR" << 2023 << 0 << 2605634733.0 << "USD_2021" << "estimate" << "cset-owid-private-investment";
}

void TestBundledDataset::articleNumbersAreEncoded()
{
    if (!isFullDataset(m_d))
        QSKIP("built with a test dataset (GAPSCOPE_DATASET_DIR)");
    QFETCH(QString, indicator);
    QFETCH(QString, country);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, kind);
    QFETCH(QString, source);

    const Indicator *ind = m_d.indicator(indicator);
    QVERIFY2(ind, qPrintable(indicator));
    QCOMPARE(ind->unit, unit);
    const auto it = std::find_if(m_d.observations.cbegin(), m_d.observations.cend(), [&](const Observation &o) {
        return o.indicator == indicator && o.country == country && o.year == year && o.month == month;
    });
    QVERIFY2(it != m_d.observations.cend(), "the article's number is missing");
    QVERIFY2(qAbs(it->value - value) <= qAbs(value) * 1e-6, qPrintable(QString::number(it->value, 'g', 12)));
    QCOMPARE(it->kind, kind);
    QCOMPARE(it->source, source);
}

void TestBundledDataset::articleEntitiesAreEncoded()
{
    if (!isFullDataset(m_d))
        QSKIP("built with a test dataset (GAPSCOPE_DATASET_DIR)");
    for (const char *code : {"USA", "CHN", "KOR", "JPN", "VNM", "THA", "IDN", "FRA", "CAN"})
        QVERIFY2(m_d.country(QLatin1String(code)), code);

    auto actorNamed = [&](const QString &en) -> const Actor * {
        for (const Actor &a : m_d.actors)
            if (a.name.en == en)
                return &a;
        return nullptr;
    };
    const struct { const char *en; const char *country; const char *kind; } actors[] = {
        {"OpenAI", "USA", "lab"}, {"Anthropic", "USA", "lab"}, {"DeepSeek", "CHN", "lab"},
        {"Naver", "KOR", "big_tech"}, {"Samsung Electronics", "KOR", "chipmaker"}, {"SK hynix", "KOR", "chipmaker"},
        {"Upstage", "KOR", "startup"}, {"KAIST", "KOR", "university"}, {"Mistral", "FRA", "lab"}, {"Cohere", "CAN", "lab"},
    };
    for (const auto &e : actors) {
        const Actor *a = actorNamed(QLatin1String(e.en));
        QVERIFY2(a, e.en);
        QCOMPARE(a->country, QLatin1String(e.country));
        QCOMPARE(a->kind, QLatin1String(e.kind));
        QVERIFY2(!a->name.ko.isEmpty(), e.en);
    }

    const struct { const char *id; const char *country; int open; } models[] = {
        {"deepseek-v3", "CHN", 1}, {"deepseek-r1", "CHN", 1}, {"kimi-k2-5", "CHN", -1}, {"qwen3-max-thinking", "CHN", -1},
        {"glm-4-7-flash", "CHN", -1}, {"ernie-5-0", "CHN", -1}, {"hyperclova-x", "KOR", -1}, {"exaone", "KOR", -1},
        {"solar", "KOR", -1}, {"kanana", "KOR", -1}, {"llama", "USA", 1},
    };
    for (const auto &e : models) {
        const auto it = std::find_if(m_d.models.cbegin(), m_d.models.cend(), [&](const AiModel &m) { return m.id == QLatin1String(e.id); });
        QVERIFY2(it != m_d.models.cend(), e.id);
        QCOMPARE(it->country, QLatin1String(e.country));
        QVERIFY2(m_d.actor(it->developer), e.id);
        if (e.open == 1)
            QVERIFY2(it->openWeights.value_or(false), e.id);
    }

    const auto act = std::find_if(m_d.events.cbegin(), m_d.events.cend(), [](const Event &e) { return e.id == QLatin1String("ev-kor-2026-01-ai-basic-act"); });
    QVERIFY(act != m_d.events.cend());
    QCOMPARE(act->date, QStringLiteral("2026-01"));
    QCOMPARE(act->kind, QStringLiteral("policy"));
    QVERIFY(act->text.ko.contains(QStringLiteral("인공지능 기본법")));
    QStringList chinaPolicy;
    for (const Event &e : m_d.events)
        if (e.country == QLatin1String("CHN") && e.kind == QLatin1String("policy"))
            chinaPolicy << e.date;
    chinaPolicy.sort();
    QCOMPARE(chinaPolicy, QStringList({"2016", "2017"}));
}

void TestBundledDataset::comparisonTableIsComplete()
{
    if (!isFullDataset(m_d))
        QSKIP("built with a test dataset (GAPSCOPE_DATASET_DIR)");
    // The article's table has six rows for the US and China; Korea's position is given on the same rows.
    QHash<QString, QSet<QString>> cells;
    for (const Assessment &a : m_d.assessments)
        if (a.kind == QLatin1String("comparison") || a.kind == QLatin1String("position"))
            cells[a.country].insert(a.dimension);
    QVERIFY(cells.value("USA").size() >= 6);
    QVERIFY(cells.value("CHN").size() >= 6);
    for (const QString &dim : cells.value("USA"))
        QVERIFY2(cells.value("CHN").contains(dim), qPrintable(dim));
    QVERIFY(cells.value("KOR").size() >= 6);
}

void TestBundledDataset::koreaSwotHasEveryQuadrant()
{
    if (!isFullDataset(m_d))
        QSKIP("built with a test dataset (GAPSCOPE_DATASET_DIR)");
    QHash<QString, int> quadrants;
    for (const SwotItem &s : m_d.swot)
        if (s.country == QLatin1String("KOR"))
            ++quadrants[s.quadrant];
    for (const char *q : {"S", "W", "O", "T"})
        QVERIFY2(quadrants.value(QLatin1String(q)) >= 3, q);
}

void TestBundledDataset::quotesAreAttributed()
{
    QStringList people;
    for (const Assessment &a : m_d.assessments) {
        if (a.kind != QLatin1String("quote"))
            continue;
        QVERIFY2(a.attribution.isComplete(), qPrintable(a.id));
        people << a.attribution.en;
    }
    if (!isFullDataset(m_d))
        return;
    const QString all = people.join('\n');
    for (const char *name : {"Ahn Jun-mo", "Shin Jin-woo", "Demis Hassabis"})
        QVERIFY2(all.contains(QLatin1String(name)), name);
}

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"
