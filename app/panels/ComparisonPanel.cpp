#include "ComparisonPanel.h"

#include "StickyHeaderView.h"
#include "model/AssessmentMatrixModel.h"
#include "model/Roles.h"
#include "query/EmptyReason.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gapscope {

ComparisonPanel::ComparisonPanel(AssessmentMatrixModel *model, ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_model(model), m_state(state)
{
    m_view = new QTableView(this);
    // Rows are as tall as their assessments: the dimension names stay in sight while a tall row
    // scrolls, and the view scrolls by pixels rather than by whole rows.
    auto *rows = new StickyHeaderView(m_view);
    m_view->setVerticalHeader(rows);
    m_view->setModel(model);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long dimension names wrap instead of widening the header column.
    rows->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    // A scroll moves the labels within their rows: the header is drawn again, not just shifted.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, rows->viewport(), qOverload<>(&QWidget::update));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_state, &ExplorerState::filterChanged, model, &AssessmentMatrixModel::setFilter);
    connect(model, &QAbstractItemModel::modelReset, this, &ComparisonPanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        const QStringList ids = i.data(IdRole).toStringList();
        if (!ids.isEmpty())
            m_state->select(ExplorerState::Kind::Assessment, ids.constFirst());
    });
    connect(m_state, &ExplorerState::selectionChanged, this, [this](const ExplorerState::Selection &s) {
        if (s.kind != ExplorerState::Kind::Country)
            return;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            if (m_model->countryAt(c) == s.id)
                m_view->selectColumn(c);
        }
    });
    model->setFilter(m_state->filter());
    refresh();
}

QString ComparisonPanel::emptyMessage() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void ComparisonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ComparisonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->resizeRowsToContents();
}

void ComparisonPanel::refresh()
{
    if (m_model->rowCount() == 0) {
        const Filter &f = m_state->filter();
        const EmptyReason reason = m_model->dataset()
            ? EmptyReason::find(*m_model->dataset(), f, ExplorerState::Kind::Assessment)
            : EmptyReason();
        m_empty->setText(reason.noRecords() || !m_model->dataset()
                             ? tr("No assessments to compare: the sources of this dataset compare no countries.")
                             : tr("No assessments to compare.") + QLatin1Char(' ')
                                   + reason.text(*m_model->dataset(), f, m_model->language()));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    m_view->resizeRowsToContents();
}

} // namespace gapscope
