#include "StickyHeaderView.h"

#include <QPainter>

namespace gapscope {

StickyHeaderView::StickyHeaderView(QWidget *parent) : QHeaderView(Qt::Vertical, parent)
{
    setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignTop) | Qt::Alignment(Qt::TextWordWrap));
}

QRect StickyHeaderView::labelRect(int logicalIndex) const
{
    if (isSectionHidden(logicalIndex))
        return {};
    const QRect section(0, sectionViewportPosition(logicalIndex), viewport()->width(), sectionSize(logicalIndex));
    return section.intersected(viewport()->rect());
}

void StickyHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    // The section's frame where it is, its label in the part in view (the painter clips the rest).
    const QRect visible = rect.intersected(viewport()->rect());
    QHeaderView::paintSection(painter, visible.isEmpty() ? rect : visible, logicalIndex);
}

} // namespace gapscope
