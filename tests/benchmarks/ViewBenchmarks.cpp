#include "ViewBenchmarks.h"

#include "domain/Dataset.h"
#include "io/DatasetReader.h"
#include "model/ExplorerState.h"
#include "panels/BubblePanel.h"
#include "panels/ChartPanel.h"
#include "panels/MapPanel.h"
#include "panels/ScatterPanel.h"
#include "panels/YearPlayer.h"
#include "query/Filter.h"
#include "query/ObservationIndex.h"
#include "query/ObservationQuery.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>

#include <cmath>
#include <cstdio>

namespace gapscope::bench {

namespace {

constexpr int modelCount = 100000;

// `synthetic` with its countries renamed after the bundled dataset's ISO countries (the map draws
// only those) and `modelCount` models: a country each in turn, a publication date over 1950–2024,
// a training compute over eleven orders of magnitude, all notable. `codes` gets the new code of
// each old one.
Dataset withRealCountries(const Dataset &synthetic, QHash<QString, QString> *codes)
{
    DatasetReader reader;
    const auto bundled = reader.read(DatasetReader::bundledPath());
    if (!bundled)
        qFatal("the bundled dataset does not load: %s", qPrintable(reader.errorString()));
    QList<Country> real;
    for (const Country &c : bundled->countries) {
        if (!c.numeric.isEmpty())
            real.append(c);
    }
    Dataset d = synthetic;
    if (real.size() < d.countries.size())
        qFatal("too few ISO countries");
    for (qsizetype i = 0; i < d.countries.size(); ++i) {
        codes->insert(d.countries.at(i).code, real.at(i).code);
        d.countries[i] = real.at(i);
    }
    for (Observation &o : d.observations)
        o.country = codes->value(o.country);
    QRandomGenerator random(19);
    const QDate first(1950, 1, 1);
    d.models.reserve(modelCount);
    for (int k = 0; k < modelCount; ++k) {
        AiModel m;
        m.id = QStringLiteral("m%1").arg(k);
        m.name = {m.id, m.id};
        m.country = d.countries.at(k % d.countries.size()).code;
        m.published = first.addDays(random.bounded(75 * 365)).toString(Qt::ISODate);
        m.trainingCompute = std::pow(10.0, 15 + random.generateDouble() * 11);
        m.openWeights = k % 3 == 0 ? std::nullopt : std::optional<bool>(k % 3 == 1);
        m.notable = true;
        d.models.append(m);
    }
    d.reindex();
    return d;
}

} // namespace

QList<Result> measureViews(const Dataset &synthetic, const Filter &filter, const QString &indicator)
{
    QHash<QString, QString> codes;
    const Dataset d = withRealCountries(synthetic, &codes);
    ObservationIndex index;
    index.build(d);
    Filter first = filter;
    first.countries.clear();
    for (const QString &c : filter.countries)
        first.countries.insert(codes.value(c));
    Filter other = first;
    other.yearFrom = first.yearFrom + 1;
    ExplorerState state;
    ObservationQuery query(d, index);
    QObject::connect(&state, &ExplorerState::filterChanged, &query, &ObservationQuery::setFilter);
    state.setFilter(first);

    volatile double sink = 0;
    bool toggle = false;
    // The filter changed (to `a` or `b` in turn), then the panel painted.
    auto change = [&](QWidget *panel, const Filter &a, const Filter &b) {
        toggle = !toggle;
        state.setFilter(toggle ? b : a);
        sink = sink + panel->grab().width();
    };
    // The player one year on (the last year and the one before in turn), then the panel painted.
    auto step = [&](YearPlayer *player, QWidget *panel) {
        const QList<int> years = player->years();
        if (years.size() < 2)
            qFatal("the view has fewer than two years");
        return medianMs([&] {
            toggle = !toggle;
            player->setYear(years.at(years.size() - (toggle ? 2 : 1)));
            sink = sink + panel->grab().width();
        });
    };

    double line = 0;
    {
        ChartPanel chart(&query, &state);
        chart.resize(1600, 900);
        chart.setIndicator(indicator);
        line = medianMs([&] { change(&chart, first, other); });
    }
    QList<Result> results;
    auto add = [&](const QString &name, double ms) {
        Result r(name, QStringLiteral("the line chart after the same filter change (%1 ms)").arg(line, 0, 'f', 2));
        r.ours = ms;
        r.base = line;
        r.goal = QStringLiteral("under 100 ms");
        r.met = ms < 100;
        results << r;
    };
    {
        MapPanel map(&query, &state);
        map.resize(1600, 900);
        map.setIndicator(indicator);
        add(QStringLiteral("map after a filter change"), medianMs([&] { change(&map, first, other); }));
        add(QStringLiteral("map: one year on"), step(map.player(), &map));
    }
    {
        BubblePanel bubble(&query, &state);
        bubble.resize(1600, 900);
        // Three indicators of the filter's dimensions (i%02d is in dimension d(i % 10)).
        bubble.setIndicators(indicator, QStringLiteral("i01"), QStringLiteral("i07"));
        add(QStringLiteral("bubbles after a filter change"), medianMs([&] { change(&bubble, first, other); }));
        add(QStringLiteral("bubbles: one year on"), step(bubble.player(), &bubble));
    }
    {
        // The models have no developer, so no dimension: the scatter's filter names none.
        Filter models = first;
        models.dimensions.clear();
        Filter modelsOther = other;
        modelsOther.dimensions.clear();
        ScatterPanel scatter(d, &state);
        scatter.resize(1600, 900);
        add(QStringLiteral("models scatter after a filter change"),
            medianMs([&] { change(&scatter, models, modelsOther); }));
        state.setFilter(Filter());
        const int points = int(scatter.scatter().points().size());
        add(QStringLiteral("models scatter drawing %L1 models").arg(points), medianMs([&] {
                scatter.update();
                sink = sink + scatter.grab().width();
            }));
    }
    return results;
}

} // namespace gapscope::bench
