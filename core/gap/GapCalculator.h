#pragma once

#include "GapResult.h"
#include "domain/Dataset.h"

#include <QList>

namespace gapscope {

// Measures how far a follower is behind a leader on one indicator, at each of the follower's
// dates, in size and in time.
//
// Dates are counted in months: year * 12 + month - 1, a yearly observation (month 0) at its
// year's first month. Between two consecutive observations of the leader its value is taken on
// the straight line joining them; outside its first and last observation it is not known (never
// extrapolated). For a follower's date t and value v (both series read through the method first):
// - size gap: v / L(t) and v - L(t), where L(t) is the leader's value at t (when known);
// - time gap: when v >= L(t), "ahead". Otherwise the leader's curve up to t (its observations
//   before t, and L(t)) is followed from its start to the first point s where it reaches v, on the
//   line between the two observations around it; the gap is t - s, in months when any observation
//   of the two countries has a month, in years otherwise. When the leader's first observation is
//   already above v, the gap is at least t minus that date ("at least"), or unknown when that
//   first observation is at t itself ("no earlier data"). When the curve never
//   reaches v, the leader never reached this level in the data: not comparable. With the values
//   method, a leader that fell back below v after s and before t makes the gap "falling" (no single
//   answer), instead of a number.
class GapCalculator
{
public:
    struct Sample
    {
        int year = 0;
        int month = 0; // 1-12, 0 when yearly
        double value = 0.0;
        int record = -1; // the observation in the dataset, -1 otherwise
    };

    // Months if any sample of either series has a month, years otherwise.
    static GapPrecision precisionOf(const QList<Sample> &leader, const QList<Sample> &follower);
    // The gaps at each of the follower's dates (in date order), both series in any order.
    static QList<GapPoint> compute(QList<Sample> leader, QList<Sample> follower, GapMethod method,
                                   GapPrecision precision);
    // The series as the method reads it: in date order, one sample per date (the largest), and
    // with RunningMax the largest value to date.
    static QList<Sample> prepare(QList<Sample> series, GapMethod method);

    // From a dataset: the measured and estimated observations of `indicator` (projections and
    // targets are not data); the leader's whole history counts, but only the follower's dates in
    // yearFrom..yearTo (0: open) get a point.
    static GapResult compute(const Dataset &d, const QString &indicator, const QString &leader,
                             const QString &follower, GapMethod method, int yearFrom = 0, int yearTo = 0);

    // Whether an indicator is a frontier to date (the largest so far, a cumulative count), for
    // which the running maximum is the default: its id or English name says so ("largest",
    // "cumulative", "to date", "frontier"), never a flow such as a year's investment.
    static bool isFrontier(const Indicator &indicator);
    static GapMethod defaultMethod(const Indicator &indicator)
    {
        return isFrontier(indicator) ? GapMethod::RunningMax : GapMethod::Values;
    }
    // The published claims of a gap to set beside the computed one: observations of the
    // indicators in months whose id names a gap (performance_gap_vs_usa), for `countries` (all
    // when empty) in yearFrom..yearTo; positions in d.observations.
    static QList<int> references(const Dataset &d, const QStringList &countries, int yearFrom = 0, int yearTo = 0);
    // The indicators with at least two dated observations, which a gap can be measured on.
    static QStringList measurableIndicators(const Dataset &d);

    static int dateIndex(int year, int month) { return year * 12 + (month > 0 ? month - 1 : 0); }
};

} // namespace gapscope
