#pragma once

#include "Extent.h"
#include "map/MapChoropleth.h"

#include <QList>
#include <QStringList>

namespace gapscope {

// What Gapminder's bubble chart shows of three country indicators: for each year, one bubble per
// country with a value of the first (x) and second (y) in that year, sized by the third's when
// one is given (the bubble is left out when it lacks it). A country's value in a year is its last
// observation of the year, as on the map; World, regions and other aggregates are no countries.
// The axes' extent covers every year, so that bubbles move against fixed axes as the years
// play.
class BubbleChart
{
public:
    struct Bubble
    {
        QString country;
        double x = 0;
        double y = 0;
        double size = 0; // 0 without a size indicator
        int xRow = -1, yRow = -1, sizeRow = -1; // the observations (-1: none)
    };

    // The indicators among the observations at `rows` of `dataset` (`index` is built from it);
    // `size` may be empty.
    void build(const Dataset &dataset, const ObservationIndex &index, const QString &x, const QString &y,
               const QString &size, const std::vector<int> &rows);

    QString xIndicator() const { return m_x.indicator(); }
    QString yIndicator() const { return m_y.indicator(); }
    QString sizeIndicator() const { return m_size.indicator(); }
    // The years with at least one bubble, rising.
    const QList<int> &years() const { return m_years; }
    bool isEmpty() const { return m_years.isEmpty(); }
    // The bubbles of `year`, in the countries' code order.
    QList<Bubble> bubbles(int year) const;
    // The bubble of `country` in `year`, or nothing.
    std::optional<Bubble> bubble(const QString &country, int year) const;
    // The countries with a value of one of the indicators in some year but no bubble in `year`.
    QStringList missing(int year) const;
    // The extent of every year's bubbles across, up and in size.
    const Extent &x() const { return m_xExtent; }
    const Extent &y() const { return m_yExtent; }
    const Extent &size() const { return m_sizeExtent; }

private:
    MapChoropleth m_x, m_y, m_size;
    QList<int> m_years;
    QStringList m_countries; // every country with a value of one of them, sorted
    Extent m_xExtent, m_yExtent, m_sizeExtent;
};

} // namespace gapscope
