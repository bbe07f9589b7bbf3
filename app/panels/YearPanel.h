#pragma once

#include "ViewPanel.h"
#include "domain/Dataset.h"

namespace gapscope {

class ExplorerState;
class ObservationQuery;
class UpdateWhenShown;
class YearPlayer;

// A panel showing one year at a time with a year player (the map, the bubble chart). It follows
// the filter (fill() its pickers, then rebuild() what it shows and set the player's years), the
// selection and the language (showYear()), and the year picked with the player, which it keeps.
class YearPanel : public ViewPanel
{
    Q_OBJECT

public:
    YearPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent = nullptr);

    void setLanguage(Language lang) override;
    // The year shown (0 when there is nothing to show).
    int year() const;
    // Shows `year` when it has data, else the last year with data; 0 always shows the last.
    void setYear(int year);

    YearPlayer *player() const { return m_player; }

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    // Fills the pickers for the filter and the language.
    virtual void fill() = 0;
    // Rebuilds what is shown for the filter and the choices, then calls showYears().
    virtual void rebuild() = 0;
    // Shows the player's year.
    virtual void showYear() = 0;
    // Gives the player the years with data and shows the one picked (or the last).
    void showYears(const QList<int> &years);

    const Dataset &m_dataset;
    const ObservationQuery *m_query;
    ExplorerState *m_state;
    Language m_language = interfaceLanguage();
    YearPlayer *m_player = nullptr;
    UpdateWhenShown *m_update = nullptr; // fill() and rebuild(), now or when next shown
};

} // namespace gapscope
