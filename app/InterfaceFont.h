#pragma once

#include "domain/Language.h"

#include <QFont>
#include <QObject>

namespace gapscope {

class LanguageManager;

// The application's font, following the interface language: in Korean a Korean font first, so
// that Hangul and Latin letters match; in English the platform's font with Korean fonts behind
// it for Korean data. Made from the platform's font as it was when this was created.
class InterfaceFont : public QObject
{
    Q_OBJECT

public:
    // Sets the font for the manager's language now and again whenever it changes.
    explicit InterfaceFont(LanguageManager *languages, QObject *parent = nullptr);

    // The interface font for `lang` made from `base`. Families that are not installed are skipped.
    static QFont forLanguage(Language lang, const QFont &base);

private:
    void apply(Language lang);

    QFont m_base;
};

} // namespace gapscope
