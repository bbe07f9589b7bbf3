#include "Store.h"

#include <QCoreApplication>

#include "io/DatasetReader.h"
#include "DatasetWriter.h"
#include "SchemaMigrator.h"
#include "domain/Record.h"

#include <QAtomicInt>
#include <QDir>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace gapscope {

namespace {

QAtomicInt connectionCounter;

// Binds values in order to a prepared statement and runs it.
class Statement
{
public:
    Statement(QSqlDatabase db, const QString &sql) : m_query(db) { m_ok = m_query.prepare(sql); }
    bool run(std::initializer_list<QVariant> values)
    {
        if (!m_ok)
            return false;
        for (const QVariant &v : values) {
            // A null QString would be bound as SQL NULL; absent text is stored as ''.
            if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
                m_query.addBindValue(QString(QLatin1String("")));
            else
                m_query.addBindValue(v);
        }
        return m_query.exec();
    }
    QString errorText() const { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

} // namespace

Store::Store()
    : m_connection(QStringLiteral("gapscope-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Store::~Store()
{
    close();
}

QString Store::defaultWorkspacePath()
{
    // In the data folder under the program's name, as it always was (not under the organisation's
    // name, which Qt's AppDataLocation would add).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QCoreApplication::applicationName() + QStringLiteral("/workspace.gapscope"));
}

bool Store::fail(const QString &message)
{
    m_error = message;
    return false;
}

void Store::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    m_created = false;
    m_readOnly = false;
    m_lastUpdate.reset();
    m_updateError.clear();
    if (isServerUrl(path)) {
        if (openServer(path))
            return true;
        close();
        return false;
    }
    const bool existed = QFileInfo::exists(path);
    if (openOrCreate(path))
        return true;
    // Every query and copy of the connection is gone by now, so it closes cleanly; a file this
    // call created is removed so that nothing half-made is left behind.
    close();
    if (!existed)
        QFile::remove(path);
    return false;
}

bool Store::isServerUrl(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

QString Store::displayName(const QString &path)
{
    // A server's address without its password, for messages and the status bar.
    if (!isServerUrl(path))
        return path;
    QUrl url(path);
    url.setPassword(QString());
    return url.toString();
}

bool Store::openServer(const QString &address)
{
    // postgresql://user[:password]@host[:port]/database: a workspace a team shares.
    const QUrl url(address);
    const QString name = displayName(address);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty())
        return fail(tr("%1 is not a PostgreSQL address: use postgresql://user@host:port/database").arg(name));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("cannot open %1: the PostgreSQL driver (libqt6sql6-psql) is not installed").arg(name));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    m_db.setHostName(url.host());
    m_db.setPort(url.port(5432));
    m_db.setDatabaseName(database);
    m_db.setUserName(url.userName());
    m_db.setPassword(url.password());
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!m_db.open())
        return fail(tr("cannot open the workspace %1: %2").arg(name, m_db.lastError().text()));
    return migrateOrInstall(name);
}

namespace {

// Whether this user may write `path`, as the kernel decides for the real user (QFileInfo
// answers for the effective one).
bool writable(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

} // namespace

bool Store::openOrCreate(const QString &path)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return fail(tr("%1 is not a file").arg(path));
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1").arg(info.absolutePath()));

    // A file the user may not write (or in a folder they may not write) opens read-only: shown,
    // never changed. Without a write-ahead log left beside it (a clean close leaves none), SQLite
    // reads it as immutable, which needs no lock file the user could not create either.
    m_readOnly = exists && (!writable(info.absoluteFilePath()) || !writable(info.absolutePath()));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (m_readOnly) {
        QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
        const QFileInfo log(path + QStringLiteral("-wal"));
        url.setQuery(log.exists() && log.size() > 0 ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));
        m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        m_db.setDatabaseName(path);
    }
    if (!m_db.open())
        return fail(tr("cannot open the workspace %1: %2").arg(path, m_db.lastError().text()));

    // SQLite opens any file lazily; reading its schema tells a workspace from something else.
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fail(tr("%1 is not a GapScope workspace or is damaged: %2").arg(path, probe.lastError().text()));
    }
    const int version = SchemaMigrator(m_db).currentVersion();
    if (m_readOnly) {
        if (version <= 0)
            return fail(tr("%1 is not a GapScope workspace").arg(path));
        if (version != SchemaMigrator::latestVersion)
            return fail(tr("%1 is read-only and was written by another version of GapScope (schema %2, this one "
                           "reads %3): copy it somewhere you can write to open it")
                            .arg(path)
                            .arg(version)
                            .arg(SchemaMigrator::latestVersion));
        return true;
    }
    // Writes go through a write-ahead log: a write cut short (a crash, a kill, a full disk)
    // leaves the last committed workspace as it was. Only in a workspace: another program's
    // database, or a newer GapScope's, is refused untouched.
    if (version >= 0 && version <= SchemaMigrator::latestVersion) {
        QSqlQuery wal(m_db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next()
            || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(tr("cannot open the workspace %1: %2").arg(path, wal.lastError().text()));
        wal.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    return migrateOrInstall(path);
}

bool Store::migrateOrInstall(const QString &path)
{
    SchemaMigrator migrator(m_db);
    const int version = migrator.currentVersion();
    if (version < 0)
        return fail(tr("%1 is not a GapScope workspace").arg(path));
    if (version > 0) {
        if (!migrator.migrateTo())
            return fail(tr("cannot open the workspace %1: %2").arg(path, migrator.errorString()));
        refreshFromBundledDataset();
        return true;
    }
    // A new workspace starts with the bundled dataset.
    DatasetReader reader;
    const auto dataset = reader.read(DatasetReader::bundledPath());
    if (!dataset)
        return fail(tr("the bundled dataset cannot be read: %1").arg(reader.error().toString()));
    if (!migrator.migrateTo())
        return fail(migrator.errorString());
    if (!install(*dataset))
        return false;
    m_created = true;
    return true;
}

void Store::refreshFromBundledDataset()
{
    if (m_readOnly)
        return;
    // A newer GapScope ships a newer dataset: refresh the bundled records, keep the user's. A
    // workspace that never held the bundled dataset (no dataset version) is left alone.
    const QString current = datasetVersion();
    if (current.isEmpty() || DatasetUpdate::compareVersions(DatasetReader::bundledVersion(), current) <= 0)
        return;
    DatasetReader reader;
    const auto bundled = reader.read(DatasetReader::bundledPath());
    if (!bundled) {
        m_updateError = tr("the bundled dataset cannot be read: %1").arg(reader.error().toString());
        return;
    }
    const QString error = m_error;
    m_lastUpdate = updateBundled(*bundled);
    if (!m_lastUpdate) {
        // The workspace stays as it was and opens; the caller shows why it was not refreshed.
        m_updateError = m_error;
        m_error = error;
    }
}

QString Store::meta(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Store::setMeta(const QString &key, const QString &value)
{
    Statement del(m_db, QStringLiteral("DELETE FROM meta WHERE key = ?"));
    Statement ins(m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    if (!del.run({key}) || !ins.run({key, value}))
        return fail(tr("cannot write the workspace settings: %1").arg(ins.errorText()));
    return true;
}

QString Store::datasetVersion()
{
    return meta(QStringLiteral("dataset_version"));
}

int Store::schemaVersion()
{
    return SchemaMigrator(m_db).currentVersion();
}

bool Store::install(const Dataset &d)
{
    if (!m_db.transaction())
        return fail(tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
    DatasetWriter writer(m_db);
    bool ok = true;
    auto all = [&](const auto &items) {
        for (qsizetype i = 0; ok && i < items.size(); ++i)
            ok = writer.insert(items.at(i));
    };
    all(d.sources);
    all(d.units);
    all(d.countries);
    for (qsizetype i = 0; ok && i < d.dimensions.size(); ++i)
        ok = writer.insert(d.dimensions.at(i), int(i));
    all(d.actors);
    all(d.models);
    all(d.indicators);
    all(d.observations);
    all(d.assessments);
    all(d.swot);
    all(d.events);
    QString error = ok ? QString() : writer.errorString();
    if (ok && !setMeta(QStringLiteral("dataset_version"), d.version))
        error = m_error;
    if (!error.isEmpty() || !m_db.commit()) {
        if (error.isEmpty())
            error = m_db.lastError().text();
        m_db.rollback();
        return fail(tr("cannot write the dataset into the workspace: %1").arg(error));
    }
    return true;
}

bool Store::failToRead(const QSqlQuery &query)
{
    return fail(tr("cannot read the workspace %1: %2").arg(displayName(m_path), query.lastError().text()));
}

bool Store::refuseReadOnly()
{
    return fail(tr("the workspace %1 is read-only: nothing was changed").arg(displayName(m_path)));
}

bool Store::copyTo(const QString &path)
{
    if (isServerUrl(m_path))
        return fail(tr("A shared PostgreSQL workspace is copied with the server's own tools; Save as copies SQLite "
                       "workspaces."));
    // A consistent copy of what is committed (the write-ahead log included), written beside the
    // target and renamed over it: the copy appears complete or not at all.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return fail(tr("cannot write %1: %2").arg(path, q.lastError().text()));
    q.addBindValue(temporary);
    if (!q.exec()) {
        QFile::remove(temporary);
        return fail(tr("cannot write %1: %2").arg(path, q.lastError().text()));
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(temporary);
        return fail(tr("cannot replace %1").arg(path));
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return fail(tr("cannot write %1").arg(path));
    }
    return true;
}

bool Store::import(const ImportBatch &batch, const std::function<bool(qint64, qint64)> &progress)
{
    m_cancelled = false;
    if (m_readOnly)
        return refuseReadOnly();
    const qint64 total = batch.sources.size() + batch.units.size() + batch.indicators.size() + batch.observations.size();
    qint64 done = 0;
    if (!m_db.transaction())
        return fail(tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
    DatasetWriter writer(m_db);
    QSqlQuery mark(m_db);
    bool ok = true;
    // Inserted, then marked as the user's, so that a newer bundled dataset leaves them alone.
    auto add = [&](const auto &items) {
        for (qsizetype i = 0; ok && i < items.size(); ++i) {
            const auto &item = items.at(i);
            const QString table = DatasetWriter::table(item);
            ok = writer.insert(item);
            if (!ok)
                break;
            if (!mark.prepare(QStringLiteral("UPDATE %1 SET origin = 'user' WHERE %2 = ?")
                                  .arg(table, DatasetWriter::keyColumn(table)))) {
                ok = false;
                break;
            }
            mark.addBindValue(item.id);
            ok = mark.exec();
            // Told every 500 records: often enough for a progress bar, rarely enough to cost nothing.
            if (ok && progress && (++done % 500 == 0 || done == total) && !progress(done, total)) {
                m_cancelled = true;
                ok = false;
            }
        }
    };
    add(batch.sources);
    add(batch.units);
    add(batch.indicators);
    add(batch.observations);
    QString error = ok ? QString() : (writer.errorString().isEmpty() ? mark.lastError().text() : writer.errorString());
    if (m_cancelled)
        error = tr("cancelled; nothing was written");
    if (!error.isEmpty() || !m_db.commit()) {
        if (error.isEmpty())
            error = m_db.lastError().text();
        m_db.rollback();
        return fail(tr("cannot import %1 into the workspace: %2").arg(batch.file, error));
    }
    return true;
}

std::optional<int> Store::rowVersion(const QString &table, const QString &id)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE %2 = ?").arg(table, DatasetWriter::keyColumn(table))))
        return std::nullopt;
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

Store::SaveResult Store::saveChanges(const RecordChanges &changes, QStringList *conflicts)
{
    conflicts->clear();
    if (m_readOnly) {
        refuseReadOnly();
        return SaveResult::Failed;
    }
    if (!m_db.transaction()) {
        fail(tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
        return SaveResult::Failed;
    }
    auto rollback = [this](SaveResult result) {
        m_db.rollback();
        return result;
    };
    DatasetWriter writer(m_db);
    auto insert = [&writer](const Record &r) { return std::visit([&writer](const auto &x) { return writer.insert(x); }, r); };
    // Sets origin, edited and row version of a record just inserted.
    auto mark = [this](const Record &r, const QString &origin, int edited, int version) {
        QSqlQuery q(m_db);
        const QString table = recordTable(r);
        q.prepare(QStringLiteral("UPDATE %1 SET origin = ?, edited = ?, row_version = ? WHERE %2 = ?")
                      .arg(table, DatasetWriter::keyColumn(table)));
        for (const QVariant &v : {QVariant(origin), QVariant(edited), QVariant(version), QVariant(recordId(r))})
            q.addBindValue(v);
        return q.exec();
    };
    // Deletes a record only if it still has the row version read before editing: the check and
    // the delete are one statement, so two users cannot both pass it. Returns its origin, or
    // nothing when someone else changed or deleted it.
    auto take = [this](const Record &r, int version, bool *failed) -> std::optional<QString> {
        const QString table = recordTable(r);
        const QString key = DatasetWriter::keyColumn(table);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT origin FROM %1 WHERE %2 = ? AND row_version = ?").arg(table, key));
        q.addBindValue(recordId(r));
        q.addBindValue(version);
        if (!q.exec()) {
            *failed = true;
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        const QString origin = q.value(0).toString();
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND row_version = ?").arg(table, key));
        del.addBindValue(recordId(r));
        del.addBindValue(version);
        if (!del.exec()) {
            *failed = true;
            return std::nullopt;
        }
        if (del.numRowsAffected() != 1)
            return std::nullopt;
        if (table == QLatin1String("actors")) {
            QSqlQuery links(m_db);
            links.prepare(QStringLiteral("DELETE FROM actor_dimensions WHERE actor = ?"));
            links.addBindValue(recordId(r));
            if (!links.exec())
                *failed = true;
        }
        return origin;
    };

    for (const Record &r : changes.added) {
        if (!insert(r) || !mark(r, QStringLiteral("user"), 0, 1)) {
            fail(tr("cannot save %1: %2").arg(recordId(r), writer.errorString()));
            return rollback(SaveResult::Failed);
        }
    }
    for (const auto &[r, version] : changes.edited) {
        bool failed = false;
        const auto origin = take(r, version, &failed);
        if (failed) {
            fail(tr("cannot save %1: %2").arg(recordId(r), m_db.lastError().text()));
            return rollback(SaveResult::Failed);
        }
        if (!origin) {
            conflicts->append(recordId(r));
            continue;
        }
        // An edited bundled record stays bundled but counts as edited: dataset updates leave it alone.
        if (!insert(r) || !mark(r, *origin, 1, version + 1)) {
            fail(tr("cannot save %1: %2").arg(recordId(r), writer.errorString()));
            return rollback(SaveResult::Failed);
        }
    }
    for (const auto &[r, version] : changes.removed) {
        bool failed = false;
        if (!take(r, version, &failed)) {
            if (failed) {
                fail(tr("cannot save %1: %2").arg(recordId(r), m_db.lastError().text()));
                return rollback(SaveResult::Failed);
            }
            conflicts->append(recordId(r));
        }
    }
    if (!conflicts->isEmpty()) {
        fail(tr("nothing was saved: someone else changed or deleted %1 since you opened them. Reload and edit again.")
                 .arg(conflicts->join(QLatin1String(", "))));
        return rollback(SaveResult::Conflict);
    }
    if (!m_db.commit()) {
        fail(tr("cannot save: %1").arg(m_db.lastError().text()));
        return rollback(SaveResult::Failed);
    }
    return SaveResult::Saved;
}

Store::SaveResult Store::saveObservation(const Observation &o, int expectedVersion)
{
    RecordChanges changes;
    changes.edited.append({o, expectedVersion});
    QStringList conflicts;
    const SaveResult result = saveChanges(changes, &conflicts);
    if (result == SaveResult::Conflict) {
        // One record: say what happened to it.
        const auto current = rowVersion(QStringLiteral("observations"), o.id);
        fail(current ? tr("%1 was changed by someone else since you opened it (version %2, not %3): reload it and edit again")
                           .arg(o.id)
                           .arg(*current)
                           .arg(expectedVersion)
                     : tr("%1 was deleted by someone else since you opened it").arg(o.id));
    }
    return result;
}

namespace {

// Brings the bundled records of one kind in line with `incoming`, leaving records that the user
// added or edited as they are.
template<typename T, typename Key, typename Insert>
bool syncBundled(QSqlDatabase db, DatasetWriter &writer, const QList<T> &current, const QList<T> &incoming, Key key,
                 Insert insert, DatasetUpdate &report, QString *error)
{
    if (incoming.isEmpty() && current.isEmpty())
        return true;
    const QString table = DatasetWriter::table(incoming.isEmpty() ? current.constFirst() : incoming.constFirst());
    QSet<QString> userOwned;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE origin <> 'bundled' OR edited <> 0")
                    .arg(DatasetWriter::keyColumn(table), table))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        userOwned.insert(q.value(0).toString());

    QHash<QString, const T *> currentByKey;
    for (const T &item : current)
        currentByKey.insert(key(item), &item);
    QSet<QString> incomingKeys;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const T &item = incoming.at(i);
        const QString k = key(item);
        incomingKeys.insert(k);
        const T *existing = currentByKey.value(k);
        if (!existing) {
            if (!insert(item, int(i))) {
                *error = writer.errorString();
                return false;
            }
            ++report.added;
        } else if (userOwned.contains(k)) {
            ++report.kept;
        } else if (!(*existing == item)) {
            if (!writer.remove(table, k) || !insert(item, int(i))) {
                *error = writer.errorString();
                return false;
            }
            ++report.updated;
        }
    }
    for (const T &item : current) {
        const QString k = key(item);
        if (!incomingKeys.contains(k) && !userOwned.contains(k)) {
            if (!writer.remove(table, k)) {
                *error = writer.errorString();
                return false;
            }
            ++report.removed;
        }
    }
    return true;
}

} // namespace

std::optional<DatasetUpdate> Store::updateBundled(const Dataset &incoming)
{
    const auto current = load();
    if (!current)
        return std::nullopt;
    if (!m_db.transaction()) {
        fail(tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
        return std::nullopt;
    }
    DatasetUpdate report;
    report.fromVersion = current->version;
    report.toVersion = incoming.version;
    DatasetWriter writer(m_db);
    QString error;
    const auto byId = [](const auto &r) { return r.id; };
    const auto plain = [&writer](const auto &r, int) { return writer.insert(r); };
    const bool ok =
        syncBundled(m_db, writer, current->sources, incoming.sources, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->units, incoming.units, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->countries, incoming.countries, [](const Country &c) { return c.code; },
                       plain, report, &error)
        && syncBundled(m_db, writer, current->dimensions, incoming.dimensions, byId,
                       [&writer](const Dimension &dim, int position) { return writer.insert(dim, position); }, report,
                       &error)
        && syncBundled(m_db, writer, current->actors, incoming.actors, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->models, incoming.models, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->indicators, incoming.indicators, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->observations, incoming.observations, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->assessments, incoming.assessments, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->swot, incoming.swot, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->events, incoming.events, byId, plain, report, &error)
        && setMeta(QStringLiteral("dataset_version"), incoming.version);
    if (!ok || !m_db.commit()) {
        if (error.isEmpty())
            error = m_error.isEmpty() ? m_db.lastError().text() : m_error;
        m_db.rollback();
        fail(tr("cannot update the bundled records of the workspace: %1").arg(error));
        return std::nullopt;
    }
    return report;
}

std::optional<Dataset> Store::load()
{
    std::optional<Dataset> d = loadWithoutObservations();
    if (!d || !loadObservations(*d))
        return std::nullopt;
    return d;
}

std::optional<qint64> Store::observationCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM observations")) || !q.next()) {
        failToRead(q);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<bool> Store::hasObservations(qint64 count)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT 1 FROM observations LIMIT 1 OFFSET ?"))) {
        failToRead(q);
        return std::nullopt;
    }
    q.addBindValue(std::max<qint64>(0, count - 1));
    if (!q.exec()) {
        failToRead(q);
        return std::nullopt;
    }
    return q.next();
}

std::optional<bool> Store::isLarge()
{
    if (isServerUrl(m_path))
        return hasObservations(50000);
    constexpr qint64 large = 4 * 1024 * 1024;
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size() >= large;
}

bool Store::loadObservations(Dataset &d, const std::function<bool(qint64, qint64)> &progress)
{
    m_cancelled = false;
    qint64 total = 0;
    if (progress) {
        const auto count = observationCount();
        if (!count)
            return false;
        total = *count;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Their row versions come in the same pass.
    if (!q.prepare(QStringLiteral("SELECT id, indicator, country, year, month, value, kind, source, note_en, note_ko,"
                                  " row_version FROM observations ORDER BY indicator, country, year, month, id"))
        || !q.exec()) {
        failToRead(q);
        return false;
    }
    QList<Observation> observations = d.observations;
    observations.reserve(d.observations.size() + total);
    QHash<QString, int> versions = d.rowVersions;
    versions.reserve(versions.size() + total);
    const QString prefix = QStringLiteral("observations/");
    qint64 done = 0;
    while (q.next()) {
        observations.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                             q.value(4).toInt(), q.value(5).toDouble(), q.value(6).toString(), q.value(7).toString(),
                             LocalizedText{q.value(8).toString(), q.value(9).toString()}});
        versions.insert(prefix + observations.constLast().id, q.value(10).toInt());
        if (progress && (++done & 0x3fff) == 0 && !progress(done, total)) {
            m_cancelled = true;
            return false;
        }
    }
    if (q.lastError().isValid()) {
        failToRead(q);
        return false;
    }
    if (progress)
        progress(total, total);
    d.observations = std::move(observations);
    d.rowVersions = std::move(versions);
    return true;
}

std::optional<Dataset> Store::loadWithoutObservations()
{
    Dataset d;
    d.version = datasetVersion();
    QString error;
    auto each = [&](const QString &sql, auto row) {
        if (!error.isEmpty())
            return;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql) || !q.exec()) {
            error = q.lastError().text();
            return;
        }
        while (q.next())
            row(q);
    };
    auto s = [](const QSqlQuery &q, int i) { return q.value(i).toString(); };
    auto t = [](const QSqlQuery &q, int i) { return LocalizedText{q.value(i).toString(), q.value(i + 1).toString()}; };

    each(QStringLiteral("SELECT id, title_en, title_ko, publisher, document, section, url, date, licence, note_en,"
                        " note_ko FROM sources ORDER BY id"),
         [&](const QSqlQuery &q) {
             d.sources.append({s(q, 0), t(q, 1), s(q, 3), s(q, 4), s(q, 5), s(q, 6), s(q, 7), s(q, 8), t(q, 9)});
         });
    each(QStringLiteral("SELECT id, name_en, name_ko, symbol, pattern_en, pattern_ko FROM units ORDER BY id"),
         [&](const QSqlQuery &q) { d.units.append({s(q, 0), t(q, 1), s(q, 3), t(q, 4)}); });
    each(QStringLiteral("SELECT code, name_en, name_ko, region_en, region_ko, color FROM countries ORDER BY code"),
         [&](const QSqlQuery &q) { d.countries.append({s(q, 0), t(q, 1), t(q, 3), s(q, 5)}); });
    each(QStringLiteral("SELECT id, label_en, label_ko, description_en, description_ko FROM dimensions"
                        " ORDER BY position, id"),
         [&](const QSqlQuery &q) { d.dimensions.append({s(q, 0), t(q, 1), t(q, 3)}); });
    QHash<QString, QStringList> actorDimensions;
    each(QStringLiteral("SELECT actor, dimension FROM actor_dimensions ORDER BY actor, position"),
         [&](const QSqlQuery &q) { actorDimensions[s(q, 0)].append(s(q, 1)); });
    each(QStringLiteral("SELECT id, name_en, name_ko, country, kind, description_en, description_ko, source"
                        " FROM actors ORDER BY id"),
         [&](const QSqlQuery &q) {
             d.actors.append({s(q, 0), t(q, 1), s(q, 3), s(q, 4), actorDimensions.value(s(q, 0)), t(q, 5), s(q, 7)});
         });
    each(QStringLiteral("SELECT id, name_en, name_ko, developer, country, released, open_weights, description_en,"
                        " description_ko, source FROM ai_models ORDER BY id"),
         [&](const QSqlQuery &q) {
             const QVariant open = q.value(6);
             d.models.append({s(q, 0), t(q, 1), s(q, 3), s(q, 4), s(q, 5),
                              open.isNull() ? std::nullopt : std::optional<bool>(open.toInt() != 0), t(q, 7),
                              s(q, 9)});
         });
    each(QStringLiteral("SELECT id, name_en, name_ko, unit, dimension, description_en, description_ko"
                        " FROM indicators ORDER BY id"),
         [&](const QSqlQuery &q) { d.indicators.append({s(q, 0), t(q, 1), s(q, 3), s(q, 4), t(q, 5)}); });
    each(QStringLiteral("SELECT id, country, dimension, year, kind, text_en, text_ko, attribution_en, attribution_ko,"
                        " source FROM assessments ORDER BY id"),
         [&](const QSqlQuery &q) {
             d.assessments.append({s(q, 0), s(q, 1), s(q, 2), q.value(3).toInt(), s(q, 4), t(q, 5), t(q, 7), s(q, 9)});
         });
    each(QStringLiteral("SELECT id, country, quadrant, text_en, text_ko, dimension, year, source FROM swot_items"
                        " ORDER BY id"),
         [&](const QSqlQuery &q) {
             const QString quadrant = s(q, 2);
             d.swot.append({s(q, 0), s(q, 1), quadrant.isEmpty() ? QChar() : quadrant.at(0), t(q, 3), s(q, 5),
                            q.value(6).toInt(), s(q, 7)});
         });
    each(QStringLiteral("SELECT id, date, country, kind, text_en, text_ko, source FROM events ORDER BY date, id"),
         [&](const QSqlQuery &q) { d.events.append({s(q, 0), s(q, 1), s(q, 2), s(q, 3), t(q, 4), s(q, 6)}); });

    // Row versions, for saving edits where others edit too.
    for (const char *table : {"sources", "actors", "ai_models", "events", "assessments", "swot_items"}) {
        const QString name = QLatin1String(table);
        each(QStringLiteral("SELECT id, row_version FROM %1").arg(name),
             [&](const QSqlQuery &q) { d.rowVersions.insert(name + QLatin1Char('/') + s(q, 0), q.value(1).toInt()); });
    }
    if (!error.isEmpty()) {
        fail(tr("cannot read the workspace %1: %2").arg(displayName(m_path), error));
        return std::nullopt;
    }
    d.reindex();
    return d;
}

} // namespace gapscope
