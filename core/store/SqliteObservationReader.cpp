#include "SqliteObservationReader.h"

#include "ObservationRows.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace gapscope {

sqlite3 *SqliteObservationReader::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteObservationReader::Result SqliteObservationReader::read(sqlite3 *db, const QString &sql, ObservationRows &rows,
                                                              QString &error)
{
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return Result::Failed;
    }
    const auto bytes = [statement](int column) {
        // The text first, then its length (sqlite3_column_bytes after sqlite3_column_text).
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return std::pair<const char *, qsizetype>(data, data ? sqlite3_column_bytes(statement, column) : 0);
    };
    const auto interned = [&bytes](StringInterner &interner, int column) -> const QString & {
        const auto [data, size] = bytes(column);
        return interner.fromUtf8(data, size);
    };
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto [id, idSize] = bytes(0);
        if (!rows.add(QByteArrayView(id, idSize), interned(rows.indicators, 1), interned(rows.entities, 2),
                      sqlite3_column_int(statement, 3), sqlite3_column_int(statement, 4),
                      sqlite3_column_int(statement, 11), sqlite3_column_double(statement, 5),
                      interned(rows.kinds, 6), interned(rows.sources, 7),
                      LocalizedText{interned(rows.notes, 8), interned(rows.notes, 9)},
                      sqlite3_column_int(statement, 10))) {
            sqlite3_finalize(statement);
            return Result::Cancelled;
        }
    }
    if (step != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return step == SQLITE_DONE ? Result::Read : Result::Failed;
}

} // namespace gapscope
