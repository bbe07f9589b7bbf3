#pragma once

#include "domain/Dataset.h"
#include "domain/Language.h"
#include "domain/RecordKind.h"
#include "model/ExplorerState.h"
#include "view/SavedView.h"

#include <QMainWindow>

#include <optional>

class QDockWidget;
class QLabel;

namespace gapscope {

class AboutDialog;
class ActorTableModel;
class ActorsPanel;
class AiModelTableModel;
class AssessmentMatrixModel;
class ChartPanel;
class ComparisonPanel;
class ComputeClusterTableModel;
class DetailsPanel;
class DockLayout;
class GapPanel;
class MapPanel;
class ScatterPanel;
class BubblePanel;
class ViewPanel;
class EditController;
class EventTableModel;
class ExportController;
class ExportDialog;
class FilterBar;
class ImportDialog;
class LanguageManager;
class LanguageMenu;
class ObservationDialog;
class ObservationQuery;
class ObservationTableModel;
class RecordDialog;
class RecordTablePanel;
class StartupSequence;
class SwotPanel;
class TimelinePanel;
class TimelineView;
class Workspace;
class WorkspaceController;
struct ImportBatch;

// The explorer: a filter bar on top and dockable panels (table, chart, comparison, SWOT,
// timeline, actors and models, details) that all follow one filter and one selection, over one
// Workspace document. The window holds the parts together; each role has a class of its own:
// DockLayout (docks), StartupSequence (frame first, panels after), WorkspaceController (files,
// import, reading), EditController (Edit menu), ExportController (views and exports).
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

    // The document, the filter and selection, and the observations the filter accepts.
    Workspace *workspace() const { return m_workspace; }
    const Dataset &dataset() const;
    QString workspacePath() const;
    ExplorerState *state() const { return m_state; }
    ObservationQuery *query() const { return m_query; }
    ObservationTableModel *observationModel() const { return m_observationModel; }
    LanguageManager *languages() const { return m_languages; }
    Language language() const;
    StartupSequence *startup() const { return m_startup; }

    // Why the last of exportTable(), importBatch(), saveWorkspaceAs() or saveChanges() failed
    // (each returns false then); empty after one that succeeded.
    QString errorString() const { return m_error; }

    // Tells the user something about the workspace without blocking the window.
    void showNotice(const QString &text);

    // Views and exports (ExportController).
    SavedView currentView(SavedView::Panel panel = SavedView::Panel::Chart) const;
    void applyView(const SavedView &view);
    ExportDialog *showExport(std::optional<SavedView::Panel> panel = std::nullopt);
    void copyPanel(SavedView::Panel panel);
    bool exportTable(const QString &path, bool excel);
    QAction *exportAction() const;
    QAction *copyChartAction() const;

    // The workspace's file, imports and reading (WorkspaceController).
    bool importBatch(const ImportBatch &batch);
    ImportDialog *importDialog(const QString &path);
    bool saveWorkspaceAs(const QString &path);
    // Closes this window (asking about unsaved changes) and asks for `path` to be opened in a new
    // one; false when the user kept this one open.
    bool requestWorkspace(const QString &path);
    // Reads the workspace's observations in the background while the window shows the other
    // records (`dataset` had none): the panels fill in when they arrive. Until then importing,
    // editing and exporting wait, with the progress in the status bar.
    void loadObservations();
    bool isLoading() const;
    // A workspace this user cannot write: shown whole, with importing and editing off.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // Edits (EditController).
    bool saveChanges();
    ObservationDialog *observationDialog(bool edit);
    RecordDialog *recordDialog(RecordKind kind, bool edit);
    bool deleteSelected();
    QAction *deleteAction() const;
    QAction *editAction() const;

    // Every panel is built (at once for Start::Whole).
    bool isReady() const;
    // Enables what the workspace allows now: loading, read-only, the selection.
    void updateActions();
    // Shows the dock of a panel by its short name (chart, table, swot, ...) and brings it to the front.
    bool raisePanel(const QString &name);

    FilterBar *filterBar() const { return m_filterBar; }
    RecordTablePanel *tablePanel() const { return m_table; }
    ChartPanel *chartPanel() const { return m_chart; }
    ComparisonPanel *comparisonPanel() const { return m_comparison; }
    SwotPanel *swotPanel() const { return m_swot; }
    TimelineView *timeline() const;
    RecordTablePanel *eventPanel() const;
    RecordTablePanel *actorPanel() const;
    RecordTablePanel *modelPanel() const;
    RecordTablePanel *clusterPanel() const;
    DetailsPanel *detailsPanel() const { return m_details; }
    GapPanel *gapPanel() const { return m_gap; }
    MapPanel *mapPanel() const { return m_map; }
    ScatterPanel *scatterPanel() const { return m_scatter; }
    BubblePanel *bubblePanel() const { return m_bubble; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *bothNamesAction() const;
    QList<QDockWidget *> docks() const;

signals:
    void workspaceRequested(const QString &path);
    // The observations loadObservations() started reading are shown (or could not be read).
    void observationsLoaded(bool ok);
    // The panels are built: the window is whole (emitted for Start::PaintFirst only).
    void ready();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    // The panels, built by the start-up sequence; each returns what goes into its dock.
    QWidget *buildFilterBar();
    QWidget *buildTable();
    QWidget *buildChart();
    QWidget *buildDetails();
    QWidget *buildSwot();
    QWidget *buildTimeline();
    QWidget *buildActors();
    QWidget *buildGap();
    QWidget *buildMap();
    QWidget *buildScatter();
    QWidget *buildBubble();
    // Restores the panel's choices of the last session and keeps each new one.
    void keepChoices(ViewPanel *panel);
    void finishPanels();
    void followWorkspace();
    void applyLanguage();
    void retranslateUi();
    void updateStatus();
    QString emptyObservationsText() const;
    void showAbout();

    LanguageManager *m_languages;
    QString m_error; // see errorString()
    Workspace *m_workspace = nullptr;
    ExplorerState *m_state = nullptr;
    ObservationQuery *m_query = nullptr;
    ObservationTableModel *m_observationModel = nullptr;
    ActorTableModel *m_actorModel = nullptr;
    AiModelTableModel *m_modelModel = nullptr;
    ComputeClusterTableModel *m_clusterModel = nullptr;
    bool m_clustersTabFirst = false; // raisePanel("clusters") before the actors panel was built
    EventTableModel *m_eventModel = nullptr;
    AssessmentMatrixModel *m_assessmentModel = nullptr;

    DockLayout *m_docks = nullptr;
    StartupSequence *m_startup = nullptr;
    WorkspaceController *m_files = nullptr;
    EditController *m_edits = nullptr;
    ExportController *m_exports = nullptr;

    FilterBar *m_filterBar = nullptr;
    RecordTablePanel *m_table = nullptr;
    ChartPanel *m_chart = nullptr;
    ComparisonPanel *m_comparison = nullptr;
    SwotPanel *m_swot = nullptr;
    TimelinePanel *m_timeline = nullptr;
    ActorsPanel *m_actors = nullptr;
    DetailsPanel *m_details = nullptr;
    GapPanel *m_gap = nullptr;
    MapPanel *m_map = nullptr;
    ScatterPanel *m_scatter = nullptr;
    BubblePanel *m_bubble = nullptr;

    QToolBar *m_filterToolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_resetFilterAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_aboutAction = nullptr;
    AboutDialog *m_about = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace gapscope
