#include "YearPlayer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QSlider>
#include <QTimer>
#include <QToolButton>

namespace gapscope {

YearPlayer::YearPlayer(QWidget *parent) : QWidget(parent)
{
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("playButton"));
    m_button->setFocusPolicy(Qt::StrongFocus);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("yearSlider"));
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setMinimumWidth(120);
    m_label = new QLabel(this);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("00000")));
    m_timer = new QTimer(this);
    m_timer->setInterval(700);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);

    connect(m_button, &QToolButton::clicked, this, &YearPlayer::toggle);
    connect(m_timer, &QTimer::timeout, this, &YearPlayer::step);
    connect(m_slider, &QSlider::valueChanged, this, [this](int i) {
        m_label->setText(QString::number(year()));
        if (i < 0 || i >= m_years.size())
            return;
        if (!m_keepPicked)
            m_picked = m_years.at(i);
        emit yearChanged(m_years.at(i));
        emit yearPicked(m_years.at(i));
    });
    // Space plays and pauses wherever the focus is in the player (the slider too).
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this, this, &YearPlayer::toggle);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    setYears({});
    retranslateUi();
}

void YearPlayer::setYears(const QList<int> &years)
{
    const int shown = year();
    m_years = years;
    const int at = m_years.indexOf(m_picked);
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, std::max(0, int(m_years.size()) - 1));
        m_slider->setValue(at >= 0 ? at : std::max(0, int(m_years.size()) - 1));
    }
    m_slider->setEnabled(m_years.size() > 1);
    m_button->setEnabled(m_years.size() > 1);
    if (m_years.size() < 2)
        pause();
    m_label->setText(m_years.isEmpty() ? QString() : QString::number(year()));
    if (year() != shown)
        emit yearChanged(year());
}

int YearPlayer::year() const
{
    const int i = m_slider->value();
    return i >= 0 && i < m_years.size() ? m_years.at(i) : 0;
}

bool YearPlayer::setYear(int year)
{
    m_picked = year;
    const int i = m_years.indexOf(year);
    if (!m_years.isEmpty()) {
        m_keepPicked = true;
        m_slider->setValue(i >= 0 ? int(i) : int(m_years.size()) - 1);
        m_keepPicked = false;
    }
    return i >= 0;
}

bool YearPlayer::isPlaying() const { return m_timer->isActive(); }
int YearPlayer::interval() const { return m_timer->interval(); }
void YearPlayer::setInterval(int milliseconds) { m_timer->setInterval(milliseconds); }

void YearPlayer::play()
{
    if (isPlaying() || m_years.size() < 2)
        return;
    if (m_slider->value() >= m_slider->maximum())
        m_slider->setValue(0); // from the start again
    m_timer->start();
    retranslateUi();
    emit playingChanged(true);
}

void YearPlayer::pause()
{
    if (!isPlaying())
        return;
    m_timer->stop();
    retranslateUi();
    emit playingChanged(false);
}

void YearPlayer::toggle()
{
    if (isPlaying())
        pause();
    else
        play();
}

void YearPlayer::step()
{
    if (m_slider->value() >= m_slider->maximum()) {
        pause();
        return;
    }
    m_slider->setValue(m_slider->value() + 1);
    if (m_slider->value() >= m_slider->maximum())
        pause(); // the last year stays shown
}

void YearPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void YearPlayer::retranslateUi()
{
    m_button->setText(isPlaying() ? QStringLiteral("⏸") : QStringLiteral("▶"));
    m_button->setToolTip(isPlaying() ? tr("Pause (Space)") : tr("Play through the years (Space)"));
    m_button->setAccessibleName(isPlaying() ? tr("Pause") : tr("Play"));
    m_slider->setAccessibleName(tr("Year"));
    m_slider->setToolTip(tr("The year shown"));
}

} // namespace gapscope
