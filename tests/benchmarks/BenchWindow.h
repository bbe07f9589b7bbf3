#pragma once

#include "MainWindow.h"
#include "panels/ChartPanel.h"

#include <QApplication>
#include <QElapsedTimer>
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

// Notes the paint events of the chart panel and of the table panel, wherever in them they land.
// A paint of the chart counts once the chart is drawn from the rows (not while its drawing waits
// for the event loop's next turn, see ChartPanel::redrawPending()).
class PanelPaints : public QObject
{
public:
    PanelPaints(ChartPanel *chart, QWidget *table) : m_chart(chart), m_table(table) { qApp->installEventFilter(this); }
    ~PanelPaints() override { qApp->removeEventFilter(this); }

    // Runs the event loop until the chart (when `chart`) and the table (when `table`) have been
    // painted since the call, the paint included; false when that takes more than ten seconds.
    bool waitFor(bool chart = true, bool table = true)
    {
        m_chartPainted = m_tablePainted = false;
        QElapsedTimer guard;
        guard.start();
        while ((chart && !m_chartPainted) || (table && !m_tablePainted)) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            if (guard.elapsed() > 10000)
                return false;
        }
        return true;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *w = static_cast<QWidget *>(watched);
            m_chartPainted = m_chartPainted || ((w == m_chart || m_chart->isAncestorOf(w)) && !m_chart->redrawPending());
            m_tablePainted = m_tablePainted || w == m_table || m_table->isAncestorOf(w);
        }
        return false;
    }

private:
    ChartPanel *m_chart;
    QWidget *m_table;
    bool m_chartPainted = false;
    bool m_tablePainted = false;
};

} // namespace gapscope::bench
