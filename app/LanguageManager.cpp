#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace gapscope {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

Language LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? Language::Korean : Language::English;
}

void LanguageManager::setLanguage(Language lang)
{
    m_language = lang;
    installTranslators(lang);
    emit languageChanged(lang);
    // Qt posts the change to every window; delivered now, so that the whole interface is in the
    // new language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void LanguageManager::installTranslators(Language lang)
{
    // The locale first: widgets read the language from it when they are told of the change.
    const QLocale locale = lang == Language::Korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                                    : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    // English is the source language: its translator only gives counts their plural forms.
    const bool app = m_app.load(lang == Language::Korean ? QStringLiteral(":/i18n/gapscope_ko.qm")
                                                         : QStringLiteral(":/i18n/gapscope_en.qm"));
    const bool qt = lang == Language::Korean
        && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (app)
        QCoreApplication::installTranslator(&m_app);
    if (qt)
        QCoreApplication::installTranslator(&m_qt);
    m_installed = app || qt;
}

} // namespace gapscope
