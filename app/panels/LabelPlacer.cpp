#include "LabelPlacer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace gapscope {

bool LabelPlacer::draw(QPainter *painter, const QPointF &at, const QString &text, double gap,
                       const QColor &background, const QColor &colour)
{
    const QFontMetricsF fm(painter->font(), painter->device());
    const QSizeF size(fm.horizontalAdvance(text) + 4, fm.height());
    const QPointF corners[] = {at + QPointF(gap, -size.height() / 2), at + QPointF(-gap - size.width(), -size.height() / 2),
                               at + QPointF(-size.width() / 2, -gap - size.height()), at + QPointF(-size.width() / 2, gap)};
    for (const QPointF &corner : corners) {
        const QRectF box(corner, size);
        const auto touches = [&box](const QRectF &b) { return b.intersects(box); };
        if (!m_bounds.contains(box) || std::any_of(m_boxes.cbegin(), m_boxes.cend(), touches)
            || std::any_of(m_free.cbegin(), m_free.cend(), touches))
            continue;
        m_boxes << box;
        QColor back = background;
        back.setAlphaF(0.8);
        painter->fillRect(box, back);
        painter->setPen(colour);
        painter->drawText(box, Qt::AlignCenter, text);
        return true;
    }
    return false;
}

} // namespace gapscope
