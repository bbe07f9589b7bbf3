#pragma once

#include "Filter.h"
#include "ObservationIndex.h"
#include "domain/Dataset.h"

#include <QList>
#include <QPointF>

namespace gapscope {

// The values of one indicator per country or region over the years the filter accepts: what a
// line chart draws and what a bar chart compares. Countries keep the dataset's order, regions
// follow them; points are sorted by date (a month or day, where known, places the point inside its
// year). Figures of single organisations, AI models and clusters come after them: a series per
// entity when there are at most maxEntitySeries of them, else a series per country they count for
// (every model of the United States on one line, in the country's colour).
class IndicatorSeries
{
public:
    struct Point
    {
        double x = 0; // year, plus (month - 1) / 12 where the month is known
        double value = 0;
        QString observation; // its id, for tooltips and selection
        int row = -1;        // its position in the dataset's observations
    };
    struct Series
    {
        QString country;
        QList<Point> points;
        // The figures of several organisations, models or clusters of one country: points, not a
        // line through them (one model's value does not lead to the next one's).
        bool pointsOnly = false;
    };

    static constexpr int maxEntitySeries = 8;

    // `index` is built from `d`: the filter runs on it, so that a million observations take
    // milliseconds.
    static QList<Series> build(const Dataset &d, const ObservationIndex &index, const QString &indicator,
                               const Filter &filter);
    // The same, of the observations at `rows` (an ObservationQuery's): no filtering again.
    // Entities grouped per country go to those of `countries` they count for (all when empty).
    static QList<Series> build(const Dataset &d, const ObservationIndex &index, const QString &indicator,
                               const std::vector<int> &rows, const QSet<QString> &countries = {});
    // The years the series have values in, in order: the categories of a bar chart.
    static QList<int> years(const QList<Series> &series);
    // The indicators that have at least one observation the filter accepts, most observations first.
    static QStringList indicatorsWithData(const ObservationIndex &index, const Filter &filter);
    static QStringList indicatorsWithData(const ObservationIndex &index, const std::vector<int> &rows);
};

} // namespace gapscope
