#include "WorkspaceController.h"

#include "MainWindow.h"
#include "LanguageManager.h"
#include "import/ImportDialog.h"
#include "io/ImportReader.h"
#include "window/StartupSequence.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

namespace gapscope {

WorkspaceController::WorkspaceController(MainWindow *window, QMenu *fileMenu) : QObject(window), m_window(window)
{
    m_newAction = fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("New workspace"),
                                                          tr("workspace") + QStringLiteral(".gapscope"),
                                                          tr("GapScope workspace (*.gapscope)"));
        if (path.isEmpty())
            return;
        if (QFileInfo::exists(path)) {
            QMessageBox::warning(m_window, tr("New workspace"), tr("%1 already exists: open it, or choose a new name.").arg(path));
            return;
        }
        m_window->requestWorkspace(path);
    });
    m_openAction = fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open workspace"), QString(),
                                                          tr("GapScope workspace (*.gapscope);;All files (*)"));
        if (!path.isEmpty())
            m_window->requestWorkspace(path);
    });
    m_saveAsAction = fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Save workspace as"),
                                                          tr("workspace") + QStringLiteral(".gapscope"),
                                                          tr("GapScope workspace (*.gapscope)"));
        if (!path.isEmpty() && !saveWorkspaceAs(path))
            QMessageBox::warning(m_window, tr("Save workspace as"), m_error);
    });
    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(QString(), this, &WorkspaceController::importFile);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    fileMenu->addSeparator();
    m_newAction->setObjectName(QStringLiteral("newWorkspaceAction"));
    m_openAction->setObjectName(QStringLiteral("openWorkspaceAction"));
    m_saveAsAction->setObjectName(QStringLiteral("saveWorkspaceAsAction"));
    m_importAction->setObjectName(QStringLiteral("importAction"));

    Workspace *workspace = window->workspace();
    connect(workspace, &Workspace::loadProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
        m_progress->setFormat(tr("Reading observations… %1%").arg(total ? done * 100 / total : 0));
    });
    connect(workspace, &Workspace::loadingFinished, this, &WorkspaceController::finishLoading);
    // Reading competes with the first paint for the processor: it starts once that is done.
    connect(window->startup(), &StartupSequence::painted, this, [this] {
        if (m_loadPending) {
            m_loadPending = false;
            m_window->workspace()->startLoading();
        }
    });
}

void WorkspaceController::updateActions(bool writable)
{
    m_importAction->setEnabled(writable);
    showProgress();
}

void WorkspaceController::showProgress()
{
    if (!m_progress)
        return;
    const bool loading = isLoading();
    m_progress->setVisible(loading);
    // Until the first progress, which names the share read: the text alone.
    if (loading && m_progress->maximum() <= 1)
        m_progress->setFormat(tr("Reading observations…"));
}

ImportDialog *WorkspaceController::importDialog(const QString &path)
{
    auto *dialog = new ImportDialog(m_window->dataset(), path, m_window->language(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void WorkspaceController::importFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import"), QString(),
                                                      tr("Data files (*.csv *.tsv *.txt *.xlsx *.json *.zip);;CSV (*.csv);;Tab-separated text (*.tsv *.txt);;"
                                                         "Excel workbook (*.xlsx);;JSON (*.json);;"
                                                         "Our World in Data download (*.zip)"));
    if (path.isEmpty())
        return;
    ImportDialog *dialog = importDialog(path);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The dialog deletes itself once closed, at the next turn of the event loop, and the
        // import's progress runs the event loop: take what it read, and import after the dialog
        // is done closing (it still emits finished() after this), never touching it again.
        std::optional<ImportBatch> batch = dialog->batch();
        const QString problem = dialog->problem();
        QTimer::singleShot(0, this, [this, batch = std::move(batch), problem] {
            if (!batch)
                QMessageBox::warning(m_window, tr("Import"), problem);
            else if (!importBatch(*batch))
                QMessageBox::warning(m_window, tr("Import"), m_error);
        });
    });
    dialog->open();
}

bool WorkspaceController::importBatch(const ImportBatch &batch)
{
    m_error.clear();
    // Large files take a while: a progress bar, and Cancel rolls everything back.
    QProgressDialog progress(tr("Importing %1…").arg(batch.file), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    Workspace *workspace = m_window->workspace();
    const bool ok = workspace->import(batch, [&progress](qint64 done, qint64 total) {
        progress.setValue(int(done * 100 / std::max<qint64>(1, total)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.close();
    if (!ok) {
        m_error = workspace->errorString();
        return false;
    }
    const int records = int(batch.actors.size() + batch.models.size() + batch.clusters.size());
    const int observations = int(batch.observations.size());
    QString message;
    if (!batch.events.isEmpty())
        message = tr("Imported %n event(s) from %1", nullptr, int(batch.events.size())).arg(batch.file);
    else if (records)
        message = tr("Imported %1 and %2 from %3")
                      .arg(tr("%n record(s)", nullptr, records), tr("%n observation(s)", nullptr, observations), batch.file);
    else
        message = tr("Imported %n observation(s) from %1", nullptr, observations).arg(batch.file);
    if (batch.filledFields)
        message += tr("; %n field(s) filled on matched records", nullptr, batch.filledFields);
    m_window->statusBar()->showMessage(message, 10000);
    return true;
}

bool WorkspaceController::saveWorkspaceAs(const QString &path)
{
    m_error.clear();
    Workspace *workspace = m_window->workspace();
    if (workspace->isDirty() && !m_window->saveChanges()) {
        m_error = m_window->errorString();
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(workspace->path()).absoluteFilePath()) {
        m_error = tr("%1 is this workspace already.").arg(path);
        return false;
    }
    if (!workspace->saveCopyAs(path)) {
        m_error = workspace->errorString();
        return false;
    }
    m_window->statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 5000);
    return true;
}

void WorkspaceController::loadObservations()
{
    if (isLoading())
        return;
    if (!m_progress) {
        m_progress = new QProgressBar(m_window);
        m_progress->setTextVisible(true);
        m_progress->setMinimumWidth(260);
        m_window->statusBar()->addPermanentWidget(m_progress);
    }
    // Until the first progress, which also names the share read: the text alone.
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setToolTip(m_window->workspace()->displayName());
    if (m_window->startup()->isPainted())
        m_window->workspace()->startLoading();
    else
        m_loadPending = true;
    m_window->updateActions();
}

bool WorkspaceController::isLoading() const
{
    return m_loadPending || m_window->workspace()->isLoading();
}

bool WorkspaceController::loadFailed() const
{
    return m_window->workspace()->loadFailed();
}

void WorkspaceController::finishLoading(bool ok)
{
    m_window->updateActions(); // the chart draws once, with everything
    if (!ok) {
        m_window->showNotice(tr("The observations of this workspace could not be read. The other records are shown; "
                                "importing, editing and exporting stay off.\n\n%1")
                                 .arg(m_window->workspace()->errorString()));
    } else {
        m_window->statusBar()->showMessage(
            tr("Read %n observation(s)", nullptr, int(m_window->dataset().observations.size())), 5000);
    }
    emit observationsLoaded(ok);
}

void WorkspaceController::retranslate()
{
    m_newAction->setText(tr("&New workspace…"));
    m_openAction->setText(tr("Open &workspace…"));
    m_saveAsAction->setText(tr("Save workspace &as…"));
    m_importAction->setText(tr("&Import data…"));
    showProgress();
}

} // namespace gapscope
