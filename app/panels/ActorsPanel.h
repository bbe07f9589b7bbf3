#pragma once

#include "model/ExplorerState.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTabWidget;

namespace gapscope {

class ActorTableModel;
class AiModelTableModel;
class ComputeClusterTableModel;
class Dataset;
class RecordTablePanel;

// The organisations, the AI models and the compute clusters, on three tabs, with what narrows only these two lists (the
// kind of organisation, open or closed weights) and "Narrow panels to the selection": selecting
// an organisation or model then narrows every other panel to what concerns it (Filter::focus).
class ActorsPanel : public QWidget
{
    Q_OBJECT

public:
    ActorsPanel(const Dataset &dataset, ActorTableModel *actors, AiModelTableModel *models,
                ComputeClusterTableModel *clusters, ExplorerState *state, QWidget *parent = nullptr);

    RecordTablePanel *actors() const { return m_actors; }
    RecordTablePanel *models() const { return m_models; }
    RecordTablePanel *clusters() const { return m_clusters; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Narrows every panel but these two lists to the selected organisation or model.
    void narrowTo(const ExplorerState::Selection &selection);

    const Dataset &m_dataset;
    ExplorerState *m_state;
    QTabWidget *m_tabs = nullptr;
    RecordTablePanel *m_actors = nullptr;
    RecordTablePanel *m_models = nullptr;
    RecordTablePanel *m_clusters = nullptr;
    QComboBox *m_actorKind = nullptr;
    QComboBox *m_modelWeights = nullptr;
    QComboBox *m_clusterStatus = nullptr;
    QCheckBox *m_narrow = nullptr;
    QString m_narrowedTo; // the organisation or model the filter narrows to, if any
};

} // namespace gapscope
