#pragma once

#include "domain/Dataset.h"
#include "query/Filter.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace gapscope {

class CheckListPopup;
class DateRangePopup;
class ExplorerState;
class ObservationQuery;

// The one filter every panel follows: countries (searchable, with their colours), dimensions,
// a year range with a play button that steps through the years and dates to the month or the day
// where the data has them, free text and reset. The active
// criteria show as chips that remove themselves when clicked.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    // Its year range reaches the years of `query`'s observations (and the dataset's events),
    // following them as records change.
    FilterBar(const ObservationQuery *query, ExplorerState *state, QWidget *parent = nullptr);

    void setLanguage(Language lang);
    CheckListPopup *countryList() const { return m_countries; }
    CheckListPopup *dimensionList() const { return m_dimensions; }
    // The kinds of entity whose figures are shown: countries, regions, organisations, AI models, clusters.
    CheckListPopup *entityKindList() const { return m_kinds; }
    QToolButton *entityKindButton() const { return m_kindButton; }
    QSpinBox *fromYear() const { return m_from; }
    QSpinBox *toYear() const { return m_to; }
    // Dates to the month or the day, in a drop-down beside the years.
    QToolButton *datesButton() const { return m_datesButton; }
    DateRangePopup *datesPopup() const { return m_dates; }
    QLineEdit *searchField() const { return m_search; }
    QToolButton *playButton() const { return m_play; }
    QPushButton *resetButton() const { return m_reset; }
    QWidget *chips() const { return m_chips; }
    // The years the observations and the events span.
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }

    // Records the lists show were added, or the dataset was replaced (a workspace finished
    // loading): the lists and the years anew.
    void datasetChanged();

public slots:
    void reset();
    void togglePlay();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Reads the years from the query and the events; true when they changed.
    bool findYears();
    void showYears();
    void fillLists();
    void refillLists();
    void showFilter(const Filter &filter);
    void applyControls();
    void applyDates(const QString &from, const QString &to);
    void showDates(const Filter &filter);
    void rebuildChips(const Filter &filter);
    void stepPlay();

    const ObservationQuery *m_query;
    const Dataset &m_dataset;
    ExplorerState *m_state;
    Language m_language = interfaceLanguage(); // followed in changeEvent()
    int m_firstYear = 2000;
    int m_lastYear = 2030;
    bool m_updating = false;
    QToolButton *m_countryButton = nullptr;
    QToolButton *m_dimensionButton = nullptr;
    QToolButton *m_kindButton = nullptr;
    CheckListPopup *m_kinds = nullptr;
    CheckListPopup *m_countries = nullptr;
    CheckListPopup *m_dimensions = nullptr;
    QLabel *m_yearsLabel = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QToolButton *m_datesButton = nullptr;
    DateRangePopup *m_dates = nullptr;
    QToolButton *m_play = nullptr;
    QTimer *m_playTimer = nullptr;
    int m_playEnd = 0;
    QLineEdit *m_search = nullptr;
    QPushButton *m_reset = nullptr;
    QWidget *m_chips = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
};

} // namespace gapscope
