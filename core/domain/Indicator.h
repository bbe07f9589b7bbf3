#pragma once

#include "LocalizedText.h"

namespace gapscope {

// A measured quantity, in one unit, belonging to one dimension.
struct Indicator
{
    QString id;
    LocalizedText name;
    QString unit; // unit id
    QString dimension; // dimension id
    LocalizedText description;
    friend bool operator==(const Indicator &, const Indicator &) = default;
};

} // namespace gapscope
