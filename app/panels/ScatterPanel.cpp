#include "ScatterPanel.h"

#include "CanvasArea.h"
#include "ScatterCanvas.h"
#include "format/EpochVocabulary.h"
#include "format/ValueFormatter.h"
#include "model/ExplorerState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace gapscope {

ScatterPanel::ScatterPanel(const Dataset &dataset, ExplorerState *state, QWidget *parent)
    : ViewPanel(parent), m_dataset(dataset), m_state(state)
{
    m_measureLabel = new QLabel(this);
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("scatterMeasure"));
    m_measureLabel->setBuddy(m_measure);
    m_domainLabel = new QLabel(this);
    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("scatterDomain"));
    m_domainLabel->setBuddy(m_domain);
    m_notable = new QCheckBox(this);
    m_notable->setChecked(true);
    m_largeScale = new QCheckBox(this);
    m_largeScale->setChecked(true);
    m_log = new QCheckBox(this);
    m_log->setObjectName(QStringLiteral("scatterLog"));
    m_log->setChecked(true);
    m_frontier = new QCheckBox(this);
    m_frontier->setObjectName(QStringLiteral("scatterFrontier"));
    m_canvas = new ScatterCanvas(m_dataset, this);
    m_stack = new CanvasArea(m_canvas, this);
    m_count = new QLabel(this);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_measureLabel);
    toolbar->addWidget(m_measure);
    toolbar->addWidget(m_domainLabel);
    toolbar->addWidget(m_domain);
    toolbar->addWidget(m_notable);
    toolbar->addWidget(m_largeScale);
    toolbar->addWidget(m_log);
    toolbar->addWidget(m_frontier);
    toolbar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolbar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    auto chosen = [this] {
        if (m_setting)
            return;
        rebuild();
        emit settingsChanged();
    };
    connect(m_measure, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_domain, &QComboBox::currentIndexChanged, this, chosen);
    for (QCheckBox *box : {m_notable, m_largeScale})
        connect(box, &QCheckBox::toggled, this, chosen);
    // The same models on another axis, or with the frontier: drawn again, not chosen again.
    for (QCheckBox *box : {m_log, m_frontier}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            present();
            emit settingsChanged();
        });
    }
    connect(m_state, &ExplorerState::filterChanged, this, &ScatterPanel::rebuild);
    connect(m_state, &ExplorerState::selectionChanged, this, &ScatterPanel::presentSelection);
    connect(m_canvas, &ScatterCanvas::modelClicked, this,
            [this](const QString &id) { m_state->select(ExplorerState::Kind::Model, id); });
    retranslateUi();
    rebuild();
}

void ScatterPanel::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    retranslateUi();
    present();
}

ModelScatter::Options ScatterPanel::options() const
{
    ModelScatter::Options o;
    o.measure = ModelScatter::Measure(std::max(0, m_measure->currentIndex()));
    o.domain = m_domain->currentData().toString();
    o.notable = m_notable->isChecked();
    o.largeScale = m_largeScale->isChecked();
    return o;
}

void ScatterPanel::setOptions(const ModelScatter::Options &options)
{
    m_setting = true;
    m_measure->setCurrentIndex(int(options.measure));
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(options.domain)));
    m_notable->setChecked(options.notable);
    m_largeScale->setChecked(options.largeScale);
    m_setting = false;
    rebuild();
}

bool ScatterPanel::logScale() const { return m_log->isChecked(); }
void ScatterPanel::setLogScale(bool on) { m_log->setChecked(on); }
bool ScatterPanel::frontier() const { return m_frontier->isChecked(); }
void ScatterPanel::setFrontier(bool on) { m_frontier->setChecked(on); }

void ScatterPanel::applyView(const SavedView &view)
{
    setOptions(view.scatter);
    setLogScale(view.scatterLog);
    setFrontier(view.scatterFrontier);
}

void ScatterPanel::writeView(SavedView &view) const
{
    view.scatter = options();
    view.scatterLog = logScale();
    view.scatterFrontier = frontier();
}

QSet<QString> ScatterPanel::sourceIds() const
{
    QSet<QString> ids;
    for (const ModelScatter::Point &p : m_scatter.points()) {
        const AiModel &m = m_dataset.models.at(p.model);
        ids.insert(m.epochSource.isEmpty() ? m.source : m.epochSource);
    }
    return ids;
}

QString ScatterPanel::emptyMessage() const
{
    return m_stack->message();
}

QString ScatterPanel::countText() const { return m_count->text(); }

void ScatterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_language = interfaceLanguage();
        retranslateUi();
        present();
    }
    ViewPanel::changeEvent(event);
}

void ScatterPanel::retranslateUi()
{
    m_setting = true;
    const int measure = std::max(0, m_measure->currentIndex());
    m_measure->clear();
    for (auto m : {ModelScatter::Measure::TrainingCompute, ModelScatter::Measure::Parameters,
                   ModelScatter::Measure::TrainingCost})
        m_measure->addItem(ScatterCanvas::measureTitle(m));
    m_measure->setCurrentIndex(measure);
    const QString domain = m_domain->currentData().toString();
    m_domain->clear();
    m_domain->addItem(tr("Every domain"), QString());
    for (const QString &d : ModelScatter::domains(m_dataset))
        m_domain->addItem(EpochVocabulary::text(d, m_language), d);
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(domain)));
    m_setting = false;
    m_measureLabel->setText(tr("&Figure:"));
    m_measure->setToolTip(tr("Which of Epoch AI's figures the vertical axis shows"));
    m_domainLabel->setText(tr("&Domain:"));
    m_notable->setText(tr("&Notable"));
    m_notable->setToolTip(tr("Epoch AI's notable models"));
    m_largeScale->setText(tr("&Large-scale"));
    m_largeScale->setToolTip(tr("Epoch AI's large-scale models, trained with over 10²³ FLOP"));
    m_log->setText(tr("Lo&g scale"));
    m_frontier->setText(tr("F&rontier"));
    m_frontier->setToolTip(tr("Each country's largest value to date, as steps (the Gap panel's running maximum)"));
}

void ScatterPanel::rebuild()
{
    m_scatter.build(m_dataset, m_state->filter(), options());
    present();
}

void ScatterPanel::present()
{
    const QString measure = ScatterCanvas::measureTitle(m_scatter.options().measure);
    const int shown = int(m_scatter.points().size());
    QString count = tr("%n model(s)", nullptr, shown);
    if (m_scatter.withoutValue())
        count = tr("%1 · %n without “%2” not shown", nullptr, m_scatter.withoutValue()).arg(count, measure);
    m_count->setText(count);
    presentSelection();
    if (m_scatter.isEmpty()) {
        m_canvas->showScatter(nullptr, logScale(), frontier(), m_language);
        m_stack->showMessage(tr("No model of Epoch AI's records has “%1” for this filter, domain and lists.").arg(measure));
        return;
    }
    m_canvas->showScatter(&m_scatter, logScale(), frontier(), m_language);
    m_stack->showCanvas();
}

void ScatterPanel::presentSelection()
{
    const ExplorerState::Selection &s = m_state->selection();
    m_canvas->setSelected(s.kind == ExplorerState::Kind::Model ? s.id : QString());
}

} // namespace gapscope
