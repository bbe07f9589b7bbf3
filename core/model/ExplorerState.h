#pragma once

#include "query/Filter.h"

#include <QObject>

namespace gapscope {

// What the user is looking at, shared by every panel: the filter, and the one record selected
// in any panel (its kind and id), so that selecting in one panel highlights in the others.
class ExplorerState : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, Country, Observation, Actor, Model, Event, Assessment, Swot, Dimension, Cluster };
    Q_ENUM(Kind)

    struct Selection
    {
        Kind kind = Kind::None;
        QString id;
        friend bool operator==(const Selection &, const Selection &) = default;
    };

    explicit ExplorerState(QObject *parent = nullptr) : QObject(parent) { }

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter)
    {
        if (filter == m_filter)
            return;
        m_filter = filter;
        emit filterChanged(m_filter);
    }

    // Tells every panel to show the filter again, after the records behind it changed.
    void refresh() { emit filterChanged(m_filter); }

    const Selection &selection() const { return m_selection; }
    void select(Kind kind, const QString &id)
    {
        const Selection s{id.isEmpty() ? Kind::None : kind, id};
        if (s == m_selection)
            return;
        m_selection = s;
        emit selectionChanged(m_selection);
    }
    void clearSelection() { select(Kind::None, {}); }

signals:
    void filterChanged(const gapscope::Filter &filter);
    void selectionChanged(const gapscope::ExplorerState::Selection &selection);

private:
    Filter m_filter;
    Selection m_selection;
};

} // namespace gapscope
