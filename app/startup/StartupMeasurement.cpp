#include "StartupMeasurement.h"

#include "MainWindow.h"
#include "panels/ChartPanel.h"
#include "window/FirstPaintProbe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace gapscope {

StartupMeasurement::StartupMeasurement(MainWindow *window, const QElapsedTimer &sinceStart)
    : QObject(window), m_window(window), m_sinceStart(sinceStart), m_ticker(new QTimer(this))
{
    m_ticker->setInterval(5);
    connect(m_ticker, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
    auto *probe = new FirstPaintProbe(window);
    connect(probe, &FirstPaintProbe::painted, this, [this] {
        report("first-paint-ms");
        m_sinceTick.start();
        m_ticker->start();
    });
    connect(window, &MainWindow::ready, this, [this] {
        report("ready-ms");
        finishIfWhole();
    });
    connect(window, &MainWindow::observationsLoaded, this, [this](bool ok) {
        if (!ok)
            QCoreApplication::exit(1);
        else
            finishIfWhole();
    });
}

void StartupMeasurement::report(const char *what) const
{
    std::printf("%s %lld\n", what, m_sinceStart.elapsed());
    std::fflush(stdout);
}

void StartupMeasurement::reportPeakMemory()
{
    // Linux: the process's peak resident memory so far, in KiB.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:")) {
            std::printf("peak-rss-kb %lld\n", line.mid(6).trimmed().split(' ').value(0).toLongLong());
            return;
        }
    }
}

void StartupMeasurement::finishIfWhole()
{
    if (!m_window->isReady() || m_window->isLoading() || m_waitingForPaint)
        return;
    // Everything is in: measured until the window has painted it, the chart drawn from it (in
    // the turn after, ChartPanel::redrawPending()) included.
    m_waitingForPaint = true;
    qApp->installEventFilter(this);
    m_window->update();
}

bool StartupMeasurement::eventFilter(QObject *watched, QEvent *event)
{
    if (m_waitingForPaint && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window
        && !(m_window->chartPanel() && m_window->chartPanel()->redrawPending())) {
        m_waitingForPaint = false;
        qApp->removeEventFilter(this);
        // The whole window is painted in this pass: reported when it is over.
        QTimer::singleShot(0, this, &StartupMeasurement::finish);
    }
    return QObject::eventFilter(watched, event);
}

void StartupMeasurement::finish()
{
    m_longest = std::max(m_longest, m_sinceTick.elapsed());
    std::printf("longest-stall-ms %lld\n", m_longest);
    reportPeakMemory();
    report("loaded-ms");
    QCoreApplication::exit(0);
}

} // namespace gapscope
