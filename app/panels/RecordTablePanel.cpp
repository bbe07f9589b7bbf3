#include "RecordTablePanel.h"

#include "UpdateWhenShown.h"

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
#include <QRegularExpression>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>
#include <numeric>

namespace gapscope {

RecordTablePanel::RecordTablePanel(DatasetTableModel *model, ExplorerState::Kind kind, ExplorerState *state,
                                   QWidget *parent, Narrowing narrowing)
    : QWidget(parent), m_model(model), m_kind(kind), m_state(state)
{
    // Sorted as the model compares its records (a header click sorts the model): names with the
    // interface language's collation, values within their unit. A proxy only where rows are
    // narrowed further; it passes the model's order through.
    if (narrowing == Narrowing::ByRole) {
        m_proxy = new DatasetSortProxyModel(this);
        m_proxy->setSourceModel(model);
    }
    m_view = new QTableView(this);
    m_view->setModel(m_proxy ? static_cast<QAbstractItemModel *>(m_proxy) : model);
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
    // New rows: why none are there and the columns' widths are worked out when the table is on
    // screen, not for a table behind another's tab (organisations, models, clusters and events
    // measured up to a thousand rows each, most of a change of the years at a million rows).
    m_shown = new UpdateWhenShown(this, [this] {
        updateEmpty();
        fitColumns();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_shown->request();
        showSelection(m_state->selection());
    });
    // Whatever changes the rows or their texts calls for measuring them again.
    QAbstractItemModel *shown = m_view->model();
    const auto remeasure = [this] { m_wanted.clear(); };
    connect(shown, &QAbstractItemModel::modelReset, this, remeasure);
    connect(shown, &QAbstractItemModel::layoutChanged, this, remeasure);
    connect(shown, &QAbstractItemModel::dataChanged, this, remeasure);
    connect(shown, &QAbstractItemModel::rowsInserted, this, remeasure);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, remeasure);
    connect(model, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation orientation) {
        if (orientation == Qt::Horizontal)
            fitColumns();
    });
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
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        m_wanted.clear();
    QWidget::changeEvent(event);
}

bool RecordTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    // The columns fit the width the view has, once it has it, and the rows that come into sight
    // as it grows.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        // Rows come into sight as it grows taller: measured unless every row was.
        const bool taller = resize->size().height() > resize->oldSize().height();
        if (resize->size().width() != m_fittedWidth || taller)
            fit(taller && !m_measuredWhole);
    }
    return QWidget::eventFilter(watched, event);
}

void RecordTablePanel::narrow(int role, const QString &value)
{
    Q_ASSERT(m_proxy); // built with Narrowing::ByRole
    m_proxy->setFilterRole(role);
    m_proxy->setFilterRegularExpression(value.isEmpty() ? QString()
                                                        : QStringLiteral("^%1$").arg(QRegularExpression::escape(value)));
}

QModelIndex RecordTablePanel::shownIndex(int row) const
{
    const QModelIndex index = m_model->index(row, 0);
    return m_proxy ? m_proxy->mapFromSource(index) : index;
}

void RecordTablePanel::fitColumns()
{
    fit(true);
}

void RecordTablePanel::fit(bool measure)
{
    QHeaderView *header = m_view->horizontalHeader();
    const int n = header->count();
    if (m_userSized || n == 0)
        return;
    m_fitting = true;
    m_fittedWidth = m_view->viewport()->width();
    if (measure || m_wanted.size() != n) {
        // What each column needs: its header, and its contents as far as the view measures them:
        // every row of a table of up to a thousand (Qt's own measure), else the rows in sight (a
        // screenful from the top when the view is not shown): a thousand rows' texts took most of
        // a filter change at a million rows.
        constexpr int measuredWhole = 1000;
        const int rowHeight = std::max(1, m_view->verticalHeader()->defaultSectionSize());
        m_measuredWhole = m_view->model()->rowCount() <= measuredWhole;
        header->setResizeContentsPrecision(
            m_measuredWhole ? measuredWhole : std::max(1, m_view->viewport()->height() / rowHeight + 1));
        m_wanted.fill(0, n);
        m_floor.fill(0, n);
        for (int c = 0; c < n; ++c) {
            if (header->isSectionHidden(c))
                continue;
            m_floor[c] = header->sectionSizeHint(c);
            m_wanted[c] = std::max(m_floor[c], static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(c));
        }
    }
    const QList<int> &wanted = m_wanted;
    const QList<int> &floor = m_floor;
    int last = -1;
    for (int visual = 0; visual < n; ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            last = header->logicalIndex(visual);
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
    m_shown->flush(); // current for a reader of a table behind a tab too
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
    // A selection of another kind of record leaves this table's as it is.
    if (s.kind != m_kind && s.kind != ExplorerState::Kind::Country && s.kind != ExplorerState::Kind::None)
        return;
    m_syncing = true;
    const QAbstractItemModel *shown = m_view->model();
    QItemSelection selection;
    QModelIndex first;
    const auto take = [&](const QModelIndex &index) {
        selection.select(index, shown->index(index.row(), shown->columnCount() - 1));
        if (!first.isValid())
            first = index;
    };
    if (s.kind == m_kind) {
        // One record: the current row when it shows it (it was clicked here), else looked up.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.data(IdRole).toString() == s.id)
            take(shown->index(current.row(), 0));
        else if (const int row = m_model->rowOfId(s.id); row >= 0 && shownIndex(row).isValid())
            take(shownIndex(row));
    } else if (s.kind == ExplorerState::Kind::Country) {
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex index = shown->index(row, 0);
            if (index.data(CountryRole).toString() == s.id)
                take(index);
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        m_view->scrollTo(first);
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
            headings.append(clean(m_view->model()->headerData(logical, Qt::Horizontal).toString()));
    }
    lines.append(headings.join(QLatin1Char('\t')));
    for (int row : rows) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                cells.append(clean(m_view->model()->index(row, logical).data().toString()));
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
