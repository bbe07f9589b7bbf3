#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace gapscope {

// What an observation can be about: every entity of the ecosystem that carries data. Other is an
// entity of a kind the user names on import (a research domain, a benchmark), its kind's name kept
// with it (OtherEntity).
enum class EntityKind { Country, Region, Organisation, Model, Cluster, Other };

inline constexpr std::array<EntityKind, 6> allEntityKinds{EntityKind::Country,      EntityKind::Region,
                                                          EntityKind::Organisation, EntityKind::Model,
                                                          EntityKind::Cluster,      EntityKind::Other};

// The kind's id on the command line and in files: country, region, organisation, model, cluster,
// other.
inline QString entityKindId(EntityKind kind)
{
    static const char *const ids[] = {"country", "region", "organisation", "model", "cluster", "other"};
    return QLatin1String(ids[int(kind)]);
}

// Countries and regions are places: their figures are listed, drawn and filtered by their code,
// while those of organisations, AI models and clusters are named with their kind or grouped by the
// countries they count for.
inline bool isCountryOrRegion(EntityKind kind)
{
    return kind == EntityKind::Country || kind == EntityKind::Region;
}

// An entity of no known kind (std::nullopt) is not one.
inline bool isCountryOrRegion(std::optional<EntityKind> kind)
{
    return kind && isCountryOrRegion(*kind);
}

// The same for a kind's id (entityKindId()).
inline bool isCountryOrRegion(const QString &kindId)
{
    return kindId == QLatin1String("country") || kindId == QLatin1String("region");
}

inline QStringList entityKindIds()
{
    QStringList ids;
    for (EntityKind kind : allEntityKinds)
        ids.append(entityKindId(kind));
    return ids;
}

inline std::optional<EntityKind> entityKindFromId(const QString &id)
{
    for (EntityKind kind : allEntityKinds) {
        if (entityKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

} // namespace gapscope
