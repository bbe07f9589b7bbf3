#pragma once

#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "UserActions.h"
#include "store/Store.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace gapscope::test {

// The real window the journey suites walk through, with the user's hands on its modal dialogs
// (UserActions). A suite derives from it next to QObject and calls setUpSuite() from
// initTestCase(), setUp() from init() and tearDown() from cleanup(), which fails the test when a
// message box came up unasked for.
class JourneyFixture
{
protected:
    void setUpSuite(const QString &applicationName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(applicationName);
        QVERIFY(m_dir.isValid());
    }

    void setUp()
    {
        QSettings().clear();
        m_languages = new LanguageManager;
        new InterfaceFont(m_languages, m_languages); // as the program does
        m_languages->setLanguage(Language::English);
        m_user = new UserActions;
    }

    void tearDown()
    {
        // No message box came up unasked for.
        const QStringList messages = m_user->messages();
        delete m_window;
        m_window = nullptr;
        delete m_user;
        delete m_languages;
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QStringLiteral(" | "))));
    }

    // Replaces the window by one on the workspace file `workspace` (made from the bundled dataset
    // when it does not exist), shown and active.
    bool openWindow(const QString &workspace)
    {
        Store store;
        if (!store.open(workspace))
            return false;
        auto loaded = store.load();
        if (!loaded)
            return false;
        delete m_window;
        m_window = new MainWindow(std::move(*loaded), workspace, m_languages);
        m_window->show();
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window);
    }

    // Presses a shortcut in the window, as the user does once it is the active one again.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, key, modifiers);
    }

    // Clicks into a text box of a dialog, types `text` and leaves the box with Tab.
    void fillIn(QLineEdit *box, const QString &text)
    {
        QWidget *dialog = box->window();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::mouseClick(box, Qt::LeftButton);
        QTRY_VERIFY(box->hasFocus());
        bool ascii = true;
        for (QChar c : text)
            ascii &= c.unicode() < 128;
        if (ascii) {
            QTest::keyClicks(box, text);
        } else {
            // Hangul comes from the input method, composed and then committed.
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QApplication::sendEvent(box, &commit);
        }
        QTest::keyClick(box, Qt::Key_Tab);
        QTRY_VERIFY(!box->hasFocus());
    }

    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    UserActions *m_user = nullptr;
};

} // namespace gapscope::test
