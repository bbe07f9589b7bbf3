#include "MatchedRecordFill.h"

#include "domain/Record.h"

namespace gapscope {

template<typename T>
void MatchedRecordFill::fill(QList<std::pair<T, int>> &filled, const QList<T> &records, RecordKind kind, const QString &id,
                             const QHash<QString, QString> &fields,
                             std::initializer_list<std::pair<const char *, QString T::*>> members)
{
    // An earlier row's fill of the same record, or the workspace's record as it is.
    auto it = std::find_if(filled.begin(), filled.end(), [&id](const std::pair<T, int> &f) { return f.first.id == id; });
    const qsizetype row = m_dataset.rowOf(kind, id);
    if (it == filled.end() && row < 0)
        return;
    T record = it != filled.end() ? it->first : records.at(row);
    int count = 0;
    for (const auto &[name, member] : members) {
        const QString field = QLatin1String(name);
        const QString value = fields.value(field);
        QString &own = record.*member;
        if (value.isEmpty() || own == value)
            continue;
        if (own.isEmpty()) {
            own = value;
            ++count;
        } else {
            m_batch.keptValues.append({record.name.en, field, own, value});
        }
    }
    if (!count)
        return;
    if constexpr (std::is_same_v<T, AiModel>) {
        // Open weights, as a new model's accessibility says, unless the record says already.
        if (!record.openWeights && !record.accessibility.isEmpty() && fields.contains(QStringLiteral("accessibility")))
            record.openWeights = record.accessibility.startsWith(QLatin1String("Open weights"), Qt::CaseInsensitive);
    }
    m_batch.filledFields += count;
    if (it != filled.end())
        it->first = record;
    else
        filled.append({record, m_dataset.rowVersions.value(recordKey(kind, id), 1)});
}

void MatchedRecordFill::fill(const QString &kind, const QString &id, const QHash<QString, QString> &fields)
{
    if (kind == QLatin1String("model"))
        fill<AiModel>(m_batch.filledModels, m_dataset.models, RecordKind::Model, id, fields,
                      {{"domain", &AiModel::domain},
                       {"task", &AiModel::task},
                       {"accessibility", &AiModel::accessibility},
                       {"link", &AiModel::link},
                       {"confidence", &AiModel::confidence}});
    else if (kind == QLatin1String("cluster"))
        fill<ComputeCluster>(m_batch.filledClusters, m_dataset.clusters, RecordKind::Cluster, id, fields,
                             {{"status", &ComputeCluster::status},
                              {"sector", &ComputeCluster::sector},
                              {"certainty", &ComputeCluster::certainty},
                              {"link", &ComputeCluster::link},
                              {"decommissioned", &ComputeCluster::decommissioned}});
    else
        fill<Actor>(m_batch.filledActors, m_dataset.actors, RecordKind::Actor, id, fields, {{"country", &Actor::country}});
}

} // namespace gapscope
