#include "MainWindow.h"

#include "AboutDialog.h"
#include "LanguageManager.h"
#include "Settings.h"
#include "format/DisplayText.h"
#include "model/ActorTableModel.h"
#include "model/AiModelTableModel.h"
#include "model/AssessmentMatrixModel.h"
#include "model/ComputeClusterTableModel.h"
#include "model/EventTableModel.h"
#include "model/ObservationTableModel.h"
#include "panels/ActorsPanel.h"
#include "panels/ChartPanel.h"
#include "panels/ComparisonPanel.h"
#include "panels/DetailsPanel.h"
#include "panels/FilterBar.h"
#include "panels/GapPanel.h"
#include "panels/MapPanel.h"
#include "panels/ScatterPanel.h"
#include "panels/BubblePanel.h"
#include "panels/RecordTablePanel.h"
#include "panels/SwotPanel.h"
#include "panels/TimelinePanel.h"
#include "panels/TimelineView.h"
#include "query/EmptyReason.h"
#include "query/ObservationQuery.h"
#include "window/DockLayout.h"
#include "window/EditController.h"
#include "window/ExportController.h"
#include "window/LanguageMenu.h"
#include "window/StartupSequence.h"
#include "window/WorkspaceController.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace gapscope {

MainWindow::MainWindow(Dataset dataset, const QString &workspacePath, LanguageManager *languages, Start start,
                       QWidget *parent)
    : QMainWindow(parent), m_languages(languages)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_workspace = new Workspace(std::move(dataset), workspacePath, this);
    m_state = new ExplorerState(this);
    m_state->setFilter(Settings::filter());
    // The filter's observations, once per filter change, for the table, the chart and the status.
    m_query = new ObservationQuery(m_workspace->dataset(), m_workspace->index(), this);
    m_query->follow(m_workspace);
    m_query->setFilter(m_state->filter());
    connect(m_state, &ExplorerState::filterChanged, m_query, &ObservationQuery::setFilter);

    m_observationModel = new ObservationTableModel(this);
    m_actorModel = new ActorTableModel(this);
    m_modelModel = new AiModelTableModel(this);
    m_clusterModel = new ComputeClusterTableModel(this);
    m_eventModel = new EventTableModel(this);
    m_assessmentModel = new AssessmentMatrixModel(this);
    m_observationModel->setQuery(m_query);
    for (DatasetTableModel *m : std::initializer_list<DatasetTableModel *>{
             m_observationModel, m_actorModel, m_modelModel, m_clusterModel, m_eventModel, m_assessmentModel}) {
        m->setLanguage(language());
        m->follow(m_workspace);
    }

    // The frame: toolbar, docks, menus and status bar. The panels go into the docks afterwards,
    // at once or after the first paint.
    m_filterToolBar = addToolBar(QString());
    m_filterToolBar->setObjectName(QStringLiteral("FilterToolBar"));
    m_filterToolBar->setMovable(false);
    m_docks = new DockLayout(this);
    m_startup = new StartupSequence(this);
    buildMenus();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("StatusCount"));
    statusBar()->addWidget(m_status, 1);
    connect(m_query, &ObservationQuery::changed, this, &MainWindow::updateStatus);
    connect(m_state, &ExplorerState::selectionChanged, this, &MainWindow::updateActions);
    connect(m_workspace, &Workspace::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);
    followWorkspace();
    applyLanguage();
    retranslateUi();
    if (const QByteArray geometry = Settings::windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = Settings::windowState(); !state.isEmpty())
        restoreState(state);

    // Each panel and the dock it goes into (the filter bar goes into the toolbar).
    auto step = [this](QDockWidget *dock, QWidget *(MainWindow::*build)()) {
        m_startup->addStep(dock, [this, build] { return (this->*build)(); });
    };
    step(nullptr, &MainWindow::buildFilterBar);
    step(m_docks->dock(DockLayout::Table), &MainWindow::buildTable);
    step(m_docks->dock(DockLayout::Chart), &MainWindow::buildChart);
    m_startup->addStep(m_docks->dock(DockLayout::Comparison), [this] {
        return m_comparison = new ComparisonPanel(m_assessmentModel, m_state, this);
    });
    step(m_docks->dock(DockLayout::Details), &MainWindow::buildDetails);
    step(m_docks->dock(DockLayout::Swot), &MainWindow::buildSwot);
    step(m_docks->dock(DockLayout::Timeline), &MainWindow::buildTimeline);
    step(m_docks->dock(DockLayout::Actors), &MainWindow::buildActors);
    step(m_docks->dock(DockLayout::Gap), &MainWindow::buildGap);
    step(m_docks->dock(DockLayout::Map), &MainWindow::buildMap);
    step(m_docks->dock(DockLayout::Scatter), &MainWindow::buildScatter);
    step(m_docks->dock(DockLayout::Bubble), &MainWindow::buildBubble);
    connect(m_startup, &StartupSequence::whole, this, &MainWindow::finishPanels);
    if (start == Start::Whole)
        m_startup->runWhole();
    else
        m_startup->runAfterFirstPaint();
}

MainWindow::~MainWindow()
{
    // The panels read the workspace's dataset until they are gone: delete them before it goes,
    // not in ~QWidget, which hides (and so repaints) children after the workspace is destroyed.
    qDeleteAll(m_docks->docks());
    delete m_about;
    delete m_filterToolBar;
    delete m_workspace; // frees a large dataset off this thread
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_files = new WorkspaceController(this, m_fileMenu);
    m_exports = new ExportController(this, m_fileMenu);
    connect(m_files, &WorkspaceController::observationsLoaded, this, &MainWindow::observationsLoaded);
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        m_filterBar->searchField()->setFocus();
        m_filterBar->searchField()->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_resetFilterAction = m_viewMenu->addAction(QString(), this, [this] { m_filterBar->reset(); });
    m_resetFilterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_viewMenu->addSeparator();
    int key = Qt::Key_1;
    for (QDockWidget *dock : m_docks->docks()) {
        QAction *toggle = dock->toggleViewAction();
        // The tenth: Alt+0; the others none.
        if (key <= Qt::Key_9 + 1)
            toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key <= Qt::Key_9 ? key : Qt::Key_0)));
        ++key;
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addSeparator();
    m_resetLayoutAction = m_viewMenu->addAction(QString(), m_docks, &DockLayout::reset);

    m_edits = new EditController(this);

    m_languageMenu = new LanguageMenu(menuBar(), m_languages, this);
    auto bothNames = [this](bool on) {
        m_actorModel->setBothNames(on);
        m_modelModel->setBothNames(on);
        m_clusterModel->setBothNames(on);
    };
    connect(m_languageMenu, &LanguageMenu::bothNamesChanged, this, bothNames);
    bothNames(m_languageMenu->bothNamesAction()->isChecked());
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    // Named, so that scripts, tests and accessibility tools find each action whatever the language.
    const std::pair<QAction *, const char *> named[] = {
        {m_quitAction, "quitAction"},       {m_findAction, "findAction"},       {m_resetFilterAction, "resetFilterAction"},
        {m_resetLayoutAction, "resetLayoutAction"}, {m_aboutAction, "aboutAction"}};
    for (const auto &[action, name] : named)
        action->setObjectName(QLatin1String(name));
}

void MainWindow::followWorkspace()
{
    // The models follow the workspace record by record; the panels that read the dataset
    // directly are told which kind of record changed.
    connect(m_workspace, &Workspace::changed, this, [this](RecordKind kind) {
        if (m_details)
            m_details->recordsChanged();
        if (kind == RecordKind::Swot && m_swot)
            m_swot->recordsChanged();
        if (kind == RecordKind::Event && m_chart)
            m_chart->recordsChanged(); // its event markers
        if (kind == RecordKind::Model && m_scatter)
            m_scatter->recordsChanged();
        updateActions();
    });
    connect(m_workspace, &Workspace::referencesAdded, this, [this] {
        if (m_filterBar)
            m_filterBar->datasetChanged();
    });
    // A whole new dataset (read in the background): everything shows it anew.
    connect(m_workspace, &Workspace::replaced, this, [this] {
        if (m_filterBar)
            m_filterBar->datasetChanged();
        m_state->refresh();
    });
}

QWidget *MainWindow::buildFilterBar()
{
    m_filterBar = new FilterBar(m_query, m_state, this);
    m_filterToolBar->addWidget(m_filterBar);
    return m_filterBar;
}

QWidget *MainWindow::buildTable()
{
    m_table = new RecordTablePanel(m_observationModel, ExplorerState::Kind::Observation, m_state, this);
    m_table->setEmptyText([this] { return emptyObservationsText(); });
    return m_table;
}

QWidget *MainWindow::buildChart()
{
    m_chart = new ChartPanel(m_query, m_state, this);
    m_chart->restoreSettings();
    connect(m_chart, &ChartPanel::settingsChanged, m_chart, &ChartPanel::saveSettings);
    updateActions(); // its waiting text
    return m_chart;
}

QWidget *MainWindow::buildDetails()
{
    m_details = new DetailsPanel(m_workspace->dataset(), m_state, this);
    return m_details;
}

QWidget *MainWindow::buildSwot()
{
    m_swot = new SwotPanel(m_workspace->dataset(), m_state, this);
    return m_swot;
}

QWidget *MainWindow::buildTimeline()
{
    return m_timeline = new TimelinePanel(m_eventModel, m_state, this);
}

QWidget *MainWindow::buildActors()
{
    m_actors = new ActorsPanel(m_workspace->dataset(), m_actorModel, m_modelModel, m_clusterModel, m_state, this);
    if (m_clustersTabFirst)
        m_actors->tabs()->setCurrentWidget(m_actors->clusters());
    return m_actors;
}

QWidget *MainWindow::buildGap()
{
    m_gap = new GapPanel(m_query, m_state, this);
    m_gap->setLanguage(language());
    keepChoices(m_gap);
    return m_gap;
}

void MainWindow::keepChoices(ViewPanel *panel)
{
    panel->restoreSettings();
    connect(panel, &ViewPanel::settingsChanged, panel, &ViewPanel::saveSettings);
}

QWidget *MainWindow::buildMap()
{
    m_map = new MapPanel(m_query, m_state, this);
    m_map->setIndicator(m_chart->indicator()); // the chart's, until another is picked
    keepChoices(m_map);
    return m_map;
}

QWidget *MainWindow::buildScatter()
{
    m_scatter = new ScatterPanel(m_workspace->dataset(), m_state, this);
    m_scatter->setLanguage(language());
    keepChoices(m_scatter);
    return m_scatter;
}

QWidget *MainWindow::buildBubble()
{
    m_bubble = new BubblePanel(m_query, m_state, this);
    m_bubble->setLanguage(language());
    keepChoices(m_bubble);
    return m_bubble;
}

void MainWindow::finishPanels()
{
    // Every exportable panel offers the same in its context menu.
    m_exports->addPanelActions(m_chart, SavedView::Panel::Chart);
    m_exports->addPanelActions(m_table, SavedView::Panel::Table);
    m_exports->addPanelActions(m_comparison, SavedView::Panel::Comparison);
    m_exports->addPanelActions(m_swot, SavedView::Panel::Swot);
    m_exports->addPanelActions(m_gap, SavedView::Panel::Gap);
    m_exports->addPanelActions(m_map, SavedView::Panel::Map);
    m_exports->addPanelActions(m_scatter, SavedView::Panel::Scatter);
    m_exports->addPanelActions(m_bubble, SavedView::Panel::Bubble);
    m_table->addAction(m_exports->exportTableAction());
    // The table offers the editing actions on its rows.
    for (QAction *a : {m_edits->addAction(), m_edits->editAction(), m_edits->deleteAction()})
        m_table->addAction(a);
    retranslateUi();
    updateActions();
    emit ready();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyLanguage()
{
    // The models; the widgets follow in changeEvent().
    const Language lang = language();
    for (DatasetTableModel *m : std::initializer_list<DatasetTableModel *>{
             m_observationModel, m_actorModel, m_modelModel, m_clusterModel, m_eventModel, m_assessmentModel})
        m->setLanguage(lang);
}

void MainWindow::updateActions()
{
    // What needs every observation waits for them: importing, editing, exporting. A read-only
    // workspace never takes imports or edits. Until the panels are built, what works through
    // them waits too.
    const bool panels = isReady();
    const bool loading = isLoading();
    const bool observations = !loading && !m_workspace->loadFailed();
    const bool writable = panels && observations && !m_workspace->isReadOnly();
    m_exports->updateActions(observations, panels);
    m_files->updateActions(writable);
    m_edits->updateActions(writable);
    m_findAction->setEnabled(panels);
    m_resetFilterAction->setEnabled(panels);
    if (m_chart)
        m_chart->setWaitingText(loading ? tr("Reading the workspace's observations…") : QString());
    if (m_table)
        m_table->updateEmpty();
}

void MainWindow::retranslateUi()
{
    setWindowTitle((isReadOnly() ? tr("GapScope (read-only)") : tr("GapScope")) + QStringLiteral("[*]"));
    m_docks->retranslate();
    m_files->retranslate();
    m_exports->retranslate();
    m_edits->retranslate();
    m_filterToolBar->setWindowTitle(tr("Filter"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Search"));
    m_resetFilterAction->setText(tr("&Reset filter"));
    m_resetLayoutAction->setText(tr("Reset &layout"));
    m_languageMenu->retranslate();
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GapScope"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_status->setText(tr("%n observation(s) shown", nullptr, m_query->count()) + QStringLiteral(" · ")
                      + tr("dataset %1 · workspace %2").arg(dataset().version, m_workspace->displayName()));
}

QString MainWindow::emptyObservationsText() const
{
    if (isLoading())
        return tr("Reading the workspace's observations…");
    return EmptyReason::noObservations(dataset(), m_state->filter(), language(), &m_workspace->index());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_edits->settleBeforeClosing()) {
        event->ignore();
        return;
    }
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setFilter(m_state->filter());
    QMainWindow::closeEvent(event);
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_workspace->setReadOnly(readOnly);
    updateActions();
    retranslateUi();
    if (readOnly)
        showNotice(tr("You cannot write to this workspace, so it opened read-only: everything is shown, nothing can "
                      "be changed. File ▸ Save workspace as… makes a copy you can change."));
}

bool MainWindow::requestWorkspace(const QString &path)
{
    if (!close())
        return false;
    emit workspaceRequested(path);
    return true;
}

void MainWindow::showNotice(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("GapScope"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(dataset(), m_workspace->displayName(), this);
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

// What the roles do, for the window's users.
const Dataset &MainWindow::dataset() const { return m_workspace->dataset(); }
QString MainWindow::workspacePath() const { return m_workspace->path(); }
Language MainWindow::language() const { return m_languages->language(); }
bool MainWindow::isReady() const { return m_startup->isWhole(); }
bool MainWindow::isReadOnly() const { return m_workspace->isReadOnly(); }
bool MainWindow::isLoading() const { return m_files->isLoading(); }
void MainWindow::loadObservations() { m_files->loadObservations(); }
bool MainWindow::raisePanel(const QString &name)
{
    // The compute clusters are a tab of the actors panel, which may not be built yet.
    if (name == QLatin1String("clusters")) {
        m_clustersTabFirst = true;
        if (m_actors)
            m_actors->tabs()->setCurrentWidget(m_actors->clusters());
        return m_docks->raise(QStringLiteral("actors"));
    }
    return m_docks->raise(name);
}
QList<QDockWidget *> MainWindow::docks() const { return m_docks->docks(); }
QAction *MainWindow::bothNamesAction() const { return m_languageMenu->bothNamesAction(); }
TimelineView *MainWindow::timeline() const { return m_timeline ? m_timeline->timeline() : nullptr; }
RecordTablePanel *MainWindow::eventPanel() const { return m_timeline ? m_timeline->events() : nullptr; }
RecordTablePanel *MainWindow::actorPanel() const { return m_actors ? m_actors->actors() : nullptr; }
RecordTablePanel *MainWindow::modelPanel() const { return m_actors ? m_actors->models() : nullptr; }
RecordTablePanel *MainWindow::clusterPanel() const { return m_actors ? m_actors->clusters() : nullptr; }
SavedView MainWindow::currentView(SavedView::Panel panel) const { return m_exports->currentView(panel); }
void MainWindow::applyView(const SavedView &view) { m_exports->applyView(view); }
ExportDialog *MainWindow::showExport(std::optional<SavedView::Panel> panel) { return m_exports->showExport(panel); }
void MainWindow::copyPanel(SavedView::Panel panel) { m_exports->copyPanel(panel); }
bool MainWindow::exportTable(const QString &path, bool excel)
{
    const bool ok = m_exports->exportTable(path, excel);
    m_error = m_exports->errorString();
    return ok;
}
QAction *MainWindow::exportAction() const { return m_exports->exportAction(); }
QAction *MainWindow::copyChartAction() const { return m_exports->copyChartAction(); }
bool MainWindow::importBatch(const ImportBatch &batch)
{
    const bool ok = m_files->importBatch(batch);
    m_error = m_files->errorString();
    return ok;
}
ImportDialog *MainWindow::importDialog(const QString &path) { return m_files->importDialog(path); }
bool MainWindow::saveWorkspaceAs(const QString &path)
{
    const bool ok = m_files->saveWorkspaceAs(path);
    m_error = m_files->errorString();
    return ok;
}

bool MainWindow::saveChanges()
{
    const bool ok = m_edits->saveChanges();
    m_error = m_edits->errorString();
    return ok;
}
ObservationDialog *MainWindow::observationDialog(bool edit) { return m_edits->observationDialog(edit); }
RecordDialog *MainWindow::recordDialog(RecordKind kind, bool edit) { return m_edits->recordDialog(kind, edit); }
bool MainWindow::deleteSelected() { return m_edits->deleteSelected(); }
QAction *MainWindow::deleteAction() const { return m_edits->deleteAction(); }
QAction *MainWindow::editAction() const { return m_edits->editAction(); }

} // namespace gapscope
