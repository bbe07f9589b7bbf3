#include "RecordEditCommand.h"

namespace gapscope {

RecordEditCommand::RecordEditCommand(const QString &text, RecordKind kind, const QString &id,
                                     std::optional<Record> before, std::optional<Record> after, Apply apply)
    : QUndoCommand(text), m_kind(kind), m_id(id), m_before(std::move(before)), m_after(std::move(after)),
      m_apply(std::move(apply))
{
}

void RecordEditCommand::undo()
{
    m_apply(m_kind, m_id, m_before);
}

void RecordEditCommand::redo()
{
    m_apply(m_kind, m_id, m_after);
}

} // namespace gapscope
