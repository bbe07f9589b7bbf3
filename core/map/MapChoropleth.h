#pragma once

#include "MapScale.h"
#include "query/ObservationIndex.h"

#include <QHash>
#include <QMap>
#include <vector>

namespace gapscope {

class Dataset;

// What a choropleth shows of one indicator: for each year with data, each country's value (the
// last of the year when it has months), and one colour scale over all those years, so that
// colours keep their meaning as the map steps through the years. Only countries count: records
// without an ISO numeric code (World, OWID_* aggregates, regions) are left out, of the values
// and of the scale.
class MapChoropleth
{
public:
    struct Value
    {
        double value = 0;
        int row = -1; // the observation's position in the dataset
    };

    // The values of `indicator` among the observations at `rows` of `dataset` (`index` is built
    // from it).
    void build(const Dataset &dataset, const ObservationIndex &index, const QString &indicator,
               const std::vector<int> &rows);

    QString indicator() const { return m_indicator; }
    // The years with at least one country's value, rising.
    QList<int> years() const { return m_values.keys(); }
    int lastYear() const { return m_values.isEmpty() ? 0 : m_values.lastKey(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    // The country's value in `year`, or nothing.
    std::optional<Value> value(const QString &country, int year) const;
    // The countries with a value in `year`.
    QList<QString> countries(int year) const { return m_values.value(year).keys(); }
    const MapScale &scale() const { return m_scale; }
    // The colour of `country` in `year`: its class's, or MapScale::noData().
    QColor colour(const QString &country, int year) const;

private:
    QString m_indicator;
    QMap<int, QHash<QString, Value>> m_values;
    MapScale m_scale;
};

} // namespace gapscope
