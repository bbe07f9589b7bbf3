#pragma once

#include <QString>

namespace gapscope {

// The two languages every visible text exists in. English is the source language.
enum class Language { English, Korean };

inline QString languageCode(Language lang)
{
    return lang == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

// Returns false and leaves `out` untouched when `code` is neither "en" nor "ko".
inline bool languageFromCode(const QString &code, Language *out)
{
    if (code == QLatin1String("en")) {
        *out = Language::English;
        return true;
    }
    if (code == QLatin1String("ko")) {
        *out = Language::Korean;
        return true;
    }
    return false;
}

} // namespace gapscope
