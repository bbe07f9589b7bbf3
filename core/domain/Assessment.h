#pragma once

#include "LocalizedText.h"

namespace gapscope {

// Qualitative text about a country on a dimension, as of a year.
struct Assessment
{
    QString id;
    QString country;
    QString dimension;
    int year = 0;
    QString kind; // comparison, position, strategy, advice, quote
    LocalizedText text;
    LocalizedText attribution; // who said it, for quotes
    QString source;
    friend bool operator==(const Assessment &, const Assessment &) = default;
};

} // namespace gapscope
