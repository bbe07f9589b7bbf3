#pragma once

#include <QList>
#include <QPointF>

#include <vector>

namespace gapscope {

// The running maximum of a cloud of points (a country's frontier on the models scatter, which is
// what the Gap panel measures): in date order (x; ties: the larger y first), one corner at each
// point that raises it.
class RunningMaximum
{
public:
    static QList<QPointF> corners(std::vector<QPointF> points);
};

} // namespace gapscope
