#include "TestSupport.h"
#include "chart/AxisTicks.h"
#include "chart/ModelScatter.h"
#include "model/AiModelTableModel.h"

#include <QTest>

#include <cmath>

using namespace gapscope;

// What the models scatter shows, checked against plain loops over Epoch AI's bundled models and
// against a few hand-made ones: the points the filter, domain and lists accept, their dates and
// figures, the country that colours a model of several, the frontier (running maximum) and the
// axis ticks.
class TestScatter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_bundled = test::bundledDataset(); }
    void datesInYears();
    void pointsAreTheFilteredModelsWithTheFigure_data();
    void pointsAreTheFilteredModelsWithTheFigure();
    void aModelOfSeveralCountriesTakesTheFirstTheFilterAccepts();
    void frontierIsTheRunningMaximum();
    void logTicksArePowersOfTen();
    void linearTicksAreRoundNumbers();

private:
    static AiModel model(const QString &id, const QString &country, const QStringList &countries,
                         const QString &published, double compute);
    Dataset m_bundled;
};

AiModel TestScatter::model(const QString &id, const QString &country, const QStringList &countries,
                           const QString &published, double compute)
{
    AiModel m;
    m.id = id;
    m.name = {id, id};
    m.country = country;
    m.countries = countries;
    m.published = published;
    m.trainingCompute = compute;
    m.notable = true;
    return m;
}

void TestScatter::datesInYears()
{
    QCOMPARE(*ModelScatter::yearOf(QStringLiteral("2023")), 2023.0);
    QCOMPARE(*ModelScatter::yearOf(QStringLiteral("2024-07")), 2024 + 182.0 / 366); // leap year: 1 July is day 183
    QCOMPARE(*ModelScatter::yearOf(QStringLiteral("2023-12-31")), 2023 + 364.0 / 365);
    QVERIFY(!ModelScatter::yearOf(QString()));
    QVERIFY(!ModelScatter::yearOf(QStringLiteral("n/a")));
}

void TestScatter::pointsAreTheFilteredModelsWithTheFigure_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("measure");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("notable");
    QTest::addColumn<bool>("largeScale");
    QTest::newRow("USA CHN KOR, compute") << QStringList{"USA", "CHN", "KOR"} << 0 << QString() << 0 << QString()
                                          << true << true;
    QTest::newRow("every country, parameters") << QStringList() << 0 << QString() << 1 << QString() << true << true;
    QTest::newRow("KOR from 2022, cost") << QStringList{"KOR"} << 2022 << QString() << 2 << QString() << true << true;
    QTest::newRow("vision, notable only") << QStringList() << 0 << QString() << 0 << QStringLiteral("Vision") << true
                                          << false;
    QTest::newRow("large-scale only, text") << QStringList() << 2020 << QStringLiteral("llama") << 0 << QString()
                                            << false << true;
}

void TestScatter::pointsAreTheFilteredModelsWithTheFigure()
{
    QFETCH(QStringList, countries);
    QFETCH(int, from);
    QFETCH(QString, text);
    QFETCH(int, measure);
    QFETCH(QString, domain);
    QFETCH(bool, notable);
    QFETCH(bool, largeScale);
    Filter f;
    f.countries = QSet<QString>(countries.cbegin(), countries.cend());
    f.yearFrom = from;
    f.text = text;
    const ModelScatter::Options options{ModelScatter::Measure(measure), domain, notable, largeScale};
    ModelScatter scatter;
    scatter.build(m_bundled, f, options);

    // A plain loop: the model's figure by hand, the filter as the models list applies it.
    int expected = 0, without = 0;
    for (int i = 0; i < int(m_bundled.models.size()); ++i) {
        const AiModel &m = m_bundled.models.at(i);
        if (!((notable && m.notable) || (largeScale && m.largeScale)))
            continue;
        if (!domain.isEmpty() && !m.domain.split(QLatin1Char(',')).contains(domain))
            continue;
        if (!AiModelTableModel::acceptsModel(m_bundled, f, m))
            continue;
        const std::optional<double> figure =
            measure == 0 ? m.trainingCompute : (measure == 1 ? m.parameters : m.trainingCost);
        const QString date = m.released.isEmpty() ? m.published : m.released;
        if (!figure || date.isEmpty()) {
            ++without;
            continue;
        }
        const ModelScatter::Point &p = scatter.points().at(size_t(expected++));
        QCOMPARE(p.model, i);
        QCOMPARE(p.y, *figure);
        QCOMPARE(int(p.x), date.left(4).toInt());
        QCOMPARE(p.openWeights, m.openWeights);
        QVERIFY(f.acceptsCountry(p.country) || p.country.isEmpty());
    }
    QVERIFY2(expected > 0, "the case shows no model");
    QCOMPARE(int(scatter.points().size()), expected);
    QCOMPARE(scatter.withoutValue(), without);
    const auto [low, high] = std::minmax_element(scatter.points().cbegin(), scatter.points().cend(),
                                                 [](const auto &a, const auto &b) { return a.y < b.y; });
    QCOMPARE(scatter.y().min, low->y);
    QCOMPARE(scatter.y().max, high->y);
    QCOMPARE(scatter.points().at(size_t(scatter.largest(1).constFirst())).y, high->y);
}

void TestScatter::aModelOfSeveralCountriesTakesTheFirstTheFilterAccepts()
{
    Dataset d;
    d.models = {model("a", "USA", {"USA", "KOR"}, "2023-03-01", 1e24), model("b", "GBR", {"GBR", "CHN", "KOR"}, "2022", 1e23),
                model("c", QString(), {}, "2021", 5e22)};
    d.reindex();
    ModelScatter scatter;
    scatter.build(d, Filter(), {});
    QCOMPARE(scatter.points().size(), size_t(3));
    QCOMPARE(scatter.points().at(0).country, QStringLiteral("USA")); // its own
    QCOMPARE(scatter.points().at(2).country, QString()); // Multinational: no country
    Filter korea;
    korea.countries = {QStringLiteral("KOR")};
    scatter.build(d, korea, {});
    QCOMPARE(scatter.points().size(), size_t(2));
    QCOMPARE(scatter.points().at(0).country, QStringLiteral("KOR"));
    QCOMPARE(scatter.points().at(1).country, QStringLiteral("KOR"));
    Filter china;
    china.countries = {QStringLiteral("CHN"), QStringLiteral("KOR")};
    scatter.build(d, china, {});
    QCOMPARE(scatter.points().at(1).country, QStringLiteral("CHN")); // Epoch's first accepted
}

void TestScatter::frontierIsTheRunningMaximum()
{
    // On the bundled models of each focus country: the corners against a plain running maximum.
    ModelScatter scatter;
    scatter.build(m_bundled, Filter::defaultView(), {});
    for (const QString &country : {QStringLiteral("USA"), QStringLiteral("CHN"), QStringLiteral("KOR")}) {
        QList<std::pair<double, double>> own;
        for (const ModelScatter::Point &p : scatter.points()) {
            if (p.country == country)
                own.append({p.x, -p.y}); // date order, the larger first on a tie
        }
        std::sort(own.begin(), own.end());
        QList<QPointF> expected;
        double best = -INFINITY;
        for (const auto &[x, negative] : own) {
            if (-negative > best) {
                best = -negative;
                expected << QPointF(x, best);
            }
        }
        QVERIFY2(expected.size() >= 3, qPrintable(country));
        QCOMPARE(scatter.frontier(country), expected);
    }
    // By hand: a smaller later model is no corner; a tie on the date keeps the larger.
    Dataset d;
    d.models = {model("a", "USA", {"USA"}, "2020", 10), model("b", "USA", {"USA"}, "2021", 5),
                model("c", "USA", {"USA"}, "2022", 20), model("d", "USA", {"USA"}, "2022", 30),
                model("e", "USA", {"USA"}, "2019", 1)};
    d.reindex();
    scatter.build(d, Filter(), {});
    QCOMPARE(scatter.frontier(QStringLiteral("USA")),
             (QList<QPointF>{{2019, 1}, {2020, 10}, {2022, 30}}));
    QVERIFY(scatter.frontier(QStringLiteral("KOR")).isEmpty());
}

void TestScatter::logTicksArePowersOfTen()
{
    QCOMPARE(AxisTicks::ticks(3e15, 5e18, true, 10), (QList<double>{1e15, 1e16, 1e17, 1e18, 1e19}));
    // 10^14 to 10^27, thirteen powers, in about five ticks: every fourth, covering both ends.
    const QList<double> few = AxisTicks::ticks(2e14, 4e26, true, 5);
    QCOMPARE(few, (QList<double>{1e12, 1e16, 1e20, 1e24, 1e28}));
}

void TestScatter::linearTicksAreRoundNumbers()
{
    QCOMPARE(AxisTicks::ticks(0, 95, false, 6), (QList<double>{0, 20, 40, 60, 80, 100}));
    QCOMPARE(AxisTicks::ticks(0, 1e9, false, 5), (QList<double>{0, 2.5e8, 5e8, 7.5e8, 1e9}));
}

QTEST_GUILESS_MAIN(TestScatter)
#include "tst_scatter.moc"
