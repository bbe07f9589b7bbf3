#include "StartupMeasurement.h"

#include "MainWindow.h"
#include "window/FirstPaintProbe.h"

#include <QCoreApplication>
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

void StartupMeasurement::finishIfWhole()
{
    if (!m_window->isReady() || m_window->isLoading())
        return;
    m_longest = std::max(m_longest, m_sinceTick.elapsed());
    std::printf("longest-stall-ms %lld\n", m_longest);
    report("loaded-ms");
    QCoreApplication::exit(0);
}

} // namespace gapscope
