#include "ChangeSaver.h"

#include "DatasetWriter.h"
#include "RecordReplacer.h"
#include "domain/Record.h"
#include "io/DatePrecisionCheck.h"
#include "StoreConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gapscope {

ChangeSaver::ChangeSaver(StoreConnection &connection) : m_connection(connection), m_db(connection.database()) { }

std::optional<int> ChangeSaver::rowVersion(const QString &table, const QString &id)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE %2 = ?").arg(table, DatasetWriter::keyColumn(table))))
        return std::nullopt;
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

ChangeSaver::SaveResult ChangeSaver::saveChanges(const RecordChanges &changes)
{
    m_conflicts.clear();
    if (m_connection.isReadOnly()) {
        m_connection.refuseReadOnly();
        return SaveResult::Failed;
    }
    if (!m_db.transaction()) {
        m_connection.fail(Store::tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
        return SaveResult::Failed;
    }
    auto rollback = [this](SaveResult result) {
        m_db.rollback();
        return result;
    };
    DatasetWriter writer(m_db);
    RecordReplacer replacer(m_db, writer);

    // No figure is saved dated finer than its indicator, as it is in the workspace, allows.
    auto finer = [this](const Record &r) -> QString {
        const auto *o = std::get_if<Observation>(&r);
        if (!o)
            return {};
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT date_precision FROM indicators WHERE id = ?"));
        q.addBindValue(o->indicator);
        if (!q.exec() || !q.next())
            return {};
        Indicator indicator;
        indicator.id = o->indicator;
        indicator.datePrecision = datePrecisionFromId(q.value(0).toString()).value_or(DatePrecision::Year);
        return DatePrecisionCheck::problem(indicator, *o);
    };
    auto refuseFiner = [&](const Record &r) {
        const QString why = finer(r);
        if (!why.isEmpty())
            m_connection.fail(Store::tr("nothing was saved: %1").arg(why));
        return !why.isEmpty();
    };
    for (const Record &r : changes.added) {
        if (refuseFiner(r))
            return rollback(SaveResult::Failed);
        if (!replacer.insert(r) || !replacer.mark(r, QStringLiteral("user"), 0, 1)) {
            m_connection.fail(Store::tr("cannot save %1: %2").arg(recordId(r), writer.errorString()));
            return rollback(SaveResult::Failed);
        }
    }
    for (const auto &[r, version] : changes.edited) {
        if (refuseFiner(r))
            return rollback(SaveResult::Failed);
        // Only at the version read; an edited bundled record stays bundled but counts as edited:
        // dataset updates leave it alone.
        switch (replacer.replace(r, version)) {
        case RecordReplacer::Result::Replaced:
            break;
        case RecordReplacer::Result::Conflict:
            m_conflicts.append(recordId(r));
            break;
        case RecordReplacer::Result::Failed:
            m_connection.fail(Store::tr("cannot save %1: %2").arg(recordId(r), replacer.errorString()));
            return rollback(SaveResult::Failed);
        }
    }
    for (const auto &[r, version] : changes.removed) {
        bool failed = false;
        if (!replacer.take(r, version, &failed)) {
            if (failed) {
                m_connection.fail(Store::tr("cannot save %1: %2").arg(recordId(r), m_db.lastError().text()));
                return rollback(SaveResult::Failed);
            }
            m_conflicts.append(recordId(r));
        }
    }
    if (!m_conflicts.isEmpty()) {
        m_connection.fail(Store::tr("nothing was saved: someone else changed or deleted %1 since you opened them. "
                                    "Reload and edit again.")
                              .arg(m_conflicts.join(QLatin1String(", "))));
        return rollback(SaveResult::Conflict);
    }
    if (!m_db.commit()) {
        m_connection.fail(Store::tr("cannot save: %1").arg(m_db.lastError().text()));
        return rollback(SaveResult::Failed);
    }
    return SaveResult::Saved;
}

ChangeSaver::SaveResult ChangeSaver::saveObservation(const Observation &o, int expectedVersion)
{
    RecordChanges changes;
    changes.edited.append({o, expectedVersion});
    const SaveResult result = saveChanges(changes);
    if (result == SaveResult::Conflict) {
        // One record: say what happened to it.
        const auto current = rowVersion(QStringLiteral("observations"), o.id);
        m_connection.fail(current ? Store::tr("%1 was changed by someone else since you opened it (version %2, not "
                                              "%3): reload it and edit again")
                                        .arg(o.id)
                                        .arg(*current)
                                        .arg(expectedVersion)
                                  : Store::tr("%1 was deleted by someone else since you opened it").arg(o.id));
    }
    return result;
}

} // namespace gapscope
