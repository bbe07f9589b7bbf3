#pragma once

#include "BenchResult.h"

#include <QList>

namespace gapscope {

class Dataset;
class Filter;

namespace bench {

// The map, the bubble chart and the models scatter on `synthetic`'s million observations (its
// countries renamed after real ones, so that the map draws them, and 100,000 synthetic models
// added), each against the line chart of `indicator` on the same data in the same run: a filter
// change (`filter`, then its years one on) with the panel painted, as when the user switches
// to the view after changing the filter; one step of the year player; the scatter showing
// 100,000 models as the window shows them: after a change of axis (its picture of the points
// drawn again), after a hover and after a selection (painted over the picture), and the longest
// stall of the event loop while a user hovers, clicks, turns the frontier on and off, changes the
// axis and resizes the window. The goal of each: under 100 ms.
QList<Result> measureViews(const Dataset &synthetic, const Filter &filter, const QString &indicator);

} // namespace bench
} // namespace gapscope
