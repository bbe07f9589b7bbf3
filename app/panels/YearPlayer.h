#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace gapscope {

// Plays through years: a ▶ button, a slider over the years given and the year shown. Playing
// steps to the next year every interval (700 ms) and pauses at the last; ▶ at the last year
// starts again from the first. Space toggles playing while the player has the focus. A panel
// sets the years it has data for and follows yearPicked(). The player remembers the year picked
// (by the user, or setYear()) and shows it again whenever the years given include it.
class YearPlayer : public QWidget
{
    Q_OBJECT

public:
    explicit YearPlayer(QWidget *parent = nullptr);

    // The years to step through (rising); the year picked is shown when it is among them, the
    // last otherwise.
    void setYears(const QList<int> &years);
    const QList<int> &years() const { return m_years; }
    // The year shown, 0 when there are no years.
    int year() const;
    // Picks `year` and shows it when it is among the years, the last year otherwise (false); 0
    // picks the last year, whatever the years.
    bool setYear(int year);
    // The year picked, 0 for the last.
    int pickedYear() const { return m_picked; }
    // Picks the last year, without showing it until the years are set again.
    void pickLastYear() { m_picked = 0; }

    bool isPlaying() const;
    void play();
    void pause();
    void toggle();
    int interval() const;
    void setInterval(int milliseconds);

    QToolButton *playButton() const { return m_button; }
    QSlider *slider() const { return m_slider; }

signals:
    // The year shown changed (by any means).
    void yearChanged(int year);
    // The user, the play or setYear() changed the year shown; not setYears().
    void yearPicked(int year);
    void playingChanged(bool playing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void step();
    void retranslateUi();

    QList<int> m_years;
    int m_picked = 0; // 0: the last
    bool m_keepPicked = false; // setYear() shows another year than the one picked
    QToolButton *m_button = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_label = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace gapscope
