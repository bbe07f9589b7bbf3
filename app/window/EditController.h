#pragma once

#include "domain/Observation.h"
#include "domain/RecordKind.h"

#include <QList>
#include <QObject>

#include <optional>
#include <utility>

class QAction;
class QMenu;

namespace gapscope {

class MainWindow;
class ObservationDialog;
class RecordDialog;

// The Edit menu and what it does: undo and redo of the workspace's edits, the forms that add or
// edit a record of any kind (the one selected in any panel), deleting it, and saving the edits.
// Records change only through the window's Workspace.
class EditController : public QObject
{
    Q_OBJECT

public:
    explicit EditController(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // The form that adds an observation, or edits the selected one (nothing when none is).
    ObservationDialog *observationDialog(bool edit);
    // The form that adds a record of `kind`, or edits the selected one (nothing when the selection
    // is not of that kind).
    RecordDialog *recordDialog(RecordKind kind, bool edit);
    // Deletes the selected record, unless others depend on it (then says why and returns false).
    bool deleteSelected();
    // Writes the edits to the workspace in one transaction.
    bool saveChanges();
    // Before the window closes: asks whether to save unsaved edits, and saves them if so. False
    // when the window is to stay open (the user cancelled, or the save failed).
    bool settleBeforeClosing();
    // The kind of the record selected in any panel, when it is one that can be edited.
    std::optional<RecordKind> selectedRecord() const;

    // Enables what the workspace and the selection allow; `writable`: edits may be made now.
    void updateActions(bool writable);
    void retranslate();

    // Why the last of the calls above that return a bool failed; empty after one that succeeded.
    QString errorString() const { return m_error; }

private:
    void editSelected();
    // Widens the filter, saying how, when it hides the observation just added or edited.
    void reveal(const Observation &observation);

    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QMenu *m_addMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_saveAction = nullptr;
    QList<std::pair<QAction *, RecordKind>> m_addRecordActions;
    QString m_error;
};

} // namespace gapscope
