#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace gapscope {

class MainWindow;

// --measure-startup: start-up as the user waits for it. Prints the milliseconds since the program
// started until the window is painted, its panels built, then every observation shown and
// painted; and from the first paint on, the longest the window went without answering events,
// and the process's peak memory (peak-rss-kb). Then quits (1 when the observations could not be
// read).
class StartupMeasurement : public QObject
{
    Q_OBJECT

public:
    // A child of `window`.
    StartupMeasurement(MainWindow *window, const QElapsedTimer &sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const char *what) const;
    void finishIfWhole();
    void finish();
    static void reportPeakMemory();

    MainWindow *m_window;
    QElapsedTimer m_sinceStart;
    QTimer *m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
    bool m_waitingForPaint = false;
};

} // namespace gapscope
