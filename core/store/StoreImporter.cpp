#include "StoreImporter.h"

#include "DatasetWriter.h"
#include "RecordReplacer.h"
#include "Store.h"
#include "StoreConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gapscope {

StoreImporter::StoreImporter(StoreConnection &connection) : m_connection(connection), m_db(connection.database()) { }

bool StoreImporter::import(const ImportBatch &batch, const std::function<bool(qint64, qint64)> &progress)
{
    m_connection.setCancelled(false);
    if (m_connection.isReadOnly())
        return m_connection.refuseReadOnly();
    const qint64 total = batch.sources.size() + batch.units.size() + batch.indicators.size() + batch.entities.size()
        + batch.observations.size() + batch.events.size() + batch.actors.size() + batch.models.size() + batch.clusters.size()
        + batch.filledActors.size() + batch.filledModels.size() + batch.filledClusters.size();
    qint64 done = 0;
    if (!m_db.transaction())
        return m_connection.fail(Store::tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
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
                m_connection.setCancelled(true);
                ok = false;
            }
        }
    };
    add(batch.sources);
    add(batch.units);
    add(batch.indicators);
    add(batch.entities);
    // The records of a table of one row per record, before the facts observed on them.
    add(batch.actors);
    add(batch.models);
    add(batch.clusters);
    // The workspace's records the rows matched, their empty fields filled: each only if nobody
    // changed it since it was read, else nothing is written.
    RecordReplacer replacer(m_db, writer);
    QString replaceError;
    auto replace = [&](const auto &filled) {
        for (qsizetype i = 0; ok && i < filled.size(); ++i) {
            const Record record(filled.at(i).first);
            const RecordReplacer::Result result = replacer.replace(record, filled.at(i).second);
            ok = result == RecordReplacer::Result::Replaced;
            if (result == RecordReplacer::Result::Conflict)
                replaceError = Store::tr("someone else changed or deleted %1 since it was read: reload and import again")
                               .arg(recordId(record));
            else if (!ok)
                replaceError = replacer.errorString();
            else
                ++done;
        }
    };
    replace(batch.filledActors);
    replace(batch.filledModels);
    replace(batch.filledClusters);
    add(batch.observations);
    add(batch.events);
    QString error = replaceError;
    if (!ok && error.isEmpty())
        error = writer.errorString().isEmpty() ? mark.lastError().text() : writer.errorString();
    if (m_connection.cancelled())
        error = Store::tr("cancelled; nothing was written");
    if (!error.isEmpty() || !m_db.commit()) {
        if (error.isEmpty())
            error = m_db.lastError().text();
        m_db.rollback();
        return m_connection.fail(Store::tr("cannot import %1 into the workspace: %2").arg(batch.file, error));
    }
    return true;
}

} // namespace gapscope
