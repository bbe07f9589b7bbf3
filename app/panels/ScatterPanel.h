#pragma once

#include "ViewPanel.h"
#include "chart/ModelScatter.h"
#include "domain/Dataset.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace gapscope {

class CanvasArea;
class ExplorerState;
class ScatterCanvas;

// The models scatter: one point per AI model of Epoch AI's records the filter accepts (countries,
// years, free text), at its publication date and one of its figures (training compute at first,
// on a logarithmic axis; parameters or training cost), with its own choices of domain and of
// Epoch's lists (notable, large-scale), the axis (logarithmic or linear) and each country's
// frontier. A click on a point selects the model in every panel; the selected model is ringed
// and labelled. Under the plot, how many models it shows and how many lack the figure.
class ScatterPanel : public ViewPanel
{
    Q_OBJECT

public:
    ScatterPanel(const Dataset &dataset, ExplorerState *state, QWidget *parent = nullptr);

    void setLanguage(Language lang) override;
    ModelScatter::Options options() const;
    void setOptions(const ModelScatter::Options &options);
    bool logScale() const;
    void setLogScale(bool on);
    bool frontier() const;
    void setFrontier(bool on);
    // Shows what `view` says of the scatter (its figure, domain, lists, axis and frontier).
    void applyView(const SavedView &view) override;
    void writeView(SavedView &view) const override;
    // The sources of the points shown: Epoch AI's, or a model's own where Epoch has no record.
    QSet<QString> sourceIds() const override;
    // The message shown instead of the plot when no model has the figure, empty when it shows.
    QString emptyMessage() const override;
    // "214 models · 37 without training compute are not shown"
    QString countText() const;

    // The workspace's models changed (added, imported, edited or deleted): the points anew.
    void recordsChanged() { rebuild(); }

    const ModelScatter &scatter() const { return m_scatter; }
    ScatterCanvas *canvas() const { return m_canvas; }

protected:
    SavedView::Panel viewPanel() const override { return SavedView::Panel::Scatter; }
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    // Shows the scatter, or why there is none; the selected model.
    void present();
    void presentSelection();

    const Dataset &m_dataset;
    ExplorerState *m_state;
    Language m_language = interfaceLanguage();
    ModelScatter m_scatter;
    bool m_setting = false; // the boxes are being set, not chosen

    QLabel *m_measureLabel = nullptr;
    QComboBox *m_measure = nullptr;
    QLabel *m_domainLabel = nullptr;
    QComboBox *m_domain = nullptr;
    QCheckBox *m_notable = nullptr;
    QCheckBox *m_largeScale = nullptr;
    QCheckBox *m_log = nullptr;
    QCheckBox *m_frontier = nullptr;
    CanvasArea *m_stack = nullptr;
    ScatterCanvas *m_canvas = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace gapscope
