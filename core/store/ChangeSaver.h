#pragma once

#include "RecordChanges.h"
#include "Store.h"

#include <QSqlDatabase>
#include <optional>

namespace gapscope {

class StoreConnection;

// Saves edits where others may edit too, each record only if its row version is still the one
// read before editing (see Store::saveChanges()), reporting errors through the connection.
class ChangeSaver
{
public:
    using SaveResult = Store::SaveResult;

    explicit ChangeSaver(StoreConnection &connection);

    std::optional<int> rowVersion(const QString &table, const QString &id);
    SaveResult saveObservation(const Observation &o, int expectedVersion);
    SaveResult saveChanges(const RecordChanges &changes);
    // After a Conflict: the records someone else changed.
    const QStringList &conflicts() const { return m_conflicts; }

private:
    StoreConnection &m_connection;
    QSqlDatabase m_db;
    QStringList m_conflicts;
};

} // namespace gapscope
