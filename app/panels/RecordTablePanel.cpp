#include "RecordTablePanel.h"

#include "model/DatasetSortProxyModel.h"
#include "model/DatasetTableModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gapscope {

RecordTablePanel::RecordTablePanel(DatasetTableModel *model, ExplorerState::Kind kind, ExplorerState *state,
                                   QWidget *parent)
    : QWidget(parent), m_model(model), m_kind(kind), m_state(state)
{
    // Sorted as the model compares its records: names with the interface language's collation,
    // values within their unit.
    m_proxy = new DatasetSortProxyModel(this);
    m_proxy->setSourceModel(model);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    // Unsorted until the user clicks a header: enabling sorting would otherwise sort every row
    // by the first column at once, which takes seconds at a million rows.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Fixed row height keeps the table lazy on large data: no measuring of every row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    auto *copy = new QAction(m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    connect(copy, &QAction::triggered, this, &RecordTablePanel::copySelection);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_state, &ExplorerState::filterChanged, model, &DatasetTableModel::setFilter);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmpty();
        showSelection(m_state->selection());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (!m_syncing && i.isValid())
            m_state->select(m_kind, i.data(IdRole).toString());
    });
    connect(m_state, &ExplorerState::selectionChanged, this, &RecordTablePanel::showSelection);
    model->setFilter(m_state->filter());
    updateEmpty();
}

void RecordTablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateEmpty();
    QWidget::changeEvent(event);
}

QString RecordTablePanel::emptyMessage() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void RecordTablePanel::updateEmpty()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(m_emptyText ? m_emptyText() : tr("Nothing matches the filter. Widen the years or add countries."));
    m_stack->setCurrentWidget(m_empty);
}

void RecordTablePanel::showSelection(const ExplorerState::Selection &s)
{
    m_syncing = true;
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const bool match = (s.kind == m_kind && index.data(IdRole).toString() == s.id)
            || (s.kind == ExplorerState::Kind::Country && index.data(CountryRole).toString() == s.id);
        if (match) {
            selection.select(index, m_proxy->index(row, m_proxy->columnCount() - 1));
            if (!first.isValid())
                first = index;
        }
    }
    if (s.kind == m_kind || s.kind == ExplorerState::Kind::Country || s.kind == ExplorerState::Kind::None) {
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (first.isValid())
            m_view->scrollTo(first);
    }
    m_syncing = false;
}

QString RecordTablePanel::selectionAsTsv() const
{
    const auto clean = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    const QHeaderView *header = m_view->horizontalHeader();
    QStringList lines;
    QStringList headings;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            headings.append(clean(m_proxy->headerData(logical, Qt::Horizontal).toString()));
    }
    lines.append(headings.join(QLatin1Char('\t')));
    for (int row : rows) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                cells.append(clean(m_proxy->index(row, logical).data().toString()));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void RecordTablePanel::copySelection() const
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

} // namespace gapscope
