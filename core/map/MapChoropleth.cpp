#include "MapChoropleth.h"

#include "domain/Dataset.h"
#include "query/IndicatorSeries.h"

#include <cmath>

namespace gapscope {

void MapChoropleth::build(const Dataset &dataset, const ObservationIndex &index, const QString &indicator,
                          const std::vector<int> &rows)
{
    m_indicator = indicator;
    m_values.clear();
    QList<double> all;
    for (const IndicatorSeries::Series &series : IndicatorSeries::build(dataset, index, indicator, rows)) {
        const Country *country = dataset.country(series.country);
        if (!country || country->numeric.isEmpty())
            continue; // an aggregate or region, never a country on the map
        // Points are sorted in time: the last of a year wins.
        for (const IndicatorSeries::Point &p : series.points) {
            if (!std::isfinite(p.value))
                continue;
            m_values[int(std::floor(p.x))].insert(series.country, {p.value, p.row});
        }
    }
    for (const auto &year : std::as_const(m_values)) {
        for (const Value &v : year)
            all << v.value;
    }
    m_scale = MapScale::fit(all);
}

std::optional<MapChoropleth::Value> MapChoropleth::value(const QString &country, int year) const
{
    const auto y = m_values.constFind(year);
    if (y == m_values.cend())
        return std::nullopt;
    const auto v = y->constFind(country);
    if (v == y->cend())
        return std::nullopt;
    return *v;
}

QColor MapChoropleth::colour(const QString &country, int year) const
{
    const auto v = value(country, year);
    return v ? m_scale.colourOf(v->value) : MapScale::noData();
}

} // namespace gapscope
