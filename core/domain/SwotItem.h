#pragma once

#include "LocalizedText.h"

namespace gapscope {

struct SwotItem
{
    QString id;
    QString country;
    QChar quadrant; // S, W, O or T
    LocalizedText text;
    QString dimension;
    int year = 0;
    QString source;
    friend bool operator==(const SwotItem &, const SwotItem &) = default;
};

} // namespace gapscope
