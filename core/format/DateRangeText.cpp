#include "DateRangeText.h"

#include "DisplayText.h"
#include "query/Filter.h"

namespace gapscope {

QString DateRangeText::bound(int year, int month, int day, Language lang, int openYear)
{
    if (year == 0)
        return openYear ? QString::number(openYear) : QStringLiteral("…");
    return DisplayText::period(year, month, day, lang);
}

QString DateRangeText::of(const Filter &f, Language lang, int firstYear, int lastYear)
{
    if (!f.hasFinerDates()) {
        const QString from = f.yearFrom ? QString::number(f.yearFrom)
                                        : (firstYear ? QString::number(firstYear) : QStringLiteral("…"));
        const QString to = f.yearTo ? QString::number(f.yearTo)
                                    : (lastYear ? QString::number(lastYear) : QStringLiteral("…"));
        return from + QStringLiteral("–") + to;
    }
    // Spaced: the bounds are several words each.
    return bound(f.yearFrom, f.monthFrom, f.dayFrom, lang, firstYear) + QStringLiteral(" – ")
        + bound(f.yearTo, f.monthTo, f.dayTo, lang, lastYear);
}

} // namespace gapscope
