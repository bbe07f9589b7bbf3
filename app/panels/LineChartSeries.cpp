#include "LineChartSeries.h"

#include "CountryColors.h"
#include "format/DisplayText.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>

namespace gapscope {

namespace {

const QColor keyColor(0x55, 0x55, 0x55);

void add(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QPen linePen(const QColor &color, bool dashed)
{
    QPen pen(color);
    pen.setWidthF(2.5);
    if (dashed)
        pen.setDashPattern({3, 2});
    return pen;
}

} // namespace

QList<QPointF> LineChartSeries::pointsOf(const LineChartPlan &plan, const Part &part)
{
    const LineChartPlan::Curve &curve = plan.curves.at(part.curve);
    if (part.run >= 0)
        return curve.runs.at(part.run).points;
    QList<QPointF> points;
    for (qsizetype i = 0; i < curve.points.size(); ++i) {
        if (curve.styles[i] == part.style)
            points.append(curve.points[i]);
    }
    return points;
}

LineChartSeries::Drawn LineChartSeries::draw(QChart *chart, QAbstractAxis *x, QAbstractAxis *y, const Dataset &d,
                                             Language lang, const LineChartPlan &plan, const Texts &texts)
{
    Drawn drawn;
    // Each country's curve as the runs that draw it, named after the country: the first run of
    // every country first, in the countries' order, then the others.
    struct Entry
    {
        QXYSeries *series;
        const LineChartPlan::Curve *curve;
        Part part;
    };
    QList<Entry> greyRuns, firstRuns, otherRuns;
    const QList<bool> named = plan.named(namedCurves);
    const qsizetype nameCount = named.count(true);
    for (qsizetype c = 0; c < plan.curves.size(); ++c) {
        const LineChartPlan::Curve &curve = plan.curves[c];
        const bool grey = !named[c];
        const QColor color = grey ? otherColor() : CountryColors::color(d, curve.country);
        const QString name = DisplayText::country(d, curve.country, lang);
        for (qsizetype r = 0; r < curve.runs.size(); ++r) {
            const LineChartPlan::Run &run = curve.runs[r];
            auto *line = new QLineSeries;
            line->setName(name);
            QPen pen = linePen(color, run.dashed);
            if (grey)
                pen.setWidthF(1.2);
            line->setPen(pen);
            line->setPointsVisible(!grey);
            line->setMarkerSize(9);
            const Part part{c, r};
            line->replace(pointsOf(plan, part));
            // The line draws the measurements' points; the others are drawn hollow over it.
            for (qsizetype i = 0; i < run.styles.size(); ++i) {
                if (run.styles[i] != LineChartPlan::Style::Measured)
                    line->setPointConfiguration(int(i), QXYSeries::PointConfiguration::Visibility, false);
            }
            (grey ? greyRuns : r == 0 ? firstRuns : otherRuns).append({line, &curve, part});
        }
        if (grey)
            continue; // a line only, under the named countries' curves
        // Figures of several entities (a country's AI models): measured points filled, without a
        // line, first of the country's series.
        if (curve.pointsOnly) {
            auto *filled = new QScatterSeries;
            filled->setName(name);
            filled->setMarkerSize(9);
            filled->setColor(color);
            filled->setBorderColor(color.darker(130));
            const Part part{c, -1, LineChartPlan::Style::Measured};
            filled->replace(pointsOf(plan, part));
            firstRuns.append({filled, &curve, part});
        }
        // Estimates as hollow circles, projections and targets as hollow triangles: a lone
        // projection, which has no line to be dashed, still shows what it is.
        for (const auto &[style, shape] : {std::pair{LineChartPlan::Style::Estimate, QScatterSeries::MarkerShapeCircle},
                                           std::pair{LineChartPlan::Style::Forecast, QScatterSeries::MarkerShapeTriangle}}) {
            auto *hollow = new QScatterSeries;
            hollow->setName(name);
            hollow->setMarkerShape(shape);
            hollow->setMarkerSize(shape == QScatterSeries::MarkerShapeTriangle ? 12 : 9);
            hollow->setColor(Qt::white);
            hollow->setBorderColor(color);
            const Part part{c, -1, style};
            hollow->replace(pointsOf(plan, part));
            if (hollow->count() > 0)
                otherRuns.append({hollow, &curve, part});
            else
                delete hollow;
        }
    }
    // Each country's entry in the legend: a solid line in its colour, whatever its runs are (the
    // dashes and hollow points have entries of their own). A series without points, first.
    for (qsizetype c = 0; c < plan.curves.size(); ++c) {
        const LineChartPlan::Curve &curve = plan.curves[c];
        if (!named[c])
            continue;
        auto *entry = new QLineSeries;
        entry->setName(DisplayText::country(d, curve.country, lang));
        entry->setPen(linePen(CountryColors::color(d, curve.country), false));
        add(chart, entry, x, y);
    }
    if (nameCount < plan.curves.size() && texts.others) {
        auto *entry = new QLineSeries;
        entry->setName(texts.others(int(plan.curves.size() - nameCount)));
        entry->setPen(linePen(otherColor(), false));
        add(chart, entry, x, y);
    }
    // Events of the charted countries inside the charted years, as markers on their curves; added
    // before the points, which are drawn over them (a lone value must not hide under an event).
    if (!plan.markers.isEmpty()) {
        auto *markers = new QScatterSeries;
        markers->setName(texts.events);
        markers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        markers->setMarkerSize(10);
        markers->setColor(QColor(0x44, 0x44, 0x44));
        markers->setBorderColor(Qt::white);
        for (const LineChartPlan::Marker &m : plan.markers) {
            markers->append(m.at);
            drawn.eventIds.append(m.event);
        }
        add(chart, markers, x, y);
        drawn.events = markers;
    }
    for (const Entry &e : greyRuns + firstRuns + otherRuns) {
        drawn.curves.append({e.series, e.curve});
        drawn.parts.append(e.part);
        add(chart, e.series, x, y);
        for (QLegendMarker *marker : chart->legend()->markers(e.series))
            marker->setVisible(false);
    }
    // What the styles mean, in the legend, when the chart has them.
    if (plan.hasEstimates) {
        auto *key = new QScatterSeries;
        key->setName(texts.estimate);
        key->setMarkerSize(9);
        key->setColor(Qt::white);
        key->setBorderColor(keyColor);
        add(chart, key, x, y);
    }
    if (plan.hasForecasts) {
        auto *key = new QLineSeries;
        key->setName(texts.forecast);
        key->setPen(linePen(keyColor, true));
        add(chart, key, x, y);
    }
    return drawn;
}

} // namespace gapscope
