#include "WindowScreenshot.h"

#include "MainWindow.h"
#include "panels/ScatterCanvas.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace gapscope {

WindowScreenshot::WindowScreenshot(MainWindow *window, const QString &file)
    : QObject(window), m_window(window), m_file(file)
{
    connect(window, &MainWindow::ready, this, &WindowScreenshot::shootWhenWhole);
    connect(window, &MainWindow::observationsLoaded, this, &WindowScreenshot::shootWhenWhole);
}

void WindowScreenshot::shootWhenWhole()
{
    if (m_window->isReady() && !m_window->isLoading())
        QTimer::singleShot(500, this, &WindowScreenshot::shoot);
}

void WindowScreenshot::shoot()
{
    const QPixmap picture = m_window->grab();
    // A scatter of many models draws its points in a worker: wait for them (up to 10 s).
    const QList<ScatterCanvas *> scatters = m_window->findChildren<ScatterCanvas *>();
    const bool pending = std::any_of(scatters.begin(), scatters.end(), [](const ScatterCanvas *canvas) {
        return canvas->isVisible() && canvas->pointsPending();
    });
    if (pending && ++m_waits < 500) {
        QTimer::singleShot(20, this, &WindowScreenshot::shoot);
        return;
    }
    const bool saved = picture.save(m_file);
    if (!saved)
        std::fprintf(stderr, "gapscope: %s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "cannot write %1").arg(m_file)));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace gapscope
