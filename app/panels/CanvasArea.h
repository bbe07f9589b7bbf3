#pragma once

#include <QStackedWidget>

class QLabel;

namespace gapscope {

// Where a panel shows a canvas it paints itself (the models scatter, the bubble chart), or, when
// there is nothing to draw, a centred message saying why.
class CanvasArea : public QStackedWidget
{
    Q_OBJECT

public:
    CanvasArea(QWidget *canvas, QWidget *parent = nullptr);

    void showCanvas();
    void showMessage(const QString &message);
    // The message shown instead of the canvas, or nothing when the canvas is shown.
    QString message() const;

private:
    QWidget *m_canvas;
    QLabel *m_message = nullptr;
};

} // namespace gapscope
