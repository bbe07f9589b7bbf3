#pragma once

#include "chart/LineChartPlan.h"
#include "domain/Dataset.h"

#include <QColor>
#include <QPointF>
#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

class QAbstractAxis;
class QChart;
class QScatterSeries;
class QXYSeries;

namespace gapscope {

// The series that draw a line chart's plan (core/chart) into a chart, on its axes, in the order
// the legend reads: each country's entry (a solid line in its colour), the events, the runs of
// each curve (solid or dashed by the kind of its values) and its hollow points (estimates as
// circles, projections and targets as triangles), out of the legend, and the keys to the styles
// the chart uses. With more than namedCurves countries, the ones whose last value is highest keep
// their colours and legend entries, and the others are drawn thin and grey under them, with one
// entry for all ("25 other countries"); hovering still names each.
class LineChartSeries
{
public:
    // The legend's texts, in the chart's language.
    struct Texts
    {
        QString events;
        QString estimate;
        QString forecast;
        std::function<QString(int)> others; // the legend's entry for n countries drawn grey
    };
    static constexpr int namedCurves = 10;
    // The colour of the countries beyond the named ones.
    static QColor otherColor() { return QColor(0xbb, 0xbb, 0xbb); }
    // What a series of a curve draws: run `run` of curve `curve` (a line), or with `run` -1 the
    // curve's points of `style` (a country's measured figures of several entities, its estimates,
    // its projections and targets).
    struct Part
    {
        qsizetype curve = 0;
        qsizetype run = -1;
        LineChartPlan::Style style = LineChartPlan::Style::Measured;
    };
    // The points that draw `part` of `plan`.
    static QList<QPointF> pointsOf(const LineChartPlan &plan, const Part &part);
    struct Drawn
    {
        // The series that draw each curve's points, with the curve (out of the legend).
        QList<std::pair<QXYSeries *, const LineChartPlan::Curve *>> curves;
        QList<Part> parts; // what each of `curves` draws
        QScatterSeries *events = nullptr; // none when no event is charted
        QStringList eventIds;             // of each of its points
    };

    static Drawn draw(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, const Dataset &dataset, Language lang,
                      const LineChartPlan &plan, const Texts &texts);
};

} // namespace gapscope
