#pragma once

#include "Language.h"

#include <QString>

namespace gapscope {

// A text that exists in English and Korean.
struct LocalizedText
{
    QString en;
    QString ko;

    // The text in `lang`, falling back to English when no Korean exists.
    QString text(Language lang) const
    {
        if (lang == Language::Korean && !ko.isEmpty())
            return ko;
        return en;
    }
    bool isComplete() const { return !en.trimmed().isEmpty() && !ko.trimmed().isEmpty(); }
    bool isEmpty() const { return en.isEmpty() && ko.isEmpty(); }
    bool contains(const QString &needle) const
    {
        return en.contains(needle, Qt::CaseInsensitive) || ko.contains(needle, Qt::CaseInsensitive);
    }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace gapscope
