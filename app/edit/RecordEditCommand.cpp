#include "RecordEditCommand.h"

namespace gapscope {

RecordEditCommand::RecordEditCommand(const QString &text, const QString &key, std::optional<Record> before,
                                     std::optional<Record> after, Apply apply)
    : QUndoCommand(text), m_key(key), m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply))
{
}

void RecordEditCommand::undo()
{
    m_apply(m_key, m_before);
}

void RecordEditCommand::redo()
{
    m_apply(m_key, m_after);
}

} // namespace gapscope
