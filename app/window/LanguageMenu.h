#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;

namespace gapscope {

class LanguageManager;

// The Language menu: English or 한국어 (each written in its own language), and names of
// organisations and models in both languages. The choice of language is remembered for the
// next run; so is the names setting, which `showBothNames` applies.
class LanguageMenu : public QObject
{
    Q_OBJECT

public:
    LanguageMenu(QMenuBar *bar, LanguageManager *languages, QObject *parent);

    QAction *bothNamesAction() const { return m_bothNames; }
    // Ticks the interface's language.
    void showLanguage();
    void retranslate();

signals:
    void bothNamesChanged(bool on);

private:
    LanguageManager *m_languages;
    QMenu *m_menu = nullptr;
    QAction *m_english = nullptr;
    QAction *m_korean = nullptr;
    QAction *m_bothNames = nullptr;
};

} // namespace gapscope
