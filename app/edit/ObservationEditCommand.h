#pragma once

#include "domain/Observation.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace gapscope {

// One edit of one observation, undoable: adding (nothing -> record), changing (record -> record)
// or deleting (record -> nothing). `apply` puts a state in place.
class ObservationEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QString &id, const std::optional<Observation> &state)>;

    ObservationEditCommand(const QString &text, std::optional<Observation> before, std::optional<Observation> after,
                           Apply apply);

    void undo() override;
    void redo() override;

private:
    QString m_id;
    std::optional<Observation> m_before;
    std::optional<Observation> m_after;
    Apply m_apply;
};

} // namespace gapscope
