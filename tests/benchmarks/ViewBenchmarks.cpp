#include "ViewBenchmarks.h"

#include "domain/Dataset.h"
#include "io/DatasetReader.h"
#include "model/ExplorerState.h"
#include "panels/BubblePanel.h"
#include "panels/ChartPanel.h"
#include "panels/MapPanel.h"
#include "panels/ScatterCanvas.h"
#include "panels/ScatterPanel.h"
#include "panels/YearPlayer.h"
#include "query/Filter.h"
#include "query/ObservationIndex.h"
#include "query/ObservationQuery.h"

#include <QDate>
#include <QEventLoop>
#include <QHash>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QTimer>

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
    for (qsizetype i = 0; i < d.observations.size(); ++i) {
        Observation o = d.observations.at(i);
        o.country = codes->value(o.country);
        d.observations.replace(i, o);
    }
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

// The goal of every case: under 100 ms, against the line chart's `line` ms.
Result result(const QString &name, double ms, double line)
{
    Result r(name, QStringLiteral("the line chart after the same filter change (%1 ms)").arg(line, 0, 'f', 2));
    r.ours = ms;
    r.base = line;
    r.goal = QStringLiteral("under 100 ms");
    r.met = ms < 100;
    return r;
}

// The mouse moved to `at` over `canvas` (or its left button pressed or released there), as the
// window gets it: sent at once, or posted to the event loop.
void mouse(QWidget *canvas, const QPointF &at, bool post, QEvent::Type type = QEvent::MouseMove)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    auto *event = new QMouseEvent(type, at, canvas->mapToGlobal(at), button,
                                  type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
    if (post) {
        QCoreApplication::postEvent(canvas, event);
    } else {
        QCoreApplication::sendEvent(canvas, event);
        delete event;
    }
}

// The models scatter `scatter` showing the 100,000 models, shown as a window: its answer to a
// change of axis (the scatter built again and painted), a hover and a selection, each painted as
// the window paints it; and the longest the event loop goes without turning while a user hovers
// over points, clicks them, turns the frontier on and off, changes the axis and resizes the window.
QList<Result> measureScatter(const Dataset &d, ScatterPanel *scatter, ExplorerState *state, double line)
{
    QList<Result> results;
    ScatterCanvas *canvas = scatter->canvas();
    scatter->show();
    QCoreApplication::processEvents();
    const int points = int(scatter->scatter().points().size());
    const QList<int> largest = scatter->scatter().largest(50);
    volatile double sink = 0;
    bool toggle = false;
    auto paint = [&] { sink = sink + scatter->grab().width(); };
    // Until the worker's picture of the points is shown.
    auto paintWhole = [&] {
        paint();
        while (canvas->pointsPending())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        paint();
    };
    results << result(QStringLiteral("models scatter of %L1 models: axis changed, painted until its points are shown").arg(points),
                      medianMs([&] {
                          toggle = !toggle;
                          scatter->setLogScale(!toggle);
                          paintWhole();
                      }),
                      line);
    scatter->setLogScale(true);
    paintWhole();
    int next = 0;
    results << result(QStringLiteral("models scatter of %L1 models: repainted after a hover").arg(points),
                      medianMs([&] {
                          mouse(canvas, canvas->widgetPoint(largest.at(next++ % largest.size())), false);
                          paint();
                      }),
                      line);
    results << result(QStringLiteral("models scatter of %L1 models: another model selected and painted").arg(points),
                      medianMs([&] {
                          const int point = largest.at(next++ % largest.size());
                          const int model = scatter->scatter().points().at(size_t(point)).model;
                          state->select(ExplorerState::Kind::Model, d.models.at(model).id);
                          paint();
                      }),
                      line);

    // A user's minute in a few seconds: every 40 ms an action, the window's events between.
    QList<std::function<void()>> actions;
    for (int i = 0; i < 40; ++i) {
        actions << [&, i] { mouse(canvas, canvas->widgetPoint(largest.at(i % largest.size())), true); };
        if (i % 8 == 3) {
            actions << [&, i] {
                const QPointF at = canvas->widgetPoint(largest.at(i % largest.size()));
                mouse(canvas, at, true, QEvent::MouseButtonPress);
                mouse(canvas, at, true, QEvent::MouseButtonRelease);
            };
        }
        if (i % 10 == 5)
            actions << [&, i] { scatter->setFrontier(i % 20 == 5); };
        if (i % 20 == 9)
            actions << [&, i] { scatter->setLogScale(i % 40 != 9); };
        if (i % 20 == 15)
            actions << [&, i] { scatter->resize(i % 40 == 15 ? QSize(1400, 800) : QSize(1600, 900)); };
    }
    QElapsedTimer since;
    qint64 longest = 0;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] { longest = std::max(longest, since.restart()); });
    QTimer script;
    script.setInterval(40);
    QEventLoop loop;
    QObject::connect(&script, &QTimer::timeout, [&] {
        if (actions.isEmpty()) {
            loop.quit();
            return;
        }
        actions.takeFirst()();
    });
    const int before = canvas->layerPaints();
    since.start();
    probe.start();
    script.start();
    loop.exec();
    longest = std::max(longest, since.elapsed());
    Result stall = result(QStringLiteral("models scatter of %L1 models: longest stall of the event loop while used "
                                         "(%2 pictures of the points drawn)")
                              .arg(points)
                              .arg(canvas->layerPaints() - before),
                          double(longest), line);
    results << stall;
    scatter->hide();
    return results;
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
    auto add = [&](const QString &name, double ms) { results << result(name, ms, line); };
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
        results << measureScatter(d, &scatter, &state, line);
    }
    return results;
}

} // namespace gapscope::bench
