#pragma once

#include "domain/Record.h"

#include <QList>

namespace gapscope {

// Edits waiting to be saved: added records, and edited and removed records with the row version
// read before editing.
struct RecordChanges
{
    QList<Record> added;
    QList<std::pair<Record, int>> edited;
    QList<std::pair<Record, int>> removed;

    bool isEmpty() const { return added.isEmpty() && edited.isEmpty() && removed.isEmpty(); }
};

} // namespace gapscope
