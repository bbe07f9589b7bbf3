#include "ObservationRows.h"

namespace gapscope {

ObservationRows::ObservationRows(const Dataset &d, qint64 total, const std::function<bool(qint64, qint64)> &progress)
    : m_observations(d.observations), m_versions(d.rowVersions), m_progress(progress), m_total(total)
{
    m_observations.reserve(d.observations.size() + total);
}

bool ObservationRows::add(Observation &&o, int rowVersion)
{
    if (rowVersion != 1)
        m_versions.insert(QStringLiteral("observations/") + o.id, rowVersion);
    m_observations.append(std::move(o));
    return !m_progress || (++m_done & 0x3fff) != 0 || m_progress(m_done, m_total);
}

void ObservationRows::finish(Dataset &d)
{
    if (m_progress)
        m_progress(m_total, m_total);
    d.observations = std::move(m_observations);
    d.rowVersions = std::move(m_versions);
}

} // namespace gapscope
