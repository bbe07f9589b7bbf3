#include "WorkspaceOpener.h"

#include "MainWindow.h"

#include <QMessageBox>

namespace gapscope {

void WorkspaceOpener::readInBackground(const QString &path)
{
    m_firstRead = std::async(std::launch::async, OpenedWorkspace::read, path);
}

MainWindow *WorkspaceOpener::open(const QString &path, LanguageManager *languages)
{
    OpenedWorkspace opened = read(path);
    if (!opened.dataset) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "GapScope"),
                              QCoreApplication::translate("main", "The workspace cannot be opened.\n\n%1")
                                  .arg(opened.error));
        return nullptr;
    }
    auto *window = new MainWindow(std::move(*opened.dataset), path, languages, MainWindow::Start::PaintFirst);
    window->show();
    if (opened.readOnly)
        window->setReadOnly(true);
    if (opened.background)
        window->loadObservations();
    if (opened.update)
        window->showNotice(opened.update->summary());
    if (!opened.updateError.isEmpty())
        window->showNotice(QCoreApplication::translate("main", "The workspace was not updated to the bundled dataset "
                                                               "and opened as it was.\n\n%1")
                               .arg(opened.updateError));
    return window;
}

OpenedWorkspace WorkspaceOpener::read(const QString &path)
{
    if (!m_firstRead.valid())
        return OpenedWorkspace::read(path);
    OpenedWorkspace opened = m_firstRead.get();
    // Not the workspace asked for, or texts written while the translators were being installed:
    // read again, here (keeping word of an update the first reading made).
    if (opened.path != path || !opened.error.isEmpty() || !opened.updateError.isEmpty()) {
        const std::optional<DatasetUpdate> update = opened.path == path ? opened.update : std::nullopt;
        opened = OpenedWorkspace::read(path);
        if (!opened.update)
            opened.update = update;
    }
    return opened;
}

} // namespace gapscope
