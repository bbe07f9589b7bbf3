#include "MainWindow.h"

#include "AboutDialog.h"
#include "FirstPaintProbe.h"
#include "edit/EditSession.h"
#include "edit/ObservationDialog.h"
#include "edit/RecordDialog.h"
#include "edit/RecordFields.h"
#include "import/ImportDialog.h"
#include "store/Store.h"
#include "store/WorkspaceLoader.h"
#include "io/ObservationExporter.h"
#include "export/DeckWriter.h"
#include "export/ExportDialog.h"
#include "export/ExportWriter.h"

#include "LanguageManager.h"
#include "Settings.h"
#include "format/DisplayText.h"
#include "query/EmptyReason.h"
#include "model/ActorTableModel.h"
#include "model/AiModelTableModel.h"
#include "model/AssessmentMatrixModel.h"
#include "model/EventTableModel.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "panels/ChartPanel.h"
#include "panels/ComparisonPanel.h"
#include "panels/DetailsPanel.h"
#include "panels/FilterBar.h"
#include "panels/RecordTablePanel.h"
#include "panels/SwotPanel.h"
#include "panels/TimelineView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QAbstractButton>
#include <QDockWidget>
#include <QUndoStack>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace gapscope {

MainWindow::MainWindow(Dataset dataset, const QString &workspacePath, LanguageManager *languages, Start start,
                       QWidget *parent)
    : QMainWindow(parent), m_dataset(std::move(dataset)), m_workspacePath(workspacePath), m_languages(languages)
{
    m_dataset.reindex();
    m_index.build(m_dataset);
    setObjectName(QStringLiteral("MainWindow"));
    m_state = new ExplorerState(this);
    m_state->setFilter(Settings::filter());

    m_observationModel = new ObservationTableModel(this);
    m_actorModel = new ActorTableModel(this);
    m_modelModel = new AiModelTableModel(this);
    m_eventModel = new EventTableModel(this);
    m_assessmentModel = new AssessmentMatrixModel(this);
    for (DatasetTableModel *m : std::initializer_list<DatasetTableModel *>{
             m_observationModel, m_actorModel, m_modelModel, m_eventModel, m_assessmentModel}) {
        m->setLanguage(m_languages->language());
        if (m == m_observationModel)
            m_observationModel->setIndex(&m_index);
        m->setDataset(&m_dataset);
    }

    // The frame: toolbar, docks, menus and status bar. The panels go into the docks afterwards
    // (the build steps below), at once or after the first paint.
    m_filterToolBar = addToolBar(QString());
    m_filterToolBar->setObjectName(QStringLiteral("FilterToolBar"));
    m_filterToolBar->setMovable(false);
    setDockNestingEnabled(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);
    auto *chartDock = addDock(QStringLiteral("ChartDock"), Qt::LeftDockWidgetArea);
    auto *tableDock = addDock(QStringLiteral("TableDock"), Qt::LeftDockWidgetArea);
    auto *comparisonDock = addDock(QStringLiteral("ComparisonDock"), Qt::RightDockWidgetArea);
    auto *swotDock = addDock(QStringLiteral("SwotDock"), Qt::RightDockWidgetArea);
    auto *timelineDock = addDock(QStringLiteral("TimelineDock"), Qt::BottomDockWidgetArea);
    auto *actorsDock = addDock(QStringLiteral("ActorsDock"), Qt::RightDockWidgetArea);
    auto *detailsDock = addDock(QStringLiteral("DetailsDock"), Qt::RightDockWidgetArea);
    splitDockWidget(chartDock, tableDock, Qt::Vertical);
    splitDockWidget(comparisonDock, detailsDock, Qt::Vertical);
    tabifyDockWidget(comparisonDock, swotDock);
    tabifyDockWidget(swotDock, actorsDock);
    comparisonDock->raise();
    tabifyDockWidget(tableDock, timelineDock);
    tableDock->raise();
    resizeDocks({chartDock, comparisonDock}, {760, 560}, Qt::Horizontal);
    resizeDocks({chartDock, tableDock}, {460, 300}, Qt::Vertical);
    resizeDocks({comparisonDock, detailsDock}, {520, 240}, Qt::Vertical);
    resize(1440, 900);
    m_defaultState = saveState();

    // Menus.
    m_fileMenu = menuBar()->addMenu(QString());
    m_newWorkspaceAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), tr("workspace") + QStringLiteral(".gapscope"),
                                                          tr("GapScope workspace (*.gapscope)"));
        if (path.isEmpty())
            return;
        if (QFileInfo::exists(path)) {
            QMessageBox::warning(this, tr("New workspace"), tr("%1 already exists: open it, or choose a new name.").arg(path));
            return;
        }
        requestWorkspace(path);
    });
    m_openWorkspaceAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                          tr("GapScope workspace (*.gapscope);;All files (*)"));
        if (!path.isEmpty())
            requestWorkspace(path);
    });
    m_saveWorkspaceAsAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save workspace as"), tr("workspace") + QStringLiteral(".gapscope"),
                                                          tr("GapScope workspace (*.gapscope)"));
        QString error;
        if (!path.isEmpty() && !saveWorkspaceAs(path, &error))
            QMessageBox::warning(this, tr("Save workspace as"), error);
    });
    m_fileMenu->addSeparator();
    addExportActions();
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
    for (QDockWidget *dock : std::as_const(m_docks)) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key++)));
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addSeparator();
    m_resetLayoutAction = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);
    addEditActions();
    m_languageMenu = menuBar()->addMenu(QString());
    auto *languageGroup = new QActionGroup(this);
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_korean = m_languageMenu->addAction(QStringLiteral("한국어"));
    for (QAction *a : {m_english, m_korean}) {
        a->setCheckable(true);
        languageGroup->addAction(a);
    }
    (m_languages->language() == Language::Korean ? m_korean : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [this] { m_languages->setLanguage(Language::English); });
    connect(m_korean, &QAction::triggered, this, [this] { m_languages->setLanguage(Language::Korean); });
    m_languageMenu->addSeparator();
    m_bothNames = m_languageMenu->addAction(QString());
    m_bothNames->setCheckable(true);
    m_bothNames->setChecked(Settings::bothNames());
    connect(m_bothNames, &QAction::toggled, this, [this](bool on) {
        Settings::setBothNames(on);
        applyBothNames(on);
    });
    applyBothNames(m_bothNames->isChecked());
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);
    // The language the user picks is the one the next run opens in.
    connect(m_languages, &LanguageManager::languageChanged, this, [](Language l) { Settings::setLanguage(l); });
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    // Named, so that scripts, tests and accessibility tools find each action whatever the language.
    const std::pair<QAction *, const char *> named[] = {
        {m_newWorkspaceAction, "newWorkspaceAction"}, {m_openWorkspaceAction, "openWorkspaceAction"},
        {m_saveWorkspaceAsAction, "saveWorkspaceAsAction"}, {m_importAction, "importAction"},
        {m_exportAction, "exportAction"}, {m_copyChartAction, "copyChartAction"},
        {m_exportDeckAction, "exportDeckAction"}, {m_exportTableAction, "exportTableAction"},
        {m_openViewAction, "openViewAction"}, {m_saveViewAction, "saveViewAction"}, {m_quitAction, "quitAction"},
        {m_findAction, "findAction"}, {m_resetFilterAction, "resetFilterAction"}, {m_resetLayoutAction, "resetLayoutAction"},
        {m_undoAction, "undoAction"}, {m_redoAction, "redoAction"}, {m_addAction, "addObservationAction"},
        {m_editAction, "editAction"}, {m_deleteAction, "deleteAction"}, {m_saveAction, "saveChangesAction"},
        {m_english, "englishAction"}, {m_korean, "koreanAction"}, {m_bothNames, "bothNamesAction"},
        {m_aboutAction, "aboutAction"}};
    for (const auto &[action, name] : named)
        action->setObjectName(QLatin1String(name));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("StatusCount"));
    statusBar()->addWidget(m_status, 1);
    // The count is the table's: updated when its rows are, never before the model has them.
    connect(m_observationModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_observationModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_observationModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_state, &ExplorerState::filterChanged, this, [](const Filter &f) { Settings::setFilter(f); });

    applyLanguage();
    restoreSettings();

    // Each panel and the dock it goes into (the filter bar goes into the toolbar).
    m_panelSteps = {{nullptr, &MainWindow::buildFilterBar},   {tableDock, &MainWindow::buildTable},
                    {chartDock, &MainWindow::buildChart},     {comparisonDock, &MainWindow::buildComparison},
                    {detailsDock, &MainWindow::buildDetails}, {swotDock, &MainWindow::buildSwot},
                    {timelineDock, &MainWindow::makeTimelinePanel}, {actorsDock, &MainWindow::makeActorsPanel}};
    if (start == Start::Whole) {
        m_painted = true;
        while (!m_panelSteps.isEmpty())
            buildPanel();
    } else {
        // What the user waits for first is the window: the panels follow, one per turn of the
        // event loop, so that the window answers while they are built.
        auto *probe = new FirstPaintProbe(this);
        connect(probe, &FirstPaintProbe::painted, this, [this, probe] {
            probe->deleteLater();
            afterFirstPaint();
        });
        // A window that is not painted (started minimized, never exposed) is built all the same.
        QTimer::singleShot(2000, this, &MainWindow::afterFirstPaint);
    }
}

void MainWindow::afterFirstPaint()
{
    if (m_painted)
        return;
    m_painted = true;
    if (m_loadPending) {
        m_loadPending = false;
        m_loader->start(m_workspacePath, m_dataset);
    }
    buildNextPanel();
}

void MainWindow::buildPanel()
{
    const auto [dock, build] = m_panelSteps.takeFirst();
    QWidget *panel = (this->*build)();
    if (dock)
        dock->setWidget(panel);
    if (m_panelSteps.isEmpty())
        finishPanels();
}

void MainWindow::buildNextPanel()
{
    buildPanel();
    if (!m_panelSteps.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::buildNextPanel);
}

QWidget *MainWindow::buildFilterBar()
{
    m_filterBar = new FilterBar(m_dataset, m_state, this);
    m_filterBar->setLanguage(m_languages->language());
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
    m_chart = new ChartPanel(m_dataset, m_index, m_state, this);
    m_chart->setLanguage(m_languages->language());
    m_chart->setIndicator(Settings::chartIndicator());
    m_chart->setKind(ChartPanel::Kind(std::clamp(Settings::chartKind(), 0, 3)));
    m_chart->setLogScale(Settings::chartLogScale());
    connect(m_chart, &ChartPanel::settingsChanged, this, [this] {
        Settings::setChartIndicator(m_chart->indicator());
        Settings::setChartKind(int(m_chart->kind()));
        Settings::setChartLogScale(m_chart->logScale());
    });
    updateActions(); // its waiting text
    return m_chart;
}

QWidget *MainWindow::buildComparison()
{
    m_comparison = new ComparisonPanel(m_assessmentModel, m_state, this);
    return m_comparison;
}

QWidget *MainWindow::buildDetails()
{
    m_details = new DetailsPanel(m_dataset, m_state, this);
    m_details->setLanguage(m_languages->language());
    return m_details;
}

QWidget *MainWindow::buildSwot()
{
    m_swot = new SwotPanel(m_dataset, m_state, this);
    m_swot->setLanguage(m_languages->language());
    return m_swot;
}

void MainWindow::finishPanels()
{
    // Every exportable panel offers the same in its context menu.
    const std::pair<QWidget *, SavedView::Panel> panels[] = {{m_chart, SavedView::Panel::Chart},
                                                             {m_table, SavedView::Panel::Table},
                                                             {m_comparison, SavedView::Panel::Comparison},
                                                             {m_swot, SavedView::Panel::Swot}};
    for (const auto &[widget, panel] : panels) {
        auto *exportPanel = new QAction(widget);
        connect(exportPanel, &QAction::triggered, this, [this, panel = panel] { showExport(panel); });
        auto *copy = new QAction(widget);
        connect(copy, &QAction::triggered, this, [this, panel = panel] { copyPanel(panel); });
        widget->addAction(exportPanel);
        widget->addAction(copy);
        widget->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_panelActions.append(std::make_pair(exportPanel, copy));
    }
    m_table->addAction(m_exportTableAction);
    // The table offers the editing actions on its rows.
    for (QAction *a : {m_addAction, m_editAction, m_deleteAction})
        m_table->addAction(a);
    m_ready = true;
    retranslateUi();
    updateActions();
    emit ready();
}

MainWindow::~MainWindow()
{
    // The panels read m_dataset until they are gone: delete them before the members go, not in
    // ~QWidget, which hides (and so repaints) children after the members are destroyed.
    delete m_loader; // stops the reading
    qDeleteAll(m_docks);
    delete m_about;
    delete m_filterToolBar;
    // A million observations take about a second to free: not on the GUI thread, where the next
    // workspace's window may already be open. The global pool is done before the application ends.
    // (Owned by the task alone, so that it is freed there and never here.)
    auto *gone = new std::pair<Dataset, ObservationIndex>(std::move(m_dataset), std::move(m_index));
    QThreadPool::globalInstance()->start([gone] { delete gone; });
}

bool MainWindow::raisePanel(const QString &name)
{
    const QString objectName = name + QLatin1String("Dock");
    for (QDockWidget *dock : std::as_const(m_docks)) {
        if (dock->objectName().compare(objectName, Qt::CaseInsensitive) == 0) {
            dock->show();
            dock->raise();
            return true;
        }
    }
    return false;
}

QDockWidget *MainWindow::addDock(const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

QWidget *MainWindow::makeTimelinePanel()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_timeline = new TimelineView(m_dataset, splitter);
    m_timeline->setLanguage(m_languages->language());
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_timeline);
    m_events = new RecordTablePanel(m_eventModel, ExplorerState::Kind::Event, m_state, splitter);
    splitter->addWidget(scroll);
    splitter->addWidget(m_events);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    m_timeline->setFilter(m_state->filter());
    connect(m_state, &ExplorerState::filterChanged, m_timeline, &TimelineView::setFilter);
    connect(m_timeline, &TimelineView::eventClicked, this,
            [this](const QString &id) { m_state->select(ExplorerState::Kind::Event, id); });
    connect(m_state, &ExplorerState::selectionChanged, m_timeline, [this](const ExplorerState::Selection &s) {
        m_timeline->setSelectedEvent(s.kind == ExplorerState::Kind::Event ? s.id : QString());
    });
    return splitter;
}

QWidget *MainWindow::makeActorsPanel()
{
    auto *panel = new QWidget(this);
    m_actorTabs = new QTabWidget(panel);
    m_actors = new RecordTablePanel(m_actorModel, ExplorerState::Kind::Actor, m_state, panel);
    m_models = new RecordTablePanel(m_modelModel, ExplorerState::Kind::Model, m_state, panel);
    m_actorTabs->addTab(m_actors, QString());
    m_actorTabs->addTab(m_models, QString());
    m_actorKind = new QComboBox(panel);
    m_modelWeights = new QComboBox(panel);
    m_narrow = new QCheckBox(panel);
    m_narrow->setObjectName(QStringLiteral("NarrowToSelection"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_actorKind);
    bar->addWidget(m_modelWeights);
    bar->addStretch(1);
    bar->addWidget(m_narrow);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_actorTabs);

    // Browsing by kind and by open weights narrows these two tables only.
    auto rowFilter = [](RecordTablePanel *table, int role, const QString &value) {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->view()->model());
        proxy->setFilterRole(role);
        proxy->setFilterRegularExpression(value.isEmpty() ? QString()
                                                          : QStringLiteral("^%1$").arg(QRegularExpression::escape(value)));
    };
    connect(m_actorKind, &QComboBox::currentIndexChanged, this,
            [this, rowFilter] { rowFilter(m_actors, KindRole, m_actorKind->currentData().toString()); });
    connect(m_modelWeights, &QComboBox::currentIndexChanged, this,
            [this, rowFilter] { rowFilter(m_models, KindRole, m_modelWeights->currentData().toString()); });
    // Narrowing: a filter of its own (a chip in the filter bar) that every panel follows but these
    // two lists, so that the next organisation or model can be picked.
    connect(m_state, &ExplorerState::selectionChanged, this, [this](const ExplorerState::Selection &s) {
        if (m_narrow->isChecked() && (s.kind == ExplorerState::Kind::Actor || s.kind == ExplorerState::Kind::Model))
            narrowTo(s);
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
    return panel;
}

void MainWindow::narrowTo(const ExplorerState::Selection &s)
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyLanguage()
{
    const Language lang = m_languages->language();
    for (DatasetTableModel *m : std::initializer_list<DatasetTableModel *>{
             m_observationModel, m_actorModel, m_modelModel, m_eventModel, m_assessmentModel})
        m->setLanguage(lang);
    // The panels built so far (all, once ready); the others are built in the language.
    if (m_filterBar)
        m_filterBar->setLanguage(lang);
    if (m_chart)
        m_chart->setLanguage(lang);
    if (m_swot)
        m_swot->setLanguage(lang);
    if (m_timeline)
        m_timeline->setLanguage(lang);
    if (m_details)
        m_details->setLanguage(lang);
    (lang == Language::Korean ? m_korean : m_english)->setChecked(true);
    retranslateUi();
}

void MainWindow::applyBothNames(bool on)
{
    m_actorModel->setBothNames(on);
    m_modelModel->setBothNames(on);
}

void MainWindow::addExportActions()
{
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importFile);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, [this] { showExport(); });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copyChartAction = m_fileMenu->addAction(QString(), this, [this] { copyPanel(SavedView::Panel::Chart); });
    m_copyChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_exportDeckAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportDeck);
    m_exportTableAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportTableDialog);
    m_exportTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_openViewAction = m_fileMenu->addAction(QString(), this, &MainWindow::openView);
    m_openViewAction->setShortcut(QKeySequence::Open);
    m_saveViewAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveView);
    m_saveViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_fileMenu->addSeparator();
}

SavedView MainWindow::currentView(SavedView::Panel panel) const
{
    Q_ASSERT(m_ready); // what calls it waits for the panels
    SavedView v;
    v.panel = panel;
    v.filter = m_state->filter();
    v.indicator = m_chart->indicator();
    v.chartKind = SavedView::ChartKind(int(m_chart->kind()));
    v.logScale = m_chart->logScale();
    v.language = m_languages->language();
    if (panel == SavedView::Panel::Swot)
        v.swotCountries = m_swot->countries();
    return v;
}

void MainWindow::applyView(const SavedView &view)
{
    Q_ASSERT(m_ready);
    if (view.language != m_languages->language())
        m_languages->setLanguage(view.language);
    m_state->setFilter(view.filter);
    m_chart->setIndicator(view.indicator);
    m_chart->setKind(ChartPanel::Kind(int(view.chartKind)));
    m_chart->setLogScale(view.logScale);
    if (view.panel == SavedView::Panel::Chart)
        raisePanel(QStringLiteral("chart"));
}

ExportDialog *MainWindow::showExport(std::optional<SavedView::Panel> panel)
{
    delete m_export;
    m_export = new ExportDialog(m_dataset, Settings::exportView(currentView(panel.value_or(Settings::exportPanel()))),
                                m_languages, this);
    m_export->setAttribute(Qt::WA_DeleteOnClose, false);
    m_export->show();
    m_export->raise();
    return m_export;
}

void MainWindow::copyPanel(SavedView::Panel panel)
{
    ExportWriter writer(m_dataset);
    QApplication::clipboard()->setMimeData(writer.mimeData(currentView(panel)));
    statusBar()->showMessage(tr("Copied to the clipboard as a picture and as SVG"), 5000);
}

void MainWindow::openView()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open view"), QString(), tr("GapScope view (*.gapview)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto view = SavedView::load(path, &error);
    if (!view) {
        QMessageBox::warning(this, tr("Open view"), error);
        return;
    }
    applyView(*view);
}

void MainWindow::saveView()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save view"), tr("view") + QStringLiteral(".gapview"),
                                                      tr("GapScope view (*.gapview)"));
    QString error;
    // The view as the export dialog last had it: its panel and picture settings.
    if (!path.isEmpty() && !Settings::exportView(currentView(Settings::exportPanel())).save(path, &error))
        QMessageBox::warning(this, tr("Save view"), error);
}

void MainWindow::exportDeck()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Views for the deck, one slide each"), QString(),
                                                            tr("GapScope view (*.gapview)"));
    if (files.isEmpty())
        return;
    QList<SavedView> views;
    for (const QString &file : files) {
        QString error;
        const auto view = SavedView::load(file, &error);
        if (!view) {
            QMessageBox::warning(this, tr("Export deck"), error);
            return;
        }
        views.append(*view);
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export deck"), tr("gapscope-deck") + QStringLiteral(".pptx"),
                                                      tr("PowerPoint deck (*.pptx)"));
    if (path.isEmpty())
        return;
    DeckWriter deck(m_dataset, m_languages);
    if (!deck.write(views, path))
        QMessageBox::warning(this, tr("Export deck"), deck.errorString());
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

void MainWindow::resetModels()
{
    m_index.build(m_dataset);
    showDataset();
    // What was selected may be gone (an add undone, a delete): then nothing is; otherwise Details
    // shows it as it is now.
    const ExplorerState::Kind kind = m_state->selection().kind;
    const bool record = kind != ExplorerState::Kind::None && kind != ExplorerState::Kind::Country
        && kind != ExplorerState::Kind::Dimension;
    if (record && !selectedRecord())
        m_state->clearSelection();
    else if (m_details)
        m_details->recordsChanged();
}

void MainWindow::showDataset()
{
    if (m_filterBar)
        m_filterBar->datasetChanged();
    for (DatasetTableModel *m : std::initializer_list<DatasetTableModel *>{
             m_observationModel, m_actorModel, m_modelModel, m_eventModel, m_assessmentModel})
        m->setDataset(&m_dataset);
    m_state->refresh();
}

void MainWindow::loadObservations()
{
    if (isLoading())
        return;
    if (!m_loader) {
        m_loader = new WorkspaceLoader(this);
        connect(m_loader, &WorkspaceLoader::progress, this, [this](qint64 done, qint64 total) {
            m_loadProgress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
            m_loadProgress->setValue(int(std::min<qint64>(done, INT_MAX)));
            m_loadProgress->setFormat(tr("Reading observations… %1%").arg(total ? done * 100 / total : 0));
        });
        connect(m_loader, &WorkspaceLoader::finished, this, &MainWindow::finishLoading);
    }
    if (!m_loadProgress) {
        m_loadProgress = new QProgressBar(this);
        m_loadProgress->setTextVisible(true);
        m_loadProgress->setMinimumWidth(260);
        statusBar()->addPermanentWidget(m_loadProgress);
    }
    // Until the first progress, which also names the share read: the text alone.
    m_loadProgress->setRange(0, 1);
    m_loadProgress->setValue(0);
    m_loadProgress->setToolTip(Store::displayName(m_workspacePath));
    // Reading competes with the first paint for the processor: it starts once that is done.
    if (m_painted)
        m_loader->start(m_workspacePath, m_dataset);
    else
        m_loadPending = true;
    updateActions();
}

bool MainWindow::isLoading() const
{
    return m_loadPending || (m_loader && m_loader->isRunning());
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
    retranslateUi();
    if (readOnly)
        showNotice(tr("You cannot write to this workspace, so it opened read-only: everything is shown, nothing can "
                      "be changed. File ▸ Save workspace as… makes a copy you can change."));
}

void MainWindow::updateActions()
{
    // What needs every observation waits for them: importing, editing, exporting. A read-only
    // workspace never takes imports or edits.
    // Until the panels are built, what works through them waits too.
    const bool loading = isLoading();
    const bool ready = m_ready && !loading && !m_loadFailed;
    for (QAction *a : {m_exportAction, m_copyChartAction, m_exportDeckAction, m_exportTableAction})
        a->setEnabled(ready);
    for (QAction *a : {m_openViewAction, m_saveViewAction, m_findAction, m_resetFilterAction})
        a->setEnabled(m_ready);
    const bool writable = ready && !m_readOnly;
    for (QAction *a : {m_importAction, m_addAction, m_saveAction})
        a->setEnabled(writable);
    m_addMenu->setEnabled(writable);
    const bool selected = writable && selectedRecord().has_value();
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    if (m_loadProgress) {
        m_loadProgress->setVisible(loading);
        if (loading && m_loadProgress->maximum() <= 1)
            m_loadProgress->setFormat(tr("Reading observations…"));
    }
    if (m_chart)
        m_chart->setWaitingText(loading ? tr("Reading the workspace's observations…") : QString());
    if (m_table)
        m_table->updateEmpty();
}

void MainWindow::finishLoading()
{
    m_loadFailed = !m_loader->succeeded();
    if (m_loadFailed) {
        updateActions();
        showNotice(tr("The observations of this workspace could not be read. The other records are shown; "
                      "importing, editing and exporting stay off.\n\n%1")
                       .arg(m_loader->errorString()));
        emit observationsLoaded(false);
        return;
    }
    // The records shown so far are in the loaded copy too: swapping loses nothing.
    m_dataset = m_loader->takeDataset();
    m_index = m_loader->takeIndex();
    showDataset();
    updateActions(); // the chart draws once, with everything
    statusBar()->showMessage(tr("Read %n observation(s)", nullptr, int(m_dataset.observations.size())), 5000);
    emit observationsLoaded(true);
}

void MainWindow::addEditActions()
{
    m_edits = new EditSession(m_dataset, this);
    connect(m_edits, &EditSession::changed, this, &MainWindow::resetModels);
    connect(m_edits, &EditSession::dirtyChanged, this, &QWidget::setWindowModified);
    m_editMenu = menuBar()->addMenu(QString());
    // Plain actions rather than QUndoStack's, whose text it rewrites in English.
    QUndoStack *stack = m_edits->undoStack();
    m_undoAction = m_editMenu->addAction(QString(), stack, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = m_editMenu->addAction(QString(), stack, &QUndoStack::redo);
    // Ctrl+Shift+Z everywhere, as the README says, with whatever else the platform calls Redo
    // (Ctrl+Y where no desktop theme says otherwise).
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z); !redo.contains(shiftZ))
        redo.prepend(shiftZ);
    m_redoAction->setShortcuts(redo);
    m_redoAction->setEnabled(false);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    m_editMenu->addSeparator();
    m_addAction = m_editMenu->addAction(QString(), this, [this] { observationDialog(false)->open(); });
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addMenu = m_editMenu->addMenu(QString());
    for (int kind = RecordFields::ActorKind; kind <= RecordFields::SwotKind; ++kind) {
        QAction *a = m_addMenu->addAction(QString(), this, [this, kind] { recordDialog(kind, false)->open(); });
        m_addRecordActions.append(std::make_pair(a, kind));
    }
    QAction *addSource = m_addMenu->addAction(QString(), this, [this] { recordDialog(RecordFields::SourceKind, false)->open(); });
    m_addRecordActions.append(std::make_pair(addSource, int(RecordFields::SourceKind)));
    m_editAction = m_editMenu->addAction(QString(), this, &MainWindow::editSelected);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction = m_editMenu->addAction(QString(), this, [this] { deleteSelected(); });
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_editMenu->addSeparator();
    m_saveAction = m_editMenu->addAction(QString(), this, [this] {
        QString error;
        if (!saveChanges(&error))
            QMessageBox::warning(this, tr("Save changes"), error);
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_state, &ExplorerState::selectionChanged, this, &MainWindow::updateActions);
    updateActions();
}

ObservationDialog *MainWindow::observationDialog(bool edit)
{
    const auto which = selectedRecord();
    const bool isObservation = which && which->second == 0;
    const Observation *original = edit && isObservation ? m_edits->observation(m_state->selection().id) : nullptr;
    if (edit && !original)
        return nullptr;
    auto *dialog = new ObservationDialog(m_dataset, original, m_languages->language(), this);
    if (!original)
        dialog->setCountry(RecordFields::defaultCountry(m_dataset, *m_state));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, edit] {
        const Observation o = dialog->observation();
        if (edit)
            m_edits->edit(o);
        else
            m_edits->add(o);
        reveal(o);
        m_state->select(ExplorerState::Kind::Observation, o.id);
    });
    return dialog;
}

void MainWindow::reveal(const Observation &o)
{
    // A record the filter hides would vanish as it is saved: the filter widens to show it, and
    // says how.
    Filter f = m_state->filter();
    const Language lang = m_languages->language();
    QStringList widened;
    if (!f.acceptsCountry(o.country)) {
        f.countries.insert(o.country);
        widened << DisplayText::country(m_dataset, o.country, lang);
    }
    if (!f.acceptsFocusCountry(o.country)) {
        f.focus = {};
        widened << tr("no narrowing");
    }
    if (!f.acceptsYear(o.year)) {
        if (f.yearFrom && o.year < f.yearFrom)
            f.yearFrom = o.year;
        if (f.yearTo && o.year > f.yearTo)
            f.yearTo = o.year;
        widened << QString::number(o.year);
    }
    const Indicator *indicator = m_dataset.indicator(o.indicator);
    if (!f.acceptsIndicator(o.indicator)) {
        f.indicators.insert(o.indicator);
        widened << DisplayText::indicator(m_dataset, o.indicator, lang);
    }
    if (indicator && !f.acceptsDimension(indicator->dimension)) {
        f.dimensions.insert(indicator->dimension);
        widened << DisplayText::dimension(m_dataset, indicator->dimension, lang);
    }
    if (f == m_state->filter() && !m_state->filter().text.trimmed().isEmpty()) {
        // Only the search hides it.
        bool shown = false;
        for (int r = 0; r < m_observationModel->rowCount() && !shown; ++r)
            shown = m_observationModel->index(r, 0).data(IdRole).toString() == o.id;
        if (!shown) {
            f.text.clear();
            widened << tr("no search");
        }
    }
    if (widened.isEmpty())
        return;
    m_state->setFilter(f);
    statusBar()->showMessage(tr("The filter now shows the new observation: %1").arg(widened.join(QStringLiteral(", "))), 10000);
}

bool MainWindow::requestWorkspace(const QString &path)
{
    if (!close())
        return false;
    emit workspaceRequested(path);
    return true;
}

bool MainWindow::saveWorkspaceAs(const QString &path, QString *error)
{
    if (m_edits->isDirty() && !saveChanges(error))
        return false;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspacePath).absoluteFilePath()) {
        *error = tr("%1 is this workspace already.").arg(path);
        return false;
    }
    Store store;
    if (!store.open(m_workspacePath) || !store.copyTo(path)) {
        *error = store.errorString();
        return false;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 5000);
    return true;
}

std::optional<std::pair<QString, int>> MainWindow::selectedRecord() const
{
    const ExplorerState::Selection &s = m_state->selection();
    std::pair<QString, int> which;
    switch (s.kind) {
    case ExplorerState::Kind::Observation:
        which = {QStringLiteral("observations"), 0};
        break;
    case ExplorerState::Kind::Actor:
        which = {QStringLiteral("actors"), RecordFields::ActorKind};
        break;
    case ExplorerState::Kind::Model:
        which = {QStringLiteral("ai_models"), RecordFields::ModelKind};
        break;
    case ExplorerState::Kind::Event:
        which = {QStringLiteral("events"), RecordFields::EventKind};
        break;
    case ExplorerState::Kind::Assessment:
        which = {QStringLiteral("assessments"), RecordFields::AssessmentKind};
        break;
    case ExplorerState::Kind::Swot:
        which = {QStringLiteral("swot_items"), RecordFields::SwotKind};
        break;
    default:
        return std::nullopt;
    }
    if (!m_edits->record(which.first, s.id))
        return std::nullopt;
    return which;
}

void MainWindow::editSelected()
{
    const auto which = selectedRecord();
    if (!which)
        return;
    if (which->second == 0) {
        if (ObservationDialog *dialog = observationDialog(true))
            dialog->open();
    } else if (RecordDialog *dialog = recordDialog(which->second, true)) {
        dialog->open();
    }
}

RecordDialog *MainWindow::recordDialog(int kind, bool edit)
{
    std::optional<Record> original;
    if (edit) {
        const auto which = selectedRecord();
        if (!which || which->second != kind)
            return nullptr;
        original = m_edits->record(which->first, m_state->selection().id);
    }
    auto *dialog = new RecordDialog(m_dataset, kind, original ? &*original : nullptr, m_languages->language(), this);
    if (!original)
        dialog->setValue(QStringLiteral("country"), RecordFields::defaultCountry(m_dataset, *m_state));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, edit] {
        const Record r = dialog->record();
        if (edit)
            m_edits->edit(r);
        else
            m_edits->add(r);
    });
    return dialog;
}

bool MainWindow::deleteSelected()
{
    const auto which = selectedRecord();
    if (!which)
        return false;
    const QString id = m_state->selection().id;
    // An organisation that developed models cannot go before them.
    if (which->first == QLatin1String("actors")) {
        QStringList models;
        for (const AiModel &m : m_dataset.models) {
            if (m.developer == id)
                models << m.name.text(m_languages->language());
        }
        if (!models.isEmpty()) {
            showNotice(tr("%1 developed %2: delete or reassign those models first.")
                           .arg(DisplayText::actor(m_dataset, id, m_languages->language()), models.join(QLatin1String(", "))));
            return false;
        }
    }
    m_edits->remove(which->first, id);
    m_state->clearSelection();
    return true;
}

bool MainWindow::saveChanges(QString *error)
{
    Store store;
    if (!store.open(m_workspacePath)) {
        *error = store.errorString();
        return false;
    }
    if (m_edits->save(store, error) != Store::SaveResult::Saved)
        return false;
    statusBar()->showMessage(tr("Saved to %1").arg(Store::displayName(m_workspacePath)), 5000);
    return true;
}

ImportDialog *MainWindow::importDialog(const QString &path)
{
    auto *dialog = new ImportDialog(m_dataset, path, m_languages->language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void MainWindow::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                      tr("Data files (*.csv *.json);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    ImportDialog *dialog = importDialog(path);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The dialog deletes itself once closed, at the next turn of the event loop, and the
        // import's progress runs the event loop: take what it read, and import after the dialog
        // is done closing (it still emits finished() after this), never touching it again.
        std::optional<ImportBatch> batch = dialog->batch();
        const QString problem = dialog->problem();
        QTimer::singleShot(0, this, [this, batch = std::move(batch), problem] {
            QString error;
            if (!batch || !importBatch(*batch, &error))
                QMessageBox::warning(this, tr("Import"), error.isEmpty() ? problem : error);
        });
    });
    dialog->open();
}

bool MainWindow::importBatch(const ImportBatch &batch, QString *error)
{
    Store store;
    if (!store.open(m_workspacePath)) {
        *error = store.errorString();
        return false;
    }
    // Large files take a while: a progress bar, and Cancel rolls everything back.
    QProgressDialog progress(tr("Importing %1…").arg(batch.file), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    const bool ok = store.import(batch, [&progress](qint64 done, qint64 total) {
        progress.setValue(int(done * 100 / std::max<qint64>(1, total)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.close();
    if (!ok) {
        *error = store.errorString();
        return false;
    }
    // The workspace has them; so does the window, without reading everything again.
    m_dataset.sources += batch.sources;
    m_dataset.units += batch.units;
    m_dataset.indicators += batch.indicators;
    m_dataset.observations += batch.observations;
    for (const Observation &o : batch.observations)
        m_dataset.rowVersions.insert(QStringLiteral("observations/") + o.id, 1);
    m_dataset.reindex();
    resetModels();
    statusBar()->showMessage(tr("Imported %n observation(s) from %1", nullptr, int(batch.observations.size())).arg(batch.file),
                             10000);
    return true;
}

bool MainWindow::exportTable(const QString &path, bool excel, QString *error)
{
    const auto format = ObservationExporter::formatFor(path, excel);
    if (!format) {
        *error = tr("%1: use a .csv or .json file").arg(path);
        return false;
    }
    QList<int> records;
    for (int r = 0; r < m_observationModel->rowCount(); ++r)
        records.append(m_observationModel->recordAt(r));
    return ObservationExporter::save(
        path, ObservationExporter::write(m_dataset, records, m_languages->language(), *format), error);
}

void MainWindow::exportTableDialog()
{
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const QString excel = tr("CSV for Excel, UTF-8 with byte order mark (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString selected = m_languages->language() == Language::Korean ? excel : csv;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), tr("observations") + QStringLiteral(".csv"),
                                                      QStringList{csv, excel, json}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTable(path, selected == excel, &error))
        QMessageBox::warning(this, tr("Export table"), error);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

void MainWindow::retranslateQtParts()
{
    // Qt names the buttons of docks and tab bars when it creates them and does not rename them when
    // the language changes: rename them from Qt's own catalogue (qtbase), under Qt's contexts.
    struct QtText
    {
        const char *objectName;
        const char *context;
        const char *name;
        const char *description;
    };
    static const QtText texts[] = {
        {"qt_dockwidget_floatbutton", "QDockWidget", "Float", "Undocks and re-attaches the dock widget"},
        {"qt_dockwidget_closebutton", "QDockWidget", "Close", "Closes the dock widget"},
        {"ScrollLeftButton", "QTabBar", "Scroll Left", nullptr},
        {"ScrollRightButton", "QTabBar", "Scroll Right", nullptr},
    };
    for (QAbstractButton *button : findChildren<QAbstractButton *>()) {
        for (const QtText &t : texts) {
            if (button->objectName() != QLatin1String(t.objectName))
                continue;
            button->setAccessibleName(QCoreApplication::translate(t.context, t.name));
            if (t.description)
                button->setAccessibleDescription(QCoreApplication::translate(t.context, t.description));
            if (!button->toolTip().isEmpty())
                button->setToolTip(QCoreApplication::translate(t.context, t.name));
        }
    }
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_readOnly ? tr("GapScope (read-only)") + QStringLiteral("[*]") : tr("GapScope") + QStringLiteral("[*]"));
    if (isLoading())
        updateActions(); // its texts
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_addAction->setText(tr("&Add observation…"));
    m_addMenu->setTitle(tr("Add &other record"));
    for (const auto &[action, kind] : std::as_const(m_addRecordActions)) {
        switch (kind) {
        case RecordFields::ActorKind:
            action->setText(tr("&Organisation…"));
            break;
        case RecordFields::ModelKind:
            action->setText(tr("AI &model…"));
            break;
        case RecordFields::EventKind:
            action->setText(tr("&Event…"));
            break;
        case RecordFields::AssessmentKind:
            action->setText(tr("&Assessment…"));
            break;
        case RecordFields::SwotKind:
            action->setText(tr("&SWOT item…"));
            break;
        default:
            action->setText(tr("So&urce…"));
            break;
        }
    }
    m_editAction->setText(tr("&Edit selected…"));
    m_deleteAction->setText(tr("&Delete selected"));
    m_saveAction->setText(tr("&Save changes"));
    const QString titles[] = {tr("Chart"),         tr("Observations"), tr("Comparison"), tr("SWOT"),
                              tr("Timeline"),      tr("Actors and models"), tr("Details")};
    for (qsizetype i = 0; i < m_docks.size(); ++i)
        m_docks[i]->setWindowTitle(titles[i]);
    m_filterToolBar->setWindowTitle(tr("Filter"));
    if (m_ready)
        retranslatePanels();

    m_fileMenu->setTitle(tr("&File"));
    m_newWorkspaceAction->setText(tr("&New workspace…"));
    m_openWorkspaceAction->setText(tr("Open &workspace…"));
    m_saveWorkspaceAsAction->setText(tr("Save workspace &as…"));
    m_importAction->setText(tr("&Import data…"));
    m_exportAction->setText(tr("&Export…"));
    m_copyChartAction->setText(tr("&Copy chart as picture"));
    m_exportDeckAction->setText(tr("Export &deck from views…"));
    m_exportTableAction->setText(tr("Export &table as CSV or JSON…"));
    m_openViewAction->setText(tr("&Open view…"));
    m_saveViewAction->setText(tr("Save &view…"));
    for (const auto &[exportPanel, copy] : std::as_const(m_panelActions)) {
        exportPanel->setText(tr("Export…"));
        copy->setText(tr("Copy as picture"));
    }
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Search"));
    m_resetFilterAction->setText(tr("&Reset filter"));
    m_resetLayoutAction->setText(tr("Reset &layout"));
    m_languageMenu->setTitle(tr("&Language"));
    m_bothNames->setText(tr("Show names in &both languages"));
    m_bothNames->setStatusTip(tr("Names of organisations and AI models in the interface language and the other one"));
    // Fusion elides a menu item whose text it measures a fraction of a pixel wider than QMenu sized
    // the menu for, which the fractional advances of Hangul do to "(&B)" items: room to spare.
    m_languageMenu->setMinimumWidth(0);
    m_languageMenu->setMinimumWidth(m_languageMenu->sizeHint().width() + m_languageMenu->fontMetrics().averageCharWidth());
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GapScope"));
    retranslateQtParts();
    updateStatus();
}

void MainWindow::retranslatePanels()
{
    m_actorTabs->setTabText(0, tr("Organisations"));
    m_actorTabs->setTabText(1, tr("AI models"));

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
    m_narrow->setText(tr("&Narrow panels to the selection"));
    m_narrow->setToolTip(tr("Selecting an organisation or model shows, in every panel, what mentions it"));
}

void MainWindow::updateStatus()
{
    m_status->setText(tr("%n observation(s) shown", nullptr, m_observationModel->rowCount())
                      + QStringLiteral(" · ")
                      + tr("dataset %1 · workspace %2").arg(m_dataset.version, Store::displayName(m_workspacePath)));
}

QString MainWindow::emptyObservationsText() const
{
    if (isLoading())
        return tr("Reading the workspace's observations…");
    const Filter &f = m_state->filter();
    const Language lang = m_languages->language();
    QString what = f.countries.isEmpty() ? tr("any country") : EmptyReason::countryNames(m_dataset, f, lang);
    if (f.yearFrom || f.yearTo)
        what += QLatin1Char(' ') + tr("in %1–%2").arg(f.yearFrom ? QString::number(f.yearFrom) : QStringLiteral("…"),
                                                     f.yearTo ? QString::number(f.yearTo) : QStringLiteral("…"));
    if (!f.dimensions.isEmpty())
        what += QStringLiteral(" · ") + EmptyReason::dimensionNames(m_dataset, f, lang);
    if (!f.text.trimmed().isEmpty())
        what += QStringLiteral(" · “") + f.text.trimmed() + QStringLiteral("”");
    // Which part of the filter empties the table, found by trying it without each part.
    const EmptyReason reason = EmptyReason::find(m_dataset, f, ExplorerState::Kind::Observation, &m_index);
    return tr("No observations for %1.").arg(what) + QLatin1Char(' ') + reason.text(m_dataset, f, lang);
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = Settings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = Settings::windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::saveSettings()
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setFilter(m_state->filter());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_edits->isDirty()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                                  tr("Save your changes to the workspace before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        QString error;
        if (answer == QMessageBox::Save && !saveChanges(&error)) {
            QMessageBox::warning(this, tr("Save changes"), error);
            event->ignore();
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *dock : std::as_const(m_docks))
        dock->show();
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
        m_about = new AboutDialog(m_dataset, Store::displayName(m_workspacePath), this);
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

} // namespace gapscope
