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
    if (m_panel->isVisible() || !m_panel->window()->isVisible()) {
        m_pending = false;
        m_update();
    } else {
        m_pending = true;
    }
}

bool UpdateWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_update();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gapscope
