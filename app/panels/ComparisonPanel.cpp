#include "ComparisonPanel.h"

#include "model/AssessmentMatrixModel.h"
#include "model/Roles.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gapscope {

ComparisonPanel::ComparisonPanel(AssessmentMatrixModel *model, ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_model(model), m_state(state)
{
    m_view = new QTableView(this);
    m_view->setModel(model);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long dimension names wrap instead of widening the header column.
    m_view->verticalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter) | Qt::Alignment(Qt::TextWordWrap));
    m_view->verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
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
        m_empty->setText(tr("No assessments for these countries and dimensions. The comparison covers the countries "
                            "and dimensions the sources assess; add countries or clear the dimension filter."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    m_view->resizeRowsToContents();
}

} // namespace gapscope
