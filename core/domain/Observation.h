#pragma once

#include "LocalizedText.h"

namespace gapscope {

// One value of an indicator for a country in a year (and month where known).
struct Observation
{
    QString id;
    QString indicator;
    QString country;
    int year = 0;
    int month = 0; // 1-12, 0 when not known
    double value = 0.0;
    QString kind; // measured, estimate, projection, target
    QString source;
    LocalizedText note;
    friend bool operator==(const Observation &, const Observation &) = default;
};

} // namespace gapscope
