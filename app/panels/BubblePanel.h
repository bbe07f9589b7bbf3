#pragma once

#include "chart/BubbleChart.h"
#include "domain/Dataset.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace gapscope {

class CanvasArea;
class BubbleCanvas;
class ExplorerState;
class IndicatorPicker;
class ObservationQuery;
class SavedView;
class YearPlayer;

// Gapminder's bubble chart of the filter's countries: two country indicators across and up, a
// third (or none) as the bubbles' size, one year at a time with the year player (the last year
// at first), each axis logarithmic or linear. Countries lacking a value that year are left out,
// and the panel says how many ("3 countries without data in 2019", naming them in a tooltip).
// A click on a bubble selects the country everywhere; the selected country leaves a trail.
class BubblePanel : public QWidget
{
    Q_OBJECT

public:
    BubblePanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent = nullptr);

    void setLanguage(Language lang);
    QString xIndicator() const;
    QString yIndicator() const;
    QString sizeIndicator() const;
    // Sets the indicators (`size` empty: none).
    void setIndicators(const QString &x, const QString &y, const QString &size);
    bool logX() const;
    bool logY() const;
    void setLog(bool x, bool y);
    // The year shown (0 when there is nothing to show); 0 shows the last year with data.
    int year() const;
    void setYear(int year);
    // Shows what `view` says of the bubble chart (its indicators, axes and year).
    void applyView(const SavedView &view);
    // The sources of the values the year's bubbles show.
    QSet<QString> sourceIds() const;
    // The message shown instead of the chart, empty when it shows; what the panel says of the
    // countries left out.
    QString emptyMessage() const;
    QString missingText() const;

    const BubbleChart &chart() const { return m_chart; }
    BubbleCanvas *canvas() const { return m_canvas; }
    YearPlayer *player() const { return m_player; }

signals:
    // An indicator, an axis's scale or the year changed.
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void rebuild();
    void showYear();

    const Dataset &m_dataset;
    const ObservationQuery *m_query;
    ExplorerState *m_state;
    Language m_language = interfaceLanguage();
    BubbleChart m_chart;
    int m_wantedYear = 0; // 0: the last year with data
    bool m_filling = false;

    QLabel *m_xLabel = nullptr;
    QLabel *m_yLabel = nullptr;
    QLabel *m_sizeLabel = nullptr;
    IndicatorPicker *m_x = nullptr;
    IndicatorPicker *m_y = nullptr;
    IndicatorPicker *m_size = nullptr;
    QCheckBox *m_logX = nullptr;
    QCheckBox *m_logY = nullptr;
    YearPlayer *m_player = nullptr;
    CanvasArea *m_stack = nullptr;
    BubbleCanvas *m_canvas = nullptr;
    QLabel *m_missing = nullptr;
};

} // namespace gapscope
