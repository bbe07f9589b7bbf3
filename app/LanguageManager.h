#pragma once

#include "domain/Language.h"

#include <QFont>
#include <optional>
#include <QObject>
#include <QTranslator>

namespace gapscope {

// Owns the translators of the application (GapScope's own and Qt's qtbase) and installs the
// ones for the chosen language, with its default locale and interface font; the system locale
// decides when nothing was chosen. Widgets follow in changeEvent(QEvent::LanguageChange), reading
// the language from the default locale (interfaceLanguage()); models through languageChanged().
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    static Language systemLanguage();
    // The interface font for `lang` made from the platform's `base`: in Korean a Korean font first,
    // so that Hangul and Latin letters match; in English the platform's font with Korean fonts as
    // the fallback for Korean data. Families that are not installed are skipped.
    static QFont uiFont(Language lang, const QFont &base);

    void setLanguage(Language lang);
    Language language() const { return m_language; }

private:
    friend class TranslationScope;
    // The translators and default locale of `lang`, and nothing else.
    void installTranslators(Language lang);

public:

signals:
    void languageChanged(gapscope::Language lang);

private:
    Language m_language = Language::English;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
    std::optional<QFont> m_baseFont;
};

} // namespace gapscope
