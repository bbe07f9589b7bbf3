#pragma once

#include "domain/Dataset.h"
#include "query/Filter.h"
#include "query/IndicatorSeries.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace gapscope {

// Where everything of a line chart goes, computed without widgets: each country's curve in the
// axis's units, split into runs by the kind of its values, (divided by the unit's multiple, or as powers of ten on a logarithmic axis, where
// zero and less cannot be drawn), the extent of the curves, the events of the charted countries
// and years as markers on their country's curve, and the powers of ten a logarithmic axis labels.
class LineChartPlan
{
public:
    // How a point shows what kind of value it is: a measurement (a filled point on a solid
    // line), an estimate (a hollow point) or a projection or target (a hollow point on a dashed
    // line).
    enum class Style { Measured, Estimate, Forecast };
    static Style styleOf(const QString &kind);

    // A stretch of a curve drawn with one line: dashed where it reaches a projection or target,
    // so that a line never joins a measurement to a projection without changing its style.
    // Neighbouring runs share the point where they meet.
    struct Run
    {
        bool dashed = false;
        QList<QPointF> points;
        QList<Style> styles; // of each point
    };
    struct Curve
    {
        QString country;
        QList<QPointF> points;                 // x: the year (and month); y: in the axis's units
        QList<Style> styles;                   // of each point
        QList<IndicatorSeries::Point> original; // the observations behind them
        QList<Run> runs;                       // the points again, as the lines that draw them
        bool pointsOnly = false;               // several entities' figures: no line joins them
    };
    struct Marker
    {
        QString event;
        QPointF at; // on its country's curve, between the points around its date; on the axis's
                    // floor (0, or the lowest power of ten) where the curve does not reach it
    };

    // `scale` divides the values on a linear axis (1e9: "billions"); `filter` picks the events.
    static LineChartPlan make(const Dataset &dataset, const Filter &filter,
                              const QList<IndicatorSeries::Series> &series, bool log, double scale);

    // Which curves a chart names, by their index: all of them, or the `most` whose last value is
    // highest (the others are drawn grey behind one legend entry).
    QList<bool> named(qsizetype most) const;

    QList<Curve> curves;
    QList<Marker> markers;
    // Whether any point is an estimate, or a projection or target: the legend then explains the
    // styles.
    bool hasEstimates = false;
    bool hasForecasts = false;
    // The extent of the curves (2020 and 1, or 0 on a logarithmic axis, when there are none).
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    // The powers of ten a logarithmic axis labels, low to high (at least two).
    int lowPower = 0, highPower = 1;
};

} // namespace gapscope
