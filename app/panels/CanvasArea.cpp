#include "CanvasArea.h"

#include <QLabel>

namespace gapscope {

CanvasArea::CanvasArea(QWidget *canvas, QWidget *parent) : QStackedWidget(parent), m_canvas(canvas)
{
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    addWidget(m_canvas);
    addWidget(m_message);
}

void CanvasArea::showCanvas() { setCurrentWidget(m_canvas); }

void CanvasArea::showMessage(const QString &message)
{
    m_message->setText(message);
    setCurrentWidget(m_message);
}

QString CanvasArea::message() const { return currentWidget() == m_message ? m_message->text() : QString(); }

} // namespace gapscope
