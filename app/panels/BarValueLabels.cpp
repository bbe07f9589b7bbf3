#include "BarValueLabels.h"

#include <QAbstractBarSeries>
#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QValueAxis>

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
}

} // namespace gapscope
