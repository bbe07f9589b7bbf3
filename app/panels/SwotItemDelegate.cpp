#include "SwotItemDelegate.h"

#include "model/SwotModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace gapscope {

namespace {
constexpr int margin = 4;
constexpr int tagPadding = 3;

QFont tagFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(std::max(6.0, base.pointSizeF() * 0.85));
    return f;
}
} // namespace

SwotItemDelegate::SwotItemDelegate(QAbstractItemView *view) : QStyledItemDelegate(view), m_view(view) {}

QString SwotItemDelegate::tag(const QModelIndex &index)
{
    return index.siblingAtColumn(SwotModel::DimensionColumn).data(Qt::DisplayRole).toString();
}

SwotItemDelegate::Layout SwotItemDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                  int width) const
{
    Layout l;
    const QFontMetrics tagMetrics(tagFont(option.font));
    const QString label = tag(index);
    const int textWidth = std::max(40, width - 2 * margin);
    int y = margin;
    if (!label.isEmpty()) {
        const int w = std::min(textWidth, tagMetrics.horizontalAdvance(label) + 2 * tagPadding);
        l.tag = QRect(margin, y, w, tagMetrics.height() + tagPadding);
        y += l.tag.height() + 2;
    }
    const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap,
                                                         index.data(Qt::DisplayRole).toString());
    l.text = QRect(margin, y, textWidth, bounds.height());
    l.height = y + bounds.height() + margin;
    return l;
}

QSize SwotItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.parent().isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    const int width = m_view ? m_view->viewport()->width() : option.rect.width();
    return QSize(width, layout(option, index, width).height);
}

void SwotItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.parent().isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, focus, selection

    const Layout l = layout(option, index, option.rect.width());
    painter->save();
    painter->translate(option.rect.topLeft());
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (!l.tag.isEmpty()) {
        // Measured again with the painter's own font metrics, which may differ from the screen's.
        painter->setFont(tagFont(option.font));
        const QString label = tag(index);
        QRect tagRect = l.tag;
        tagRect.setWidth(std::min(l.text.width(), painter->fontMetrics().horizontalAdvance(label) + 2 * tagPadding + 1));
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(tagRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        const QColor accent = option.palette.color(group, QPalette::Highlight);
        painter->fillPath(path, selected ? option.palette.color(group, QPalette::HighlightedText) : accent.lighter(175));
        painter->setPen(selected ? accent : option.palette.color(group, QPalette::Text));
        painter->drawText(tagRect.adjusted(tagPadding, 0, -tagPadding, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          painter->fontMetrics().elidedText(label, Qt::ElideRight, tagRect.width() - 2 * tagPadding));
    }
    painter->setFont(option.font);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(l.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter->restore();
}

} // namespace gapscope
