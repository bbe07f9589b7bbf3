#include "RecordTablePanel.h"

#include "model/DatasetSortProxyModel.h"
#include "model/DatasetTableModel.h"
#include "model/Roles.h"
#include "query/EmptyReason.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>
#include <numeric>

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
    m_view->viewport()->installEventFilter(this);
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
        fitColumns();
        showSelection(m_state->selection());
    });
    connect(model, &QAbstractItemModel::headerDataChanged, this, &RecordTablePanel::fitColumns);
    // A column the user drags to a width keeps it.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSized = true;
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (!m_syncing && i.isValid())
            m_state->select(m_kind, i.data(IdRole).toString());
    });
    connect(m_state, &ExplorerState::selectionChanged, this, &RecordTablePanel::showSelection);
    model->setFilter(m_state->filter());
    updateEmpty();
    fitColumns();
}

void RecordTablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateEmpty();
    QWidget::changeEvent(event);
}

bool RecordTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    // The columns fit the width the view has, once it has it.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void RecordTablePanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int n = header->count();
    if (m_userSized || n == 0)
        return;
    m_fitting = true;
    // What each column needs: its header, and its contents as far as the view measures them.
    QList<int> wanted(n, 0);
    QList<int> floor(n, 0);
    int last = -1;
    for (int visual = 0; visual < n; ++visual) {
        const int c = header->logicalIndex(visual);
        if (header->isSectionHidden(c))
            continue;
        floor[c] = header->sectionSizeHint(c);
        wanted[c] = std::max(floor[c], static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(c));
        last = c;
    }
    if (last < 0) {
        m_fitting = false;
        return;
    }
    // Too wide for the view: the last column (which stretches, and ends the row) gives way first,
    // down to a few words; then the widest of the others share what is left, none below its header.
    int available = m_view->viewport()->width();
    const int others = std::accumulate(wanted.cbegin(), wanted.cend(), 0) - wanted[last];
    const int lastWidth = std::clamp(available - others, std::max(floor[last], fontMetrics().averageCharWidth() * 10),
                                     std::max(wanted[last], floor[last]));
    available -= lastWidth;
    QList<int> sorted;
    for (int c = 0; c < n; ++c) {
        if (c != last && !header->isSectionHidden(c))
            sorted.append(wanted[c]);
    }
    std::sort(sorted.begin(), sorted.end());
    int cap = std::numeric_limits<int>::max();
    qsizetype left = sorted.size();
    for (const int w : std::as_const(sorted)) {
        if (w * left <= available) {
            available -= w;
            --left;
        } else {
            cap = available / int(left);
            break;
        }
    }
    for (int c = 0; c < n; ++c) {
        if (!header->isSectionHidden(c))
            header->resizeSection(c, c == last ? lastWidth : std::min(wanted[c], std::max(cap, floor[c])));
    }
    m_fitting = false;
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
    QString text;
    if (m_emptyText) {
        text = m_emptyText();
    } else if (const Dataset *d = m_model->dataset()) {
        // The part of the filter that leaves no row, found by trying the filter without it.
        const EmptyReason reason = EmptyReason::find(*d, m_model->filter(), m_kind);
        text = reason.noRecords() ? tr("None in this dataset yet.")
                                  : tr("Nothing matches the filter.") + QLatin1Char(' ')
                + reason.text(*d, m_model->filter(), m_model->language());
    }
    m_empty->setText(text);
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
