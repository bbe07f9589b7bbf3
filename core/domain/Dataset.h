#pragma once

#include "Actor.h"
#include "AiModel.h"
#include "Assessment.h"
#include "Country.h"
#include "Dimension.h"
#include "Event.h"
#include "Indicator.h"
#include "Observation.h"
#include "Source.h"
#include "SwotItem.h"
#include "Unit.h"

#include <QHash>
#include <QList>

namespace gapscope {

// Every entity of the ecosystem, in memory. Lookups by id go through index(), which is
// rebuilt by reindex() after the lists change.
class Dataset
{
public:
    QString version;
    QList<Source> sources;
    QList<Unit> units;
    QList<Country> countries;
    QList<Dimension> dimensions;
    QList<Actor> actors;
    QList<AiModel> models;
    QList<Indicator> indicators;
    QList<Observation> observations;
    QList<Assessment> assessments;
    QList<SwotItem> swot;
    QList<Event> events;
    // The row version of each record as read from the workspace ("table/id"), for saving edits
    // safely where others edit too.
    QHash<QString, int> rowVersions;

    void reindex();

    const Source *source(const QString &id) const;
    const Unit *unit(const QString &id) const;
    const Country *country(const QString &code) const;
    const Dimension *dimension(const QString &id) const;
    const Actor *actor(const QString &id) const;
    const Indicator *indicator(const QString &id) const;

private:
    QHash<QString, qsizetype> m_sourceIndex;
    QHash<QString, qsizetype> m_unitIndex;
    QHash<QString, qsizetype> m_countryIndex;
    QHash<QString, qsizetype> m_dimensionIndex;
    QHash<QString, qsizetype> m_actorIndex;
    QHash<QString, qsizetype> m_indicatorIndex;
};

} // namespace gapscope
