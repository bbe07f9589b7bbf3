#include "RunningMaximum.h"

#include <algorithm>

namespace gapscope {

QList<QPointF> RunningMaximum::corners(std::vector<QPointF> points)
{
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() > b.y());
    });
    QList<QPointF> corners;
    for (const QPointF &p : points) {
        if (corners.isEmpty() || p.y() > corners.constLast().y())
            corners << p;
    }
    return corners;
}

} // namespace gapscope
