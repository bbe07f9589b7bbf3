#include "EntityBenchmarks.h"

#include "domain/Dataset.h"
#include "query/Filter.h"
#include "query/IndicatorSeries.h"
#include "query/ObservationIndex.h"
#include "query/ObservationQuery.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gapscope::bench {

namespace {

constexpr int countryCount = 200;
constexpr int modelCount = 20000;
constexpr int figuresPerModel = 5;

Dataset makeModels()
{
    Dataset d;
    for (int c = 0; c < countryCount; ++c) {
        Country country;
        country.code = QStringLiteral("C%1").arg(c, 3, 10, QLatin1Char('0'));
        d.countries.append(country);
    }
    for (int i = 0; i < figuresPerModel; ++i) {
        Indicator ind;
        ind.id = QStringLiteral("m%1").arg(i);
        ind.unit = QStringLiteral("FLOP");
        d.indicators.append(ind);
    }
    QRandomGenerator random(100000);
    d.models.reserve(modelCount);
    d.observations.reserve(qsizetype(modelCount) * figuresPerModel);
    for (int k = 0; k < modelCount; ++k) {
        AiModel m;
        m.id = QStringLiteral("model-%1").arg(k);
        m.countries = {d.countries.at(k % countryCount).code};
        if (k % 7 == 0)
            m.countries.append(d.countries.at((k + 37) % countryCount).code);
        m.country = m.countries.first();
        d.models.append(m);
        const int year = 1990 + int(random.bounded(36));
        const int month = 1 + int(random.bounded(12));
        const int day = 1 + int(random.bounded(28));
        for (int i = 0; i < figuresPerModel; ++i) {
            Observation o;
            o.indicator = d.indicators.at(i).id;
            o.country = m.id;
            o.year = year;
            o.month = month;
            o.day = day;
            o.value = std::exp(random.generateDouble() * 40);
            d.observations.append(o);
        }
    }
    d.reindex();
    return d;
}

} // namespace

QList<Result> measureEntities()
{
    const Dataset d = makeModels();
    ObservationIndex index;
    index.build(d);
    Filter f;
    for (int c = 0; c < countryCount; c += 10)
        f.countries.insert(d.countries.at(c).code); // 20 countries, reached through the models' links
    f.entityKinds = {QStringLiteral("model")};
    f.yearFrom = 2010;
    f.monthFrom = 3;
    f.dayFrom = 15;
    f.yearTo = 2020;
    f.monthTo = 9;
    f.dayTo = 30;
    volatile double sink = 0;
    QList<Result> results;

    Result filter{QStringLiteral("filter 100,000 model figures: countries through links, dates to the day"),
                  QStringLiteral("plain loop with the Filter's own tests")};
    size_t ours = 0, plain = 0;
    filter.ours = medianMs([&] {
        ours = ObservationQuery::run(d, index, f).size();
        sink = sink + double(ours);
    });
    const QString model = QStringLiteral("model");
    filter.base = medianMs([&] {
        plain = 0;
        const ObservationTable &o = d.observations; // a column at a time, as the index reads them
        for (qsizetype i = 0; i < o.size(); ++i) {
            if (f.acceptsDate(o.yearAt(i), o.monthAt(i), o.dayAt(i))
                && f.acceptsEntity(o.entityAt(i), model, d.entityCountries(o.entityAt(i))))
                ++plain;
        }
        sink = sink + double(plain);
    });
    if (ours != plain)
        std::fprintf(stderr, "warning: %zu rows here, %zu by the plain loop\n", ours, plain);
    filter.goal = QStringLiteral(">= 10x faster");
    filter.met = filter.base / filter.ours >= 10;
    results << filter;

    Result series{QStringLiteral("chart series per country of 100,000 model figures"),
                  QStringLiteral("plain grouping of the same rows by linked country")};
    const std::vector<int> rows = ObservationQuery::run(d, index, f);
    const QString charted = QStringLiteral("m0");
    series.ours = medianMs([&] {
        const auto built = IndicatorSeries::build(d, index, charted, rows, f.countries);
        sink = sink + double(built.size());
    });
    // The same result by hand: each row's (date, value) under every filtered country it counts
    // for, then each country's points in date order.
    series.base = medianMs([&] {
        QHash<QString, QList<std::pair<double, double>>> byCountry;
        for (const int row : rows) {
            const ObservationTable &o = d.observations;
            if (o.indicatorAt(row) != charted)
                continue;
            const double x = o.yearAt(row) + (o.monthAt(row) - 1) / 12.0 + (o.dayAt(row) - 1) / 372.0;
            for (const QString &code : d.entityCountries(o.entityAt(row))) {
                if (f.countries.contains(code))
                    byCountry[code].append({x, o.valueAt(row)});
            }
        }
        for (auto &points : byCountry)
            std::stable_sort(points.begin(), points.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        sink = sink + double(byCountry.size());
    });
    series.goal = QStringLiteral("within 2x of the plain grouping");
    series.met = series.ours / series.base <= 2;
    results << series;
    return results;
}

} // namespace gapscope::bench
