#include "ObservationRows.h"

namespace gapscope {

ObservationRows::ObservationRows(const Dataset &d, qint64 total, const std::function<bool(qint64, qint64)> &progress)
    : m_observations(d.observations), m_versions(d.rowVersions), m_progress(progress), m_total(total)
{
    m_observations.reserve(d.observations.size() + total);
}

quint32 ObservationRows::number(LastString &last, const QString &text)
{
    // The interners hand out one shared string per text, so the same data is the same text.
    if (text.isEmpty() || text.constData() != last.data) {
        last.number = m_observations.intern(text);
        last.data = text.isEmpty() ? nullptr : text.constData();
    }
    return last.number;
}

bool ObservationRows::add(QByteArrayView idUtf8, const QString &indicator, const QString &entity, int year, int month,
                          int day, double value, const QString &kind, const QString &source, const LocalizedText &note,
                          int rowVersion)
{
    if (rowVersion != 1)
        m_versions.insert(QStringLiteral("observations/") + QString::fromUtf8(idUtf8), rowVersion);
    m_observations.appendRow(idUtf8, number(m_indicator, indicator), number(m_entity, entity), year, month, day, value,
                             number(m_kind, kind), number(m_source, source), note);
    return !m_progress || (++m_done & 0x3fff) != 0 || m_progress(m_done, m_total);
}

void ObservationRows::finish(Dataset &d)
{
    if (m_progress)
        m_progress(m_total, m_total);
    m_observations.squeeze();
    d.observations = std::move(m_observations);
    d.rowVersions = std::move(m_versions);
}

} // namespace gapscope
