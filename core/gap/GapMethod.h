#pragma once

#include <QString>

namespace gapscope {

// How a series is read before the gaps are measured.
// - RunningMax: each value is replaced by the largest value of the series up to its date (the
//   frontier to date: the largest training compute so far, a cumulative count). The series never
//   falls, so "when did the leader first reach this level" always has one answer.
// - Values: the values as observed. A series may fall, and a time gap is then given only when the
//   leader stayed at or above the level from the date it first reached it.
enum class GapMethod { RunningMax, Values };

inline QString gapMethodName(GapMethod method)
{
    return method == GapMethod::RunningMax ? QStringLiteral("frontier") : QStringLiteral("values");
}

inline bool gapMethodFromName(const QString &name, GapMethod *method)
{
    if (name == QLatin1String("frontier") || name == QLatin1String("running-max")) {
        *method = GapMethod::RunningMax;
        return true;
    }
    if (name == QLatin1String("values")) {
        *method = GapMethod::Values;
        return true;
    }
    return false;
}

// Whether dates are compared by month (any observation has a month) or by year; the time gap is
// counted in the same unit.
enum class GapPrecision { Months, Years };

} // namespace gapscope
