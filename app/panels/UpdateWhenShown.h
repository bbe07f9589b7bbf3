#pragma once

#include <QObject>

#include <functional>

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
    UpdateWhenShown(QWidget *panel, std::function<void()> update);

    void request();
    // Runs a change that waits for the panel to be shown now, for a reader that needs it current.
    void flush();
    // Whether a change waits for the panel to be shown.
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_panel;
    std::function<void()> m_update;
    bool m_pending = false;
};

} // namespace gapscope
