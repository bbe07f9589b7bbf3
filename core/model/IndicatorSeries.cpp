#include "IndicatorSeries.h"

#include <QHash>
#include <algorithm>

namespace gapscope {

namespace {

bool accepts(const Dataset &d, const Observation &o, const Filter &f)
{
    if (!f.acceptsCountry(o.country) || !f.acceptsYear(o.year))
        return false;
    const Indicator *i = d.indicator(o.indicator);
    return f.acceptsDimension(i ? i->dimension : QString());
}

} // namespace

QList<IndicatorSeries::Series> IndicatorSeries::build(const Dataset &d, const QString &indicator, const Filter &filter)
{
    QHash<QString, QList<Point>> byCountry;
    for (const Observation &o : d.observations) {
        if (o.indicator != indicator || !accepts(d, o, filter))
            continue;
        const double x = o.year + (o.month > 0 ? (o.month - 1) / 12.0 : 0.0);
        byCountry[o.country].append({x, o.value, o.id});
    }
    QList<Series> out;
    for (const Country &c : d.countries) {
        auto it = byCountry.find(c.code);
        if (it == byCountry.end())
            continue;
        std::sort(it->begin(), it->end(), [](const Point &a, const Point &b) { return a.x < b.x; });
        out.append({c.code, *it});
    }
    return out;
}

QStringList IndicatorSeries::indicatorsWithData(const Dataset &d, const Filter &filter)
{
    QHash<QString, int> counts;
    for (const Observation &o : d.observations) {
        if (filter.acceptsIndicator(o.indicator) && accepts(d, o, filter))
            ++counts[o.indicator];
    }
    QStringList ids = counts.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    return ids;
}

} // namespace gapscope
