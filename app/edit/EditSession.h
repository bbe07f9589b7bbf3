#pragma once

#include "domain/Dataset.h"
#include "store/ObservationChanges.h"
#include "store/Store.h"

#include <QHash>
#include <QObject>
#include <optional>

class QUndoStack;

namespace gapscope {

// The user's edits of observations in the window: each an undoable command on the window's
// dataset, kept until saved. Saving writes them in one transaction; a conflict (someone else
// saved the same record on a shared workspace) saves nothing and keeps the edits.
class EditSession : public QObject
{
    Q_OBJECT

public:
    EditSession(Dataset &dataset, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    bool isDirty() const;

    const Observation *observation(const QString &id) const;
    void add(const Observation &o);
    void edit(const Observation &after);
    void remove(const QString &id);

    // What the edits change since the last save, with the row versions they were read at.
    ObservationChanges changes() const;
    Store::SaveResult save(Store &store, QString *error);

signals:
    // The dataset's observations changed (an edit, an undo or a redo).
    void changed();
    void dirtyChanged(bool dirty);

private:
    void apply(const QString &id, const std::optional<Observation> &state);

    Dataset &m_dataset;
    QUndoStack *m_stack = nullptr;
    // Each touched record as it was at the last save (nothing: it did not exist).
    QHash<QString, std::optional<Observation>> m_saved;
};

} // namespace gapscope
