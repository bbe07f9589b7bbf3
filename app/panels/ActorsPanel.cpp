#include "ActorsPanel.h"

#include "RecordTablePanel.h"
#include "domain/Dataset.h"
#include "format/DisplayText.h"
#include "format/EpochVocabulary.h"
#include "model/ActorTableModel.h"
#include "model/AiModelTableModel.h"
#include "model/ComputeClusterTableModel.h"
#include "model/Roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gapscope {

ActorsPanel::ActorsPanel(const Dataset &dataset, ActorTableModel *actors, AiModelTableModel *models,
                         ComputeClusterTableModel *clusters, ExplorerState *state, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_state(state)
{
    m_tabs = new QTabWidget(this);
    // Narrowed by kind, by open weights and by status beside the filter.
    const auto narrowing = RecordTablePanel::Narrowing::ByRole;
    m_actors = new RecordTablePanel(actors, ExplorerState::Kind::Actor, state, this, narrowing);
    m_models = new RecordTablePanel(models, ExplorerState::Kind::Model, state, this, narrowing);
    m_tabs->addTab(m_actors, QString());
    m_tabs->addTab(m_models, QString());
    m_clusters = new RecordTablePanel(clusters, ExplorerState::Kind::Cluster, state, this, narrowing);
    m_clusters->setObjectName(QStringLiteral("ComputeClusters"));
    m_tabs->addTab(m_clusters, QString());
    m_actorKind = new QComboBox(this);
    m_modelWeights = new QComboBox(this);
    m_clusterStatus = new QComboBox(this);
    m_clusterStatus->setObjectName(QStringLiteral("ClusterStatus"));
    m_narrow = new QCheckBox(this);
    m_narrow->setObjectName(QStringLiteral("NarrowToSelection"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_actorKind);
    bar->addWidget(m_modelWeights);
    bar->addWidget(m_clusterStatus);
    bar->addStretch(1);
    bar->addWidget(m_narrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs);

    // Browsing by kind and by open weights narrows these two tables only.
    auto rowFilter = [](RecordTablePanel *table, const QString &value) { table->narrow(KindRole, value); };
    connect(m_actorKind, &QComboBox::currentIndexChanged, this,
            [this, rowFilter] { rowFilter(m_actors, m_actorKind->currentData().toString()); });
    connect(m_modelWeights, &QComboBox::currentIndexChanged, this,
            [this, rowFilter] { rowFilter(m_models, m_modelWeights->currentData().toString()); });
    connect(m_clusterStatus, &QComboBox::currentIndexChanged, this,
            [this, rowFilter] { rowFilter(m_clusters, m_clusterStatus->currentData().toString()); });
    // Each tab's own narrowing shows with its tab.
    auto showBoxes = [this](int tab) {
        m_actorKind->setVisible(tab == 0);
        m_modelWeights->setVisible(tab == 1);
        m_clusterStatus->setVisible(tab == 2);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, showBoxes);
    showBoxes(m_tabs->currentIndex());
    // Narrowing: a filter of its own (a chip in the filter bar) that every panel follows but these
    // two lists, so that the next organisation or model can be picked.
    connect(m_state, &ExplorerState::selectionChanged, this, [this](const ExplorerState::Selection &s) {
        // A model selected elsewhere (the models scatter) shows in its list, scrolled to.
        if (s.kind == ExplorerState::Kind::Model)
            m_tabs->setCurrentWidget(m_models);
        if (m_narrow->isChecked() && (s.kind == ExplorerState::Kind::Actor || s.kind == ExplorerState::Kind::Model))
            narrowTo(s);
    });
    // Narrowing ended elsewhere (its chip removed, Reset): the box says so.
    connect(m_state, &ExplorerState::filterChanged, this, [this](const Filter &f) {
        if (f.focus.isEmpty() && !m_narrowedTo.isEmpty())
            m_narrow->setChecked(false);
        m_narrowedTo = f.focus.id;
    });
    connect(m_narrow, &QCheckBox::toggled, this, [this](bool on) {
        Filter f = m_state->filter();
        if (on) {
            narrowTo(m_state->selection());
        } else if (!f.focus.isEmpty()) {
            f.focus = {};
            m_state->setFilter(f);
        }
    });
    retranslateUi();
}

void ActorsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActorsPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("Organisations"));
    m_tabs->setTabText(1, tr("AI models"));
    m_tabs->setTabText(2, tr("Compute clusters"));

    const QString kind = m_actorKind->currentData().toString();
    m_actorKind->blockSignals(true);
    m_actorKind->clear();
    m_actorKind->addItem(tr("All kinds"), QString());
    for (const char *k : {"lab", "big_tech", "startup", "chipmaker", "cloud_si", "government", "university", "analyst",
                          "media", "institution"})
        m_actorKind->addItem(DisplayText::actorKind(QString::fromLatin1(k)), QString::fromLatin1(k));
    m_actorKind->setCurrentIndex(std::max(0, m_actorKind->findData(kind)));
    m_actorKind->blockSignals(false);
    m_actorKind->setAccessibleName(tr("Kind of organisation"));
    const QString weights = m_modelWeights->currentData().toString();
    m_modelWeights->blockSignals(true);
    m_modelWeights->clear();
    m_modelWeights->addItem(tr("Open and closed weights"), QString());
    m_modelWeights->addItem(tr("Open weights only"), QStringLiteral("true"));
    m_modelWeights->addItem(tr("Closed weights only"), QStringLiteral("false"));
    m_modelWeights->setCurrentIndex(std::max(0, m_modelWeights->findData(weights)));
    m_modelWeights->blockSignals(false);
    m_modelWeights->setAccessibleName(tr("Weights"));
    const QString status = m_clusterStatus->currentData().toString();
    m_clusterStatus->blockSignals(true);
    m_clusterStatus->clear();
    m_clusterStatus->addItem(tr("Every status"), QString());
    for (const char *st : {"Existing", "Planned", "Decommissioned"})
        m_clusterStatus->addItem(EpochVocabulary::text(QLatin1String(st), interfaceLanguage()), QLatin1String(st));
    m_clusterStatus->setCurrentIndex(std::max(0, m_clusterStatus->findData(status)));
    m_clusterStatus->blockSignals(false);
    m_clusterStatus->setAccessibleName(tr("Status of the cluster"));
    m_narrow->setText(tr("&Narrow panels to the selection"));
    m_narrow->setToolTip(tr("Selecting an organisation or model shows, in every panel, what mentions it"));
}

void ActorsPanel::narrowTo(const ExplorerState::Selection &s)
{
    Filter::Focus focus;
    if (s.kind == ExplorerState::Kind::Actor) {
        if (const Actor *a = m_dataset.actor(s.id)) {
            focus = {a->id, a->name, a->country, {a->name.en, a->name.ko}};
            // What names one of its models concerns it too.
            for (const AiModel &m : m_dataset.models) {
                if (m.developer == a->id)
                    focus.names << m.name.en << m.name.ko;
            }
        }
    } else if (s.kind == ExplorerState::Kind::Model) {
        for (const AiModel &m : m_dataset.models) {
            if (m.id == s.id)
                focus = {m.id, m.name, m.country, {m.name.en, m.name.ko}};
        }
    }
    if (focus.isEmpty())
        return;
    focus.names.removeAll(QString());
    focus.names.removeDuplicates();
    Filter f = m_state->filter();
    f.focus = focus;
    m_state->setFilter(f);
}

} // namespace gapscope
