#include "MapPanel.h"

#include "MapCanvas.h"
#include "YearPlayer.h"
#include "format/DisplayText.h"
#include "model/ExplorerState.h"
#include "query/ObservationQuery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>

namespace gapscope {

MapPanel::MapPanel(const ObservationQuery *query, ExplorerState *state, QWidget *parent)
    : YearPanel(query, state, parent)
{
    m_indicatorLabel = new QLabel(this);
    m_indicator = new IndicatorPicker(this);
    m_indicator->setObjectName(QStringLiteral("mapIndicator"));
    m_indicator->setMinimumContentsLength(16);
    m_indicatorLabel->setBuddy(m_indicator);
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
    m_resetZoom = new QToolButton(this);
    m_resetZoom->setObjectName(QStringLiteral("mapResetZoom"));
    m_resetZoom->setEnabled(false);
    toolbar->addWidget(m_resetZoom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);

    connect(m_indicator, &IndicatorPicker::indicatorPicked, this, [this] {
        m_player->pickLastYear();
        rebuild();
        emit settingsChanged();
    });
    connect(m_resetZoom, &QToolButton::clicked, m_canvas, &MapCanvas::resetZoom);
    connect(m_canvas, &MapCanvas::zoomChanged, this, [this](double zoom) { m_resetZoom->setEnabled(zoom > 1.0); });
    connect(m_canvas, &MapCanvas::countryClicked, this,
            [this](const QString &code) { m_state->select(ExplorerState::Kind::Country, code); });
    retranslateUi();
    fill();
    rebuild();
}

QString MapPanel::indicator() const { return m_indicator->indicator(); }
void MapPanel::setIndicator(const QString &id) { m_indicator->setIndicator(id); }

void MapPanel::applyView(const SavedView &view)
{
    setIndicator(view.indicator);
    setYear(view.mapYear);
}

void MapPanel::writeView(SavedView &view) const
{
    view.indicator = indicator();
    view.mapYear = year();
}

QSet<QString> MapPanel::sourceIds() const
{
    QSet<QString> ids;
    const Filter &f = m_state->filter();
    for (const QString &country : m_map.countries(year())) {
        if (f.acceptsCountry(country))
            ids.insert(m_dataset.observations.at(m_map.value(country, year())->row).source);
    }
    return ids;
}

QString MapPanel::emptyMessage() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void MapPanel::retranslateUi()
{
    m_indicatorLabel->setText(tr("&Indicator:"));
    m_indicator->setToolTip(tr("The indicator the map colours the countries by"));
    m_resetZoom->setText(tr("Whole world"));
    m_resetZoom->setToolTip(tr("Show the whole world again (0); zoom with the wheel, + and - or a double-click, "
                               "drag to move the map"));
}

void MapPanel::fill()
{
    m_indicator->fill(m_dataset, m_query->index(), m_query->rows(), m_language);
}

void MapPanel::rebuild()
{
    m_map.build(m_dataset, m_query->index(), indicator(), m_query->rows());
    showYears(m_map.years());
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
