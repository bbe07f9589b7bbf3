#pragma once

#include "StringInterner.h"
#include "domain/Dataset.h"

#include <functional>

namespace gapscope {

// Collects the observations read from a workspace, whatever reads them, straight into the
// columns of an ObservationTable: the strings many rows share (indicator, entity, kind, source,
// notes) interned, a row version kept only where it is not 1, the version every row starts with
// (Workspace reads a missing one as 1), and the reading's progress reported every 16,384 rows.
class ObservationRows
{
public:
    ObservationRows(const Dataset &d, qint64 total, const std::function<bool(qint64, qint64)> &progress);

    // Adds one, its strings from the interners below; false when the progress callback asks to stop.
    bool add(QByteArrayView idUtf8, const QString &indicator, const QString &entity, int year, int month, int day,
             double value, const QString &kind, const QString &source, const LocalizedText &note, int rowVersion);
    // Puts what was read into `d`, after its earlier observations.
    void finish(Dataset &d);

    StringInterner indicators;
    StringInterner entities;
    StringInterner kinds;
    StringInterner sources;
    StringInterner notes;

private:
    // The table's number of the string last seen in one column: rows come sorted, so most rows
    // repeat the string of the row before (the same shared QString from the interner).
    struct LastString
    {
        const QChar *data = nullptr;
        quint32 number = 0;
    };
    quint32 number(LastString &last, const QString &text);

    ObservationTable m_observations;
    LastString m_indicator, m_entity, m_kind, m_source;
    QHash<QString, int> m_versions;
    const std::function<bool(qint64, qint64)> &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

} // namespace gapscope
