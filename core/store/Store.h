#pragma once

#include "DatasetUpdate.h"
#include "domain/Dataset.h"
#include "io/ImportReader.h"
#include "RecordChanges.h"
#include "StoreConnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace gapscope {

// A workspace database (SQLite through Qt Sql): opens or creates it, migrates its schema,
// writes a dataset into it and reads it back. Prepared statements only. Each role is a class of
// its own, working through one StoreConnection: StoreInstaller, StoreImporter, ChangeSaver and
// StoreReader.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The per-user workspace in the XDG data location.
    static QString defaultWorkspacePath();

    // Opens the workspace at `path`: a SQLite file, or a PostgreSQL database given as
    // postgresql://user[:password]@host[:port]/database. A missing file or an empty database
    // becomes a new workspace holding the bundled dataset (created() then returns true); an older
    // schema is migrated.
    bool open(const QString &path);
    void close();
    bool created() const { return m_created; }
    // A workspace file this user may not write: it opens for reading, and every write is refused
    // with a message instead of failing half-way.
    bool isReadOnly() const { return m_connection.isReadOnly(); }
    // Writes a consistent copy of this (SQLite) workspace to `path`, complete or not at all.
    bool copyTo(const QString &path);
    QString path() const { return m_connection.path(); }

    QString datasetVersion();
    int schemaVersion();

    // Writes every record of `dataset` as bundled records, in one transaction.
    bool install(const Dataset &dataset);
    std::optional<Dataset> load();
    // Everything but the observations, which are most of a large workspace (start-up shows the
    // window with these first): loadObservations() adds them.
    std::optional<Dataset> loadWithoutObservations();
    // Appends the observations and their row versions to `into`, telling `progress` how many are
    // read out of how many; `progress` returning false stops the reading (nothing is added).
    bool loadObservations(Dataset &into, const std::function<bool(qint64, qint64)> &progress = {});
    std::optional<qint64> observationCount();
    // Whether the workspace holds at least `count` observations, without counting them all.
    std::optional<bool> hasObservations(qint64 count);
    // Whether reading every observation takes long enough to do it in the background: a file of
    // 16 MiB or more with its write-ahead log (some 150,000 observations), known without a query;
    // on a server, 50,000 observations or more.
    std::optional<bool> isLarge();
    // Adds what a user's file holds (new sources, units, indicators and the observations) as the
    // user's records, in one transaction: all of it or, on any error, nothing.
    // `progress` is told how many records are written out of how many, and cancels the import
    // (nothing written) by returning false.
    bool import(const ImportBatch &batch, const std::function<bool(qint64, qint64)> &progress = {});
    bool cancelled() const { return m_connection.cancelled(); }

    // Saving an edit where others may edit too (a shared PostgreSQL workspace): a record is saved
    // only if its row version is still the one read before editing; otherwise someone else saved
    // it in between, and the edit is refused as a conflict instead of overwriting theirs.
    enum class SaveResult { Saved, Conflict, Failed };
    std::optional<int> rowVersion(const QString &table, const QString &id);
    SaveResult saveObservation(const Observation &o, int expectedVersion);
    // Saves a set of edits in one transaction: added records become the user's, edited and
    // removed ones are checked against the row versions read before editing. One conflict or
    // error and nothing is saved: errorString() says why, and after a Conflict conflicts() lists
    // the records someone else changed.
    SaveResult saveChanges(const RecordChanges &changes);
    QStringList conflicts() const { return m_conflicts; }

    // Refreshes the bundled records from `incoming` (a newer bundled dataset) in one transaction:
    // new records are added, changed ones replaced, dropped ones removed, except records that
    // the user added or edited, which stay as they are.
    std::optional<DatasetUpdate> updateBundled(const Dataset &incoming);
    // Set when open() refreshed an existing workspace from a newer bundled dataset.
    std::optional<DatasetUpdate> lastUpdate() const { return m_lastUpdate; }
    // Why open() could not refresh the workspace, which then opened unchanged.
    QString updateError() const { return m_updateError; }

    QSqlDatabase database() const { return m_connection.database(); }
    static bool isServerUrl(const QString &path);
    // The path, or the server address without its password.
    static QString displayName(const QString &path);
    QString errorString() const { return m_connection.errorString(); }

private:
    bool migrateOrInstall();

    StoreConnection m_connection;
    bool m_created = false;
    std::optional<DatasetUpdate> m_lastUpdate;
    QString m_updateError;
    QStringList m_conflicts; // of the last saveChanges()
};

} // namespace gapscope
