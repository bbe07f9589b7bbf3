#pragma once

#include "BenchResult.h"

#include <QList>

namespace gapscope::bench {

// 100,000 model-level observations (20,000 synthetic AI models of 200 countries, one in seven
// shared by two countries, five figures each, dated to the day): the window's filter through the
// models' links to their countries with a range to the day, against a plain loop over the records
// with the filter's own tests; and the chart's series per country of the models, against a plain
// grouping of the same rows.
QList<Result> measureEntities();

} // namespace gapscope::bench
