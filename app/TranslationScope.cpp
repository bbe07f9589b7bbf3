#include "TranslationScope.h"

#include "LanguageManager.h"

#include <QCoreApplication>
#include <QEvent>

namespace gapscope {

TranslationScope::TranslationScope(LanguageManager *languages, Language lang)
{
    if (!languages || lang == languages->language())
        return;
    m_languages = languages;
    QCoreApplication::instance()->installEventFilter(this);
    m_languages->installTranslators(lang);
}

TranslationScope::~TranslationScope()
{
    if (!m_languages)
        return;
    m_languages->installTranslators(m_languages->language());
    QCoreApplication::instance()->removeEventFilter(this);
}

bool TranslationScope::eventFilter(QObject *watched, QEvent *event)
{
    // What installing and removing translators tells the application (which would pass it on to
    // every window): the interface's language has not changed.
    if (event->type() == QEvent::LanguageChange)
        return true;
    return QObject::eventFilter(watched, event);
}

} // namespace gapscope
