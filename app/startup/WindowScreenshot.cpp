#include "WindowScreenshot.h"

#include "MainWindow.h"

#include <QCoreApplication>
#include <QTimer>

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
    const bool saved = m_window->grab().save(m_file);
    if (!saved)
        std::fprintf(stderr, "gapscope: %s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "cannot write %1").arg(m_file)));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace gapscope
