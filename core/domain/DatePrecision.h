#pragma once

#include <QString>

#include <optional>

namespace gapscope {

// The finest date an indicator's figures may carry: a year, a month or a day (annual R&D spending
// is yearly, a model's training compute is dated to the day). Ordered from coarse to fine.
enum class DatePrecision { Year, Month, Day };

// The precision's id in the store, files and JSON: year, month, day.
inline QString datePrecisionId(DatePrecision precision)
{
    static const char *const ids[] = {"year", "month", "day"};
    return QLatin1String(ids[int(precision)]);
}

inline std::optional<DatePrecision> datePrecisionFromId(const QString &id)
{
    for (DatePrecision p : {DatePrecision::Year, DatePrecision::Month, DatePrecision::Day}) {
        if (datePrecisionId(p) == id)
            return p;
    }
    return std::nullopt;
}

// The precision of a date whose month and day are 0 where not known.
inline DatePrecision datePrecisionOf(int month, int day)
{
    return day != 0 ? DatePrecision::Day : month != 0 ? DatePrecision::Month : DatePrecision::Year;
}

} // namespace gapscope
