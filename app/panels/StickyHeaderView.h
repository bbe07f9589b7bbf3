#pragma once

#include <QHeaderView>

namespace gapscope {

// A vertical header whose labels stay in sight: a section scrolled half out of view draws its
// label at the top of the part still visible, so that a tall row keeps its name however it is
// scrolled.
class StickyHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit StickyHeaderView(QWidget *parent = nullptr);

    // Where the label of `logicalIndex` is drawn, in viewport coordinates; empty when out of view.
    QRect labelRect(int logicalIndex) const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};

} // namespace gapscope
