#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace gapscope {

// What an observation can be about: every entity of the ecosystem that carries data.
enum class EntityKind { Country, Region, Organisation, Model, Cluster };

inline constexpr std::array<EntityKind, 5> allEntityKinds{EntityKind::Country, EntityKind::Region,
                                                          EntityKind::Organisation, EntityKind::Model,
                                                          EntityKind::Cluster};

// The kind's id on the command line and in files: country, region, organisation, model, cluster.
inline QString entityKindId(EntityKind kind)
{
    static const char *const ids[] = {"country", "region", "organisation", "model", "cluster"};
    return QLatin1String(ids[int(kind)]);
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
