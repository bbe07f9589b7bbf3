#include "Dataset.h"

namespace gapscope {

namespace {

template<typename T, typename Key>
QHash<QString, qsizetype> buildIndex(const QList<T> &items, Key key)
{
    QHash<QString, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(key(items.at(i)), i);
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
    m_sourceIndex = buildIndex(sources, [](const Source &s) { return s.id; });
    m_unitIndex = buildIndex(units, [](const Unit &u) { return u.id; });
    m_countryIndex = buildIndex(countries, [](const Country &c) { return c.code; });
    m_dimensionIndex = buildIndex(dimensions, [](const Dimension &d) { return d.id; });
    m_actorIndex = buildIndex(actors, [](const Actor &a) { return a.id; });
    m_indicatorIndex = buildIndex(indicators, [](const Indicator &i) { return i.id; });
}

const Source *Dataset::source(const QString &id) const { return lookup(sources, m_sourceIndex, id); }
const Unit *Dataset::unit(const QString &id) const { return lookup(units, m_unitIndex, id); }
const Country *Dataset::country(const QString &code) const { return lookup(countries, m_countryIndex, code); }
const Dimension *Dataset::dimension(const QString &id) const { return lookup(dimensions, m_dimensionIndex, id); }
const Actor *Dataset::actor(const QString &id) const { return lookup(actors, m_actorIndex, id); }
const Indicator *Dataset::indicator(const QString &id) const { return lookup(indicators, m_indicatorIndex, id); }

} // namespace gapscope
