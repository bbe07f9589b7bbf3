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
// sets the years it has data for and follows yearChanged().
class YearPlayer : public QWidget
{
    Q_OBJECT

public:
    explicit YearPlayer(QWidget *parent = nullptr);

    // The years to step through (rising); the year shown stays when it is among them, and
    // becomes the last otherwise.
    void setYears(const QList<int> &years);
    const QList<int> &years() const { return m_years; }
    // The year shown, 0 when there are no years.
    int year() const;
    // Shows `year` when it is among the years; false otherwise.
    bool setYear(int year);

    bool isPlaying() const;
    void play();
    void pause();
    void toggle();
    int interval() const;
    void setInterval(int milliseconds);

    QToolButton *playButton() const { return m_button; }
    QSlider *slider() const { return m_slider; }

signals:
    void yearChanged(int year);
    void playingChanged(bool playing);

protected:
    void changeEvent(QEvent *event) override;

private:
    void step();
    void retranslateUi();

    QList<int> m_years;
    QToolButton *m_button = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_label = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace gapscope
