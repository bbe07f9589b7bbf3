#pragma once

#include "Filter.h"
#include "domain/Dataset.h"

#include <QList>
#include <QPointF>

namespace gapscope {

// The values of one indicator per country over the years the filter accepts: what a line chart
// draws and what a bar chart compares. Countries keep the dataset's order; points are sorted by
// year (a month, where known, places the point inside its year).
class IndicatorSeries
{
public:
    struct Point
    {
        double x = 0; // year, plus (month - 1) / 12 where the month is known
        double value = 0;
        QString observation; // its id, for tooltips and selection
    };
    struct Series
    {
        QString country;
        QList<Point> points;
    };

    static QList<Series> build(const Dataset &d, const QString &indicator, const Filter &filter);
    // The indicators that have at least one observation the filter accepts, most observations first.
    static QStringList indicatorsWithData(const Dataset &d, const Filter &filter);
};

} // namespace gapscope
