#pragma once

#include "DatasetWriter.h"
#include "domain/Record.h"

#include <QSqlDatabase>
#include <optional>

namespace gapscope {

// Writes a new state of a record where others may write too: only if its row still has the
// version read before the change (the check and the delete are one statement, so two users cannot
// both pass it), keeping its origin. The caller owns the transaction (ChangeSaver's save, the
// fields an import fills on records of the workspace).
class RecordReplacer
{
public:
    enum class Result { Replaced, Conflict, Failed };

    RecordReplacer(QSqlDatabase db, DatasetWriter &writer) : m_db(db), m_writer(writer) { }

    // Deletes the row of `r` (and an actor's dimension links) if it still has `version`: its
    // origin, or nothing when someone else changed or deleted it (`failed` set on an error).
    std::optional<QString> take(const Record &r, int version, bool *failed);
    // Sets origin, edited and row version of the record `r` just inserted.
    bool mark(const Record &r, const QString &origin, int edited, int version);
    bool insert(const Record &r);
    // take(), insert() and mark(): an edited record (a bundled one stays bundled but counts as
    // edited, so that dataset updates leave it alone) at the next version.
    Result replace(const Record &r, int version);

    QString errorString() const;

private:
    QSqlDatabase m_db;
    DatasetWriter &m_writer;
};

} // namespace gapscope
