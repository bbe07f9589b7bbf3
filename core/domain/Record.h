#pragma once

#include "Dataset.h"

#include <variant>

namespace gapscope {

// Any record a user can add, edit or delete, for edits and their undo that work on every kind.
using Record = std::variant<Observation, Source, Actor, AiModel, Event, Assessment, SwotItem>;

inline QString recordId(const Record &r)
{
    return std::visit([](const auto &x) { return x.id; }, r);
}

// The workspace table of the record's kind.
inline QString recordTable(const Record &r)
{
    static const char *const tables[] = {"observations", "sources", "actors", "ai_models", "events", "assessments", "swot_items"};
    return QLatin1String(tables[r.index()]);
}

// The key a record has across kinds: its table and id.
inline QString recordKey(const Record &r)
{
    return recordTable(r) + QLatin1Char('/') + recordId(r);
}

// The dataset's list of records of type T.
template<typename T>
QList<T> &recordList(Dataset &d)
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
    else
        return d.swot;
}

} // namespace gapscope
