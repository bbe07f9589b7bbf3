#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace gapscope {

class ObservationRows;

// Reads the observations of a SQLite workspace through the sqlite3 C API on the Qt connection's
// own handle: each column taken as the bytes SQLite keeps, with no QVariant per value, the strings
// many rows share interned straight from those bytes. Qt's SQLite driver and this reader use the
// same system SQLite library (both link libsqlite3).
class SqliteObservationReader
{
public:
    // The connection's sqlite3 handle, or null when it is not a SQLite connection.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    enum class Result { Read, Cancelled, Failed };
    // Runs `sql` (StoreReader::observationsQuery()'s columns) and adds each row to `rows`; on
    // failure `error` says why.
    static Result read(sqlite3 *db, const QString &sql, ObservationRows &rows, QString &error);
};

} // namespace gapscope
