#include "MapScale.h"

#include <algorithm>
#include <cmath>

namespace gapscope {

double MapScale::roundStep(double step)
{
    const double power = std::pow(10.0, std::floor(std::log10(step)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= step * (1 - 1e-9))
            return m * power;
    }
    return 10 * power;
}

MapScale MapScale::fit(const QList<double> &values, int classes)
{
    MapScale scale;
    classes = std::max(1, classes);
    QList<double> finite;
    for (double v : values) {
        if (std::isfinite(v))
            finite << v;
    }
    if (finite.isEmpty())
        return scale;
    const auto [minIt, maxIt] = std::minmax_element(finite.cbegin(), finite.cend());
    const double min = *minIt;
    const double max = *maxIt;
    double smallestPositive = 0;
    for (double v : finite) {
        if (v > 0 && (smallestPositive == 0 || v < smallestPositive))
            smallestPositive = v;
    }

    if (min >= 0 && smallestPositive > 0 && max / smallestPositive >= 1000) {
        // Orders of magnitude: bounds at powers of ten, every second or third one if many.
        scale.m_log = true;
        const int low = int(std::floor(std::log10(smallestPositive)));
        const int high = std::max(low + 1, int(std::ceil(std::log10(max))));
        const int step = (high - low + classes - 1) / classes;
        // From the top down, so that the last class ends at the power of ten above the largest.
        scale.m_bounds.clear();
        int e = high;
        for (; e > low; e -= step)
            scale.m_bounds.prepend(std::pow(10.0, e));
        scale.m_bounds.prepend(std::pow(10.0, e));
        return scale;
    }

    const double from0 = min >= 0 ? 0.0 : min;
    if (max <= from0) {
        scale.m_bounds = {from0, from0 + 1};
        return scale;
    }
    const double step = roundStep((max - from0) / classes);
    const double start = std::floor(from0 / step) * step;
    scale.m_bounds.clear();
    double bound = start;
    scale.m_bounds << bound;
    while (bound < max * (1 - 1e-12) || scale.m_bounds.size() < 2) {
        bound = start + step * double(scale.m_bounds.size());
        scale.m_bounds << bound;
    }
    return scale;
}

int MapScale::classOf(double value) const
{
    const int last = classCount() - 1;
    for (int c = 0; c < last; ++c) {
        if (value < m_bounds.at(c + 1))
            return c;
    }
    return last;
}

QColor MapScale::colour(int classIndex) const
{
    // A sequential ramp from pale yellow through teal to dark blue, light to dark, readable with
    // the common colour-vision deficiencies (it varies in lightness above all).
    static const QColor stops[] = {QColor(0xfc, 0xf0, 0xb4), QColor(0x4f, 0xb0, 0xa8), QColor(0x1b, 0x2f, 0x6e)};
    const int n = classCount();
    const double t = n <= 1 ? 1.0 : std::clamp(double(classIndex) / (n - 1), 0.0, 1.0);
    const double at = t * 2;
    const int i = std::min(1, int(at));
    const double f = at - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    // Eight bits a channel, as pictures store it.
    return QColor(qRgb(qRound(a.red() + (b.red() - a.red()) * f), qRound(a.green() + (b.green() - a.green()) * f),
                       qRound(a.blue() + (b.blue() - a.blue()) * f)));
}

} // namespace gapscope
