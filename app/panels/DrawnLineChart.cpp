#include "DrawnLineChart.h"

#include "CountryColors.h"
#include "format/DisplayText.h"

#include <QValueAxis>
#include <QXYSeries>

#include <algorithm>

namespace gapscope {

namespace {

// Exactly the same point: QPointF's == forgives small differences, which a changed value can be.
bool samePoint(const QPointF &a, const QPointF &b)
{
    return a.x() == b.x() && a.y() == b.y();
}

bool sameRuns(const LineChartPlan::Curve &a, const LineChartPlan::Curve &b)
{
    if (a.runs.size() != b.runs.size())
        return false;
    for (qsizetype r = 0; r < a.runs.size(); ++r) {
        const LineChartPlan::Run &x = a.runs[r];
        const LineChartPlan::Run &y = b.runs[r];
        if (x.dashed != y.dashed || x.styles != y.styles || x.points.size() != y.points.size())
            return false;
    }
    return true;
}

// The same observations at the same dates, drawn in the same styles (their values aside).
bool sameCurve(const LineChartPlan::Curve &a, const LineChartPlan::Curve &b)
{
    if (a.country != b.country || a.pointsOnly != b.pointsOnly || a.styles != b.styles
        || a.original.size() != b.original.size() || a.points.size() != b.points.size())
        return false;
    for (qsizetype i = 0; i < a.original.size(); ++i) {
        if (a.original[i].observation != b.original[i].observation || a.original[i].x != b.original[i].x
            || a.points[i].x() != b.points[i].x())
            return false;
    }
    return sameRuns(a, b);
}

} // namespace

std::pair<double, double> DrawnLineChart::valueRange(const LineChartPlan &plan)
{
    QValueAxis axis;
    axis.setRange(std::min(0.0, plan.minY), plan.maxY * 1.08);
    axis.applyNiceNumbers();
    return {axis.min(), axis.max()};
}

void DrawnLineChart::remember(const Dataset &dataset, const Look &look, const LineChartPlan &plan,
                              const LineChartSeries::Drawn &drawn)
{
    m_drawn = true;
    m_look = look;
    m_plan = plan;
    m_series.clear();
    for (const auto &entry : drawn.curves)
        m_series.append(entry.first);
    m_parts = drawn.parts;
    m_names.clear();
    m_colors.clear();
    for (const LineChartPlan::Curve &curve : plan.curves) {
        m_names.append(DisplayText::country(dataset, curve.country, look.language));
        m_colors.append(CountryColors::color(dataset, curve.country));
    }
}

void DrawnLineChart::forget()
{
    m_drawn = false;
    m_plan = {};
    m_series.clear();
    m_parts.clear();
    m_names.clear();
    m_colors.clear();
}

bool DrawnLineChart::sameShape(const Dataset &dataset, const LineChartPlan &plan) const
{
    const LineChartPlan &old = m_plan;
    if (plan.curves.size() != old.curves.size() || plan.hasEstimates != old.hasEstimates
        || plan.hasForecasts != old.hasForecasts || plan.minX != old.minX || plan.maxX != old.maxX
        || plan.markers.size() != old.markers.size())
        return false;
    if (m_look.log ? plan.lowPower != old.lowPower || plan.highPower != old.highPower
                   : valueRange(plan) != valueRange(old))
        return false;
    for (qsizetype m = 0; m < plan.markers.size(); ++m) {
        if (plan.markers[m].event != old.markers[m].event || !samePoint(plan.markers[m].at, old.markers[m].at))
            return false;
    }
    for (qsizetype c = 0; c < plan.curves.size(); ++c) {
        if (!sameCurve(plan.curves[c], old.curves[c])
            || DisplayText::country(dataset, plan.curves[c].country, m_look.language) != m_names[c]
            || CountryColors::color(dataset, plan.curves[c].country) != m_colors[c])
            return false;
    }
    // The same countries named, and the others grey (by their last values).
    return plan.named(LineChartSeries::namedCurves) == old.named(LineChartSeries::namedCurves);
}

bool DrawnLineChart::update(const Dataset &dataset, const Look &look, const LineChartPlan &plan)
{
    if (!m_drawn || look != m_look || !sameShape(dataset, plan))
        return false;
    // The points each series draws now; nothing is moved unless every series is still there
    // with as many points as before.
    QList<QList<QPointF>> points;
    for (qsizetype s = 0; s < m_series.size(); ++s) {
        points.append(LineChartSeries::pointsOf(plan, m_parts[s]));
        if (!m_series[s] || m_series[s]->count() != points.constLast().size())
            return false;
    }
    for (qsizetype s = 0; s < m_series.size(); ++s) {
        QXYSeries *series = m_series[s];
        const QList<QPointF> &now = points[s];
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (!samePoint(series->at(int(i)), now[i]))
                series->replace(int(i), now[i]);
        }
    }
    m_plan = plan;
    return true;
}

} // namespace gapscope
