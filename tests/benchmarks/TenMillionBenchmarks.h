#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace gapscope::bench {

// Ten million observations (issue 21, target 4) on `workspace`, written by
// `--write-workspace FILE --countries 2000`: the program started as a process until every
// observation is shown (loaded-ms, its longest stall, its peak memory), against a plain loop of
// the sqlite3 C API over the same rows; then the real window opened on it in this process, its
// longest stall until the loaded observations are painted, and a filter change (a country added,
// the first year changed) timed to the paint of the chart and the table, with the longest stall.
QList<Result> measureTenMillion(const QString &workspace);

} // namespace gapscope::bench
