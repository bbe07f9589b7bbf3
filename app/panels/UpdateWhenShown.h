#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace gapscope {

// A panel's answer to a change of what it draws (the filter's rows, an edit): run
// at once when some of the panel is on screen, or when it is in no window on screen at all (a
// panel on its own, as exports and tests build it); otherwise once, when the panel is next shown
// or painted (its dock's tab brought to the front). A panel in a dock tab behind another so does
// no work for changes nobody sees: with a million observations the Gap panel's figures alone take
// most of a second.
class UpdateWhenShown : public QObject
{
public:
    // When a panel on screen runs the change: at once, or in the next turn of the event loop,
    // once for all the changes until then. A panel whose change is slow at ten million
    // observations (the chart's thousands of curves) so does not add it to the filter's scan and
    // the table's in one wait of the window: the events in between are answered.
    enum class OnScreen { AtOnce, NextTurn };

    UpdateWhenShown(QWidget *panel, std::function<void()> update, OnScreen onScreen = OnScreen::AtOnce);

    void request();
    // Runs a change that waits (to be shown, or for the next turn) now, for a reader that needs
    // the panel current.
    void flush();
    // The panel was brought up to date by other means: a waiting change is dropped.
    void forget() { m_pending = false; }
    // Whether a change waits for the panel to be shown.
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_panel;
    std::function<void()> m_update;
    OnScreen m_onScreen;
    bool m_pending = false;
    bool m_turnAsked = false;
    QTimer *m_nextTurn = nullptr;
};

} // namespace gapscope
