#pragma once

#include "domain/Dataset.h"
#include "gap/GapResult.h"

#include <QCoreApplication>

class QChart;

namespace gapscope {

// Draws both gaps over time into a chart: per follower the time gap (solid, left axis, in months
// or years) and the size gap as the follower's share of the leader's value (dashed, right axis,
// in %), and the published estimates of a gap as marked points on the time-gap axis, their source
// in the tooltip. Dates are fractional years on the horizontal axis.
class GapChart
{
    Q_DECLARE_TR_FUNCTIONS(GapChart)

public:
    // Clears `chart` and draws `results` (of one indicator and leader) and the observations at
    // `references` (gaps in months) for `lang`.
    static void draw(QChart *chart, const Dataset &d, const QList<GapResult> &results, const QList<int> &references,
                     Language lang);
    // "China, 2026: 6 months (estimate). Source: ..." for the reference observation at `record`.
    static QString referenceText(const Dataset &d, int record, Language lang);
};

} // namespace gapscope
