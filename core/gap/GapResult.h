#pragma once

#include "GapMethod.h"
#include "GapPoint.h"

#include <QList>
#include <QString>

namespace gapscope {

// The gaps of one follower behind one leader, for each of the follower's dates.
struct GapResult
{
    QString indicator;
    QString leader;
    QString follower;
    GapMethod method = GapMethod::Values;
    GapPrecision precision = GapPrecision::Years;
    QList<GapPoint> points; // in date order
};

} // namespace gapscope
