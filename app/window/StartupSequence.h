#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <utility>

class QDockWidget;
class QWidget;

namespace gapscope {

// How the explorer's panels come up: all at once, or the frame (menus, docks, status bar)
// painted first and the panels built after, one per turn of the event loop, so that the window
// shows and answers while they are built. A window that is never painted (started minimized) is
// built all the same after two seconds.
class StartupSequence : public QObject
{
    Q_OBJECT

public:
    // Frame: nothing painted yet, no panel built. Building: painted, panels on their way.
    // Whole: every panel built.
    enum class Stage { Frame, Building, Whole };
    // Builds a panel; what it returns goes into its dock (nothing for a panel without one).
    using Builder = std::function<QWidget *()>;

    explicit StartupSequence(QWidget *window);

    // The panels, in the order they are built.
    void addStep(QDockWidget *dock, Builder build);
    // Builds every panel now.
    void runWhole();
    // Builds the panels after the window's first paint.
    void runAfterFirstPaint();

    Stage stage() const { return m_stage; }
    bool isPainted() const { return m_stage != Stage::Frame; }
    bool isWhole() const { return m_stage == Stage::Whole; }

signals:
    // The frame has been painted (at once for runWhole()).
    void painted();
    // Every panel is built.
    void whole();

private:
    void afterFirstPaint();
    void buildOne();
    void buildNext();
    // Puts `panel` into `dock` (none: a panel without one); the last makes the window whole.
    void place(QDockWidget *dock, QWidget *panel);

    QWidget *m_window;
    Stage m_stage = Stage::Frame;
    QList<std::pair<QDockWidget *, Builder>> m_steps;
};

} // namespace gapscope
