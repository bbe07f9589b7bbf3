#pragma once

#include "LocalizedText.h"

namespace gapscope {

// One value of an indicator for an entity (a country, region, organisation, AI model or compute
// cluster) at a date: a year, a month or a day.
struct Observation
{
    QString id;
    QString indicator;
    QString country; // the entity's code or id (Dataset::entityKind() says which kind it is)
    int year = 0;
    int month = 0; // 1-12, 0 when not known
    double value = 0.0;
    QString kind; // measured, estimate, projection, target
    QString source;
    LocalizedText note;
    int day = 0; // 1-31 where the date is a day (then month is set too), 0 otherwise
    friend bool operator==(const Observation &, const Observation &) = default;
};

} // namespace gapscope
