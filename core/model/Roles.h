#pragma once

#include <Qt>

namespace gapscope {

// Roles every model answers where they apply, so that views, panels and filters work on ids,
// codes and years instead of on display text.
enum Role {
    IdRole = Qt::UserRole + 1, // QString: the record's stable id
    CountryRole, // QString: ISO 3166-1 alpha-3 code
    DimensionRole, // QString (or QStringList for actors): dimension ids
    YearRole, // int: year, 0 when undated
    IndicatorRole, // QString: indicator id
    KindRole, // QString: the record's kind code
    SourceRole, // QString: source id
    ValueRole, // double: an observation's value in its unit
    UnitRole, // QString: unit id
    QuadrantRole, // QString: S, W, O or T
    SortRole, // a value that sorts naturally (numbers as numbers)
};

} // namespace gapscope
