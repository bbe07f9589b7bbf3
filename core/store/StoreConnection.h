#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace gapscope {

// The connection to one workspace database: a SQLite file (read-only when this user may not
// write it, otherwise with a write-ahead log) or a PostgreSQL database. It also holds how the
// last operation on the workspace ended (its error, whether it was cancelled), for the parts of
// the Store that work through it.
class StoreConnection
{
public:
    StoreConnection();
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    // Opens the file or server address `path` (see Store::open()), neither migrating nor
    // installing anything. A file that does not exist is created empty.
    bool open(const QString &path);
    void close();
    // Writes a consistent copy of this (SQLite) workspace to `path`, complete or not at all.
    bool copyTo(const QString &path);

    QSqlDatabase database() const { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    QString errorString() const { return m_error; }
    void setErrorString(const QString &message) { m_error = message; }
    // Sets the error and returns false.
    bool fail(const QString &message);
    // Fails because the workspace is read-only, or because `query` could not read it.
    bool refuseReadOnly();
    bool failToRead(const QSqlQuery &query);

    bool cancelled() const { return m_cancelled; }
    void setCancelled(bool cancelled) { m_cancelled = cancelled; }

private:
    bool openFile(const QString &path);
    bool openServer(const QString &address);

    QString m_name;
    QSqlDatabase m_db;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    bool m_cancelled = false;
};

} // namespace gapscope
