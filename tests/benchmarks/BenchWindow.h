#pragma once

#include "MainWindow.h"

#include <QEventLoop>

namespace gapscope::bench {

// Runs the event loop until every panel of `window` is built and, when its observations are read
// in the background (`background`), every one is loaded: what the cases in the window wait for.
inline void waitUntilLoaded(MainWindow &window, bool background)
{
    QEventLoop loop;
    bool loaded = !background;
    QObject::connect(&window, &MainWindow::observationsLoaded, &loop, [&](bool ok) {
        if (!ok)
            qFatal("the benchmark workspace's observations do not load");
        loaded = true;
        loop.quit();
    });
    QObject::connect(&window, &MainWindow::ready, &loop, &QEventLoop::quit);
    if (background)
        window.loadObservations();
    while (!loaded || !window.isReady())
        loop.exec();
}

} // namespace gapscope::bench
