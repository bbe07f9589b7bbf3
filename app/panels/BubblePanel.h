#pragma once

#include "YearPanel.h"
#include "chart/BubbleChart.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace gapscope {

class CanvasArea;
class BubbleCanvas;
class IndicatorPicker;

// Gapminder's bubble chart of the filter's countries: two country indicators across and up, a
// third (or none) as the bubbles' size, coloured by country or by region, one year at a time
// with the year player (the last year at first), each axis logarithmic or linear. Countries lacking a value that year are left out,
// and the panel says how many ("3 countries without data in 2019", naming them in a tooltip).
// A click on a bubble selects the country everywhere; the selected country leaves a trail.
class BubblePanel : public YearPanel
{
    Q_OBJECT

public:
    BubblePanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent = nullptr);

    QString xIndicator() const;
    QString yIndicator() const;
    QString sizeIndicator() const;
    // Sets the indicators (`size` empty: none).
    void setIndicators(const QString &x, const QString &y, const QString &size);
    bool logX() const;
    bool logY() const;
    void setLog(bool x, bool y);
    // The bubbles in their region's colour rather than their country's.
    bool colourByRegion() const;
    void setColourByRegion(bool on);
    // Shows what `view` says of the bubble chart (its indicators, axes and year).
    void applyView(const SavedView &view) override;
    void writeView(SavedView &view) const override;
    // The sources of the values the year's bubbles show.
    QSet<QString> sourceIds() const override;
    // The message shown instead of the chart, empty when it shows; what the panel says of the
    // countries left out.
    QString emptyMessage() const override;
    QString missingText() const;

    const BubbleChart &chart() const { return m_chart; }
    BubbleCanvas *canvas() const { return m_canvas; }

protected:
    SavedView::Panel viewPanel() const override { return SavedView::Panel::Bubble; }
    void retranslateUi() override;
    void fill() override;
    void rebuild() override;
    void showYear() override;

private:
    BubbleChart m_chart;
    bool m_filling = false; // the pickers are being set, not chosen

    QLabel *m_xLabel = nullptr;
    QLabel *m_yLabel = nullptr;
    QLabel *m_sizeLabel = nullptr;
    IndicatorPicker *m_x = nullptr;
    IndicatorPicker *m_y = nullptr;
    IndicatorPicker *m_size = nullptr;
    QCheckBox *m_logX = nullptr;
    QCheckBox *m_logY = nullptr;
    QLabel *m_colourLabel = nullptr;
    QComboBox *m_colour = nullptr;
    CanvasArea *m_stack = nullptr;
    BubbleCanvas *m_canvas = nullptr;
    QLabel *m_missing = nullptr;
};

} // namespace gapscope
