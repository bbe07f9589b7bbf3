#pragma once

#include "domain/Observation.h"

#include <QList>

namespace gapscope {

// Edits to observations waiting to be saved: added records, edited records with the row version
// read before editing, and removed records with theirs.
struct ObservationChanges
{
    QList<Observation> added;
    QList<std::pair<Observation, int>> edited;
    QList<std::pair<QString, int>> removed;

    bool isEmpty() const { return added.isEmpty() && edited.isEmpty() && removed.isEmpty(); }
};

} // namespace gapscope
