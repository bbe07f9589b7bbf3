#pragma once

#include <algorithm>

namespace gapscope {

// The extent of values on an axis: the smallest, the largest, and the smallest above zero (where
// a logarithmic axis starts); all 0 until a value is added.
struct Extent
{
    double min = 0;
    double max = 0;
    double minPositive = 0;
    bool empty = true;

    void add(double v)
    {
        min = empty ? v : std::min(min, v);
        max = empty ? v : std::max(max, v);
        if (v > 0)
            minPositive = minPositive > 0 ? std::min(minPositive, v) : v;
        empty = false;
    }
};

} // namespace gapscope
