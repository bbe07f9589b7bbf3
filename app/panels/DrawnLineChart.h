#pragma once

#include "LineChartSeries.h"
#include "chart/LineChartPlan.h"
#include "domain/Dataset.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <utility>

class QXYSeries;

namespace gapscope {

// What a line chart last drew: its plan, the series that draw each curve and what each draws,
// and the range of its value axis. A change that keeps every curve, run, style, name, colour,
// event marker and axis range (one observation edited, or that edit undone) then moves only the
// points whose values changed, in place (QXYSeries::replace), instead of building the chart's
// every series (200 curves, their points as items) again for one value.
class DrawnLineChart
{
public:
    // What else the drawing depends on: the indicator, the language, the axis and its multiple.
    struct Look
    {
        QString indicator;
        Language language = Language::English;
        bool log = false;
        double scale = 1;
        bool operator==(const Look &) const = default;
    };

    // The chart was drawn in full from `plan` (of `dataset`).
    void remember(const Dataset &dataset, const Look &look, const LineChartPlan &plan,
                  const LineChartSeries::Drawn &drawn);
    // The chart no longer shows that drawing (cleared, or drawn as bars).
    void forget();
    // Draws `plan` by moving the changed points of the series drawn last, when `plan` differs
    // from the last drawing only in the values of points and keeps the axis's range; false
    // (nothing changed) when the chart must be built again.
    bool update(const Dataset &dataset, const Look &look, const LineChartPlan &plan);

    // The value axis's range for `plan` as ChartPanel sets it, in nice numbers: what update()
    // compares on a linear axis.
    static std::pair<double, double> valueRange(const LineChartPlan &plan);

private:
    // Whether `plan` draws the same curves, runs, styles, names, colours, markers and axes as the
    // last drawing.
    bool sameShape(const Dataset &dataset, const LineChartPlan &plan) const;

    bool m_drawn = false;
    Look m_look;
    LineChartPlan m_plan;
    QList<QPointer<QXYSeries>> m_series;
    QList<LineChartSeries::Part> m_parts;
    QStringList m_names;    // of each curve's country, as the legend named it
    QList<QColor> m_colors; // of each curve's country
};

} // namespace gapscope
