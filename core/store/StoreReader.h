#pragma once

#include "domain/Dataset.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace gapscope {

class StoreConnection;

// Reads a workspace's records back into a Dataset, and tells what it holds: its dataset version
// and how many observations. Does what Store's functions of the same names say, reporting errors
// and a cancelled reading through the connection.
class StoreReader
{
public:
    explicit StoreReader(StoreConnection &connection);

    QString datasetVersion();
    std::optional<Dataset> load();
    std::optional<Dataset> loadWithoutObservations();
    // Adds every observation, their repeated strings shared (see ObservationRows); a SQLite
    // workspace is read through the sqlite3 C API (SqliteObservationReader), in the file's order,
    // then sorted as observationsQuery() sorts.
    bool loadObservations(Dataset &into, const std::function<bool(qint64, qint64)> &progress = {});
    // The query that reads the observations, in the order the window shows them.
    static QString observationsQuery();
    // The same columns in the order the file keeps them, with no sort: a SQLite workspace is
    // read so and sorted in memory (ObservationOrder), much faster than SQLite's own sort.
    static QString observationsInFileOrderQuery();
    std::optional<qint64> observationCount();
    std::optional<bool> hasObservations(qint64 count);
    std::optional<bool> isLarge();

private:
    StoreConnection &m_connection;
    QSqlDatabase m_db;
};

} // namespace gapscope
