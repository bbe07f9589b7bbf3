#include "LineChartPlan.h"

#include <cmath>

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

} // namespace

LineChartPlan LineChartPlan::make(const Dataset &d, const Filter &f, const QList<IndicatorSeries::Series> &series,
                                  bool log, double scale)
{
    LineChartPlan plan;
    double minX = 1e9, maxX = -1e9, minY = 1e300, maxY = -1e300;
    for (const auto &s : series) {
        Curve curve{s.country, {}, s.points};
        for (const auto &p : s.points) {
            if (log && p.value <= 0)
                continue; // a logarithmic axis cannot show zero or less
            const double v = log ? std::log10(p.value) : p.value / scale;
            curve.points.append({p.x, v});
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, v);
            maxY = std::max(maxY, v);
        }
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
        double y = minY;
        for (const Curve &c : std::as_const(plan.curves)) {
            if (c.country == e.country)
                y = heightAt(c.points, x, minY);
        }
        plan.markers.append({e.id, {x, y}});
    }

    plan.lowPower = int(std::floor(minY));
    plan.highPower = std::max(plan.lowPower + 1, int(std::ceil(maxY)));
    return plan;
}

} // namespace gapscope
