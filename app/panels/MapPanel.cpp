#include "MapPanel.h"

#include "MapCanvas.h"
#include "YearPlayer.h"
#include "format/DisplayText.h"
#include "model/ExplorerState.h"
#include "query/ObservationQuery.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>

namespace gapscope {

MapPanel::MapPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_dataset(query->dataset()), m_query(query), m_state(state)
{
    m_indicatorLabel = new QLabel(this);
    m_indicator = new IndicatorPicker(this);
    m_indicator->setObjectName(QStringLiteral("mapIndicator"));
    m_indicator->setMinimumContentsLength(16);
    m_indicatorLabel->setBuddy(m_indicator);
    m_player = new YearPlayer(this);
    m_canvas = new MapCanvas(m_dataset, this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_empty);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_indicatorLabel);
    toolbar->addWidget(m_indicator, 1);
    toolbar->addWidget(m_player, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    connect(m_indicator, &IndicatorPicker::indicatorPicked, this, [this] {
        m_wantedYear = 0;
        rebuild();
        emit settingsChanged();
    });
    connect(m_player, &YearPlayer::yearChanged, this, [this](int year) {
        if (m_filling)
            return;
        m_wantedYear = year;
        showYear();
        emit settingsChanged();
    });
    connect(m_query, &ObservationQuery::changed, this, [this] {
        m_indicator->fill(m_dataset, m_query->index(), m_query->rows(), m_language);
        rebuild();
    });
    connect(m_state, &ExplorerState::selectionChanged, this, &MapPanel::showYear);
    connect(m_canvas, &MapCanvas::countryClicked, this,
            [this](const QString &code) { m_state->select(ExplorerState::Kind::Country, code); });
    retranslateUi();
    m_indicator->fill(m_dataset, m_query->index(), m_query->rows(), m_language);
    rebuild();
}

void MapPanel::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    m_indicator->fill(m_dataset, m_query->index(), m_query->rows(), m_language);
    showYear();
}

QString MapPanel::indicator() const { return m_indicator->indicator(); }
void MapPanel::setIndicator(const QString &id) { m_indicator->setIndicator(id); }

int MapPanel::year() const { return m_map.isEmpty() ? 0 : m_player->year(); }

void MapPanel::setYear(int year)
{
    m_wantedYear = year;
    m_filling = true;
    if (!m_player->setYear(year))
        m_player->setYear(m_map.lastYear());
    m_filling = false;
    showYear();
}

QString MapPanel::emptyMessage() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void MapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setLanguage(interfaceLanguage());
    }
    QWidget::changeEvent(event);
}

void MapPanel::retranslateUi()
{
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_indicator->setToolTip(tr("The indicator the map colours the countries by"));
}

void MapPanel::rebuild()
{
    m_map.build(m_dataset, m_query->index(), indicator(), m_query->rows());
    m_filling = true;
    m_player->setYears(m_map.years());
    if (!m_player->setYear(m_wantedYear))
        m_player->setYear(m_map.lastYear());
    m_filling = false;
    showYear();
}

void MapPanel::showYear()
{
    const Indicator *ind = m_dataset.indicator(indicator());
    if (!ind) {
        m_empty->setText(tr("No indicator has observations for this filter."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_map.isEmpty()) {
        m_empty->setText(tr("No country has a value of “%1” for this filter: the map shows countries, not "
                            "regions or the world.")
                             .arg(ind->name.text(m_language)));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const ExplorerState::Selection &s = m_state->selection();
    m_canvas->showMap(&m_map, m_player->year(), m_state->filter(),
                      s.kind == ExplorerState::Kind::Country ? s.id : QString(), m_language);
    m_stack->setCurrentWidget(m_canvas);
}

} // namespace gapscope
