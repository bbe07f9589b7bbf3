#pragma once

#include "Dataset.h"
#include "RecordKind.h"

#include <variant>

namespace gapscope {

// Any record a user can add, edit or delete, for edits and their undo that work on every kind.
using Record = std::variant<Observation, Source, Actor, AiModel, Event, Assessment, SwotItem, ComputeCluster>;

inline QString recordId(const Record &r)
{
    return std::visit([](const auto &x) { return x.id; }, r);
}

inline RecordKind recordKind(const Record &r)
{
    return RecordKind(r.index());
}

// The workspace table of the record's kind.
inline QString recordTable(const Record &r)
{
    return recordKindTable(recordKind(r));
}

// The key a record has across kinds: its table and id ("actors/naver"), as row versions name it.
inline QString recordKey(RecordKind kind, const QString &id)
{
    return recordKindTable(kind) + QLatin1Char('/') + id;
}

inline QString recordKey(const Record &r)
{
    return recordKey(recordKind(r), recordId(r));
}

// Calls `f` with a null pointer of the record type of `kind` (Observation *, Source *, ...), for
// code that works on every kind through recordList<T>().
template<typename F>
decltype(auto) withRecordType(RecordKind kind, F &&f)
{
    switch (kind) {
    case RecordKind::Observation:
        return f(static_cast<Observation *>(nullptr));
    case RecordKind::Source:
        return f(static_cast<Source *>(nullptr));
    case RecordKind::Actor:
        return f(static_cast<Actor *>(nullptr));
    case RecordKind::Model:
        return f(static_cast<AiModel *>(nullptr));
    case RecordKind::Event:
        return f(static_cast<Event *>(nullptr));
    case RecordKind::Assessment:
        return f(static_cast<Assessment *>(nullptr));
    case RecordKind::Swot:
        return f(static_cast<SwotItem *>(nullptr));
    case RecordKind::Cluster:
        break;
    }
    return f(static_cast<ComputeCluster *>(nullptr));
}

// The dataset's list of records of type T (a QList, or the ObservationTable).
template<typename T>
auto &recordList(Dataset &d)
{
    if constexpr (std::is_same_v<T, Observation>)
        return d.observations;
    else if constexpr (std::is_same_v<T, Source>)
        return d.sources;
    else if constexpr (std::is_same_v<T, Actor>)
        return d.actors;
    else if constexpr (std::is_same_v<T, AiModel>)
        return d.models;
    else if constexpr (std::is_same_v<T, Event>)
        return d.events;
    else if constexpr (std::is_same_v<T, Assessment>)
        return d.assessments;
    else if constexpr (std::is_same_v<T, SwotItem>)
        return d.swot;
    else
        return d.clusters;
}

template<typename T>
const auto &recordList(const Dataset &d)
{
    return recordList<T>(const_cast<Dataset &>(d));
}

} // namespace gapscope
