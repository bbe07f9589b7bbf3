#pragma once

#include <QLocale>
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

// The language of the interface: the default locale's, which LanguageManager sets before it
// installs the translators. Widgets read it when they get QEvent::LanguageChange.
inline Language interfaceLanguage()
{
    return QLocale().language() == QLocale::Korean ? Language::Korean : Language::English;
}

} // namespace gapscope
