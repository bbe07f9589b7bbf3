#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace gapscope::bench {

// The user's actions in the real window (MainWindow, offscreen, 1600 x 1000) on the workspace at
// `workspacePath` (written by --write-workspace), once every observation is loaded: each timed
// from the action to the end of the paint that shows its result (the chart's and the table's
// paint events), median of `repetitions`. Adding a country to the filter and changing the year
// range (goal: 50 ms); a header click sorting the table by value and by country (100 ms, and 20x
// faster than a QSortFilterProxyModel sorting the same rows in the same run); editing one
// observation and undoing it (20 ms, and no rebuild of the index); switching the language
// (300 ms); exporting the chart to PNG (500 ms).
QList<Result> measureActions(const QString &workspacePath);

} // namespace gapscope::bench
