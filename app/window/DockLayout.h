#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;

namespace gapscope {

// The explorer's docks and their layout: one dock per panel, placed as GapScope opens the first
// time (chart over the table, the comparison and its neighbours on the right, details below them,
// the timeline behind the table, the gap, the map, the models scatter and the bubbles behind the chart), a layout to go back to, and the dock titles in the language.
class DockLayout : public QObject
{
    Q_OBJECT

public:
    // The panels, in the order of their docks (and of Alt+1 … Alt+9, Alt+0; the bubbles have none).
    enum Panel { Chart, Table, Comparison, Swot, Timeline, Actors, Details, Gap, Map, Scatter, Bubble, PanelCount };

    // Adds the docks to `window`, laid out, and remembers that layout as the default.
    explicit DockLayout(QMainWindow *window);

    QDockWidget *dock(Panel panel) const { return m_docks.at(panel); }
    const QList<QDockWidget *> &docks() const { return m_docks; }
    // Shows the dock of a panel by its short name (chart, table, swot, ...) and brings it to the
    // front; false for a name no panel has.
    bool raise(const QString &name) const;
    // Back to the default layout, every dock shown.
    void reset();
    // The dock titles, and the names of the buttons Qt gave them, in the interface language.
    void retranslate();

private:
    QMainWindow *m_window;
    QList<QDockWidget *> m_docks;
    QByteArray m_default;
};

} // namespace gapscope
