#include "EditController.h"

#include "LanguageManager.h"
#include "MainWindow.h"
#include "edit/ObservationDialog.h"
#include "edit/RecordDialog.h"
#include "edit/RecordFields.h"
#include "format/DisplayText.h"
#include "model/ExplorerState.h"
#include "query/ObservationQuery.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace gapscope {

EditController::EditController(MainWindow *window) : QObject(window), m_window(window)
{
    Workspace *workspace = window->workspace();
    m_menu = window->menuBar()->addMenu(QString());
    // Plain actions rather than QUndoStack's, whose text it rewrites in English.
    QUndoStack *stack = workspace->undoStack();
    m_undoAction = m_menu->addAction(QString(), stack, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = m_menu->addAction(QString(), stack, &QUndoStack::redo);
    // Ctrl+Shift+Z everywhere, as the README says, with whatever else the platform calls Redo
    // (Ctrl+Y where no desktop theme says otherwise).
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z); !redo.contains(shiftZ))
        redo.prepend(shiftZ);
    m_redoAction->setShortcuts(redo);
    m_redoAction->setEnabled(false);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    m_menu->addSeparator();
    m_addAction = m_menu->addAction(QString(), this, [this] { observationDialog(false)->open(); });
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addMenu = m_menu->addMenu(QString());
    for (RecordKind kind : {RecordKind::Actor, RecordKind::Model, RecordKind::Event, RecordKind::Assessment,
                            RecordKind::Swot, RecordKind::Source}) {
        QAction *a = m_addMenu->addAction(QString(), this, [this, kind] { recordDialog(kind, false)->open(); });
        m_addRecordActions.append({a, kind});
    }
    m_editAction = m_menu->addAction(QString(), this, &EditController::editSelected);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction = m_menu->addAction(QString(), this, [this] { deleteSelected(); });
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_menu->addSeparator();
    m_saveAction = m_menu->addAction(QString(), this, [this] {
        if (!saveChanges())
            QMessageBox::warning(m_window, tr("Save changes"), m_error);
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_addAction->setObjectName(QStringLiteral("addObservationAction"));
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_saveAction->setObjectName(QStringLiteral("saveChangesAction"));

    // What was selected may be gone (an add undone, a delete): then nothing is.
    connect(workspace, &Workspace::changed, this, [this] {
        const ExplorerState::Kind kind = m_window->state()->selection().kind;
        // Clusters come from Epoch AI's file and are not edited here.
        const bool record = kind != ExplorerState::Kind::None && kind != ExplorerState::Kind::Country
            && kind != ExplorerState::Kind::Dimension && kind != ExplorerState::Kind::Cluster;
        if (record && !selectedRecord())
            m_window->state()->clearSelection();
    });
}

std::optional<RecordKind> EditController::selectedRecord() const
{
    const ExplorerState::Selection &s = m_window->state()->selection();
    RecordKind kind;
    switch (s.kind) {
    case ExplorerState::Kind::Observation:
        kind = RecordKind::Observation;
        break;
    case ExplorerState::Kind::Actor:
        kind = RecordKind::Actor;
        break;
    case ExplorerState::Kind::Model:
        kind = RecordKind::Model;
        break;
    case ExplorerState::Kind::Event:
        kind = RecordKind::Event;
        break;
    case ExplorerState::Kind::Assessment:
        kind = RecordKind::Assessment;
        break;
    case ExplorerState::Kind::Swot:
        kind = RecordKind::Swot;
        break;
    default:
        return std::nullopt;
    }
    if (m_window->workspace()->dataset().rowOf(kind, s.id) < 0)
        return std::nullopt;
    return kind;
}

void EditController::updateActions(bool writable)
{
    m_addAction->setEnabled(writable);
    m_saveAction->setEnabled(writable);
    m_addMenu->setEnabled(writable);
    const bool selected = writable && selectedRecord().has_value();
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
}

void EditController::editSelected()
{
    const auto kind = selectedRecord();
    if (!kind)
        return;
    if (*kind == RecordKind::Observation) {
        if (ObservationDialog *dialog = observationDialog(true))
            dialog->open();
    } else if (RecordDialog *dialog = recordDialog(*kind, true)) {
        dialog->open();
    }
}

ObservationDialog *EditController::observationDialog(bool edit)
{
    Workspace *workspace = m_window->workspace();
    ExplorerState *state = m_window->state();
    const bool isObservation = selectedRecord() == RecordKind::Observation;
    const std::optional<Observation> original =
        edit && isObservation ? workspace->observation(state->selection().id) : std::nullopt;
    if (edit && !original)
        return nullptr;
    auto *dialog = new ObservationDialog(workspace->dataset(), original ? &*original : nullptr, m_window->language(),
                                         m_window);
    // The kinds of entity the filter shows, and the edited observation's own.
    dialog->setEntityKinds(state->filter().entityKinds);
    if (!original)
        dialog->setEntity(RecordFields::defaultCountry(workspace->dataset(), *state));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, edit] {
        const Observation o = dialog->observation();
        if (edit)
            m_window->workspace()->edit(o);
        else
            m_window->workspace()->add(o);
        reveal(o);
        m_window->state()->select(ExplorerState::Kind::Observation, o.id);
    });
    return dialog;
}

RecordDialog *EditController::recordDialog(RecordKind kind, bool edit)
{
    Workspace *workspace = m_window->workspace();
    std::optional<Record> original;
    if (edit) {
        if (selectedRecord() != kind)
            return nullptr;
        original = workspace->record(kind, m_window->state()->selection().id);
    }
    auto *dialog = new RecordDialog(workspace->dataset(), kind, original ? &*original : nullptr, m_window->language(),
                                    m_window);
    if (!original)
        dialog->setValue(QStringLiteral("country"), RecordFields::defaultCountry(workspace->dataset(), *m_window->state()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, edit] {
        const Record r = dialog->record();
        if (edit)
            m_window->workspace()->edit(r);
        else
            m_window->workspace()->add(r);
    });
    return dialog;
}

bool EditController::deleteSelected()
{
    const auto kind = selectedRecord();
    if (!kind)
        return false;
    const Dataset &d = m_window->workspace()->dataset();
    const QString id = m_window->state()->selection().id;
    const Language lang = m_window->language();
    // An organisation that developed models cannot go before them.
    if (*kind == RecordKind::Actor) {
        QStringList models;
        for (const AiModel &m : d.models) {
            if (m.developer == id)
                models << m.name.text(lang);
        }
        if (!models.isEmpty()) {
            m_window->showNotice(tr("%1 developed %2: delete or reassign those models first.")
                                     .arg(DisplayText::actor(d, id, lang), models.join(QLatin1String(", "))));
            return false;
        }
    }
    m_window->workspace()->remove(*kind, id);
    m_window->state()->clearSelection();
    return true;
}

bool EditController::saveChanges()
{
    m_error.clear();
    Workspace *workspace = m_window->workspace();
    if (workspace->save() != Store::SaveResult::Saved) {
        m_error = workspace->errorString();
        return false;
    }
    m_window->statusBar()->showMessage(tr("Saved to %1").arg(workspace->displayName()), 5000);
    return true;
}

bool EditController::settleBeforeClosing()
{
    if (!m_window->workspace()->isDirty())
        return true;
    const auto answer = QMessageBox::question(m_window, tr("Unsaved changes"),
                                              tr("Save your changes to the workspace before closing?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save && !saveChanges()) {
        QMessageBox::warning(m_window, tr("Save changes"), m_error);
        return false;
    }
    return true;
}

void EditController::reveal(const Observation &o)
{
    // A record the filter hides would vanish as it is saved: the filter widens to show it, and
    // says how.
    ExplorerState *state = m_window->state();
    const Dataset &d = m_window->workspace()->dataset();
    Filter f = state->filter();
    const Language lang = m_window->language();
    QStringList widened;
    if (!f.acceptsCountry(o.country)) {
        f.countries.insert(o.country);
        widened << DisplayText::country(d, o.country, lang);
    }
    if (!f.acceptsFocusCountry(o.country)) {
        f.focus = {};
        widened << tr("no narrowing");
    }
    if (!f.acceptsDate(o.year, o.month, o.day)) {
        // The bound it falls outside goes back to the whole of its year.
        const int key = Filter::dateKey(o.year, o.month, o.day);
        if (f.yearFrom && key < f.firstDateKey()) {
            f.yearFrom = o.year;
            f.monthFrom = f.dayFrom = 0;
        }
        if (f.yearTo && key > f.lastDateKey()) {
            f.yearTo = o.year;
            f.monthTo = f.dayTo = 0;
        }
        widened << DisplayText::period(o.year, o.month, o.day, lang);
    }
    const Indicator *indicator = d.indicator(o.indicator);
    if (!f.acceptsIndicator(o.indicator)) {
        f.indicators.insert(o.indicator);
        widened << DisplayText::indicator(d, o.indicator, lang);
    }
    if (indicator && !f.acceptsDimension(indicator->dimension)) {
        f.dimensions.insert(indicator->dimension);
        widened << DisplayText::dimension(d, indicator->dimension, lang);
    }
    // Only the search hides it.
    if (f == state->filter() && !f.text.trimmed().isEmpty()
        && !m_window->query()->contains(int(d.rowOf(RecordKind::Observation, o.id)))) {
        f.text.clear();
        widened << tr("no search");
    }
    if (widened.isEmpty())
        return;
    state->setFilter(f);
    m_window->statusBar()->showMessage(
        tr("The filter now shows the new observation: %1").arg(widened.join(QStringLiteral(", "))), 10000);
}

void EditController::retranslate()
{
    m_menu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_addAction->setText(tr("&Add observation…"));
    m_addMenu->setTitle(tr("Add &other record"));
    for (const auto &[action, kind] : std::as_const(m_addRecordActions)) {
        switch (kind) {
        case RecordKind::Actor:
            action->setText(tr("&Organisation…"));
            break;
        case RecordKind::Model:
            action->setText(tr("AI &model…"));
            break;
        case RecordKind::Event:
            action->setText(tr("&Event…"));
            break;
        case RecordKind::Assessment:
            action->setText(tr("&Assessment…"));
            break;
        case RecordKind::Swot:
            action->setText(tr("&SWOT item…"));
            break;
        default:
            action->setText(tr("So&urce…"));
            break;
        }
    }
    m_editAction->setText(tr("&Edit selected…"));
    m_deleteAction->setText(tr("&Delete selected"));
    m_saveAction->setText(tr("&Save changes"));
}

} // namespace gapscope
