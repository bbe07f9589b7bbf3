#include "StoreConnection.h"

#include "SchemaMigrator.h"
#include "Store.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace gapscope {

namespace {

QAtomicInt connectionCounter;

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

StoreConnection::StoreConnection()
    : m_name(QStringLiteral("gapscope-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

StoreConnection::~StoreConnection()
{
    close();
}

bool StoreConnection::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool StoreConnection::failToRead(const QSqlQuery &query)
{
    return fail(
        Store::tr("cannot read the workspace %1: %2").arg(Store::displayName(m_path), query.lastError().text()));
}

bool StoreConnection::refuseReadOnly()
{
    return fail(Store::tr("the workspace %1 is read-only: nothing was changed").arg(Store::displayName(m_path)));
}

void StoreConnection::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool StoreConnection::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    m_readOnly = false;
    return Store::isServerUrl(path) ? openServer(path) : openFile(path);
}

bool StoreConnection::openServer(const QString &address)
{
    // postgresql://user[:password]@host[:port]/database: a workspace a team shares.
    const QUrl url(address);
    const QString name = Store::displayName(address);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty())
        return fail(Store::tr("%1 is not a PostgreSQL address: use postgresql://user@host:port/database").arg(name));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Store::tr("cannot open %1: the PostgreSQL driver (libqt6sql6-psql) is not installed").arg(name));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(url.host());
    m_db.setPort(url.port(5432));
    m_db.setDatabaseName(database);
    m_db.setUserName(url.userName());
    m_db.setPassword(url.password());
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!m_db.open())
        return fail(Store::tr("cannot open the workspace %1: %2").arg(name, m_db.lastError().text()));
    return true;
}

bool StoreConnection::openFile(const QString &path)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return fail(Store::tr("%1 is not a file").arg(path));
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return fail(Store::tr("cannot create the folder %1").arg(info.absolutePath()));

    // A file the user may not write (or in a folder they may not write) opens read-only: shown,
    // never changed. Without a write-ahead log left beside it (a clean close leaves none), SQLite
    // reads it as immutable, which needs no lock file the user could not create either.
    m_readOnly = exists && (!writable(info.absoluteFilePath()) || !writable(info.absolutePath()));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
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
        return fail(Store::tr("cannot open the workspace %1: %2").arg(path, m_db.lastError().text()));

    // SQLite opens any file lazily; reading its schema tells a workspace from something else.
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fail(
                Store::tr("%1 is not a GapScope workspace or is damaged: %2").arg(path, probe.lastError().text()));
    }
    const int version = SchemaMigrator(m_db).currentVersion();
    if (m_readOnly) {
        if (version <= 0)
            return fail(Store::tr("%1 is not a GapScope workspace").arg(path));
        if (version != SchemaMigrator::latestVersion)
            return fail(Store::tr("%1 is read-only and was written by another version of GapScope (schema %2, this "
                                  "one reads %3): copy it somewhere you can write to open it")
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
            return fail(Store::tr("cannot open the workspace %1: %2").arg(path, wal.lastError().text()));
        wal.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    return true;
}

bool StoreConnection::copyTo(const QString &path)
{
    if (Store::isServerUrl(m_path))
        return fail(Store::tr("A shared PostgreSQL workspace is copied with the server's own tools; Save as copies "
                              "SQLite workspaces."));
    // A consistent copy of what is committed (the write-ahead log included), written beside the
    // target and renamed over it: the copy appears complete or not at all.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return fail(Store::tr("cannot write %1: %2").arg(path, q.lastError().text()));
    q.addBindValue(temporary);
    if (!q.exec()) {
        QFile::remove(temporary);
        return fail(Store::tr("cannot write %1: %2").arg(path, q.lastError().text()));
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(temporary);
        return fail(Store::tr("cannot replace %1").arg(path));
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return fail(Store::tr("cannot write %1").arg(path));
    }
    return true;
}

} // namespace gapscope
