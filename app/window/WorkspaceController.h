#pragma once

#include <QObject>

class QAction;
class QMenu;
class QProgressBar;

namespace gapscope {

class ImportDialog;
class MainWindow;
struct ImportBatch;

// The workspace as a file: new, open and save as (File menu), importing data into it through the
// import dialog, and reading its observations in the background with the progress in the status
// bar. What it changes goes through the window's Workspace.
class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    // Adds its actions to `fileMenu`.
    WorkspaceController(MainWindow *window, QMenu *fileMenu);

    QAction *importAction() const { return m_importAction; }

    // Opens the import dialog on `path`; the caller runs it.
    ImportDialog *importDialog(const QString &path);
    // Writes `batch` into the workspace in one transaction, with a progress dialog that cancels.
    bool importBatch(const ImportBatch &batch);
    // Copies the workspace, with every saved change (saving the edits first), to a new SQLite file.
    bool saveWorkspaceAs(const QString &path);
    // Why the last import or save failed; empty after one that succeeded.
    QString errorString() const { return m_error; }

    // Reads the observations in the background, showing the progress, once the window is painted.
    void loadObservations();
    bool isLoading() const;
    bool loadFailed() const;

    void updateActions(bool writable);
    void retranslate();

signals:
    // The observations loadObservations() started reading are shown (or could not be read).
    void observationsLoaded(bool ok);

private:
    void importFile();
    // The reading's progress bar, shown while the observations are read, in the language.
    void showProgress();
    void finishLoading(bool ok);

    MainWindow *m_window;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_loadPending = false; // loadObservations() waits for the first paint
    QString m_error;
};

} // namespace gapscope
