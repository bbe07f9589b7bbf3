#pragma once

#include "model/ExplorerState.h"

#include <QWidget>
#include <functional>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace gapscope {

class DatasetTableModel;
class UpdateWhenShown;

// A sortable table of one kind of record that follows the shared filter and selection: clicking
// a row selects its record everywhere; a record or country selected elsewhere is highlighted
// here. Ctrl+C copies the selected rows as tab-separated text. An empty result says why.
//
// The view shows the model's rows as the model orders them (a header click sorts the model
// itself), with no proxy mapping every row: a million observations sort, filter and retranslate
// in milliseconds. A panel that narrows its rows further (Narrowing::ByRole) has a proxy for that.
class RecordTablePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Narrowing { None, ByRole };

    RecordTablePanel(DatasetTableModel *model, ExplorerState::Kind kind, ExplorerState *state,
                     QWidget *parent = nullptr, Narrowing narrowing = Narrowing::None);

    QTableView *view() const { return m_view; }
    DatasetTableModel *model() const { return m_model; }
    // Shows only the rows whose `role` is `value` (every row for an empty value), within the
    // filter; for panels built with Narrowing::ByRole.
    void narrow(int role, const QString &value);
    // Rows as the user sees them (sorted), tab-separated, with a header line.
    QString selectionAsTsv() const;
    void copySelection() const;
    // What the panel says when no row is there; updateEmpty() says it again when it changes.
    void setEmptyText(const std::function<QString()> &text)
    {
        m_emptyText = text;
        updateEmpty();
    }
    void updateEmpty();
    QString emptyMessage() const;
    // Sizes the columns to their contents and headers, the widest giving way first where the
    // view is too narrow for all; called as the rows, the language or the width change, until
    // the user sizes a column by hand.
    void fitColumns();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSelection(const ExplorerState::Selection &s);
    // fitColumns(), measuring the contents again only when `measure` or nothing measured is kept.
    void fit(bool measure);
    // The view's index of the model's `row` (through the narrowing proxy, if any).
    QModelIndex shownIndex(int row) const;

    DatasetTableModel *m_model;
    ExplorerState::Kind m_kind;
    ExplorerState *m_state;
    QSortFilterProxyModel *m_proxy = nullptr; // Narrowing::ByRole only
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    UpdateWhenShown *m_shown = nullptr; // the empty text and the columns' widths, for new rows
    std::function<QString()> m_emptyText;
    bool m_syncing = false;
    bool m_fitting = false;
    bool m_userSized = false;
    int m_fittedWidth = -1; // the viewport's width when the columns were last fitted
    // What each column's contents and header need, as last measured (empty until measured again,
    // after any change of the rows, their texts or the language), and whether every row was
    // measured: a new size of the view then only shares out the same widths again.
    QList<int> m_wanted;
    QList<int> m_floor;
    bool m_measuredWhole = false;
};

} // namespace gapscope
