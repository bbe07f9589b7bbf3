#pragma once

#include "BenchResult.h"

#include <QList>
#include <QString>

namespace gapscope::bench {

// Reading the workspace at `workspace` the way the window does (WorkspaceLoader: its own
// connection, every observation read, then indexed) against a plain loop over the same query
// with the sqlite3 C API, each column of each row read; median of `repetitions`.
Result measureLoad(const QString &workspace);

// The program's peak memory (VmHWM) once every observation is shown, started as a process on
// `workspace` and on `empty` (the same program without the `observations` extra observations).
struct MemoryResult
{
    double emptyMiB = 0;
    double fullMiB = 0;
    double bytesPerObservation = 0;
    bool met = false;
};
MemoryResult measureMemory(const QString &workspace, const QString &empty, qsizetype observations,
                           const QString &scratch);
QString describe(const MemoryResult &memory);

} // namespace gapscope::bench
