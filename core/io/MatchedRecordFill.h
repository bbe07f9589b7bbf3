#pragma once

#include "ImportBatch.h"
#include "domain/Dataset.h"

#include <QHash>

namespace gapscope {

// What a table of one row per record does with a row that matched a record of the workspace
// (RecordsLayoutReader): each field the record has empty is filled from the row's (a model's
// domain, task, accessibility, link, confidence; a cluster's status, sector, certainty, link,
// decommissioned date; an organisation's country), into the batch's filled records; a field the
// record has is kept, and when the row says otherwise the batch lists the kept value. Columns with
// no field of the record go nowhere: only fields are filled.
class MatchedRecordFill
{
public:
    MatchedRecordFill(const Dataset &dataset, ImportBatch &batch) : m_dataset(dataset), m_batch(batch) { }

    // Fills the workspace's record `id` of `kind` (model, cluster or organisation) from the row's
    // `fields`, by field name (domain, status, country, ...); empty values are none.
    void fill(const QString &kind, const QString &id, const QHash<QString, QString> &fields);

private:
    template<typename T>
    void fill(QList<std::pair<T, int>> &filled, const QList<T> &records, RecordKind kind, const QString &id,
              const QHash<QString, QString> &fields, std::initializer_list<std::pair<const char *, QString T::*>> members);

    const Dataset &m_dataset;
    ImportBatch &m_batch;
};

} // namespace gapscope
