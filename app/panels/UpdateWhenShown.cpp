#include "UpdateWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace gapscope {

UpdateWhenShown::UpdateWhenShown(QWidget *panel, std::function<void()> update)
    : QObject(panel), m_panel(panel), m_update(std::move(update))
{
    panel->installEventFilter(this);
}

void UpdateWhenShown::request()
{
    // A dock in a tab behind another stays "visible" to Qt; what shows of it is nothing.
    const bool onScreen = m_panel->isVisible() && !m_panel->visibleRegion().isEmpty();
    if (onScreen || !m_panel->window()->isVisible()) {
        m_pending = false;
        m_update();
    } else {
        m_pending = true;
    }
}

void UpdateWhenShown::flush()
{
    if (m_pending) {
        m_pending = false;
        m_update();
    }
}

bool UpdateWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // Shown, or painted as its dock's tab comes to the front: brought up to date, and painted
    // again with what it now shows.
    if (watched == m_panel && m_pending && (event->type() == QEvent::Show || event->type() == QEvent::Paint)) {
        m_pending = false;
        m_update();
        m_panel->update();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gapscope
