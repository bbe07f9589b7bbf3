#include "AxisTicks.h"

#include "map/MapScale.h"

#include <algorithm>
#include <cmath>

namespace gapscope {

QList<double> AxisTicks::ticks(double min, double max, bool log, int count)
{
    QList<double> ticks;
    count = std::max(2, count);
    if (!std::isfinite(min) || !std::isfinite(max) || max < min)
        return ticks;
    if (log) {
        if (max <= 0)
            return ticks;
        const int low = int(std::floor(std::log10(min > 0 ? min : max)));
        const int high = std::max(low + 1, int(std::ceil(std::log10(max))));
        const int every = std::max(1, int(std::ceil(double(high - low) / (count - 1))));
        const int from = int(std::floor(double(low) / every)) * every;
        for (int power = from; power < high + every; power += every)
            ticks << std::pow(10.0, power);
        return ticks;
    }
    if (max == min) {
        max = min + 1;
    }
    const double step = MapScale::roundStep((max - min) / (count - 1));
    const double first = std::floor(min / step) * step;
    const int n = std::max(1, int(std::ceil((max - first) / step - 1e-9)));
    for (int i = 0; i <= n; ++i)
        ticks << first + i * step;
    return ticks;
}

} // namespace gapscope
