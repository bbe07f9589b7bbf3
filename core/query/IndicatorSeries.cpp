#include "IndicatorSeries.h"

#include <QHash>
#include <algorithm>

namespace gapscope {

QList<IndicatorSeries::Series> IndicatorSeries::build(const Dataset &d, const ObservationIndex &index,
                                                     const QString &indicator, const Filter &filter)
{
    Filter only = filter;
    only.indicators = {indicator};
    return build(d, index, indicator, index.filter(only));
}

QList<IndicatorSeries::Series> IndicatorSeries::build(const Dataset &d, const ObservationIndex &index,
                                                     const QString &indicator, const std::vector<int> &rows)
{
    const qsizetype code = index.indicators().indexOf(indicator);
    if (code < 0)
        return {};
    const std::vector<quint16> &column = index.indicatorColumn();
    QHash<QString, QList<Point>> byCountry;
    for (const int row : rows) {
        if (column[size_t(row)] != code)
            continue;
        const Observation &o = d.observations.at(row);
        const double x = o.year + (o.month > 0 ? (o.month - 1) / 12.0 : 0.0);
        byCountry[o.country].append({x, o.value, o.id, row});
    }
    QList<Series> out;
    for (const Country &c : d.countries) {
        auto it = byCountry.find(c.code);
        if (it == byCountry.end())
            continue;
        std::stable_sort(it->begin(), it->end(), [](const Point &a, const Point &b) { return a.x < b.x; });
        out.append({c.code, *it});
    }
    return out;
}

QStringList IndicatorSeries::indicatorsWithData(const ObservationIndex &index, const Filter &filter)
{
    return indicatorsWithData(index, index.filter(filter));
}

QStringList IndicatorSeries::indicatorsWithData(const ObservationIndex &index, const std::vector<int> &rows)
{
    std::vector<int> counts(size_t(index.indicators().size()), 0);
    const std::vector<quint16> &column = index.indicatorColumn();
    for (const int row : rows)
        ++counts[column[size_t(row)]];
    std::vector<int> codes;
    for (size_t k = 0; k < counts.size(); ++k) {
        if (counts[k] > 0)
            codes.push_back(int(k));
    }
    const QStringList &ids = index.indicators();
    std::sort(codes.begin(), codes.end(), [&](int a, int b) {
        return counts[size_t(a)] != counts[size_t(b)] ? counts[size_t(a)] > counts[size_t(b)] : ids[a] < ids[b];
    });
    QStringList out;
    for (const int k : codes)
        out.append(ids[k]);
    return out;
}

QList<int> IndicatorSeries::years(const QList<Series> &series)
{
    QList<int> years;
    for (const auto &s : series) {
        for (const auto &p : s.points) {
            if (!years.contains(int(p.x)))
                years.append(int(p.x));
        }
    }
    std::sort(years.begin(), years.end());
    return years;
}

} // namespace gapscope
