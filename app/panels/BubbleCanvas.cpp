#include "BubbleCanvas.h"

#include "CountryColors.h"
#include "LabelPlacer.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"

#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace gapscope {

BubbleCanvas::BubbleCanvas(const Dataset &dataset, QWidget *parent) : PlotCanvas(dataset, parent) { }

void BubbleCanvas::showChart(const BubbleChart *chart, int year, const QString &selected, bool logX, bool logY,
                             Language lang)
{
    m_chart = chart;
    m_year = year;
    m_selected = selected;
    m_logX = logX;
    m_logY = logY;
    m_language = lang;
    m_regions.clear();
    if (m_chart) {
        QSet<QString> regions;
        for (int y : m_chart->years()) {
            for (const BubbleChart::Bubble &b : m_chart->bubbles(y))
                regions.insert(regionOf(b.country));
        }
        m_regions = QStringList(regions.cbegin(), regions.cend());
        m_regions.sort();
    }
    update();
}

void BubbleCanvas::setColourByRegion(bool on)
{
    m_byRegion = on;
    update();
}

QString BubbleCanvas::regionOf(const QString &country) const
{
    const Country *c = m_dataset.country(country);
    return c ? c->region.en : QString();
}

QColor BubbleCanvas::colourOf(const QString &country) const
{
    return m_byRegion ? regionColour(regionOf(country)) : CountryColors::color(m_dataset, country);
}

QColor BubbleCanvas::regionColour(const QString &region) const
{
    if (region.isEmpty())
        return QColor(0x99, 0x99, 0x99); // no region: grey
    // More regions than colours: the second round paler, the third darker, so that no two share one.
    const QList<QColor> &palette = CountryColors::palette();
    const qsizetype i = std::max(qsizetype(0), m_regions.indexOf(region));
    const QColor colour = palette.at(i % palette.size());
    switch (i / palette.size() % 3) {
    case 1:
        return colour.lighter(150);
    case 2:
        return colour.darker(150);
    default:
        return colour;
    }
}

QStringList BubbleCanvas::legendRegions(const PlotFrame &f) const
{
    QStringList regions;
    for (const BubbleChart::Bubble &b : m_chart->bubbles(m_year)) {
        if (f.drawable(b.x, b.y) && !regions.contains(regionOf(b.country)))
            regions << regionOf(b.country);
    }
    std::sort(regions.begin(), regions.end(), [this](const QString &a, const QString &b) {
        return m_regions.indexOf(a) < m_regions.indexOf(b);
    });
    return regions;
}

QString BubbleCanvas::regionName(const QString &region) const
{
    for (const Country &c : m_dataset.countries) {
        if (c.region.en == region && !region.isEmpty())
            return c.region.text(m_language);
    }
    return tr("No region");
}

QSizeF BubbleCanvas::legendSize(const QStringList &regions, const QFont &font) const
{
    const QFontMetricsF metrics(font);
    const double line = metrics.lineSpacing();
    double width = 0;
    for (const QString &region : regions)
        width = std::max(width, metrics.horizontalAdvance(regionName(region)));
    return {width + line * 2, line * (double(regions.size()) + 0.5)};
}

bool BubbleCanvas::coversBubbles(const PlotFrame &f, const QRectF &box) const
{
    // Any year's: the box stays where it is while the years play.
    const QRectF around = box.adjusted(-3, -3, 3, 3);
    for (int year : m_chart->years()) {
        for (const BubbleChart::Bubble &b : m_chart->bubbles(year)) {
            if (!f.drawable(b.x, b.y))
                continue;
            const QPointF at = f.map(b.x, b.y);
            const double r = radius(b, f);
            const double dx = at.x() - std::clamp(at.x(), around.left(), around.right());
            const double dy = at.y() - std::clamp(at.y(), around.top(), around.bottom());
            if (dx * dx + dy * dy < r * r)
                return true;
        }
    }
    return false;
}

void BubbleCanvas::paintLegend(QPainter *painter, const QRectF &box, const QStringList &regions,
                               const Colours &colours) const
{
    const double line = QFontMetricsF(painter->font()).lineSpacing();
    QColor background = colours.background;
    background.setAlphaF(0.85);
    painter->setPen(QPen(colours.muted, 1));
    painter->setBrush(background);
    painter->drawRect(box);
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const QRectF row(box.left() + line / 4, box.top() + line / 4 + line * double(i), box.width(), line);
        const QColor swatch = regionColour(regions.at(i));
        painter->setPen(swatch.darker(140));
        painter->setBrush(swatch);
        painter->drawEllipse(QPointF(row.left() + line / 2, row.center().y()), line / 3, line / 3);
        painter->setPen(colours.text);
        const QString name = regionName(regions.at(i));
        painter->drawText(row.adjusted(line, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
        m_legend << name;
    }
}

QString BubbleCanvas::axisTitle(const QString &indicator) const
{
    const Indicator *i = m_dataset.indicator(indicator);
    if (!i)
        return {};
    return tr("%1 (%2)").arg(i->name.text(m_language), DisplayText::unit(m_dataset, i->unit, m_language));
}

PlotFrame BubbleCanvas::frame(const QRectF &rect, const QFont &font, QRectF *legend) const
{
    const double line = QFontMetricsF(font).lineSpacing();
    PlotFrame f;
    if (m_chart && !m_chart->isEmpty()) {
        f.xAxis = PlotFrame::valueAxis(m_chart->x(), m_logX, int(rect.width() / (line * 6)), m_language);
        f.yAxis = PlotFrame::valueAxis(m_chart->y(), m_logY, int(rect.height() / (line * 3)), m_language);
    }
    f.layout(rect, font, line); // the horizontal axis's title
    if (!m_byRegion || !m_chart || m_chart->isEmpty())
        return f;
    // The legend of the regions in a corner of the plot where no bubble of any year goes, else at
    // the right of a narrower plot.
    const QSizeF size = legendSize(legendRegions(f), font);
    const double gap = line / 2;
    const QRectF &p = f.plot;
    for (const QPointF &corner : {QPointF(p.left() + gap, p.top() + gap),
                                  QPointF(p.right() - gap - size.width(), p.top() + gap),
                                  QPointF(p.right() - gap - size.width(), p.bottom() - gap - size.height()),
                                  QPointF(p.left() + gap, p.bottom() - gap - size.height())}) {
        const QRectF box(corner, size);
        if (p.contains(box) && !coversBubbles(f, box)) {
            if (legend)
                *legend = box;
            return f;
        }
    }
    f.layout(rect.adjusted(0, 0, -size.width() - gap, 0), font, line);
    if (legend)
        *legend = QRectF(QPointF(f.plot.right() + gap, f.plot.top()), size);
    return f;
}

double BubbleCanvas::radius(const BubbleChart::Bubble &b, const PlotFrame &f) const
{
    const double largest = std::min(f.plot.width(), f.plot.height()) / 12;
    if (m_chart->sizeIndicator().isEmpty() || m_chart->size().max <= 0)
        return largest / 2.5;
    // The area in proportion to the value; the smallest still visible.
    return std::max(2.0, largest * std::sqrt(b.size / m_chart->size().max));
}

void BubbleCanvas::paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const
{
    m_labels.clear();
    m_trail.clear();
    m_legend.clear();
    m_legendBox = QRectF();
    if (!m_chart || m_chart->isEmpty())
        return;
    QRectF legend;
    const PlotFrame f = frame(rect, font, &legend);
    m_lastFrame = f;
    f.paint(painter, colours, font, axisTitle(m_chart->yIndicator()),
            axisTitle(m_chart->xIndicator()));
    painter->save();
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(f.plot);
    // The year, large and pale, behind the bubbles.
    QFont big = font;
    big.setPixelSize(int(std::max(12.0, f.plot.height() / 4)));
    QColor pale = colours.muted;
    pale.setAlphaF(0.25);
    painter->setFont(big);
    painter->setPen(pale);
    painter->drawText(f.plot, Qt::AlignCenter, QString::number(m_year));
    painter->setFont(font);

    // The selected country's trail: its bubbles' centres up to this year.
    if (!m_selected.isEmpty()) {
        for (int year : m_chart->years()) {
            const auto b = year <= m_year ? m_chart->bubble(m_selected, year) : std::nullopt;
            if (b && f.drawable(b->x, b->y))
                m_trail << f.map(b->x, b->y);
        }
        painter->setPen(QPen(CountryColors::color(m_dataset, m_selected), 1.5));
        painter->drawPolyline(QPolygonF(m_trail));
        painter->setBrush(CountryColors::color(m_dataset, m_selected));
        for (const QPointF &p : std::as_const(m_trail))
            painter->drawEllipse(p, 2.5, 2.5);
    }
    // Largest first, so that small bubbles stay on top and visible.
    QList<BubbleChart::Bubble> bubbles = m_chart->bubbles(m_year);
    std::stable_sort(bubbles.begin(), bubbles.end(),
                     [](const BubbleChart::Bubble &a, const BubbleChart::Bubble &b) { return a.size > b.size; });
    for (const BubbleChart::Bubble &b : std::as_const(bubbles)) {
        if (!f.drawable(b.x, b.y))
            continue;
        const QColor colour = colourOf(b.country);
        QColor fill = colour;
        fill.setAlphaF(0.7);
        const bool selected = b.country == m_selected;
        painter->setPen(selected ? QPen(colours.text, 2.5) : QPen(colour.darker(140), 1));
        painter->setBrush(fill);
        const double r = radius(b, f);
        painter->drawEllipse(f.map(b.x, b.y), r, r);
    }
    painter->setClipping(false);
    // Names: the selected country's first, then the largest bubbles'.
    std::stable_sort(bubbles.begin(), bubbles.end(), [this](const BubbleChart::Bubble &a, const BubbleChart::Bubble &b) {
        return (a.country == m_selected) > (b.country == m_selected);
    });
    LabelPlacer labels(f.plot);
    if (m_byRegion)
        labels.keepFree(legend);
    for (const BubbleChart::Bubble &b : std::as_const(bubbles)) {
        if (!f.drawable(b.x, b.y))
            continue;
        const QString name = DisplayText::country(m_dataset, b.country, m_language);
        if (labels.draw(painter, f.map(b.x, b.y), name, radius(b, f) + 2, colours.background, colours.text))
            m_labels << name;
    }
    if (m_byRegion) {
        paintLegend(painter, legend, legendRegions(f), colours);
        m_legendBox = legend;
    }
    painter->restore();
}

QString BubbleCanvas::describe(const QString &country) const
{
    const auto b = m_chart ? m_chart->bubble(country, m_year) : std::nullopt;
    if (!b)
        return {};
    QStringList lines{tr("%1, %2").arg(DisplayText::country(m_dataset, country, m_language)).arg(m_year)};
    QStringList sources;
    for (int row : {b->xRow, b->yRow, b->sizeRow}) {
        if (row < 0)
            continue;
        const Observation &o = m_dataset.observations.at(row);
        const Indicator *i = m_dataset.indicator(o.indicator);
        lines << tr("%1: %2").arg(DisplayText::indicator(m_dataset, o.indicator, m_language),
                                  ValueFormatter::withUnit(o.value, i ? m_dataset.unit(i->unit) : nullptr, m_language));
        const QString source = DisplayText::source(m_dataset, o.source, m_language);
        if (!sources.contains(source))
            sources << source;
    }
    lines << tr("Source: %1", nullptr, int(sources.size())).arg(sources.join(QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n'));
}

QString BubbleCanvas::countryAt(const QPointF &pos) const
{
    if (!m_chart)
        return {};
    const PlotFrame f = frame(QRectF(rect()), font());
    // The smallest bubble under the point: it is drawn on top.
    QString best;
    double bestRadius = 0;
    for (const BubbleChart::Bubble &b : m_chart->bubbles(m_year)) {
        if (!f.drawable(b.x, b.y))
            continue;
        const double r = std::max(4.0, radius(b, f));
        const QPointF d = f.map(b.x, b.y) - pos;
        if (d.x() * d.x() + d.y() * d.y() <= r * r && (best.isEmpty() || r < bestRadius)) {
            best = b.country;
            bestRadius = r;
        }
    }
    return best;
}

QPointF BubbleCanvas::widgetPoint(const QString &country) const
{
    const auto b = m_chart ? m_chart->bubble(country, m_year) : std::nullopt;
    return b ? frame(QRectF(rect()), font()).map(b->x, b->y) : QPointF();
}

QPointF BubbleCanvas::paintedPoint(const QString &country) const
{
    const auto b = m_chart ? m_chart->bubble(country, m_year) : std::nullopt;
    return b ? m_lastFrame.map(b->x, b->y) : QPointF();
}

QString BubbleCanvas::hoverAt(const QPointF &pos)
{
    return describe(countryAt(pos));
}

void BubbleCanvas::clickAt(const QPointF &pos)
{
    const QString country = countryAt(pos);
    if (!country.isEmpty())
        emit countryClicked(country);
}

} // namespace gapscope
