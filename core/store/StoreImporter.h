#pragma once

#include "io/ImportReader.h"

#include <QSqlDatabase>
#include <functional>

namespace gapscope {

class StoreConnection;

// Adds what a user's file holds to a workspace as the user's records (see Store::import()),
// reporting errors and a cancelled import through the connection.
class StoreImporter
{
public:
    explicit StoreImporter(StoreConnection &connection);

    bool import(const ImportBatch &batch, const std::function<bool(qint64, qint64)> &progress);

private:
    StoreConnection &m_connection;
    QSqlDatabase m_db;
};

} // namespace gapscope
