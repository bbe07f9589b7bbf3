#pragma once

#include "domain/Language.h"

#include <QFont>
#include <optional>
#include <QObject>
#include <QTranslator>

namespace gapscope {

// Owns the translators of the application (GapScope's own and Qt's qtbase) and installs the
// ones for the chosen language; the system locale decides when nothing was chosen.
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
