#pragma once

#include "LocalizedText.h"

namespace gapscope {

// An axis along which countries are compared (capital, compute, talent, ...).
struct Dimension
{
    QString id;
    LocalizedText label;
    LocalizedText description;
    friend bool operator==(const Dimension &, const Dimension &) = default;
};

} // namespace gapscope
