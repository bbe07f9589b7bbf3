#pragma once

#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "panels/ChartPanel.h"
#include "panels/RecordTablePanel.h"
#include "store/Store.h"

#include <QAbstractSeries>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace gapscope::test {

// The explorer window the GUI suites drive, started the way gapscope starts it: the frame painted
// first (MainWindow::Start::PaintFirst), the panels built after, and nothing driven before the
// window says it is whole (ready()). A suite derives from it next to QObject and calls
// setUpSuite() from initTestCase(), setUp() from init() and tearDown() from cleanup().
class ExplorerFixture
{
protected:
    static void setUpSuite()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of their own per suite: ctest runs the suites side by side.
        QCoreApplication::setApplicationName(QStringLiteral("gapscope-tests-")
                                             + QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    }

    // A fresh start (no settings) in English on the mini dataset. False when the window never
    // became whole.
    bool setUp()
    {
        QSettings().clear();
        m_languages = new LanguageManager;
        new InterfaceFont(m_languages, m_languages); // as the program does
        m_languages->setLanguage(Language::English);
        return showWindow(miniDataset(), QStringLiteral("mini.gapscope"));
    }

    void tearDown()
    {
        delete m_window;
        m_window = nullptr;
        delete m_languages;
        m_languages = nullptr;
    }

    // Starts `window` as gapscope's main() does: shown, then given the event loop until every
    // panel is built. False when that did not happen within `timeoutMs`.
    static bool startWhole(MainWindow *window, int timeoutMs = 20000)
    {
        window->show();
        if (!QTest::qWaitFor([window] { return window->isReady(); }, timeoutMs))
            return false;
        return QTest::qWaitForWindowExposed(window);
    }

    // Replaces the window by one on `dataset` and `workspace`, started as gapscope starts it.
    bool showWindow(Dataset dataset, const QString &workspace)
    {
        delete m_window;
        m_window = new MainWindow(std::move(dataset), workspace, m_languages, MainWindow::Start::PaintFirst);
        return startWhole(m_window);
    }

    // Replaces the window by one on the workspace file `workspace` (created with the bundled
    // dataset when it does not exist), everything read at once.
    bool openWindowOn(const QString &workspace)
    {
        std::optional<Dataset> loaded;
        {
            Store store;
            if (!store.open(workspace))
                return false;
            loaded = store.load();
        }
        return loaded && showWindow(std::move(*loaded), workspace);
    }

    int tableRows() const { return m_window->tablePanel()->view()->model()->rowCount(); }

    // The countries the chart's legend shows, in its order (not the legend's keys to the styles,
    // nor the series that draw a country's runs and points, which stay out of the legend).
    QStringList chartSeriesNames() const
    {
        QStringList names;
        for (const QString &label : m_window->chartPanel()->legendLabels()) {
            for (const Country &c : m_window->dataset().countries) {
                if (label == c.name.en || label == c.name.ko)
                    names.append(label);
            }
        }
        return names;
    }

    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

} // namespace gapscope::test
