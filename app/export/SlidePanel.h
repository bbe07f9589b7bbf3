#pragma once

#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

class QWidget;

namespace gapscope {

class BubblePanel;
class ChartPanel;
class DatasetTableModel;
class ExplorerState;
class GapPanel;
class MapPanel;
class ObservationIndex;
class ObservationQuery;
class ScatterPanel;

// The explorer's own panel a view shows (chart, table, comparison, SWOT, gap, map, models scatter
// or bubble chart), built offscreen for a slide with the view's settings: what it shows, why it
// is empty and the sources behind it.
class SlidePanel
{
public:
    // `query` (the view's observations) is needed by the chart, table, gap, map and bubble chart;
    // `state` carries the view's filter. Both must outlive the panel.
    SlidePanel(const Dataset &dataset, const SavedView &view, ObservationQuery *query, ExplorerState *state);
    ~SlidePanel();

    QWidget *widget() const { return m_widget.get(); }
    // The table's or comparison's model, when the view shows one.
    DatasetTableModel *model() const { return m_model.get(); }
    ChartPanel *chart() const { return m_chart; }
    GapPanel *gap() const { return m_gap; }
    MapPanel *map() const { return m_map; }
    ScatterPanel *scatter() const { return m_scatter; }
    BubblePanel *bubble() const { return m_bubble; }

    // Why the panel is empty, or nothing when it has content.
    QString emptyMessage() const;
    // The countries a SWOT view shows (one, or two side by side); empty for other panels.
    QStringList swotCountries() const;
    // The ids of the sources of what the panel shows, in the dataset's order; `index` is the
    // one `query` reads.
    QStringList sourceIds(const ObservationIndex &index) const;

private:
    const Dataset &m_dataset;
    SavedView m_view;
    std::unique_ptr<DatasetTableModel> m_model;
    std::unique_ptr<QWidget> m_widget;
    ChartPanel *m_chart = nullptr;
    GapPanel *m_gap = nullptr;
    MapPanel *m_map = nullptr;
    ScatterPanel *m_scatter = nullptr;
    BubblePanel *m_bubble = nullptr;
};

} // namespace gapscope
