#pragma once

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QTest>
#include <QTimer>

namespace gapscope::test {

// What a user does with the dialogs the program runs modally (QFileDialog::getOpenFileName and
// friends, message boxes): a timer that watches for them while the program waits in their event
// loop, and answers them through their widgets.
class UserActions : public QObject
{
public:
    UserActions()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &UserActions::poll);
        m_timer.start();
    }

    // The next file dialog: go to `directory`, type `names` (one, or several for a dialog that
    // takes several) into its file name box and press Enter.
    void answerFileDialog(const QString &directory, const QStringList &names)
    {
        m_directory = directory;
        m_names = names;
        m_fileDialogsAnswered = 0;
    }
    int fileDialogsAnswered() const { return m_fileDialogsAnswered; }
    // The texts of the message boxes that came up (each closed as soon as seen).
    QStringList messages() const { return m_messages; }
    void clearMessages() { m_messages.clear(); }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (qEnvironmentVariableIsSet("GAPSCOPE_TRACE_DIALOGS") && modal)
            qDebug("modal %s %d names %d answering %d title %s", modal->metaObject()->className(), int(modal->isVisible()),
                   int(m_names.size()), int(m_answering == modal), qPrintable(modal->windowTitle()));
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->isVisible()) {
            m_messages.append(box->text());
            box->reject();
            return;
        }
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog || !dialog->isVisible() || m_names.isEmpty() || m_answering == dialog)
            return;
        m_answering = dialog;
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!edit) {
            dialog->reject();
            return;
        }
        QStringList quoted;
        for (const QString &name : m_names) {
            const QString path = m_directory + QLatin1Char('/') + name;
            quoted.append(m_names.size() > 1 ? QLatin1Char('"') + path + QLatin1Char('"') : path);
        }
        // Set, not typed key by key: typing opens the completer's popup, which grabs the keyboard.
        edit->setText(quoted.join(QLatin1Char(' ')));
        // Then the dialog's Open or Save button, as a user clicks it.
        QPushButton *accept = nullptr;
        if (auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))) {
            for (QAbstractButton *b : buttons->buttons()) {
                if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                    accept = qobject_cast<QPushButton *>(b);
            }
        }
        if (qEnvironmentVariableIsSet("GAPSCOPE_TRACE_DIALOGS"))
            qDebug("accept %p enabled %d text %s", static_cast<void *>(accept), accept ? int(accept->isEnabled()) : -1,
                   qPrintable(edit->text()));
        if (accept)
            QTest::mouseClick(accept, Qt::LeftButton);
        else
            QTest::keyClick(edit, Qt::Key_Return);
        m_names.clear();
        ++m_fileDialogsAnswered;
    }

    QTimer m_timer;
    QString m_directory;
    QStringList m_names;
    QPointer<QFileDialog> m_answering;
    int m_fileDialogsAnswered = 0;
    QStringList m_messages;
};

} // namespace gapscope::test
