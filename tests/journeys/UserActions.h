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

    // The next file dialog (after those already asked for): write the paths of `names` in
    // `directory` (one, or several for a dialog that takes several) into its file name box and
    // click its Open or Save button.
    void answerFileDialog(const QString &directory, const QStringList &names) { m_answers.append({directory, names}); }
    // The answers asked for that no dialog has taken yet.
    int pendingAnswers() const { return int(m_answers.size()); }
    // The texts of the message boxes that came up (each closed as soon as seen).
    QStringList messages() const { return m_messages; }
    void clearMessages() { m_messages.clear(); }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->isVisible()) {
            m_messages.append(box->text());
            box->reject();
            return;
        }
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog || !dialog->isVisible() || m_answers.isEmpty() || m_answering == dialog)
            return;
        m_answering = dialog;
        const auto [directory, names] = m_answers.takeFirst();
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!edit) {
            dialog->reject();
            return;
        }
        QStringList quoted;
        for (const QString &name : names) {
            const QString path = directory + QLatin1Char('/') + name;
            quoted.append(names.size() > 1 ? QLatin1Char('"') + path + QLatin1Char('"') : path);
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
        if (accept)
            QTest::mouseClick(accept, Qt::LeftButton);
        else
            QTest::keyClick(edit, Qt::Key_Return);
    }

    QTimer m_timer;
    QList<std::pair<QString, QStringList>> m_answers;
    QPointer<QFileDialog> m_answering;
    QStringList m_messages;
};

} // namespace gapscope::test
