#pragma once

#include "domain/Language.h"

#include <QObject>

namespace gapscope {

class LanguageManager;

// Texts in another language than the interface's for as long as it lives, without switching the
// interface: an export of a view in Korean from the English window. It installs that language's
// translators and default locale, keeps Qt's language-change events from the windows (so nothing
// on screen is retranslated, refonted or saved), and puts the interface's back when it goes.
// Nothing happens when the language is the interface's.
class TranslationScope : public QObject
{
    Q_OBJECT

public:
    TranslationScope(LanguageManager *languages, Language lang);
    ~TranslationScope() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LanguageManager *m_languages = nullptr; // set while another language is in force
};

} // namespace gapscope
