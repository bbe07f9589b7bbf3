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

// A sortable table of one kind of record that follows the shared filter and selection: clicking
// a row selects its record everywhere; a record or country selected elsewhere is highlighted
// here. Ctrl+C copies the selected rows as tab-separated text. An empty result says why.
class RecordTablePanel : public QWidget
{
    Q_OBJECT

public:
    RecordTablePanel(DatasetTableModel *model, ExplorerState::Kind kind, ExplorerState *state,
                     QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    DatasetTableModel *model() const { return m_model; }
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

    DatasetTableModel *m_model;
    ExplorerState::Kind m_kind;
    ExplorerState *m_state;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::function<QString()> m_emptyText;
    bool m_syncing = false;
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace gapscope
