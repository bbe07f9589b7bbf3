#pragma once

#include <QObject>
#include <QString>

namespace gapscope {

class MainWindow;

// --screenshot, for documentation and visual checks: saves the window as it is painted once every
// panel is built and every observation shown (and every picture drawn in a worker), then quits (1 when the file cannot be written).
class WindowScreenshot : public QObject
{
    Q_OBJECT

public:
    // A child of `window`.
    WindowScreenshot(MainWindow *window, const QString &file);

private:
    void shootWhenWhole();
    void shoot();

    MainWindow *m_window;
    QString m_file;
    int m_waits = 0; // for pictures drawn in a worker
};

} // namespace gapscope
