#pragma once

#include "domain/Dataset.h"
#include "model/ExplorerState.h"
#include "query/ObservationIndex.h"

#include "view/SavedView.h"

#include <QMainWindow>

class QActionGroup;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QProgressBar;

namespace gapscope {

class ActorTableModel;
class AiModelTableModel;
class AssessmentMatrixModel;
class ChartPanel;
class ComparisonPanel;
class DetailsPanel;
class EventTableModel;
class FilterBar;
class AboutDialog;
class ExportDialog;
class ImportDialog;
class EditSession;
class ObservationDialog;
class RecordDialog;
struct ImportBatch;
class LanguageManager;
class ObservationTableModel;
class RecordTablePanel;
class SwotPanel;
class TimelineView;
class WorkspaceLoader;

// The explorer: a filter bar on top and dockable panels (table, chart, comparison, SWOT,
// timeline, actors and models, details) that all follow one filter and one selection.
// Layout, geometry, filter and chart settings persist across runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // How the window comes up: with every panel built before it returns, or with the frame
    // (menus, docks, status bar) first and the panels built after its first paint.
    enum class Start { Whole, PaintFirst };

    MainWindow(Dataset dataset, const QString &workspacePath, LanguageManager *languages, Start start = Start::Whole,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Tells the user something about the workspace without blocking the window.
    void showNotice(const QString &text);
    // The explorer's current view (filter, chart, language) showing `panel`, as an export starts
    // from it; and a saved view applied back to the explorer.
    SavedView currentView(SavedView::Panel panel = SavedView::Panel::Chart) const;
    void applyView(const SavedView &view);
    // Opens the export dialog on `panel`, or on the panel last exported, with the picture
    // settings last chosen.
    ExportDialog *showExport(std::optional<SavedView::Panel> panel = std::nullopt);
    // Copies `panel` as a 16:9 picture (and SVG) to the clipboard.
    void copyPanel(SavedView::Panel panel);
    QAction *exportAction() const { return m_exportAction; }
    // Writes `batch` into the workspace in one transaction and shows it in every panel.
    bool importBatch(const ImportBatch &batch, QString *error);
    // Opens the import dialog on `path`; the caller runs it.
    ImportDialog *importDialog(const QString &path);

    // The user's edits of observations, undoable, kept until saved.
    EditSession *edits() const { return m_edits; }
    // Writes the edits to the workspace in one transaction.
    bool saveChanges(QString *error);
    // Opens the dialog that adds an observation, or edits the selected one.
    ObservationDialog *observationDialog(bool edit);
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *editAction() const { return m_editAction; }
    // Opens the dialog that adds a record of `kind` (RecordFields::Kind), or edits the selected
    // one; nothing when there is nothing of that kind to edit.
    RecordDialog *recordDialog(int kind, bool edit);
    // Deletes the selected record, unless others depend on it (then says why and returns false).
    bool deleteSelected();

    QString workspacePath() const { return m_workspacePath; }
    // Closes this window (asking about unsaved changes) and asks for `path` to be opened in a new
    // one; false when the user kept this one open.
    bool requestWorkspace(const QString &path);
    // Copies this workspace, with every saved change, to a new SQLite file.
    bool saveWorkspaceAs(const QString &path, QString *error);

    // Reads the workspace's observations in the background while the window shows the other
    // records (`dataset` had none): the panels fill in when they arrive. Until then importing,
    // editing and exporting wait, with the progress in the status bar.
    void loadObservations();
    bool isLoading() const;
    // Every panel is built (at once for Start::Whole).
    bool isReady() const { return m_ready; }
    // A workspace this user cannot write: shown whole, with importing and editing off.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

signals:
    void workspaceRequested(const QString &path);
    // The observations loadObservations() started reading are shown (or could not be read).
    void observationsLoaded(bool ok);
    // The panels are built: the window is whole (emitted for Start::PaintFirst only).
    void ready();

public:

    // Writes the observations the table shows, with their sources, as CSV or JSON.
    bool exportTable(const QString &path, bool excel, QString *error);
    QAction *copyChartAction() const { return m_copyChartAction; }

    // Shows the dock of a panel by its short name (chart, table, swot, ...) and brings it to the front.
    bool raisePanel(const QString &name);

    ExplorerState *state() const { return m_state; }
    FilterBar *filterBar() const { return m_filterBar; }
    RecordTablePanel *tablePanel() const { return m_table; }
    ChartPanel *chartPanel() const { return m_chart; }
    ComparisonPanel *comparisonPanel() const { return m_comparison; }
    SwotPanel *swotPanel() const { return m_swot; }
    TimelineView *timeline() const { return m_timeline; }
    RecordTablePanel *eventPanel() const { return m_events; }
    RecordTablePanel *actorPanel() const { return m_actors; }
    RecordTablePanel *modelPanel() const { return m_models; }
    DetailsPanel *detailsPanel() const { return m_details; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *bothNamesAction() const { return m_bothNames; }
    QList<QDockWidget *> docks() const { return m_docks; }
    const Dataset &dataset() const { return m_dataset; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addDock(const QString &objectName, Qt::DockWidgetArea area);
    // The panels, built one after the other by buildNextPanel (m_panelSteps); each returns what
    // goes into its dock.
    void afterFirstPaint();
    void buildPanel();
    void buildNextPanel(); // and the others, one per turn of the event loop
    QWidget *buildFilterBar();
    QWidget *buildTable();
    QWidget *buildChart();
    QWidget *buildComparison();
    QWidget *buildDetails();
    QWidget *buildSwot();
    void finishPanels();
    void retranslatePanels();
    QWidget *makeActorsPanel();
    // Narrows every panel but the lists of organisations and models to the selected one.
    void narrowTo(const ExplorerState::Selection &selection);
    // Widens the filter, saying how, when it hides the observation just added or edited.
    void reveal(const Observation &observation);
    QWidget *makeTimelinePanel();
    void applyLanguage();
    void applyBothNames(bool on);
    void retranslateQtParts();
    void addExportActions();
    void openView();
    void saveView();
    void exportDeck();
    void exportTableDialog();
    void importFile();
    void addEditActions();
    void resetModels();
    // The datasets' models, filter bar and panels show m_dataset (and m_index) as they are now.
    void showDataset();
    // Enables what the workspace allows now: loading, read-only, the selection.
    void updateActions();
    void finishLoading();
    // The selected record's table and its RecordFields kind (0: an observation), if editable.
    std::optional<std::pair<QString, int>> selectedRecord() const;
    void editSelected();
    void retranslateUi();
    void restoreSettings();
    void saveSettings();
    void resetLayout();
    void showAbout();
    void updateStatus();
    QString emptyObservationsText() const;

    Dataset m_dataset;
    ObservationIndex m_index; // of m_dataset's observations, shared by the table and the chart
    WorkspaceLoader *m_loader = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    bool m_loadFailed = false;
    bool m_painted = false; // the window has been painted once (from the start for Start::Whole)
    bool m_loadPending = false; // loadObservations() waits for the first paint
    bool m_readOnly = false;
    QString m_workspacePath;
    LanguageManager *m_languages;
    ExplorerState *m_state = nullptr;
    ObservationTableModel *m_observationModel = nullptr;
    ActorTableModel *m_actorModel = nullptr;
    AiModelTableModel *m_modelModel = nullptr;
    EventTableModel *m_eventModel = nullptr;
    AssessmentMatrixModel *m_assessmentModel = nullptr;

    FilterBar *m_filterBar = nullptr;
    RecordTablePanel *m_table = nullptr;
    ChartPanel *m_chart = nullptr;
    ComparisonPanel *m_comparison = nullptr;
    SwotPanel *m_swot = nullptr;
    TimelineView *m_timeline = nullptr;
    RecordTablePanel *m_events = nullptr;
    RecordTablePanel *m_actors = nullptr;
    RecordTablePanel *m_models = nullptr;
    QComboBox *m_actorKind = nullptr;
    QComboBox *m_modelWeights = nullptr;
    QCheckBox *m_narrow = nullptr;
    QTabWidget *m_actorTabs = nullptr;
    DetailsPanel *m_details = nullptr;
    QList<QDockWidget *> m_docks;
    QList<std::pair<QDockWidget *, QWidget *(MainWindow::*)()>> m_panelSteps;
    bool m_ready = false;
    QByteArray m_defaultState;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetFilterAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_english = nullptr;
    QAction *m_korean = nullptr;
    QAction *m_bothNames = nullptr;
    AboutDialog *m_about = nullptr;
    ExportDialog *m_export = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyChartAction = nullptr;
    QAction *m_openViewAction = nullptr;
    QAction *m_saveViewAction = nullptr;
    QAction *m_exportDeckAction = nullptr;
    QAction *m_exportTableAction = nullptr;
    QAction *m_importAction = nullptr;
    EditSession *m_edits = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_saveAction = nullptr;
    QMenu *m_addMenu = nullptr;
    QList<std::pair<QAction *, int>> m_addRecordActions;
    QAction *m_newWorkspaceAction = nullptr;
    QAction *m_openWorkspaceAction = nullptr;
    QAction *m_saveWorkspaceAsAction = nullptr;
    QList<std::pair<QAction *, QAction *>> m_panelActions; // per panel: export, copy
    QAction *m_aboutAction = nullptr;
    QToolBar *m_filterToolBar = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace gapscope
