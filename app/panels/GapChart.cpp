#include "GapChart.h"

#include "CountryColors.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"
#include "gap/GapText.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace gapscope {

namespace {

double when(int year, int month)
{
    return year + (month > 0 ? (month - 1) / 12.0 : 0.0);
}

QValueAxis *axis(QChart *chart, Qt::Alignment side, const QString &title, double min, double max)
{
    auto *a = new QValueAxis(chart);
    a->setTitleText(title);
    a->setRange(min, max);
    if (side != Qt::AlignBottom)
        a->applyNiceNumbers();
    chart->addAxis(a, side);
    return a;
}

void attach(QChart *chart, QXYSeries *series, QValueAxis *x, QValueAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// Hides the legend entries of every series after the first of the same name.
void oneLegendEntryPerName(QChart *chart)
{
    QSet<QString> seen;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        const QString name = marker->series()->name();
        marker->setVisible(!seen.contains(name));
        seen.insert(name);
    }
}

} // namespace

QString GapChart::referenceText(const Dataset &d, int record, Language lang)
{
    const Observation &o = d.observations.at(record);
    const Indicator *indicator = d.indicator(o.indicator);
    const Unit *unit = indicator ? d.unit(indicator->unit) : nullptr;
    return tr("%1, %2: %3 (%4). Source: %5")
        .arg(DisplayText::country(d, o.country, lang), DisplayText::period(o.year, o.month, lang),
             ValueFormatter::withUnit(o.value, unit, lang), DisplayText::observationKind(o.kind),
             DisplayText::source(d, o.source, lang));
}

void GapChart::draw(QChart *chart, const Dataset &d, const QList<GapResult> &results, const QList<int> &references,
                    Language lang)
{
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
    if (results.isEmpty())
        return;
    const GapResult &first = results.first();
    const bool months = first.precision == GapPrecision::Months;

    double xMin = 1e9, xMax = -1e9, gapMax = 0.0, shareMax = 0.0;
    auto seeDate = [&](double x) {
        xMin = std::min(xMin, x);
        xMax = std::max(xMax, x);
    };
    for (const GapResult &r : results) {
        for (const GapPoint &p : r.points) {
            seeDate(when(p.year, p.month));
            if (p.hasTimeGap())
                gapMax = std::max(gapMax, p.timeGap);
            if (p.share)
                shareMax = std::max(shareMax, *p.share * 100.0);
        }
    }
    for (int record : references) {
        const Observation &o = d.observations.at(record);
        seeDate(when(o.year, o.month));
        gapMax = std::max(gapMax, months ? o.value : o.value / 12.0);
    }
    if (xMin > xMax)
        return;
    if (xMin == xMax)
        xMin -= 1, xMax += 1;
    // Half a year beyond the last date, so that a point on it is not cut by the plot's edge.
    auto *x = axis(chart, Qt::AlignBottom, QString(), std::floor(xMin), std::ceil(xMax) + 0.5);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(std::floor(xMin));
    x->setTickInterval(std::max(1.0, std::ceil((std::ceil(xMax) - std::floor(xMin)) / 10.0)));
    // The units are in the axes' labels and the legend: a title would not fit a short chart.
    auto *yGap = axis(chart, Qt::AlignLeft, QString(), 0.0, std::max(1.0, gapMax * 1.1));
    auto *yShare = axis(chart, Qt::AlignRight, QString(), 0.0, std::max(100.0, shareMax * 1.05));
    yShare->setLabelFormat(QStringLiteral("%.0f%%"));
    yShare->setGridLineVisible(false);

    for (const GapResult &r : results) {
        const QString country = DisplayText::country(d, r.follower, lang);
        const QColor colour = CountryColors::color(d, r.follower);
        const QString gapName = months ? tr("%1: time gap (months)").arg(country)
                                       : tr("%1: time gap (years)").arg(country);
        const QString shareName = tr("%1: share (%)").arg(country);
        // The time gap in runs of consecutive dates that have one, so that no line bridges a date
        // without a gap (ahead, not comparable).
        QLineSeries *run = nullptr;
        for (const GapPoint &p : r.points) {
            if (!p.hasTimeGap()) {
                run = nullptr;
                continue;
            }
            if (!run) {
                run = new QLineSeries(chart);
                run->setName(gapName);
                run->setPen(QPen(colour, 2.5));
                run->setPointsVisible(true);
                attach(chart, run, x, yGap);
            }
            run->append(when(p.year, p.month), p.timeGap);
        }
        auto *share = new QLineSeries(chart);
        share->setName(shareName);
        share->setPen(QPen(colour, 1.5, Qt::DashLine));
        for (const GapPoint &p : r.points) {
            if (p.share)
                share->append(when(p.year, p.month), *p.share * 100.0);
        }
        attach(chart, share, x, yShare);
    }
    if (!references.isEmpty()) {
        auto *marks = new QScatterSeries(chart);
        marks->setName(tr("Published estimate of the gap"));
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(12);
        marks->setColor(QColor(0x33, 0x33, 0x33));
        marks->setBorderColor(Qt::white);
        QStringList texts;
        for (int record : references) {
            const Observation &o = d.observations.at(record);
            marks->append(when(o.year, o.month), months ? o.value : o.value / 12.0);
            texts.append(referenceText(d, record, lang));
        }
        attach(chart, marks, x, yGap);
        QObject::connect(marks, &QScatterSeries::hovered, marks, [marks, texts](const QPointF &at, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QList<QPointF> points = marks->points();
            qsizetype nearest = 0;
            for (qsizetype i = 1; i < points.size(); ++i) {
                if (QLineF(points.at(i), at).length() < QLineF(points.at(nearest), at).length())
                    nearest = i;
            }
            QToolTip::showText(QCursor::pos(), texts.value(nearest));
        });
    }
    oneLegendEntryPerName(chart);
    const Indicator *indicator = d.indicator(first.indicator);
    chart->setTitle(tr("Gap behind %1: %2 (%3)")
                        .arg(DisplayText::country(d, first.leader, lang),
                             indicator ? indicator->name.text(lang) : first.indicator,
                             GapText::methodName(first.method)));
}

} // namespace gapscope
