#include "TimelinePanel.h"

#include "RecordTablePanel.h"
#include "TimelineView.h"
#include "model/EventTableModel.h"
#include "model/ExplorerState.h"

#include <QScrollArea>

namespace gapscope {

TimelinePanel::TimelinePanel(EventTableModel *events, ExplorerState *state, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
{
    // The table first: it gives the model the filter the timeline then draws.
    m_events = new RecordTablePanel(events, ExplorerState::Kind::Event, state, this);
    m_timeline = new TimelineView(events, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_timeline);
    addWidget(scroll);
    addWidget(m_events);
    setStretchFactor(0, 2);
    setStretchFactor(1, 1);
    connect(m_timeline, &TimelineView::eventClicked, this,
            [state](const QString &id) { state->select(ExplorerState::Kind::Event, id); });
    connect(state, &ExplorerState::selectionChanged, m_timeline, [this](const ExplorerState::Selection &s) {
        m_timeline->setSelectedEvent(s.kind == ExplorerState::Kind::Event ? s.id : QString());
    });
}

} // namespace gapscope
