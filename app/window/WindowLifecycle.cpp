#include "WindowLifecycle.h"

#include "MainWindow.h"
#include "WorkspaceOpener.h"

#include <QApplication>
#include <QPointer>

namespace gapscope {

WindowLifecycle::WindowLifecycle(WorkspaceOpener *opener, LanguageManager *languages)
    : m_opener(opener), m_languages(languages)
{
    QApplication::setQuitOnLastWindowClosed(false);
}

WindowLifecycle::~WindowLifecycle()
{
    // Windows still open at the end (a screenshot run, an unknown panel) go before the language manager they use.
    QList<QPointer<MainWindow>> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *main = qobject_cast<MainWindow *>(w))
            windows.append(main);
    }
    for (const QPointer<MainWindow> &w : std::as_const(windows))
        delete w.data();
}

MainWindow *WindowLifecycle::open(const QString &path)
{
    MainWindow *window = m_opener->open(path, m_languages);
    if (!window)
        return nullptr;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &MainWindow::workspaceRequested, window, [this, window](const QString &next) {
        // The window is closing; when the next workspace cannot be opened, this one opens again.
        if (!open(next))
            open(window->workspacePath());
    });
    QObject::connect(window, &QObject::destroyed, qApp, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<MainWindow *>(w))
                return;
        }
        QCoreApplication::quit();
    });
    return window;
}

} // namespace gapscope
