#include "SlidePanel.h"

#include "model/AssessmentMatrixModel.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "panels/BubblePanel.h"
#include "panels/ChartPanel.h"
#include "panels/ComparisonPanel.h"
#include "panels/GapPanel.h"
#include "panels/MapPanel.h"
#include "panels/RecordTablePanel.h"
#include "panels/ScatterPanel.h"
#include "panels/SwotPanel.h"
#include "query/IndicatorSeries.h"
#include "query/ObservationIndex.h"
#include "query/ObservationQuery.h"

#include <QHeaderView>
#include <QTableView>

namespace gapscope {

SlidePanel::SlidePanel(const Dataset &dataset, const SavedView &view, ObservationQuery *query, ExplorerState *state)
    : m_dataset(dataset), m_view(view)
{
    const Language lang = m_view.language;
    switch (m_view.panel) {
    case SavedView::Panel::Chart: {
        auto *chart = new ChartPanel(query, state);
        chart->setLanguage(lang);
        chart->setIndicator(m_view.indicator);
        chart->setKind(ChartPanel::Kind(int(m_view.chartKind)));
        chart->setLogScale(m_view.logScale);
        m_chart = chart;
        m_widget.reset(chart);
        break;
    }
    case SavedView::Panel::Table: {
        auto *model = new ObservationTableModel;
        model->setQuery(query);
        model->setLanguage(lang);
        model->setDataset(&m_dataset);
        model->setFilter(m_view.filter);
        m_model.reset(model);
        auto *table = new RecordTablePanel(model, ExplorerState::Kind::Observation, state);
        table->view()->setAlternatingRowColors(true);
        table->view()->horizontalHeader()->setStretchLastSection(true);
        m_widget.reset(table);
        break;
    }
    case SavedView::Panel::Comparison: {
        auto *model = new AssessmentMatrixModel;
        model->setLanguage(lang);
        model->setDataset(&m_dataset);
        model->setFilter(m_view.filter);
        m_model.reset(model);
        m_widget.reset(new ComparisonPanel(model, state));
        break;
    }
    case SavedView::Panel::Gap: {
        auto *gap = new GapPanel(query, state);
        gap->setLanguage(lang);
        gap->applyView(m_view);
        m_gap = gap;
        m_widget.reset(gap);
        break;
    }
    case SavedView::Panel::Swot: {
        auto *swot = new SwotPanel(m_dataset, state);
        swot->setLanguage(lang);
        swot->setPickersShown(false);
        if (!m_view.swotCountries.isEmpty())
            swot->showCountries(m_view.swotCountries.value(0), m_view.swotCountries.value(1));
        m_widget.reset(swot);
        break;
    }
    case SavedView::Panel::Map: {
        auto *map = new MapPanel(query, state);
        map->setLanguage(lang);
        map->applyView(m_view);
        m_map = map;
        m_widget.reset(map);
        break;
    }
    case SavedView::Panel::Scatter: {
        auto *scatter = new ScatterPanel(m_dataset, state);
        scatter->setLanguage(lang);
        scatter->applyView(m_view);
        m_scatter = scatter;
        m_widget.reset(scatter);
        break;
    }
    case SavedView::Panel::Bubble: {
        auto *bubble = new BubblePanel(query, state);
        bubble->setLanguage(lang);
        bubble->applyView(m_view);
        m_bubble = bubble;
        m_widget.reset(bubble);
        break;
    }
    }
}

SlidePanel::~SlidePanel()
{
    m_widget.reset(); // before the model it shows
}

QStringList SlidePanel::sourceIds(const ObservationIndex &index) const
{
    QSet<QString> ids;
    const Filter &f = m_view.filter;
    switch (m_view.panel) {
    case SavedView::Panel::Chart: {
        for (const auto &s : IndicatorSeries::build(m_dataset, index, m_chart->indicator(), f)) {
            for (const auto &p : s.points)
                ids.insert(m_dataset.observations.sourceAt(p.row));
        }
        break;
    }
    case SavedView::Panel::Gap:
        ids = m_gap->sourceIds();
        break;
    case SavedView::Panel::Table:
    case SavedView::Panel::Comparison: {
        // The records behind every cell of the model.
        QSet<QString> records;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            for (int c = 0; c < m_model->columnCount(); ++c) {
                const QVariant id = m_model->index(r, c).data(IdRole);
                for (const QString &one : id.toStringList())
                    records.insert(one);
            }
        }
        const ObservationTable &rows = m_dataset.observations;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (records.contains(rows.idAt(i)))
                ids.insert(rows.sourceAt(i));
        }
        for (const Assessment &a : m_dataset.assessments) {
            if (records.contains(a.id))
                ids.insert(a.source);
        }
        break;
    }
    case SavedView::Panel::Swot: {
        const QStringList countries = swotCountries();
        for (const SwotItem &s : m_dataset.swot) {
            if (countries.contains(s.country) && f.acceptsDimension(s.dimension) && f.acceptsYear(s.year)
                && f.acceptsText({s.text}))
                ids.insert(s.source);
        }
        break;
    }
    case SavedView::Panel::Map:
        ids = m_map->sourceIds();
        break;
    case SavedView::Panel::Bubble:
        ids = m_bubble->sourceIds();
        break;
    case SavedView::Panel::Scatter:
        ids = m_scatter->sourceIds();
        break;
    }
    QStringList ordered;
    for (const Source &s : m_dataset.sources) {
        if (ids.contains(s.id))
            ordered << s.id;
    }
    return ordered;
}

QStringList SlidePanel::swotCountries() const
{
    if (m_view.panel != SavedView::Panel::Swot)
        return {};
    return static_cast<SwotPanel *>(m_widget.get())->countries();
}

QString SlidePanel::emptyMessage() const
{
    switch (m_view.panel) {
    case SavedView::Panel::Chart:
        return m_chart->emptyMessage();
    case SavedView::Panel::Table:
        return static_cast<RecordTablePanel *>(m_widget.get())->emptyMessage();
    case SavedView::Panel::Comparison:
        return static_cast<ComparisonPanel *>(m_widget.get())->emptyMessage();
    case SavedView::Panel::Swot:
        return static_cast<SwotPanel *>(m_widget.get())->emptyMessage();
    case SavedView::Panel::Gap:
        return m_gap->emptyMessage();
    case SavedView::Panel::Map:
        return m_map->emptyMessage();
    case SavedView::Panel::Scatter:
        return m_scatter->emptyMessage();
    case SavedView::Panel::Bubble:
        return m_bubble->emptyMessage();
    }
    return {};
}

} // namespace gapscope
