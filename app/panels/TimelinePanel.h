#pragma once

#include <QSplitter>

namespace gapscope {

class EventTableModel;
class ExplorerState;
class RecordTablePanel;
class TimelineView;

// Policies and events: the timeline above (one lane per country) and the events table below,
// both showing the rows of one event model, so that they always agree. Clicking an event on the
// timeline selects it everywhere; an event selected elsewhere is highlighted on it.
class TimelinePanel : public QSplitter
{
    Q_OBJECT

public:
    TimelinePanel(EventTableModel *events, ExplorerState *state, QWidget *parent = nullptr);

    TimelineView *timeline() const { return m_timeline; }
    RecordTablePanel *events() const { return m_events; }

private:
    TimelineView *m_timeline = nullptr;
    RecordTablePanel *m_events = nullptr;
};

} // namespace gapscope
