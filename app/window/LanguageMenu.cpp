#include "LanguageMenu.h"

#include "LanguageManager.h"
#include "Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

namespace gapscope {

LanguageMenu::LanguageMenu(QMenuBar *bar, LanguageManager *languages, QObject *parent)
    : QObject(parent), m_languages(languages)
{
    m_menu = bar->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_english = m_menu->addAction(QStringLiteral("English"));
    m_korean = m_menu->addAction(QStringLiteral("한국어"));
    for (QAction *a : {m_english, m_korean}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(m_english, &QAction::triggered, this, [this] { m_languages->setLanguage(Language::English); });
    connect(m_korean, &QAction::triggered, this, [this] { m_languages->setLanguage(Language::Korean); });
    // The language the user picks is the one the next run opens in.
    connect(m_languages, &LanguageManager::languageChanged, this, [this](Language l) {
        Settings::setLanguage(l);
        showLanguage();
    });
    m_menu->addSeparator();
    m_bothNames = m_menu->addAction(QString());
    m_bothNames->setCheckable(true);
    m_bothNames->setChecked(Settings::bothNames());
    connect(m_bothNames, &QAction::toggled, this, [this](bool on) {
        Settings::setBothNames(on);
        emit bothNamesChanged(on);
    });
    m_english->setObjectName(QStringLiteral("englishAction"));
    m_korean->setObjectName(QStringLiteral("koreanAction"));
    m_bothNames->setObjectName(QStringLiteral("bothNamesAction"));
    showLanguage();
}

void LanguageMenu::showLanguage()
{
    (m_languages->language() == Language::Korean ? m_korean : m_english)->setChecked(true);
}

void LanguageMenu::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    m_bothNames->setText(tr("Show names in &both languages"));
    m_bothNames->setStatusTip(tr("Names of organisations and AI models in the interface language and the other one"));
    // Fusion elides a menu item whose text it measures a fraction of a pixel wider than QMenu sized
    // the menu for, which the fractional advances of Hangul do to "(&B)" items: room to spare.
    m_menu->setMinimumWidth(0);
    m_menu->setMinimumWidth(m_menu->sizeHint().width() + m_menu->fontMetrics().averageCharWidth());
}

} // namespace gapscope
