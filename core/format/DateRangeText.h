#pragma once

#include "domain/Language.h"

#include <QString>

namespace gapscope {

class Filter;

// A filter's date range as people read it. Years alone: "2018–2023", "2018–…", "…–2023". With a
// month or a day: each bound as a date ("March 15, 2010 – September 30, 2020", "2010년 3월 15일 –
// 2020년 9월 30일"; a bound without a day is its month, one without a month its year). An open
// bound is `firstYear` or `lastYear` when given, else "…".
class DateRangeText
{
public:
    static QString of(const Filter &filter, Language lang, int firstYear = 0, int lastYear = 0);
    // One bound: year (0: open), month and day (0 where not set).
    static QString bound(int year, int month, int day, Language lang, int openYear = 0);
};

} // namespace gapscope
