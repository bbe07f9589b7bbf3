#include "FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace gapscope {

FirstPaintProbe::FirstPaintProbe(QWidget *window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_seen = true;
        qApp->removeEventFilter(this);
        // The whole window is painted in this pass; report when it is over.
        QTimer::singleShot(0, this, &FirstPaintProbe::painted);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gapscope
