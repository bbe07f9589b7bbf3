#pragma once

#include "domain/ObservationTable.h"

#include <vector>

namespace gapscope {

// Sorts observations read in the order a workspace file keeps them into the order the window
// shows them, that of StoreReader::observationsQuery(): by indicator, entity, year, month, day and
// id, texts compared by their UTF-8 bytes as SQLite's ORDER BY compares them. In memory and
// cheaply (a radix sort of one 64-bit key per row, the ids compared only between rows whose key
// is the same), where SQLite's own sort of ten million rows took most of their reading.
class ObservationOrder
{
public:
    // The order that sorts the rows of `table` from `first` on (for ObservationTable::reorder),
    // or none when they are sorted already.
    static std::vector<quint32> of(const ObservationTable &table, qsizetype first);
};

} // namespace gapscope
