#pragma once

#include "domain/Dataset.h"
#include "domain/Record.h"
#include "query/ObservationIndex.h"
#include "store/RecordChanges.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace gapscope {

struct ImportBatch;
class WorkspaceLoader;

// The document the window shows (Tiled's MapDocument is the model): one workspace's records, the
// index of its observations, one connection to its store, the row versions its edits were read
// at, whether it may be written, and the undo stack of the user's edits.
//
// Records change only through this class, and every change is announced per record kind and
// row, so that models update the rows touched (beginInsertRows, dataChanged, beginRemoveRows)
// instead of resetting: an edit of one observation among a million rebuilds nothing.
// - add, edit, remove: one undoable edit, kept until save();
// - import: an import batch written to the store in one transaction, then appended; the fields it
//   fills on records the workspace has are one undo step;
// - replace: the dataset and index a background load (startLoading) read, swapped in whole.
class Workspace : public QObject
{
    Q_OBJECT

public:
    Workspace(Dataset dataset, const QString &path, QObject *parent = nullptr);
    // Frees a large dataset off the calling thread (a million observations take a second).
    ~Workspace() override;

    const Dataset &dataset() const { return m_dataset; }
    const ObservationIndex &index() const { return m_index; }
    QString path() const { return m_path; }
    QString displayName() const { return Store::displayName(m_path); }

    // A workspace this user cannot write: importing and editing refuse, with a reason.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    // The record of `kind` with `id`, as it is now.
    std::optional<Record> record(RecordKind kind, const QString &id) const;
    std::optional<Observation> observation(const QString &id) const;

    // Undoable edits, each pushed on undoStack(). Adding a record whose id exists, or editing or
    // removing one that does not, does nothing.
    void add(const Record &r);
    void edit(const Record &after);
    void remove(RecordKind kind, const QString &id);
    QUndoStack *undoStack() const { return m_stack; }
    bool isDirty() const;
    // What the edits change since the last save, with the row versions they were read at.
    RecordChanges changes() const;
    // Writes the edits in one transaction. A conflict (someone else saved one of the records on
    // a shared workspace) saves nothing and keeps the edits; errorString() says what happened.
    Store::SaveResult save();

    // Writes `batch` to the store in one transaction and appends its records. `progress` is
    // called as rows are written and cancels (rolling everything back) by returning false.
    bool import(const ImportBatch &batch, const std::function<bool(qint64, qint64)> &progress = {});
    // Copies the workspace, with every saved change, to a new SQLite file.
    bool saveCopyAs(const QString &path);

    // Reads the observations in a thread of their own (the dataset given had none) and swaps
    // them in when they are all there (replaced()); loadingFinished() says whether they were.
    void startLoading();
    bool isLoading() const;
    bool loadFailed() const { return m_loadFailed; }

    QString errorString() const { return m_error; }

signals:
    // Records of `kind` now at rows first..last of their list (appended, or an undone removal).
    void recordsInserted(gapscope::RecordKind kind, int first, int last);
    // The record of `kind` at `row` changed in place (its id stays).
    void recordChanged(gapscope::RecordKind kind, int row);
    // The record of `kind` at `row` is about to go (still readable), and is gone (later rows moved
    // up by one).
    void recordAboutToBeRemoved(gapscope::RecordKind kind, int row);
    void recordRemoved(gapscope::RecordKind kind, int row);
    // Indicators, units or entities were added (an import): lists of them are to be refilled.
    void referencesAdded();
    // The whole dataset was swapped (a background load): everything shows it anew.
    void replaced();
    // After any of the above, once per change, with the kind of record it touched.
    void changed(gapscope::RecordKind kind);
    void dirtyChanged(bool dirty);
    void loadProgress(qint64 done, qint64 total);
    void loadingFinished(bool ok);

private:
    // The one connection to the store, opened on first use.
    Store *store();
    bool refuseReadOnly();
    void apply(RecordKind kind, const QString &id, const std::optional<Record> &state);
    void push(const QString &text, RecordKind kind, const QString &id, std::optional<Record> before,
              std::optional<Record> after);
    void finishLoading();
    // After an import: the workspace's records it filled fields of (each with the row version read
    // before), in place as saved, in one undo step.
    void fillMatched(const QString &file, const QList<std::pair<Record, int>> &filled);

    Dataset m_dataset;
    ObservationIndex m_index;
    QString m_path;
    std::unique_ptr<Store> m_store;
    bool m_readOnly = false;
    QUndoStack *m_stack = nullptr;
    // Each touched record as it was at the last save (nothing: it did not exist), by recordKey().
    QHash<QString, std::optional<Record>> m_saved;
    WorkspaceLoader *m_loader = nullptr;
    bool m_loadFailed = false;
    QString m_error;
};

} // namespace gapscope
