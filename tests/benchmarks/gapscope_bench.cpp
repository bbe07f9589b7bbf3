// Measures GapScope's observation index and views at 1,000,000 synthetic observations (200
// countries x 50 indicators x 100 years) side by side with the baselines named in the performance goals, in
// one process run, and prints the medians of 5 repetitions (15 for start-up) and their ratios
// (--json for JSON; --views for the views beside the line chart only; --entities for the
// 100,000 model-level observations only; --load and --memory for reading a million-observation
// workspace and the program's memory with it only; --actions [FILE] for the actions in the real
// window only, on FILE when given, written by --write-workspace FILE; --ten-million [FILE] for
// ten million observations only, written by --write-workspace FILE --countries 2000).

#include "ActionBenchmarks.h"
#include "BenchProcess.h"
#include "BenchResult.h"
#include "EntityBenchmarks.h"
#include "LoadBenchmarks.h"
#include "SyntheticWorkspace.h"
#include "TenMillionBenchmarks.h"
#include "ViewBenchmarks.h"
#include "window/FirstPaintProbe.h"
#include "domain/Dataset.h"
#include "store/Store.h"
#include "query/Filter.h"
#include "query/ObservationIndex.h"
#include "query/IndicatorSeries.h"
#include "query/ObservationQuery.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "panels/ChartPanel.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QMainWindow>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numeric>

using namespace gapscope;
using namespace gapscope::bench;

namespace {

constexpr int countryCount = 200;
constexpr int indicatorCount = 50;
constexpr int yearCount = 100;
constexpr int firstYear = 1924;
// Start-up varies more from run to run (a process each time): more turns.
constexpr int startupRepetitions = 15;

enum Role { CountryRole = Qt::UserRole + 1, IndicatorRole, DimensionRole, YearRole, ValueRole };

Dataset makeDataset()
{
    Dataset d;
    for (int c = 0; c < countryCount; ++c)
    {
        Country country;
        country.code = QStringLiteral("C%1").arg(c, 3, 10, QLatin1Char('0'));
        d.countries.append(country);
    }
    for (int i = 0; i < 10; ++i)
    {
        Dimension dimension;
        dimension.id = QStringLiteral("d%1").arg(i);
        d.dimensions.append(dimension);
    }
    for (int i = 0; i < indicatorCount; ++i) {
        Indicator ind;
        ind.id = QStringLiteral("i%1").arg(i, 2, 10, QLatin1Char('0'));
        ind.unit = QStringLiteral("USD");
        ind.dimension = QStringLiteral("d%1").arg(i % 10);
        d.indicators.append(ind);
    }
    QRandomGenerator random(1000000);
    d.observations.reserve(qsizetype(countryCount) * indicatorCount * yearCount);
    for (int c = 0; c < countryCount; ++c) {
        for (int i = 0; i < indicatorCount; ++i) {
            // A country's level, growing over the years with noise: values spread over decades.
            const double level = std::exp(random.generateDouble() * 12) * 1e3;
            for (int y = 0; y < yearCount; ++y) {
                Observation o;
                o.indicator = d.indicators.at(i).id;
                o.country = d.countries.at(c).code;
                o.year = firstYear + y;
                o.value = level * std::pow(1.03, y) * (0.8 + 0.4 * random.generateDouble());
                d.observations.append(o);
            }
        }
    }
    d.reindex();
    return d;
}

// The observations as an ordinary table model, the way a Qt view would be given them.
class SourceModel : public QAbstractTableModel
{
public:
    explicit SourceModel(const Dataset &d) : m_d(d)
    {
        for (const Indicator &i : d.indicators)
            m_dimension.insert(i.id, i.dimension);
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_d.observations.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const ObservationTable &o = m_d.observations; // a column at a time, as the window reads them
        const int r = index.row();
        switch (role) {
        case CountryRole:
            return o.entityAt(r);
        case IndicatorRole:
            return o.indicatorAt(r);
        case DimensionRole:
            return m_dimension.value(o.indicatorAt(r));
        case YearRole:
            return o.yearAt(r);
        case ValueRole:
        case Qt::DisplayRole:
            return index.column() == 3 ? QVariant(o.valueAt(r)) : QVariant(o.entityAt(r));
        }
        return {};
    }

private:
    const Dataset &m_d;
    QHash<QString, QString> m_dimension;
};

// The usual way to filter in Qt: a proxy whose filterAcceptsRow reads the source model.
class FilterProxy : public QSortFilterProxyModel
{
public:
    void setFilter(const Filter &f)
    {
        m_filter = f;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        return m_filter.acceptsCountry(i.data(CountryRole).toString()) && m_filter.acceptsYear(i.data(YearRole).toInt())
            && m_filter.acceptsIndicator(i.data(IndicatorRole).toString())
            && m_filter.acceptsDimension(i.data(DimensionRole).toString());
    }

private:
    Filter m_filter;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.value(values.size() / 2);
}

double medianOf(const std::function<double()> &measure)
{
    QList<double> values;
    for (int r = 0; r < repetitions; ++r)
        values.append(measure());
    return median(values);
}

// Starts `program` and reads the "name milliseconds" lines it prints: each name gets the time
// this process saw the line (from the start of the process), except the child's own measures.
// With `stopAt`, the program is stopped once it has printed that line.
QHash<QString, double> startProcess(const QString &program, const QStringList &arguments, const QString &scratch,
                                    const QString &stopAt = {})
{
    QProcess process;
    prepareProcess(process, scratch);
    QHash<QString, double> times;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    while (process.state() != QProcess::NotRunning || process.canReadLine()) {
        if (!process.canReadLine() && !process.waitForReadyRead(60000))
            break;
        while (process.canReadLine()) {
            const QList<QByteArray> parts = process.readLine().trimmed().split(' ');
            if (parts.size() != 2)
                continue;
            const QString name = QString::fromLatin1(parts[0]);
            times.insert(name, name == QLatin1String("longest-stall-ms") ? parts[1].toDouble()
                                                                          : double(timer.nsecsElapsed()) / 1e6);
            if (name == stopAt) {
                process.kill();
                process.waitForFinished(60000);
                return times;
            }
        }
    }
    process.waitForFinished(60000);
    if (process.exitCode() != 0 || !times.contains(QStringLiteral("first-paint-ms")))
        std::fprintf(stderr, "%s did not report its start-up (exit code %d)\n", qUtf8Printable(program), process.exitCode());
    return times;
}

// The workspace of the start-up case: the bundled dataset, then the million observations on top.
bool writeWorkspace(const Dataset &d, const QString &path)
{
    Store store;
    if (!store.open(path)) {
        std::fprintf(stderr, "cannot write the benchmark workspace: %s\n", qUtf8Printable(store.errorString()));
        return false;
    }
    Dataset extra = d;
    extra.sources = {Source{QStringLiteral("bench"), {QStringLiteral("Benchmark"), QStringLiteral("벤치마크")}, QString(),
                            QStringLiteral("generated"), QString(), QString(), QString(), QString(), {}}};
    ImportBatch batch;
    batch.file = QStringLiteral("benchmark");
    batch.sources = extra.sources;
    batch.indicators = extra.indicators;
    qsizetype n = 0;
    for (Observation o : std::as_const(extra.observations)) {
        o.id = QStringLiteral("b%1").arg(n++);
        o.source = QStringLiteral("bench");
        o.kind = QStringLiteral("estimate");
        batch.observations.append(o);
    }
    if (!store.import(batch)) {
        std::fprintf(stderr, "cannot write the benchmark workspace: %s\n", qUtf8Printable(store.errorString()));
        return false;
    }
    return true;
}

// The results as a Markdown table.
void printTable(const QList<Result> &results)
{
    std::printf("| case | baseline | ours (ms) | baseline (ms) | baseline / ours | goal | met |\n");
    std::printf("|---|---|---:|---:|---:|---|---|\n");
    for (const Result &r : results)
        std::printf("| %s | %s | %.2f | %.2f | %s | %s | %s |\n", qUtf8Printable(r.name), qUtf8Printable(r.baseline), r.ours,
                    r.base,
                    qUtf8Printable(r.base <= 0 ? QStringLiteral("-") : r.base >= r.ours ? QString::asprintf("%.1fx", r.base / r.ours)
                                                    : QString::asprintf("%.1fx (%.2fx slower)", r.base / r.ours,
                                                                        r.ours / r.base)),
                    qUtf8Printable(r.goal), r.met ? "yes" : "no");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--minimal-window"))) {
        // The start-up baseline, started by the benchmark as a process of its own.
        QMainWindow minimal;
        minimal.setCentralWidget(new QTableView);
        minimal.resize(1440, 900);
        auto *probe = new FirstPaintProbe(&minimal);
        QObject::connect(probe, &FirstPaintProbe::painted, &app, [] {
            std::printf("first-paint-ms 0\n");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        minimal.show();
        return app.exec();
    }
    const int writeAt = int(app.arguments().indexOf(QStringLiteral("--write-workspace")));
    if (writeAt > 0) {
        // A workspace of a million observations, to try GapScope on.
        if (writeAt + 1 >= app.arguments().size()) {
            std::fprintf(stderr, "usage: gapscope_bench --write-workspace FILE [--countries N]\n");
            return 2;
        }
        // --countries N: N synthetic countries instead of 200 (2000 for ten million observations).
        if (const int at = int(app.arguments().indexOf(QStringLiteral("--countries"))); at > 0) {
            const int entities = app.arguments().value(at + 1).toInt();
            double seconds = 0;
            if (entities <= 0 || !writeSyntheticWorkspace(app.arguments().at(writeAt + 1), entities, &seconds))
                return entities <= 0 ? 2 : 1;
            std::printf("%lld observations written in %.1f s\n", qint64(entities) * 50 * 100, seconds);
            return 0;
        }
        return writeWorkspace(makeDataset(), app.arguments().at(writeAt + 1)) ? 0 : 1;
    }
    const bool json = app.arguments().contains(QStringLiteral("--json"));
    auto say = [json](const char *text) {
        if (!json)
            std::fprintf(stderr, "%s\n", text);
    };

    if (app.arguments().contains(QStringLiteral("--entities"))) {
        std::printf("100,000 model-level observations, median of %d runs each\n\n", repetitions);
        printTable(measureEntities());
        return 0;
    }

    const bool load = app.arguments().contains(QStringLiteral("--load"));
    const bool memory = app.arguments().contains(QStringLiteral("--memory"));
    if (load || memory) {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("million.gapscope")), empty = dir.filePath(QStringLiteral("bundled.gapscope"));
        if (Store bundled; !writeWorkspace(makeDataset(), workspace) || !bundled.open(empty))
            return 1;
        if (load)
            printTable({measureLoad(workspace)});
        if (memory)
            std::printf("\n%s\n", qUtf8Printable(describe(measureMemory(workspace, empty, qsizetype(countryCount) * indicatorCount * yearCount, dir.path()))));
        return 0;
    }
    if (const int at = int(app.arguments().indexOf(QStringLiteral("--ten-million"))); at > 0) {
        // Issue 21, target 4, on a workspace written by --write-workspace FILE --countries 2000, or on
        // one written now (about a gigabyte, in the temporary folder).
        QTemporaryDir dir;
        QString workspace = app.arguments().value(at + 1);
        if (workspace.isEmpty() || workspace.startsWith(QLatin1Char('-'))) {
            workspace = dir.filePath(QStringLiteral("ten-million.gapscope"));
            if (!writeSyntheticWorkspace(workspace, 2000))
                return 1;
        }
        std::printf("ten million observations, median of 3 starts and of %d actions\n\n", repetitions);
        printTable(measureTenMillion(workspace));
        return 0;
    }
    if (const int at = int(app.arguments().indexOf(QStringLiteral("--actions"))); at > 0) {
        // On a workspace written by --write-workspace, or on one written now.
        QTemporaryDir dir;
        QString workspace = app.arguments().value(at + 1);
        if (workspace.isEmpty() || workspace.startsWith(QLatin1Char('-'))) {
            workspace = dir.filePath(QStringLiteral("million.gapscope"));
            if (!writeWorkspace(makeDataset(), workspace))
                return 1;
        }
        std::printf("the workspace of 1,000,000 observations in the window, median of %d runs each\n\n", repetitions);
        printTable(measureActions(workspace));
        return 0;
    }

    say("generating 1,000,000 observations ...");
    const Dataset d = makeDataset();
    ObservationIndex index;
    index.build(d);

    Filter f;
    for (int c = 0; c < countryCount; c += 10)
        f.countries.insert(d.countries.at(c).code); // 20 countries
    f.dimensions = {QStringLiteral("d1"), QStringLiteral("d4"), QStringLiteral("d7")};
    f.yearFrom = 1980;
    f.yearTo = 2010;
    QList<Result> results;
    volatile double sink = 0;
    if (app.arguments().contains(QStringLiteral("--views"))) {
        // Only the views beside the line chart.
        std::printf("%d observations, median of %d runs each\n\n", int(index.size()), repetitions);
        printTable(measureViews(d, f, QStringLiteral("i04")));
        return 0;
    }

    // 1. Filter: set, then clear.
    say("1/6 filter vs QSortFilterProxyModel ...");
    SourceModel source(d);
    FilterProxy proxy;
    proxy.setSourceModel(&source);
    Result filter{QStringLiteral("filter: set and clear"), QStringLiteral("QSortFilterProxyModel::filterAcceptsRow")};
    // What the window runs on every filter change (ObservationQuery, read by the table, the chart
    // and the status bar).
    filter.ours = medianMs([&] {
        sink = sink + double(ObservationQuery::run(d, index, f).size());
        sink = sink + double(ObservationQuery::run(d, index, Filter()).size());
    });
    filter.base = medianMs([&] {
        proxy.setFilter(f);
        sink = sink + proxy.rowCount();
        proxy.setFilter(Filter());
        sink = sink + proxy.rowCount();
    });
    filter.goal = QStringLiteral(">= 50x faster");
    filter.met = filter.base / filter.ours >= 50;
    results << filter;

    // 2. Filter, then group by country x year (sum, mean).
    say("2/6 filter + chart series vs SQLite ...");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    db.open();
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE obs (country INTEGER, indicator INTEGER, dimension INTEGER, year INTEGER, value REAL)"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO obs VALUES (?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < d.observations.size(); ++i) {
            const Observation &o = d.observations.at(i);
            const int indicator = o.indicator.mid(1).toInt();
            q.addBindValue(o.country.mid(1).toInt());
            q.addBindValue(indicator);
            q.addBindValue(indicator % 10);
            q.addBindValue(o.year);
            q.addBindValue(o.value);
            q.exec();
        }
        db.commit();
    }
    QStringList countryNumbers;
    for (int c = 0; c < countryCount; c += 10)
        countryNumbers << QString::number(c);
    QSqlQuery grouped(db);
    // The chart's series of one indicator (i04, of dimension d4), country by country and year by
    // year, as the window computes them after a filter change.
    const QString charted = QStringLiteral("i04");
    grouped.prepare(QStringLiteral("SELECT country, year, AVG(value) FROM obs WHERE indicator = 4 AND country IN (%1)"
                                   " AND dimension IN (1, 4, 7) AND year BETWEEN ? AND ? GROUP BY country, year"
                                   " ORDER BY country, year")
                        .arg(countryNumbers.join(QLatin1Char(','))));
    Result aggregate{QStringLiteral("filter + chart series (country x year)"), QStringLiteral("SQLite in memory, prepared GROUP BY")};
    size_t ourCells = 0;
    aggregate.ours = medianMs([&] {
        const auto series = IndicatorSeries::build(d, index, charted, ObservationQuery::run(d, index, f));
        ourCells = 0;
        for (const auto &one : series) {
            ourCells += size_t(one.points.size());
            sink = sink + one.points.constFirst().value;
        }
    });
    size_t sqlCells = 0;
    aggregate.base = medianMs([&] {
        grouped.addBindValue(f.yearFrom);
        grouped.addBindValue(f.yearTo);
        grouped.exec();
        sqlCells = 0;
        while (grouped.next()) {
            sink = sink + grouped.value(2).toDouble();
            ++sqlCells;
        }
    });
    if (ourCells != sqlCells)
        std::fprintf(stderr, "warning: %zu groups here, %zu in SQLite\n", ourCells, sqlCells);
    aggregate.goal = QStringLiteral(">= 10x faster");
    aggregate.met = aggregate.base / aggregate.ours >= 10;
    results << aggregate;

    // 3. The filter's scan against a plain sum over the same column bytes.
    say("3/6 scan vs plain sum ...");
    Result scan{QStringLiteral("filter scan"), QStringLiteral("plain sum over the same columns")};
    scan.ours = medianMs([&] { sink = sink + double(index.filter(f).size()); });
    scan.base = medianMs([&] {
        const auto &c = index.countryColumn();
        const auto &i = index.indicatorColumn();
        const auto &y = index.yearColumn();
        quint64 sum = 0;
        for (size_t k = 0; k < c.size(); ++k)
            sum += c[k] + i[k] + quint16(y[k]);
        sink = sink + double(sum);
    });
    scan.goal = QStringLiteral("within 1.5x of the plain sum");
    scan.met = scan.ours / scan.base <= 1.5;
    results << scan;

    // 4. Sort the filtered rows by value.
    say("4/6 sort vs QSortFilterProxyModel::sort and std::stable_sort ...");
    const std::vector<int> filtered = index.filter(f);
    Result sortProxy{QStringLiteral("sort filtered rows by value"), QStringLiteral("QSortFilterProxyModel::sort")};
    // The observations table's own sort (a header click): through the index, values within their unit.
    ObservationTableModel table;
    table.setIndex(&index);
    table.setDataset(&d);
    table.setFilter(f);
    // Each turn is a click on the header: ascending, then descending, then ascending again.
    bool ascending = false;
    sortProxy.ours = medianMs([&] {
        ascending = !ascending;
        table.sort(ObservationTableModel::ValueColumn, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        sink = sink + table.recordAt(0);
    });
    proxy.setSortRole(ValueRole);
    proxy.setFilter(f);
    sortProxy.base = medianMs([&] {
        ascending = !ascending;
        proxy.sort(3, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        sink = sink + proxy.rowCount();
    });
    sortProxy.goal = QStringLiteral(">= 20x faster");
    sortProxy.met = sortProxy.base / sortProxy.ours >= 20;
    results << sortProxy;
    Result sortStd{QStringLiteral("sort filtered rows by value"), QStringLiteral("std::stable_sort of an index vector")};
    sortStd.ours = sortProxy.ours;
    const auto &values = index.values();
    sortStd.base = medianMs([&] {
        std::vector<int> rows = filtered;
        std::stable_sort(rows.begin(), rows.end(), [&values](int a, int b) { return values[size_t(a)] < values[size_t(b)]; });
        sink = sink + rows.front();
    });
    sortStd.goal = QStringLiteral("within 1.5x");
    sortStd.met = sortStd.ours / sortStd.base <= 1.5;
    results << sortStd;

    // 5. The chart after a filter change, as the window draws it: the filter's rows (ObservationQuery),
    // the indicator's series per country and year, drawn in the chart panel; against a chart of
    // every observation of the indicator the filter accepts, found by scanning them, one line per
    // country, drawn the same size.
    say("5/6 chart update ...");
    ExplorerState state;
    ObservationQuery query(d, index);
    QObject::connect(&state, &ExplorerState::filterChanged, &query, &ObservationQuery::setFilter);
    ChartPanel panel(&query, &state);
    panel.resize(1600, 900);
    panel.setIndicator(charted);
    Filter other = f;
    other.yearFrom = f.yearFrom + 1;
    bool toggle = false;
    Result chartResult{QStringLiteral("chart after a filter change"),
                       QStringLiteral("every observation drawn, found by a scan")};
    chartResult.ours = medianMs([&] {
        toggle = !toggle;
        state.setFilter(toggle ? other : f);
        sink = sink + panel.grab().width();
    });
    auto *chart = new QChart;
    chart->createDefaultAxes();
    QChartView view(chart);
    view.resize(1600, 900);
    const Indicator *chartedIndicator = d.indicator(charted);
    chartResult.base = medianMs([&] {
        toggle = !toggle;
        const Filter &g = toggle ? other : f;
        QHash<QString, QList<QPointF>> lines;
        const ObservationTable &o = d.observations;
        for (qsizetype i = 0; i < o.size(); ++i) {
            if (o.indicatorAt(i) == charted && g.acceptsCountry(o.entityAt(i)) && g.acceptsYear(o.yearAt(i))
                && g.acceptsDimension(chartedIndicator->dimension))
                lines[o.entityAt(i)].append(QPointF(o.yearAt(i), o.valueAt(i)));
        }
        chart->removeAllSeries();
        for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
            auto *line = new QLineSeries;
            line->replace(it.value());
            chart->addSeries(line);
        }
        sink = sink + view.grab().width();
    });
    chartResult.goal = QStringLiteral("no slower than the scan");
    chartResult.met = chartResult.base / chartResult.ours >= 1;
    results << chartResult;

    // The map, the bubble chart and the models scatter beside the line chart, on the same data.
    say("views: map, bubbles, scatter ...");
    results << measureViews(d, f, charted);

    // 6. Start-up, as a user waits for it: from starting the program to its first painted window,
    // GapScope on a workspace of a million observations against a minimal program (a QMainWindow
    // with an empty QTableView), both started as processes by this one.
    say("+ 100,000 model-level observations ...");
    results << measureEntities();

    say("6/6 start-up ...");
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("million.gapscope"));
    if (!writeWorkspace(d, workspace))
        return 1;
    Result startup{QStringLiteral("start-up to the first painted window"),
                   QStringLiteral("a program showing a QMainWindow with an empty QTableView")};
    // The two programs take turns, so that both meet the machine in the same state (caches, clock,
    // other load); GapScope runs to its last observation in 5 of its turns and is stopped after
    // its first paint in the others.
    QList<double> oursPaint, basePaint, ready, loaded, stalls;
    for (int r = 0; r < startupRepetitions; ++r) {
        const bool whole = r < repetitions;
        const auto times = startProcess(QStringLiteral(GAPSCOPE_BINARY),
                                        {QStringLiteral("--db"), workspace, QStringLiteral("--lang"), QStringLiteral("en"),
                                         QStringLiteral("--measure-startup")},
                                        dir.path(), whole ? QString() : QStringLiteral("first-paint-ms"));
        oursPaint.append(times.value(QStringLiteral("first-paint-ms")));
        if (whole) {
            ready.append(times.value(QStringLiteral("ready-ms")));
            loaded.append(times.value(QStringLiteral("loaded-ms")));
            stalls.append(times.value(QStringLiteral("longest-stall-ms")));
        }
        basePaint.append(startProcess(QCoreApplication::applicationFilePath(), {QStringLiteral("--minimal-window")},
                                      dir.path())
                             .value(QStringLiteral("first-paint-ms")));
    }
    startup.ours = median(oursPaint);
    startup.base = median(basePaint);
    startup.goal = QStringLiteral("within 1.5x of the minimal program");
    startup.met = startup.ours / startup.base <= 1.5;
    results << startup;
    say("load and memory ...");
    results << measureLoad(workspace);
    say("actions in the window ...");
    results << measureActions(workspace);
    // The same program on the small bundled workspace, read before its window opens: what start-up
    // costs whatever the size of the data.
    const QString small = dir.filePath(QStringLiteral("bundled.gapscope"));
    if (Store bundled; !bundled.open(small))
        return 1;
    const double smallMs = medianOf([&] {
        return startProcess(QStringLiteral(GAPSCOPE_BINARY),
                            {QStringLiteral("--db"), small, QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--measure-startup")},
                            dir.path())
            .value(QStringLiteral("first-paint-ms"));
    });
    const double readyMs = median(ready);
    const double loadedMs = median(loaded);
    const double stallMs = median(stalls);

    const double bytesPerObservation = double(index.bytes()) / double(index.size());
    const MemoryResult process = measureMemory(workspace, small, index.size(), dir.path());

    if (json) {
        QJsonArray rows;
        for (const Result &r : results)
            rows.append(QJsonObject{{"case", r.name}, {"baseline", r.baseline}, {"ours_ms", r.ours}, {"baseline_ms", r.base},
                                    {"ratio", r.base / r.ours}, {"goal", r.goal}, {"met", r.met}});
        const QJsonObject out{{"observations", int(index.size())}, {"repetitions", repetitions}, {"cases", rows},
                              {"startup_panels_built_ms", readyMs}, {"startup_all_observations_shown_ms", loadedMs}, {"startup_longest_gui_stall_ms", stallMs},
                              {"startup_bundled_workspace_ms", smallMs},
                              {"bytes_per_observation", bytesPerObservation}, {"bytes_goal_met", bytesPerObservation <= 64},
                              {"process_bytes_per_observation", process.bytesPerObservation}, {"process_bytes_goal_met", process.met}};
        std::printf("%s", QJsonDocument(out).toJson().constData());
        return 0;
    }
    std::printf("%d observations, median of %d runs each (start-up: %d, taking turns)\n\n", int(index.size()), repetitions,
                startupRepetitions);
    printTable(results);
    std::printf("\nstart-up: every panel built after %.0f ms, every observation shown after %.0f ms; the window answered "
                "input throughout, its longest wait %.0f ms; the first paint on the small bundled workspace takes %.0f ms\n",
                readyMs, loadedMs, stallMs, smallMs);
    std::printf("\nmemory of the index: %.1f bytes per observation (goal: at most 64) %s\n", bytesPerObservation,
                bytesPerObservation <= 64 ? "yes" : "no");
    std::printf("%s\n", qUtf8Printable(describe(process)));
    return 0;
}
