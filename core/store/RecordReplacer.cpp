#include "RecordReplacer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gapscope {

std::optional<QString> RecordReplacer::take(const Record &r, int version, bool *failed)
{
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
}

bool RecordReplacer::mark(const Record &r, const QString &origin, int edited, int version)
{
    QSqlQuery q(m_db);
    const QString table = recordTable(r);
    q.prepare(QStringLiteral("UPDATE %1 SET origin = ?, edited = ?, row_version = ? WHERE %2 = ?")
                  .arg(table, DatasetWriter::keyColumn(table)));
    for (const QVariant &v : {QVariant(origin), QVariant(edited), QVariant(version), QVariant(recordId(r))})
        q.addBindValue(v);
    return q.exec();
}

bool RecordReplacer::insert(const Record &r)
{
    return std::visit([this](const auto &x) { return m_writer.insert(x); }, r);
}

RecordReplacer::Result RecordReplacer::replace(const Record &r, int version)
{
    bool failed = false;
    const auto origin = take(r, version, &failed);
    if (failed)
        return Result::Failed;
    if (!origin)
        return Result::Conflict;
    return insert(r) && mark(r, *origin, 1, version + 1) ? Result::Replaced : Result::Failed;
}

QString RecordReplacer::errorString() const
{
    return m_writer.errorString().isEmpty() ? m_db.lastError().text() : m_writer.errorString();
}

} // namespace gapscope
