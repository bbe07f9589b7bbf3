#pragma once

#include "IndicatorPicker.h"
#include "YearPanel.h"
#include "map/MapChoropleth.h"

class QLabel;
class QStackedWidget;
class QToolButton;

namespace gapscope {

class MapCanvas;

// A world map of one country indicator for one year: the countries the filter accepts in the
// colours of their values' classes (one scale for all the filter's years), grey without data,
// the selected country outlined, a legend in the indicator's unit. The year is the last with data
// until the user picks one with the player, which also plays through the years. Hover for a
// country's value and source; a click selects the country in every panel.
class MapPanel : public YearPanel
{
    Q_OBJECT

public:
    MapPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent = nullptr);

    QString indicator() const;
    void setIndicator(const QString &id);
    // Shows the view's indicator in its map year.
    void applyView(const SavedView &view) override;
    // The indicator and the year shown.
    void writeView(SavedView &view) const override;
    QSet<QString> sourceIds() const override;
    // The message shown instead of the map when nothing matches, empty when the map shows.
    QString emptyMessage() const override;

    IndicatorPicker *indicatorPicker() const { return m_indicator; }
    MapCanvas *canvas() const { return m_canvas; }
    QToolButton *resetZoomButton() const { return m_resetZoom; }
    const MapChoropleth &choropleth() const { return m_map; }

protected:
    SavedView::Panel viewPanel() const override { return SavedView::Panel::Map; }
    void retranslateUi() override;
    void fill() override;
    void rebuild() override;
    void showYear() override;

private:
    MapChoropleth m_map;

    QLabel *m_indicatorLabel = nullptr;
    IndicatorPicker *m_indicator = nullptr;
    QToolButton *m_resetZoom = nullptr;
    QStackedWidget *m_stack = nullptr;
    MapCanvas *m_canvas = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace gapscope
