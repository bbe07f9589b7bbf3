#pragma once

#include <QColor>
#include <QList>
#include <QRectF>

class QPainter;

namespace gapscope {

// Writes labels beside points without overlaps: each label goes right of its point, else left,
// above or below, where it stays inside the bounds and touches no label placed before; a label
// with no such place is left out. Earlier labels win, so the most important come first.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF &bounds) : m_bounds(bounds) { }

    // Draws `text` beside `at`, `gap` away, on a pale patch of `background`; false when there is
    // no room for it.
    bool draw(QPainter *painter, const QPointF &at, const QString &text, double gap, const QColor &background,
              const QColor &colour);
    // Keeps labels off `box` (a legend).
    void keepFree(const QRectF &box) { m_free << box; }
    // The boxes of the labels drawn.
    const QList<QRectF> &boxes() const { return m_boxes; }

private:
    QRectF m_bounds;
    QList<QRectF> m_boxes;
    QList<QRectF> m_free; // kept off
};

} // namespace gapscope
