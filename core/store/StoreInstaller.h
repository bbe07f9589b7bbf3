#pragma once

#include "DatasetUpdate.h"
#include "domain/Dataset.h"

#include <QSqlDatabase>
#include <optional>

namespace gapscope {

class StoreConnection;

// Makes an opened database a current workspace: migrates an older schema, fills a new workspace
// with the bundled dataset, and refreshes the bundled records from a newer bundled dataset.
// Reports errors through the connection.
class StoreInstaller
{
public:
    explicit StoreInstaller(StoreConnection &connection);

    // Migrates a workspace and refreshes it from a newer bundled dataset, or makes an empty
    // database a new workspace holding the bundled dataset (created() then returns true).
    bool migrateOrInstall();
    bool created() const { return m_created; }
    // What the refresh changed, or why it could not be done (see Store::lastUpdate()).
    std::optional<DatasetUpdate> lastUpdate() const { return m_lastUpdate; }
    QString updateError() const { return m_updateError; }

    // See Store::install() and Store::updateBundled().
    bool install(const Dataset &dataset);
    std::optional<DatasetUpdate> updateBundled(const Dataset &incoming);

private:
    void refreshFromBundledDataset();
    bool setMeta(const QString &key, const QString &value);
    bool widenDatePrecisions(QString *error);

    StoreConnection &m_connection;
    QSqlDatabase m_db;
    bool m_created = false;
    std::optional<DatasetUpdate> m_lastUpdate;
    QString m_updateError;
};

} // namespace gapscope
