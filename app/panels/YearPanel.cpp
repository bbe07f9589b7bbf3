#include "YearPanel.h"

#include "UpdateWhenShown.h"
#include "YearPlayer.h"
#include "model/ExplorerState.h"
#include "query/ObservationQuery.h"

#include <QEvent>

namespace gapscope {

YearPanel::YearPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent)
    : ViewPanel(parent), m_dataset(query->dataset()), m_query(query), m_state(state)
{
    m_player = new YearPlayer(this);
    connect(m_player, &YearPlayer::yearPicked, this, [this] {
        showYear();
        emit settingsChanged();
    });
    // Drawn anew when the filter's rows change, now or when next shown.
    m_update = new UpdateWhenShown(this, [this] {
        fill();
        rebuild();
    });
    connect(m_query, &ObservationQuery::changed, m_update, &UpdateWhenShown::request);
    connect(m_state, &ExplorerState::selectionChanged, this, [this] { showYear(); });
}

void YearPanel::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    fill();
    showYear();
}

int YearPanel::year() const { return m_player->year(); }

void YearPanel::setYear(int year)
{
    m_player->setYear(year);
    showYear();
}

void YearPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_language = interfaceLanguage();
        fill();
        showYear();
    }
    ViewPanel::changeEvent(event);
}

void YearPanel::showYears(const QList<int> &years)
{
    m_player->setYears(years);
    showYear();
}

} // namespace gapscope
