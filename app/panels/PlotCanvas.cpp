#include "PlotCanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace gapscope {

PlotCanvas::PlotCanvas(const Dataset &dataset, QWidget *parent) : QWidget(parent), m_dataset(dataset)
{
    setMouseTracking(true);
    setMinimumSize(320, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

PlotCanvas::Colours PlotCanvas::windowColours() const
{
    return {palette().color(QPalette::Base), palette().color(QPalette::Text), palette().color(QPalette::Mid)};
}

void PlotCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    paintPlot(&painter, QRectF(rect()), windowColours(), font());
}

void PlotCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QString text = hoverAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    QWidget::mouseMoveEvent(event);
}

void PlotCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        clickAt(event->position());
    QWidget::mouseReleaseEvent(event);
}

} // namespace gapscope
