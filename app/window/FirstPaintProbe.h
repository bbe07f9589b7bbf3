#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace gapscope {

// Tells when a window has been painted for the first time: what a user waits for at start-up.
// Watches the paint events of the window and its children and reports once, after the painting
// in progress has ended.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QWidget *window);

signals:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    bool m_seen = false;
};

} // namespace gapscope
