#include "chart/LineChartPlan.h"

#include <QTest>

using namespace gapscope;

// Where a line chart puts its curves, markers and logarithmic labels, without widgets.
class TestLineChartPlan : public QObject
{
    Q_OBJECT

private slots:
    void curvesInTheAxisUnits();
    void eventsSitOnTheirCountrysCurve();
    void nothingToDraw();
    void runsChangeStyleWithTheKind_data();
    void runsChangeStyleWithTheKind();
};

namespace {

IndicatorSeries::Series series(const QString &country, const QList<std::pair<double, double>> &points)
{
    IndicatorSeries::Series s{country, {}};
    for (const auto &[x, value] : points)
        s.points.append({x, value, country + QString::number(x), -1});
    return s;
}

Event makeEvent(const QString &id, const QString &country, const QString &date)
{
    Event e;
    e.id = id;
    e.country = country;
    e.date = date;
    return e;
}

} // namespace

void TestLineChartPlan::curvesInTheAxisUnits()
{
    const QList<IndicatorSeries::Series> data{series("KOR", {{2020, 2e9}, {2021, 0}, {2022, 5e9}}),
                                              series("USA", {{2019, 1e11}, {2023, 3e11}})};
    // Linear, in billions: every point, divided.
    const LineChartPlan linear = LineChartPlan::make(Dataset(), Filter(), data, false, 1e9);
    QCOMPARE(linear.curves.size(), 2);
    QCOMPARE(linear.curves[0].points, (QList<QPointF>{{2020, 2}, {2021, 0}, {2022, 5}}));
    QCOMPARE(linear.curves[0].original.size(), 3);
    QCOMPARE(linear.minX, 2019.0);
    QCOMPARE(linear.maxX, 2023.0);
    QCOMPARE(linear.minY, 0.0);
    QCOMPARE(linear.maxY, 300.0);
    // Logarithmic: powers of ten, zero left out, labels from 10^9 to 10^12.
    const LineChartPlan log = LineChartPlan::make(Dataset(), Filter(), data, true, 1e9);
    QCOMPARE(log.curves[0].points.size(), 2);
    QCOMPARE(log.curves[0].points[0].y(), std::log10(2e9));
    QCOMPARE(log.lowPower, 9);
    QCOMPARE(log.highPower, 12);
}

void TestLineChartPlan::eventsSitOnTheirCountrysCurve()
{
    Dataset d;
    d.events = {makeEvent("halfway", "KOR", "2020-07"), makeEvent("before", "KOR", "2019-10"),
                makeEvent("elsewhere", "JPN", "2021"), makeEvent("late", "KOR", "2030"), makeEvent("usa", "USA", "2021")};
    const QList<IndicatorSeries::Series> data{series("KOR", {{2020, 10}, {2021, 20}}), series("USA", {{2020, 100}, {2022, 100}})};
    Filter f;
    f.countries = {"KOR", "USA"};
    const LineChartPlan plan = LineChartPlan::make(d, f, data, false, 1);
    QStringList ids;
    for (const auto &m : plan.markers)
        ids << m.event;
    // Japan's is filtered out; 2030 lies past the charted years.
    QCOMPARE(ids, (QStringList{"halfway", "before", "usa"}));
    // July 2020: half-way between 2020 and 2021 on Korea's curve.
    QCOMPARE(plan.markers[0].at.x(), 2020.5);
    QCOMPARE(plan.markers[0].at.y(), 15.0);
    // Before the curve starts: on the axis's floor, not at a height no value has.
    QCOMPARE(plan.markers[1].at.y(), 0.0);
    QCOMPARE(plan.markers[2].at.y(), 100.0);
    // The years of the filter pick the events too.
    f.yearTo = 2019;
    QCOMPARE(LineChartPlan::make(d, f, data, false, 1).markers.size(), 1);
}

void TestLineChartPlan::nothingToDraw()
{
    // Only values a logarithmic axis cannot show: an empty chart around 2020.
    const LineChartPlan plan = LineChartPlan::make(Dataset(), Filter(), {series("KOR", {{2021, 0}, {2022, -3}})}, true, 1);
    QVERIFY(plan.curves.constFirst().points.isEmpty());
    QCOMPARE(plan.minX, 2020.0);
    QCOMPARE(plan.maxY, 0.0);
    QCOMPARE(plan.lowPower, 0);
    QCOMPARE(plan.highPower, 1);
}

void TestLineChartPlan::runsChangeStyleWithTheKind_data()
{
    // The kinds of a curve's observations, and the runs that draw it: "-" a solid run, "=" a
    // dashed one, each with the positions of its points.
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("runs");
    QTest::newRow("measured") << QStringList{"measured", "measured", "measured"} << QStringList{"-012"};
    QTest::newRow("estimates stay solid") << QStringList{"measured", "estimate", "measured"} << QStringList{"-012"};
    QTest::newRow("then projected") << QStringList{"measured", "measured", "projection", "target"}
                                    << QStringList{"-01", "=123"};
    QTest::newRow("estimate to projection") << QStringList{"estimate", "projection"} << QStringList{"=01"};
    QTest::newRow("projection between") << QStringList{"measured", "projection", "measured", "measured"}
                                        << QStringList{"=012", "-23"};
    QTest::newRow("one projection") << QStringList{"projection"} << QStringList{"=0"};
    QTest::newRow("one measurement") << QStringList{"measured"} << QStringList{"-0"};
}

void TestLineChartPlan::runsChangeStyleWithTheKind()
{
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, runs);
    Dataset d;
    IndicatorSeries::Series s{"CHN", {}};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        Observation o;
        o.id = QStringLiteral("o%1").arg(i);
        o.kind = kinds[i];
        d.observations.append(o);
        s.points.append({2020.0 + double(i), 10.0 * double(i + 1), o.id, int(i)});
    }
    const LineChartPlan plan = LineChartPlan::make(d, Filter(), {s}, false, 1);
    const LineChartPlan::Curve &curve = plan.curves.at(0);
    QStringList got;
    for (const LineChartPlan::Run &run : curve.runs) {
        QString text = run.dashed ? QStringLiteral("=") : QStringLiteral("-");
        for (const QPointF &p : run.points)
            text += QString::number(int(p.x()) - 2020);
        QCOMPARE(run.styles.size(), run.points.size());
        got << text;
    }
    QCOMPARE(got, runs);
    QCOMPARE(plan.hasEstimates, kinds.contains("estimate"));
    QCOMPARE(plan.hasForecasts, kinds.contains("projection") || kinds.contains("target"));
    QCOMPARE(curve.styles.size(), kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i)
        QCOMPARE(curve.styles[i], LineChartPlan::styleOf(kinds[i]));
}

QTEST_GUILESS_MAIN(TestLineChartPlan)
#include "tst_linechartplan.moc"
