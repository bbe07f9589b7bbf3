#pragma once

#include "domain/Language.h"

#include <QObject>
#include <QTranslator>

namespace gapscope {

// Owns the translators of the application (GapScope's own and Qt's qtbase) and installs the
// ones for the chosen language with its default locale, and nothing else; the system locale
// decides when nothing was chosen. Widgets follow in changeEvent(QEvent::LanguageChange), reading
// the language from the default locale (interfaceLanguage()); models and the InterfaceFont
// through languageChanged().
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    static Language systemLanguage();

    void setLanguage(Language lang);
    Language language() const { return m_language; }

signals:
    void languageChanged(gapscope::Language lang);

private:
    friend class TranslationScope;
    // The translators and default locale of `lang`.
    void installTranslators(Language lang);

    Language m_language = Language::English;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace gapscope
