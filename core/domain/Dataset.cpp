#include "Dataset.h"

#include "Record.h"

namespace gapscope {

namespace {

template<typename List, typename Key>
QHash<QString, qsizetype> buildIndex(const List &items, Key key)
{
    QHash<QString, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(key(items.at(i)), i);
    return index;
}

QHash<QString, qsizetype> idIndex(const ObservationTable &rows)
{
    QHash<QString, qsizetype> index;
    index.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.idAt(i), i);
    return index;
}

template<typename T>
const T *lookup(const QList<T> &items, const QHash<QString, qsizetype> &index, const QString &id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &items.at(*it);
}

} // namespace

void Dataset::reindex()
{
    rebuildLookups();
    m_rowIndexValid.fill(false);
}

void Dataset::rebuildLookups()
{
    m_sourceIndex = buildIndex(sources, [](const Source &s) { return s.id; });
    m_unitIndex = buildIndex(units, [](const Unit &u) { return u.id; });
    m_countryIndex = buildIndex(countries, [](const Country &c) { return c.code; });
    m_regionIndex = buildIndex(regions, [](const Region &r) { return r.code; });
    m_dimensionIndex = buildIndex(dimensions, [](const Dimension &d) { return d.id; });
    m_actorIndex = buildIndex(actors, [](const Actor &a) { return a.id; });
    m_indicatorIndex = buildIndex(indicators, [](const Indicator &i) { return i.id; });
    m_otherEntityIndex = buildIndex(otherEntities, [](const OtherEntity &e) { return e.id; });
}

qsizetype Dataset::rowOf(RecordKind kind, const QString &id) const
{
    const int k = int(kind);
    if (!m_rowIndexValid[size_t(k)]) {
        m_rowIndex[size_t(k)] = withRecordType(kind, [this](auto *tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            if constexpr (std::is_same_v<T, Observation>) // the id column alone, not whole records
                return idIndex(observations);
            else
                return buildIndex(recordList<T>(*this), [](const T &x) { return x.id; });
        });
        m_rowIndexValid[size_t(k)] = true;
    }
    return m_rowIndex[size_t(k)].value(id, -1);
}

qsizetype Dataset::recordCount(RecordKind kind) const
{
    return withRecordType(kind, [this](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        return recordList<T>(*this).size();
    });
}

void Dataset::noteInserted(RecordKind kind, qsizetype row)
{
    const size_t k = size_t(kind);
    if (m_rowIndexValid[k] && row == recordCount(kind) - 1) {
        m_rowIndex[k].insert(withRecordType(kind, [this, row](auto *tag) {
            using T = std::remove_pointer_t<decltype(tag)>;
            return recordList<T>(*this).at(row).id;
        }), row);
    } else {
        m_rowIndexValid[k] = false;
    }
    if (kind == RecordKind::Source || kind == RecordKind::Actor)
        rebuildLookups(); // source() and actor() look them up: a few hundred records
}

void Dataset::noteRemoved(RecordKind kind)
{
    m_rowIndexValid[size_t(kind)] = false;
    if (kind == RecordKind::Source || kind == RecordKind::Actor)
        rebuildLookups();
}

const Source *Dataset::source(const QString &id) const { return lookup(sources, m_sourceIndex, id); }
const Unit *Dataset::unit(const QString &id) const { return lookup(units, m_unitIndex, id); }
const Country *Dataset::country(const QString &code) const { return lookup(countries, m_countryIndex, code); }
const Region *Dataset::region(const QString &code) const { return lookup(regions, m_regionIndex, code); }
const Dimension *Dataset::dimension(const QString &id) const { return lookup(dimensions, m_dimensionIndex, id); }
const Actor *Dataset::actor(const QString &id) const { return lookup(actors, m_actorIndex, id); }
const Indicator *Dataset::indicator(const QString &id) const { return lookup(indicators, m_indicatorIndex, id); }
const OtherEntity *Dataset::otherEntity(const QString &id) const { return lookup(otherEntities, m_otherEntityIndex, id); }

std::optional<EntityKind> Dataset::entityKind(const QString &id) const
{
    if (m_countryIndex.contains(id))
        return EntityKind::Country;
    if (m_regionIndex.contains(id))
        return EntityKind::Region;
    if (m_actorIndex.contains(id))
        return EntityKind::Organisation;
    if (rowOf(RecordKind::Model, id) >= 0)
        return EntityKind::Model;
    if (rowOf(RecordKind::Cluster, id) >= 0)
        return EntityKind::Cluster;
    if (m_otherEntityIndex.contains(id))
        return EntityKind::Other;
    return std::nullopt;
}

LocalizedText Dataset::entityName(const QString &id) const
{
    switch (entityKind(id).value_or(EntityKind::Country)) {
    case EntityKind::Country:
        if (const Country *c = country(id))
            return c->name;
        break;
    case EntityKind::Region:
        return region(id)->name;
    case EntityKind::Organisation:
        return actor(id)->name;
    case EntityKind::Model:
        return models.at(rowOf(RecordKind::Model, id)).name;
    case EntityKind::Cluster:
        return clusters.at(rowOf(RecordKind::Cluster, id)).name;
    case EntityKind::Other:
        return otherEntity(id)->name;
    }
    return {id, id};
}

QStringList Dataset::entityCountries(const QString &id) const
{
    const auto nonEmpty = [](const QString &code) { return code.isEmpty() ? QStringList() : QStringList{code}; };
    switch (entityKind(id).value_or(EntityKind::Region)) {
    case EntityKind::Country:
        return {id};
    case EntityKind::Region:
        return {};
    case EntityKind::Organisation:
        return nonEmpty(actor(id)->country);
    case EntityKind::Model: {
        const AiModel &m = models.at(rowOf(RecordKind::Model, id));
        return m.countries.isEmpty() ? nonEmpty(m.country) : m.countries;
    }
    case EntityKind::Cluster:
        return nonEmpty(clusters.at(rowOf(RecordKind::Cluster, id)).country);
    case EntityKind::Other:
        return {}; // a kind the user named: no links to countries
    }
    return {};
}

} // namespace gapscope
