#pragma once

#include "domain/Dataset.h"
#include "IndicatorPicker.h"
#include "map/MapChoropleth.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace gapscope {

class ExplorerState;
class MapCanvas;
class ObservationQuery;
class YearPlayer;

// A world map of one country indicator for one year: the countries the filter accepts in the
// colours of their values' classes (one scale for all the filter's years), grey without data,
// the selected country outlined, a legend in the indicator's unit. The year is the last with data
// until the user picks one with the player, which also plays through the years. Hover for a
// country's value and source; a click selects the country in every panel.
class MapPanel : public QWidget
{
    Q_OBJECT

public:
    MapPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent = nullptr);

    void setLanguage(Language lang);
    QString indicator() const;
    void setIndicator(const QString &id);
    // The year shown (0 when there is nothing to show).
    int year() const;
    // Shows `year` when it has data, else the last year with data; 0 always shows the last.
    void setYear(int year);
    // The message shown instead of the map when nothing matches, empty when the map shows.
    QString emptyMessage() const;

    IndicatorPicker *indicatorPicker() const { return m_indicator; }
    YearPlayer *player() const { return m_player; }
    MapCanvas *canvas() const { return m_canvas; }
    const MapChoropleth &choropleth() const { return m_map; }

signals:
    // The indicator or the year changed.
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void showYear();

    const Dataset &m_dataset;
    const ObservationQuery *m_query;
    ExplorerState *m_state;
    Language m_language = interfaceLanguage();
    MapChoropleth m_map;
    int m_wantedYear = 0; // 0: the last year with data
    bool m_filling = false; // the player's years are being set

    QLabel *m_indicatorLabel = nullptr;
    IndicatorPicker *m_indicator = nullptr;
    YearPlayer *m_player = nullptr;
    QStackedWidget *m_stack = nullptr;
    MapCanvas *m_canvas = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace gapscope
