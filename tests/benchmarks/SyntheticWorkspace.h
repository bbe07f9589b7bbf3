#pragma once

#include <QString>

namespace gapscope::bench {

// Writes the benchmark's workspace at `path`: the bundled dataset, the synthetic indicators and
// source, and `entities` synthetic countries (C000, C001, ...) x 50 indicators x 100 years of
// observations on top, the same values as the benchmark's own dataset for its first 200 (one
// random generator, seeded alike, in the same order). The observations go in through one prepared
// statement in one transaction, so that ten million are written in about a minute; `seconds`
// receives how long that took.
bool writeSyntheticWorkspace(const QString &path, int entities, double *seconds = nullptr);

} // namespace gapscope::bench
