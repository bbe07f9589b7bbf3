#pragma once

#include "domain/Dataset.h"
#include "domain/Record.h"
#include "store/RecordChanges.h"
#include "store/Store.h"

#include <QHash>
#include <QObject>
#include <optional>

class QUndoStack;

namespace gapscope {

// The user's edits of records of every kind in the window: each an undoable command on the
// window's dataset, kept until saved. Saving writes them in one transaction; a conflict (someone
// else saved the same record on a shared workspace) saves nothing and keeps the edits.
class EditSession : public QObject
{
    Q_OBJECT

public:
    EditSession(Dataset &dataset, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    bool isDirty() const;

    // The record of `table` with `id`, as it is now.
    std::optional<Record> record(const QString &table, const QString &id) const;
    const Observation *observation(const QString &id) const;
    void add(const Record &r);
    void edit(const Record &after);
    void remove(const QString &table, const QString &id);

    // What the edits change since the last save, with the row versions they were read at.
    RecordChanges changes() const;
    Store::SaveResult save(Store &store, QString *error);

signals:
    // The dataset changed (an edit, an undo or a redo).
    void changed();
    void dirtyChanged(bool dirty);

private:
    std::optional<Record> find(const QString &key) const;
    void apply(const QString &key, const std::optional<Record> &state);
    void push(const QString &text, const QString &key, std::optional<Record> before, std::optional<Record> after);

    Dataset &m_dataset;
    QUndoStack *m_stack = nullptr;
    // Each touched record as it was at the last save (nothing: it did not exist).
    QHash<QString, std::optional<Record>> m_saved;
};

} // namespace gapscope
