#include "LineChartPlan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace gapscope {

namespace {

// The height of `curve` at `x`: between the points around it, or at the nearest end.
double heightAt(const QList<QPointF> &curve, double x, double fallback)
{
    double y = fallback;
    for (qsizetype i = 0; i < curve.size(); ++i) {
        if (curve[i].x() >= x) {
            if (i == 0)
                return curve[0].y();
            const double t = (x - curve[i - 1].x()) / (curve[i].x() - curve[i - 1].x());
            return curve[i - 1].y() + t * (curve[i].y() - curve[i - 1].y());
        }
        y = curve[i].y();
    }
    return y;
}

// The curve's points as the lines that draw them: a new run wherever the line changes between
// solid and dashed (a segment is dashed when either end is a projection or target).
QList<LineChartPlan::Run> runsOf(const QList<QPointF> &points, const QList<LineChartPlan::Style> &styles)
{
    using Style = LineChartPlan::Style;
    QList<LineChartPlan::Run> runs;
    if (points.isEmpty())
        return runs;
    if (points.size() == 1)
        return {{styles[0] == Style::Forecast, points, styles}};
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const bool dashed = styles[i] == Style::Forecast || styles[i + 1] == Style::Forecast;
        if (runs.isEmpty() || runs.last().dashed != dashed)
            runs.append({dashed, {points[i]}, {styles[i]}});
        runs.last().points.append(points[i + 1]);
        runs.last().styles.append(styles[i + 1]);
    }
    return runs;
}

} // namespace

LineChartPlan::Style LineChartPlan::styleOf(const QString &kind)
{
    if (kind == QLatin1String("projection") || kind == QLatin1String("target"))
        return Style::Forecast;
    if (kind == QLatin1String("estimate"))
        return Style::Estimate;
    return Style::Measured;
}

LineChartPlan LineChartPlan::make(const Dataset &d, const Filter &f, const QList<IndicatorSeries::Series> &series,
                                  bool log, double scale)
{
    LineChartPlan plan;
    double minX = 1e9, maxX = -1e9, minY = 1e300, maxY = -1e300;
    for (const auto &s : series) {
        Curve curve{s.country, {}, {}, s.points, {}, s.pointsOnly};
        for (const auto &p : s.points) {
            if (log && p.value <= 0)
                continue; // a logarithmic axis cannot show zero or less
            const double v = log ? std::log10(p.value) : p.value / scale;
            curve.points.append({p.x, v});
            const Style style = p.row >= 0 && p.row < d.observations.size() ? styleOf(d.observations.kindAt(p.row))
                                                                               : Style::Measured;
            curve.styles.append(style);
            plan.hasEstimates |= style == Style::Estimate;
            plan.hasForecasts |= style == Style::Forecast;
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, v);
            maxY = std::max(maxY, v);
        }
        if (!curve.pointsOnly)
            curve.runs = runsOf(curve.points, curve.styles);
        plan.curves.append(curve);
    }
    if (minX > maxX) {
        minX = maxX = 2020;
        minY = maxY = log ? 0 : 1;
    }
    plan.minX = minX;
    plan.maxX = maxX;
    plan.minY = minY;
    plan.maxY = maxY;

    // Events of the charted countries inside the charted years, on their curves.
    for (const Event &e : d.events) {
        if (!f.acceptsCountry(e.country) || !f.acceptsYear(e.year()) || !f.acceptsFocus({e.text}))
            continue;
        const int month = e.date.size() >= 7 ? e.date.mid(5, 2).toInt() : 1;
        const double x = e.year() + (month - 1) / 12.0;
        if (x < minX - 0.5 || x > maxX + 0.5)
            continue;
        // On its country's curve; on the axis's floor where the curve does not reach its date
        // (before it starts or after it ends), rather than floating at a height no value has.
        const double floor = log ? minY : std::min(0.0, minY);
        double y = floor;
        for (const Curve &c : std::as_const(plan.curves)) {
            if (c.country == e.country && !c.points.isEmpty() && x >= c.points.constFirst().x() - 1e-9
                && x <= c.points.constLast().x() + 1e-9)
                y = heightAt(c.points, x, floor);
        }
        plan.markers.append({e.id, {x, y}});
    }

    // Powers of ten for a logarithmic axis; on a linear one minY and maxY are values, which an
    // int cannot hold (training compute reaches 10²⁷).
    if (log) {
        plan.lowPower = int(std::floor(minY));
        plan.highPower = std::max(plan.lowPower + 1, int(std::ceil(maxY)));
    }
    return plan;
}

QList<bool> LineChartPlan::named(qsizetype most) const
{
    QList<bool> named(curves.size(), true);
    if (curves.size() <= most)
        return named;
    const auto last = [this](qsizetype i) {
        const QList<QPointF> &points = curves[i].points;
        return points.isEmpty() ? -std::numeric_limits<double>::infinity() : points.constLast().y();
    };
    QList<qsizetype> order(curves.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&last](qsizetype a, qsizetype b) { return last(a) > last(b); });
    for (qsizetype i = most; i < order.size(); ++i)
        named[order[i]] = false;
    return named;
}

} // namespace gapscope
