#include "ObservationEditCommand.h"

namespace gapscope {

ObservationEditCommand::ObservationEditCommand(const QString &text, std::optional<Observation> before,
                                               std::optional<Observation> after, Apply apply)
    : QUndoCommand(text), m_id(before ? before->id : after->id), m_before(std::move(before)),
      m_after(std::move(after)), m_apply(std::move(apply))
{
}

void ObservationEditCommand::undo()
{
    m_apply(m_id, m_before);
}

void ObservationEditCommand::redo()
{
    m_apply(m_id, m_after);
}

} // namespace gapscope
