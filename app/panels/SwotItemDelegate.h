#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace gapscope {

// Draws a SWOT item as its text under a small tag naming its dimension, wrapped to the width of
// the list it sits in.
class SwotItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SwotItemDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString tag(const QModelIndex &index);

private:
    struct Layout
    {
        QRect tag;
        QRect text;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    QAbstractItemView *m_view;
};

} // namespace gapscope
