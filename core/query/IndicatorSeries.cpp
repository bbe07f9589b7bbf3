#include "IndicatorSeries.h"

#include "domain/EntityKind.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace gapscope {

QList<IndicatorSeries::Series> IndicatorSeries::build(const Dataset &d, const ObservationIndex &index,
                                                     const QString &indicator, const Filter &filter)
{
    Filter only = filter;
    only.indicators = {indicator};
    return build(d, index, indicator, index.filter(only), filter.countries);
}

QList<IndicatorSeries::Series> IndicatorSeries::build(const Dataset &d, const ObservationIndex &index,
                                                     const QString &indicator, const std::vector<int> &rows,
                                                     const QSet<QString> &countries)
{
    const qsizetype code = index.indicators().indexOf(indicator);
    if (code < 0)
        return {};
    const std::vector<quint16> &column = index.indicatorColumn();
    const std::vector<quint32> &entityColumn = index.countryColumn();
    const QStringList &kinds = index.entityKinds();
    // Countries' and regions' points by their code; the other entities' points with their entity
    // (the index's number for it), to be drawn per entity or per country once their number is known.
    QHash<QString, QList<Point>> byCountry;
    std::vector<std::pair<quint32, Point>> others;
    QList<quint32> otherEntities; // the first few distinct ones, up to one more than can be drawn apart
    for (const int row : rows) {
        if (column[size_t(row)] != code)
            continue;
        const ObservationTable &o = d.observations;
        const int month = o.monthAt(row);
        const int day = o.dayAt(row);
        const double x = o.yearAt(row) + (month > 0 ? (month - 1) / 12.0 : 0.0) + (day > 0 ? (day - 1) / 372.0 : 0.0);
        const quint32 entity = entityColumn[size_t(row)];
        const QString &kind = kinds.at(entity);
        // Entities of kinds the user named are drawn like regions: a line each, never a country's.
        if (isCountryOrRegion(kind) || kind == QLatin1String("other")) {
            byCountry[o.entityAt(row)].append({x, o.valueAt(row), o.idAt(row), row});
            continue;
        }
        others.push_back({entity, {x, o.valueAt(row), o.idAt(row), row}});
        if (otherEntities.size() <= maxEntitySeries && !otherEntities.contains(entity))
            otherEntities.append(entity);
    }
    QList<Series> out;
    const auto add = [&](const QString &code, QList<Point> points, bool pointsOnly = false) {
        std::stable_sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.x < b.x; });
        out.append({code, points, pointsOnly});
    };
    for (const Country &c : d.countries) {
        if (const auto it = byCountry.constFind(c.code); it != byCountry.cend())
            add(c.code, *it);
    }
    for (const Region &r : d.regions) {
        if (const auto it = byCountry.constFind(r.code); it != byCountry.cend())
            add(r.code, *it);
    }
    for (const OtherEntity &e : d.otherEntities) {
        if (const auto it = byCountry.constFind(e.id); it != byCountry.cend())
            add(e.id, *it);
    }
    // Organisations, AI models and clusters: a line each when they are few, else one per country
    // they count for (a model of two countries in both), after the countries' own.
    if (otherEntities.size() <= maxEntitySeries) {
        QMap<QString, QList<Point>> byEntity; // in the order of their ids
        for (const auto &[entity, point] : others)
            byEntity[index.countries().at(entity)].append(point);
        for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it)
            add(it.key(), it.value());
        return out;
    }
    QHash<QString, QList<Point>> byLinkedCountry;
    for (const auto &[entity, point] : others) {
        for (const QString &country : index.entityLinks()[entity]) {
            if (countries.isEmpty() || countries.contains(country))
                byLinkedCountry[country].append(point);
        }
    }
    for (const Country &c : d.countries) {
        if (const auto it = byLinkedCountry.constFind(c.code); it != byLinkedCountry.cend())
            add(c.code, *it, true);
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
