#include "ObservationQuery.h"

#include "format/DisplayText.h"
#include "workspace/Workspace.h"

#include <algorithm>

namespace gapscope {

ObservationQuery::ObservationQuery(const Dataset &dataset, const ObservationIndex &index, QObject *parent)
    : QObject(parent), m_dataset(dataset), m_index(index)
{
    rebuild();
}

void ObservationQuery::follow(const Workspace *workspace)
{
    connect(workspace, &Workspace::recordsInserted, this, &ObservationQuery::inserted);
    connect(workspace, &Workspace::recordChanged, this, &ObservationQuery::updated);
    connect(workspace, &Workspace::recordAboutToBeRemoved, this, &ObservationQuery::aboutToRemove);
    connect(workspace, &Workspace::recordRemoved, this, &ObservationQuery::removed);
    connect(workspace, &Workspace::replaced, this, [this] {
        rebuild();
        emit changed();
    });
}

void ObservationQuery::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
    emit changed();
}

bool ObservationQuery::contains(int record) const
{
    return std::binary_search(m_rows.begin(), m_rows.end(), record);
}

bool ObservationQuery::accepts(const Dataset &d, const Filter &f, int record)
{
    const ObservationTable &o = d.observations;
    const auto kind = d.entityKind(o.entityAt(record));
    const QStringList linked = d.entityCountries(o.entityAt(record));
    if (!f.acceptsEntity(o.entityAt(record), kind ? entityKindId(*kind) : QString(), linked)
        || !f.acceptsFocusEntity(o.entityAt(record), linked) || !f.acceptsIndicator(o.indicatorAt(record))
        || !f.acceptsDate(o.yearAt(record), o.monthAt(record), o.dayAt(record)))
        return false;
    const Indicator *indicator = d.indicator(o.indicatorAt(record));
    if (!f.acceptsDimension(indicator ? indicator->dimension : QString()))
        return false;
    if (f.text.trimmed().isEmpty())
        return true;
    const Dimension *dimension = indicator ? d.dimension(indicator->dimension) : nullptr;
    return f.acceptsText({indicator ? indicator->name : LocalizedText(), d.entityName(o.entityAt(record)),
                          o.noteAt(record), dimension ? dimension->label : LocalizedText()},
                         {o.idAt(record), o.entityAt(record), o.indicatorAt(record), o.kindAt(record),
                          DisplayText::observationKind(o.kindAt(record))});
}

std::vector<int> ObservationQuery::run(const Dataset &d, const ObservationIndex &index, const Filter &f)
{
    std::vector<int> rows = index.filter(f);
    if (!f.text.trimmed().isEmpty())
        std::erase_if(rows, [&d, &f](int r) { return !accepts(d, f, r); });
    return rows;
}

bool ObservationQuery::any(const Dataset &d, const ObservationIndex &index, const Filter &f)
{
    return f.text.trimmed().isEmpty() ? !index.filter(f, 1).empty() : !run(d, index, f).empty();
}

void ObservationQuery::rebuild()
{
    m_rows = run(m_dataset, m_index, m_filter);
}

void ObservationQuery::inserted(RecordKind kind, int first, int last)
{
    if (kind != RecordKind::Observation)
        return;
    const int n = last - first + 1;
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), first);
    for (auto it = at; it != m_rows.end(); ++it)
        *it += n;
    std::vector<int> added;
    for (int r = first; r <= last; ++r) {
        if (accepts(m_dataset, m_filter, r))
            added.push_back(r);
    }
    m_rows.insert(std::lower_bound(m_rows.begin(), m_rows.end(), first), added.begin(), added.end());
    emit changed();
}

void ObservationQuery::updated(RecordKind kind, int row)
{
    if (kind != RecordKind::Observation)
        return;
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), row);
    const bool was = at != m_rows.end() && *at == row;
    const bool is = accepts(m_dataset, m_filter, row);
    if (was && !is)
        m_rows.erase(at);
    else if (!was && is)
        m_rows.insert(at, row);
    emit changed();
}

void ObservationQuery::aboutToRemove(RecordKind kind, int row)
{
    if (kind != RecordKind::Observation)
        return;
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), row);
    if (at != m_rows.end() && *at == row)
        m_rows.erase(at);
}

void ObservationQuery::removed(RecordKind kind, int row)
{
    if (kind != RecordKind::Observation)
        return;
    for (auto it = std::upper_bound(m_rows.begin(), m_rows.end(), row); it != m_rows.end(); ++it)
        --*it;
    emit changed();
}

} // namespace gapscope
