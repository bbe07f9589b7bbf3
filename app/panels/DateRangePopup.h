#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gapscope {

// The filter bar's dates to the month or the day: a first and a last date, each written as a year,
// a month or a day (2024, 2024-03, 2024-03-15), as on the command line's --date, and a button back
// to whole years. A date that is not one, or a range that runs backwards, is named in a message
// and changes nothing.
class DateRangePopup : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangePopup(QWidget *parent = nullptr);

    // Shows the range's bounds (empty: open) without emitting rangeChosen(), and no message.
    void setRange(const QString &from, const QString &to);
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QPushButton *wholeYearsButton() const { return m_wholeYears; }
    // What is wrong with the dates typed, or empty.
    QString message() const;

signals:
    // Two good bounds, each a date as written above or empty (open), the first not after the last.
    void rangeChosen(const QString &from, const QString &to);
    void wholeYearsChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void pick();

    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_wholeYears = nullptr;
};

} // namespace gapscope
