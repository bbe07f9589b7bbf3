#include "Filter.h"

#include <limits>

namespace gapscope {

bool Filter::acceptsAnyDimension(const QStringList &ids) const
{
    if (dimensions.isEmpty())
        return true;
    for (const QString &id : ids) {
        if (dimensions.contains(id))
            return true;
    }
    return false;
}

bool Filter::acceptsEntity(const QString &id, const QString &kind, const QStringList &linked) const
{
    if (!entityKinds.isEmpty() && !entityKinds.contains(kind))
        return false;
    if (!entities.isEmpty() && !entities.contains(id))
        return false;
    if (countries.isEmpty() || countries.contains(id))
        return true;
    for (const QString &code : linked) {
        if (countries.contains(code))
            return true;
    }
    return false;
}

bool Filter::acceptsFocusEntity(const QString &id, const QStringList &linked) const
{
    return focus.isEmpty() || id == focus.country || linked.contains(focus.country);
}

int Filter::firstDateKey() const
{
    if (!yearFrom)
        return std::numeric_limits<int>::min();
    return dateKey(yearFrom, monthFrom ? monthFrom : 1, monthFrom && dayFrom ? dayFrom : 0);
}

int Filter::lastDateKey() const
{
    if (!yearTo)
        return std::numeric_limits<int>::max();
    return dateKey(yearTo, monthTo ? monthTo : 12, monthTo && dayTo ? dayTo : 31);
}

bool Filter::acceptsDate(int year, int month, int day) const
{
    if (year == 0)
        return true; // undated records pass, as acceptsYear() says
    // The period the value stands for: its year, its month or its day.
    const int first = dateKey(year, month ? month : 1, month && day ? day : 0);
    const int last = dateKey(year, month ? month : 12, month && day ? day : 31);
    return first <= lastDateKey() && last >= firstDateKey();
}

bool Filter::acceptsText(std::span<const LocalizedText> texts, std::span<const QString> words) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    for (const LocalizedText &t : texts) {
        if (t.contains(needle))
            return true;
    }
    for (const QString &word : words) {
        if (word.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool Filter::acceptsFocus(std::initializer_list<LocalizedText> texts, std::initializer_list<QString> ids) const
{
    if (focus.isEmpty())
        return true;
    for (const QString &id : ids) {
        if (id == focus.id)
            return true;
    }
    for (const LocalizedText &t : texts) {
        for (const QString &name : focus.names) {
            if (!name.isEmpty() && t.contains(name))
                return true;
        }
    }
    return false;
}

} // namespace gapscope
