#pragma once

#include "model/ExplorerState.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace gapscope {

class AssessmentMatrixModel;

// The country x dimension matrix of assessments, wrapped and readable; selecting a cell selects
// its first assessment, and a country selected elsewhere highlights its column.
class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    ComparisonPanel(AssessmentMatrixModel *model, ExplorerState *state, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QString emptyMessage() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();

    AssessmentMatrixModel *m_model;
    ExplorerState *m_state;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace gapscope
