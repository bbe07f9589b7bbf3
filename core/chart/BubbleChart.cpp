#include "BubbleChart.h"

#include <QSet>

#include <algorithm>

namespace gapscope {

void BubbleChart::build(const Dataset &dataset, const ObservationIndex &index, const QString &x, const QString &y,
                        const QString &size, const std::vector<int> &rows)
{
    m_x.build(dataset, index, x, rows);
    m_y.build(dataset, index, y, rows);
    m_size.build(dataset, index, size, size.isEmpty() ? std::vector<int>() : rows);
    QSet<QString> countries;
    for (const MapChoropleth *map : {&m_x, &m_y, &m_size}) {
        for (int year : map->years()) {
            for (const QString &c : map->countries(year))
                countries.insert(c);
        }
    }
    m_countries = QStringList(countries.cbegin(), countries.cend());
    m_countries.sort();

    m_years.clear();
    m_xExtent = m_yExtent = m_sizeExtent = Extent();
    for (int year : m_x.years()) {
        const QList<Bubble> all = bubbles(year);
        if (all.isEmpty())
            continue;
        m_years << year;
        for (const Bubble &b : all) {
            m_xExtent.add(b.x);
            m_yExtent.add(b.y);
            m_sizeExtent.add(b.size);
        }
    }
}

std::optional<BubbleChart::Bubble> BubbleChart::bubble(const QString &country, int year) const
{
    const auto x = m_x.value(country, year);
    const auto y = m_y.value(country, year);
    if (!x || !y)
        return std::nullopt;
    Bubble b{country, x->value, y->value, 0, x->row, y->row, -1};
    if (!m_size.indicator().isEmpty()) {
        const auto size = m_size.value(country, year);
        if (!size || size->value < 0)
            return std::nullopt;
        b.size = size->value;
        b.sizeRow = size->row;
    }
    return b;
}

QList<BubbleChart::Bubble> BubbleChart::bubbles(int year) const
{
    QStringList codes = m_x.countries(year);
    codes.sort();
    QList<Bubble> out;
    for (const QString &c : std::as_const(codes)) {
        if (const auto b = bubble(c, year))
            out << *b;
    }
    return out;
}

QStringList BubbleChart::missing(int year) const
{
    QStringList out;
    for (const QString &c : m_countries) {
        if (!bubble(c, year))
            out << c;
    }
    return out;
}

} // namespace gapscope
