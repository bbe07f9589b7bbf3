#include "NativeChart.h"

#include "CountryColors.h"
#include "chart/LineChartPlan.h"
#include "format/DisplayText.h"
#include "model/AiModelTableModel.h"
#include "panels/ChartPanel.h"
#include "panels/LineChartSeries.h"
#include "panels/PlotFrame.h"
#include "panels/ScatterCanvas.h"
#include "panels/ScatterPanel.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDate>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace gapscope {

namespace {

// The title the panel's chart gives its axis along `orientation`.
QString axisTitle(const ChartPanel &panel, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = panel.chart()->axes(orientation);
    return axes.isEmpty() ? QString() : axes.constFirst()->titleText();
}

// A category's key: its year and month (1 where only the year is known).
int categoryKey(double x)
{
    const int year = int(std::floor(x + 1e-9));
    const int month = std::clamp(int(std::lround((x - year) * 12)) + 1, 1, 12);
    return year * 100 + month;
}

// As many decimals as the values need to be read apart, at most two.
QString numberFormatFor(double largest)
{
    if (largest >= 1000)
        return QStringLiteral("#,##0");
    if (largest >= 10)
        return QStringLiteral("#,##0.0");
    return QStringLiteral("#,##0.00");
}

} // namespace

std::optional<NativeChart> NativeChart::of(const Dataset &dataset, const ChartPanel &panel,
                                           const QList<IndicatorSeries::Series> &data, const Filter &filter,
                                           Language lang)
{
    if (!panel.emptyMessage().isEmpty() || data.isEmpty())
        return std::nullopt;
    NativeChart chart;
    chart.kind = Kind(int(panel.kind()));
    chart.logScale = chart.kind == Kind::Line && panel.logScale();
    chart.categoryTitle = axisTitle(panel, Qt::Horizontal);
    chart.valueTitle = axisTitle(panel, Qt::Vertical);
    chart.sheetName = tr("Chart data");
    const double scale = panel.valueScale() > 0 ? panel.valueScale() : 1;
    double largest = 0;

    if (chart.kind != Kind::Line) {
        // One bar per year and country: the year's last value, as the panel's bars.
        const QList<int> years = IndicatorSeries::years(data);
        for (int year : std::as_const(years))
            chart.categories << QString::number(year);
        for (const auto &s : data) {
            Series out{DisplayText::country(dataset, s.country, lang), CountryColors::color(dataset, s.country), false,
                       QList<std::optional<double>>(years.size()), {}, {}, Marker::Circle, true};
            for (const auto &p : s.points) {
                const int i = int(years.indexOf(int(p.x)));
                out.values[i] = p.value / scale;
                largest = std::max(largest, std::abs(p.value / scale));
                const bool measured = p.row < 0 || p.row >= dataset.observations.size()
                                      || dataset.observations.kindAt(p.row) == QLatin1String("measured");
                out.unmeasured.removeAll(i);
                if (!measured)
                    out.unmeasured.append(i);
            }
            chart.series.append(out);
        }
        chart.numberFormat = numberFormatFor(largest);
        return chart;
    }

    // Lines: every date any country has a value at is a category, in order.
    QList<IndicatorSeries::Series> drawn = data;
    if (chart.logScale) {
        for (auto &s : drawn)
            s.points.removeIf([](const IndicatorSeries::Point &p) { return p.value <= 0; });
    }
    const LineChartPlan plan = LineChartPlan::make(dataset, filter, drawn, false, scale);
    QMap<int, int> keys; // category key -> its index
    for (const auto &curve : plan.curves) {
        for (const QPointF &p : curve.points)
            keys.insert(categoryKey(p.x()), 0);
    }
    chart.yearCategories = std::all_of(keys.keyBegin(), keys.keyEnd(), [](int key) { return key % 100 == 1; });
    int n = 0;
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        it.value() = n++;
        chart.categories << (chart.yearCategories ? QString::number(it.key() / 100)
                                                  : DisplayText::period(it.key() / 100, it.key() % 100, lang));
    }
    // The countries beyond the named ones first, drawn under them.
    const QList<bool> named = plan.named(LineChartSeries::namedCurves);
    QList<Series> greySeries;
    for (qsizetype c = 0; c < plan.curves.size(); ++c) {
        const LineChartPlan::Curve &curve = plan.curves[c];
        const QString name = DisplayText::country(dataset, curve.country, lang);
        const QColor color = named[c] ? CountryColors::color(dataset, curve.country) : LineChartSeries::otherColor();
        Series solid{name, color, false, QList<std::optional<double>>(n), {}, {}, Marker::Circle, true};
        Series dashed{tr("%1 (projection or target)").arg(name), color, true, QList<std::optional<double>>(n), {}, {},
                      Marker::Circle, true};
        solid.grey = dashed.grey = !named[c];
        for (const LineChartPlan::Run &run : curve.runs) {
            Series &to = run.dashed ? dashed : solid;
            for (qsizetype i = 0; i < run.points.size(); ++i) {
                const int at = keys.value(categoryKey(run.points[i].x()));
                to.values[at] = run.points[i].y();
                largest = std::max(largest, std::abs(run.points[i].y()));
                if (run.styles[i] != LineChartPlan::Style::Measured && !to.unmeasured.contains(at))
                    to.unmeasured.append(at);
            }
        }
        const auto hasValues = [](const Series &s) {
            return std::any_of(s.values.cbegin(), s.values.cend(), [](const auto &v) { return v.has_value(); });
        };
        QList<Series> &to = named[c] ? chart.series : greySeries;
        if (hasValues(solid))
            to.append(solid);
        if (hasValues(dashed))
            to.append(dashed);
    }
    const qsizetype others = named.count(false);
    if (others > 0) {
        chart.series = greySeries + chart.series;
        Series entry{tr("%n other countries (grey)", nullptr, int(others)), LineChartSeries::otherColor(), false,
                     QList<std::optional<double>>(n), {}, {}, Marker::Circle, true};
        entry.grey = entry.legendOnly = true;
        chart.series.append(entry);
    }
    chart.numberFormat = numberFormatFor(largest);
    return chart;
}

std::optional<NativeChart> NativeChart::of(const Dataset &dataset, const ScatterPanel &panel, Language lang)
{
    const ModelScatter &scatter = panel.scatter();
    if (!panel.emptyMessage().isEmpty() || scatter.isEmpty() || scatter.countries().size() > scatterCountries)
        return std::nullopt;
    const ScatterCanvas &canvas = *panel.canvas();
    NativeChart chart;
    chart.kind = Kind::Scatter;
    chart.logScale = panel.logScale();
    chart.categoryTitle = tr("Publication date (year)");
    const QString measure = ScatterCanvas::measureTitle(scatter.options().measure);
    chart.valueTitle = chart.logScale ? ScatterCanvas::tr("%1, logarithmic scale").arg(measure) : measure;
    chart.pointHeaders = QStringList{tr("Series"), tr("Model"), tr("Date"), measure};
    chart.sheetName = tr("Chart data");
    chart.numberFormat = scatter.y().max >= 1e7 ? QStringLiteral("0.00E+00") : QStringLiteral("#,##0");
    const PlotFrame::Axis years = PlotFrame::yearAxis(scatter.x().min, scatter.x().max);
    chart.xFrom = years.from;
    chart.xTo = years.to;
    chart.xStep = std::ceil((years.to - years.from) / 10);

    const auto modelName = [&](int model) { return dataset.models.at(model).name.text(lang); };
    const auto dateOf = [&](int model) -> QVariant {
        const QString text = AiModelTableModel::released(dataset.models.at(model));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant(text);
    };
    // A series per country and kind of weights, as the panel's shapes, in the dataset's order.
    const std::vector<ModelScatter::Point> &points = scatter.points();
    for (const QString &country : scatter.countries()) {
        const QString name = country.isEmpty() ? ScatterCanvas::tr("No country") : DisplayText::country(dataset, country, lang);
        const QColor color = canvas.colourOf(country);
        const struct
        {
            std::optional<bool> open;
            QString name;
            Marker marker;
        } kinds[] = {{true, tr("%1, open weights").arg(name), Marker::Circle},
                     {false, tr("%1, closed weights").arg(name), Marker::Square},
                     {std::nullopt, tr("%1, weights not stated").arg(name), Marker::Diamond}};
        for (const auto &kind : kinds) {
            Series series{kind.name, color, false, {}, {}, {}, kind.marker, kind.open.value_or(false)};
            for (const ModelScatter::Point &p : points) {
                if (p.country == country && p.openWeights == kind.open)
                    series.points.append(Point{p.x, p.y, modelName(p.model), dateOf(p.model)});
            }
            if (!series.points.isEmpty())
                chart.series.append(series);
        }
    }
    if (!panel.frontier())
        return chart;
    // Each country's frontier as the panel draws it: steps up at the models that raised it, on
    // to the axis's end.
    for (const QString &country : scatter.countries()) {
        const QString name = country.isEmpty() ? ScatterCanvas::tr("No country") : DisplayText::country(dataset, country, lang);
        Series series{tr("%1, frontier").arg(name), canvas.colourOf(country), false, {}, {}, {}, Marker::None, false};
        const QList<QPointF> corners = scatter.frontier(country);
        for (const QPointF &corner : corners) {
            // The model that raised it.
            const auto raiser = std::find_if(points.cbegin(), points.cend(), [&](const ModelScatter::Point &p) {
                return p.country == country && p.x == corner.x() && p.y == corner.y();
            });
            const Point at{corner.x(), corner.y(), modelName(raiser->model), dateOf(raiser->model)};
            if (!series.points.isEmpty())
                series.points.append(Point{at.x, series.points.constLast().y, series.points.constLast().label, at.date});
            series.points.append(at);
        }
        if (!series.points.isEmpty() && series.points.constLast().x < chart.xTo)
            series.points.append(Point{chart.xTo, series.points.constLast().y, series.points.constLast().label, {}});
        if (!series.points.isEmpty())
            chart.series.append(series);
    }
    return chart;
}

} // namespace gapscope
