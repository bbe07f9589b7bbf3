#pragma once

#include "LocalizedText.h"

namespace gapscope {

// A unit or currency in which an indicator's values are stated (never converted silently).
struct Unit
{
    QString id; // e.g. USD, KRW, CNY, count, percent, months
    LocalizedText name;
    QString symbol;
    LocalizedText pattern; // how a value is written, "%1" standing for the number, e.g. "USD %1" / "%1 달러"
    friend bool operator==(const Unit &, const Unit &) = default;
};

} // namespace gapscope
