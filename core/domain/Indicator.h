#pragma once

#include "DatePrecision.h"
#include "LocalizedText.h"

namespace gapscope {

// A measured quantity, in one unit, belonging to one dimension, whose figures are dated no finer
// than its date precision.
struct Indicator
{
    QString id;
    LocalizedText name;
    QString unit; // unit id
    QString dimension; // dimension id
    LocalizedText description;
    DatePrecision datePrecision = DatePrecision::Year;
    friend bool operator==(const Indicator &, const Indicator &) = default;
};

} // namespace gapscope
