#pragma once

#include "Actor.h"
#include "AiModel.h"
#include "Assessment.h"
#include "ComputeCluster.h"
#include "Country.h"
#include "Dimension.h"
#include "EntityKind.h"
#include "Event.h"
#include "Indicator.h"
#include "Observation.h"
#include "ObservationTable.h"
#include "OtherEntity.h"
#include "RecordKind.h"
#include "Region.h"
#include "Source.h"
#include "SwotItem.h"
#include "Unit.h"

#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace gapscope {

// Every entity of the ecosystem, in memory. Lookups by id (source(), actor(), rowOf(), ...) go
// through indexes: reindex() rebuilds them after the lists are changed by hand; the Workspace,
// which changes records one at a time, keeps them current with noteInserted() and noteRemoved().
class Dataset
{
public:
    QString version;
    QList<Source> sources;
    QList<Unit> units;
    QList<Country> countries;
    QList<Region> regions; // World, continents and groups of countries
    QList<Dimension> dimensions;
    QList<Actor> actors;
    QList<AiModel> models;
    QList<Indicator> indicators;
    ObservationTable observations; // as columns: see ObservationTable
    QList<Assessment> assessments;
    QList<SwotItem> swot;
    QList<Event> events;
    QList<ComputeCluster> clusters; // Epoch AI's GPU clusters
    QList<OtherEntity> otherEntities; // entities of kinds the user named on import
    // The row version of each record as read from the workspace ("table/id"), for saving edits
    // safely where others edit too.
    QHash<QString, int> rowVersions;

    void reindex();

    const Source *source(const QString &id) const;
    const Unit *unit(const QString &id) const;
    const Country *country(const QString &code) const;
    const Region *region(const QString &code) const;
    const Dimension *dimension(const QString &id) const;
    const Actor *actor(const QString &id) const;
    const Indicator *indicator(const QString &id) const;
    const OtherEntity *otherEntity(const QString &id) const;
    // Entities: what an observation is about. A country or region code, or an organisation's,
    // AI model's, compute cluster's or other entity's id; nullopt for an id that names none of them.
    std::optional<EntityKind> entityKind(const QString &id) const;
    // The entity's name, or the id itself where it names no entity.
    LocalizedText entityName(const QString &id) const;
    // The countries an entity counts for through its links: a country itself, an organisation's
    // country, a model's countries (Epoch's, else its record's), a cluster's country; none for a
    // region or an entity of a kind the user named, whose figures are never a country's.
    QStringList entityCountries(const QString &id) const;

    // The position in its list of the record of `kind` with `id`, or -1.
    qsizetype rowOf(RecordKind kind, const QString &id) const;
    qsizetype recordCount(RecordKind kind) const;
    // The record of `kind` at `row` was inserted (an append keeps the index; anything else has it
    // rebuilt on the next lookup), or a record of `kind` was removed.
    void noteInserted(RecordKind kind, qsizetype row);
    void noteRemoved(RecordKind kind);

private:
    void rebuildLookups();

    QHash<QString, qsizetype> m_sourceIndex;
    QHash<QString, qsizetype> m_unitIndex;
    QHash<QString, qsizetype> m_countryIndex;
    QHash<QString, qsizetype> m_regionIndex;
    QHash<QString, qsizetype> m_dimensionIndex;
    QHash<QString, qsizetype> m_actorIndex;
    QHash<QString, qsizetype> m_indicatorIndex;
    QHash<QString, qsizetype> m_otherEntityIndex;
    // Per record kind, built on first use.
    mutable std::array<QHash<QString, qsizetype>, recordKindCount> m_rowIndex;
    mutable std::array<bool, recordKindCount> m_rowIndexValid{};
};

} // namespace gapscope
