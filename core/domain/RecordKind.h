#pragma once

#include <QString>

#include <array>
#include <optional>

namespace gapscope {

// The kinds of record a user can add, edit or delete. The value is the kind's index in the
// Record variant (domain/Record.h), so that a record's kind is its variant's index.
enum class RecordKind { Observation, Source, Actor, Model, Event, Assessment, Swot, Cluster };

inline constexpr int recordKindCount = 8;

inline constexpr std::array<RecordKind, recordKindCount> allRecordKinds{
    RecordKind::Observation, RecordKind::Source, RecordKind::Actor,      RecordKind::Model,
    RecordKind::Event,       RecordKind::Assessment, RecordKind::Swot,  RecordKind::Cluster};

// The workspace table that holds records of `kind`, and the column that keys them.
inline QString recordKindTable(RecordKind kind)
{
    static const char *const tables[recordKindCount] = {"observations", "sources",     "actors",    "ai_models",
                                                        "events",       "assessments", "swot_items", "compute_clusters"};
    return QLatin1String(tables[int(kind)]);
}

inline QString recordKindKeyColumn(RecordKind)
{
    return QStringLiteral("id"); // every editable kind is keyed by its id
}

inline std::optional<RecordKind> recordKindFromTable(const QString &table)
{
    for (RecordKind kind : allRecordKinds) {
        if (recordKindTable(kind) == table)
            return kind;
    }
    return std::nullopt;
}

} // namespace gapscope
