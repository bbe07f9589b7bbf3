#include "Filter.h"

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
