#pragma once

#include "StringInterner.h"
#include "domain/Dataset.h"

#include <functional>

namespace gapscope {

// Collects the observations read from a workspace, whatever reads them: the strings many rows
// share (indicator, entity, kind, source, notes) interned, a row version kept only where it is
// not 1, the version every row starts with (Workspace reads a missing one as 1), and the reading's
// progress reported every 16,384 rows.
class ObservationRows
{
public:
    ObservationRows(const Dataset &d, qint64 total, const std::function<bool(qint64, qint64)> &progress);

    // Adds one; false when the progress callback asks to stop.
    bool add(Observation &&o, int rowVersion);
    // Puts what was read into `d`, after its earlier observations.
    void finish(Dataset &d);

    StringInterner indicators;
    StringInterner entities;
    StringInterner kinds;
    StringInterner sources;
    StringInterner notes;

private:
    QList<Observation> m_observations;
    QHash<QString, int> m_versions;
    const std::function<bool(qint64, qint64)> &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

} // namespace gapscope
