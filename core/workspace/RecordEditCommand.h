#pragma once

#include "domain/Record.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace gapscope {

// One edit of one record of any kind, undoable: adding (nothing -> record), changing
// (record -> record) or deleting (record -> nothing). `apply` puts a state in place.
class RecordEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(RecordKind kind, const QString &id, const std::optional<Record> &state)>;

    RecordEditCommand(const QString &text, RecordKind kind, const QString &id, std::optional<Record> before,
                      std::optional<Record> after, Apply apply);

    void undo() override;
    void redo() override;

private:
    RecordKind m_kind;
    QString m_id;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    Apply m_apply;
};

} // namespace gapscope
