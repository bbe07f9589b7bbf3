#pragma once

#include <QList>

namespace gapscope {

// Where an axis of a plot (the models scatter, the bubble chart) puts its ticks.
class AxisTicks
{
public:
    // Ticks from `min` to `max` or just beyond: powers of ten on a logarithmic axis (every few of
    // them when they are many; `min` should be the smallest value above zero), round numbers (1,
    // 2, 2.5 or 5 times a power of ten) on a linear one; at most about `count` (at least two).
    static QList<double> ticks(double min, double max, bool log, int count);
};

} // namespace gapscope
