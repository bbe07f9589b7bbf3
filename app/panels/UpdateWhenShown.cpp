#include "UpdateWhenShown.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace gapscope {

UpdateWhenShown::UpdateWhenShown(QWidget *panel, std::function<void()> update, OnScreen onScreen)
    : QObject(panel), m_panel(panel), m_update(std::move(update)), m_onScreen(onScreen)
{
    panel->installEventFilter(this);
}

void UpdateWhenShown::request()
{
    // A dock in a tab behind another stays "visible" to Qt; what shows of it is nothing.
    const bool onScreen = m_panel->isVisible() && !m_panel->visibleRegion().isEmpty();
    if (!m_panel->window()->isVisible() || (onScreen && m_onScreen == OnScreen::AtOnce)) {
        m_pending = false;
        m_update();
        return;
    }
    m_pending = true;
    if (onScreen && !m_turnAsked) {
        // A timer, not a queued call: the paints posted meanwhile (the table's) are done first,
        // in a turn of their own.
        m_turnAsked = true;
        if (!m_nextTurn) {
            m_nextTurn = new QTimer(this);
            m_nextTurn->setSingleShot(true);
            m_nextTurn->setInterval(0);
            connect(m_nextTurn, &QTimer::timeout, this, [this] {
                m_turnAsked = false;
                flush();
            });
        }
        m_nextTurn->start();
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
    // (A change asked for the next turn waits for it, not for a paint before it.)
    if (watched == m_panel && m_pending && !m_turnAsked
        && (event->type() == QEvent::Show || event->type() == QEvent::Paint)) {
        m_pending = false;
        m_update();
        m_panel->update();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gapscope
