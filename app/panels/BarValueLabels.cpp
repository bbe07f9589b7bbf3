#include "BarValueLabels.h"

#include <QAbstractBarSeries>
#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace gapscope {

BarValueLabels::BarValueLabels(QChart *chart, QAbstractBarSeries *series, const QList<Bar> &bars, int sets, bool stacked)
    : QObject(series), m_chart(chart), m_series(series), m_bars(bars), m_sets(std::max(1, sets)), m_stacked(stacked)
{
    for (const Bar &bar : m_bars) {
        auto *item = new QGraphicsSimpleTextItem(bar.text, chart);
        item->setZValue(20); // over the bars
        m_items << item;
    }
    connect(chart, &QChart::plotAreaChanged, this, &BarValueLabels::place);
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            connect(values, &QValueAxis::rangeChanged, this, &BarValueLabels::place);
    }
    place();
}

BarValueLabels::~BarValueLabels()
{
    // The items belong to the chart's scene; a chart already gone took them with it.
    if (m_chart)
        qDeleteAll(m_items);
}

QStringList BarValueLabels::texts() const
{
    QStringList out;
    for (const Bar &bar : m_bars)
        out << bar.text;
    return out;
}

void BarValueLabels::place()
{
    if (!m_chart)
        return;
    // The axes' labels set the type and colour (an export makes them larger and recolours them).
    QFont font;
    QBrush brush(Qt::black);
    const auto axes = m_chart->axes(Qt::Vertical);
    if (!axes.isEmpty()) {
        font = axes.constFirst()->labelsFont();
        brush = axes.constFirst()->labelsBrush();
    }
    const QFontMetricsF metrics(font);
    const double width = m_series->barWidth();
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars[i];
        QGraphicsSimpleTextItem *item = m_items[i];
        item->setFont(font);
        const QSizeF size = metrics.size(Qt::TextSingleLine, bar.text);
        if (m_stacked) {
            const QPointF low = m_chart->mapToPosition(QPointF(bar.category, bar.bottom), m_series);
            const QPointF high = m_chart->mapToPosition(QPointF(bar.category, bar.top), m_series);
            item->setBrush(brush); // dark on the pale and mid-tone fills alike
            item->setPos((low.x() + high.x()) / 2 - size.width() / 2, (low.y() + high.y()) / 2 - size.height() / 2);
            // Only where it fits inside its segment.
            item->setVisible(low.y() - high.y() >= size.height());
        } else {
            const double x = bar.category - width / 2 + (bar.set + 0.5) * width / m_sets;
            const QPointF top = m_chart->mapToPosition(QPointF(x, bar.top), m_series);
            item->setBrush(brush);
            item->setPos(top.x() - size.width() / 2, top.y() - size.height() - 2);
            item->setVisible(m_chart->plotArea().adjusted(0, -size.height() - 4, 0, 0).contains(top));
        }
    }
    // Labels wider than their bars would run into their neighbours': the tallest bars keep
    // theirs, and a label that would overlap one kept is left out.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i]->isVisible())
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return m_bars[a].top - m_bars[a].bottom > m_bars[b].top - m_bars[b].bottom;
    });
    QList<QRectF> kept;
    for (qsizetype i : order) {
        const QRectF rect = m_items[i]->sceneBoundingRect().adjusted(-2, 0, 2, 0);
        const bool clashes = std::any_of(kept.cbegin(), kept.cend(), [&rect](const QRectF &k) { return k.intersects(rect); });
        m_items[i]->setVisible(!clashes);
        if (!clashes)
            kept << rect;
    }
}

QList<QRectF> BarValueLabels::shownRects() const
{
    QList<QRectF> out;
    for (const QGraphicsSimpleTextItem *item : m_items) {
        if (item->isVisible())
            out << item->sceneBoundingRect();
    }
    return out;
}

} // namespace gapscope
