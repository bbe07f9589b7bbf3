#include "DateRangePopup.h"

#include "cli/FilterParser.h"
#include "query/Filter.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gapscope {

DateRangePopup::DateRangePopup(QWidget *parent) : QWidget(parent)
{
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = new QLineEdit(this);
    m_to = new QLineEdit(this);
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
        connect(edit, &QLineEdit::editingFinished, this, &DateRangePopup::pick);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->hide();
    m_wholeYears = new QPushButton(this);
    connect(m_wholeYears, &QPushButton::clicked, this, &DateRangePopup::wholeYearsChosen);

    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_wholeYears);
    retranslateUi();
}

void DateRangePopup::setRange(const QString &from, const QString &to)
{
    if (m_from->text() != from)
        m_from->setText(from);
    if (m_to->text() != to)
        m_to->setText(to);
    m_message->clear();
    m_message->hide();
}

QString DateRangePopup::message() const
{
    return m_message->text();
}

void DateRangePopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateRangePopup::retranslateUi()
{
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    for (QLineEdit *edit : {m_from, m_to})
        edit->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    m_from->setAccessibleName(tr("First date"));
    m_to->setAccessibleName(tr("Last date"));
    m_from->setToolTip(tr("The first year, month or day shown, such as 2024, 2024-03 or 2024-03-15; empty: from the first"));
    m_to->setToolTip(tr("The last year, month or day shown, such as 2025, 2025-06 or 2025-06-30; empty: to the last"));
    m_wholeYears->setText(tr("&Whole years"));
    m_wholeYears->setToolTip(tr("Drop the months and days: the range runs over whole years again"));
}

void DateRangePopup::pick()
{
    // Both bounds are read together: a good first date waits for a good last one.
    Filter f;
    QString problem;
    for (QLineEdit *edit : {m_from, m_to}) {
        const QString text = edit->text().trimmed();
        int *year = edit == m_from ? &f.yearFrom : &f.yearTo;
        int *month = edit == m_from ? &f.monthFrom : &f.monthTo;
        int *day = edit == m_from ? &f.dayFrom : &f.dayTo;
        if (problem.isEmpty() && !text.isEmpty() && !FilterParser::parseDate(text, year, month, day))
            problem = tr("“%1” is not a date: write a year, a month or a day, such as 2024, 2024-03 or 2024-03-15.")
                          .arg(text);
    }
    if (problem.isEmpty() && f.yearFrom && f.yearTo && f.firstDateKey() > f.lastDateKey())
        problem = tr("The first date, %1, is after the last, %2.").arg(m_from->text().trimmed(), m_to->text().trimmed());
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        emit rangeChosen(m_from->text().trimmed(), m_to->text().trimmed());
}

} // namespace gapscope
