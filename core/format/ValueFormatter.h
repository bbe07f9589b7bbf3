#pragma once

#include "domain/Language.h"

#include <QString>

namespace gapscope {

struct Unit;

// Writes numbers the way readers of each language expect: English groups by thousand and
// names millions, billions and trillions; Korean groups by 만, 억 and 조.
class ValueFormatter
{
public:
    static QString number(double value, Language lang);
    // The number with its unit, following the unit's pattern in that language.
    static QString withUnit(double value, const Unit *unit, Language lang);

    // `value` as a mantissa of at most two decimals times a power of ten: 2.69 × 10²⁴. number()
    // writes so the numbers beyond the language's named units (training compute in FLOP) and the
    // very small, where a scale word or decimals would run to dozens of digits.
    static QString scientific(double value, Language lang);
    // `value` with the language's separators and at most `maxDecimals` decimals, trailing zeros
    // dropped, without scale words.
    static QString plain(double value, Language lang, int maxDecimals);
};

} // namespace gapscope
