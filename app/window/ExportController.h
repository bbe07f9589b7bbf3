#pragma once

#include "view/SavedView.h"

#include <QList>
#include <QObject>

#include <optional>
#include <utility>

class QAction;
class QMenu;
class QWidget;

namespace gapscope {

class ExportDialog;
class MainWindow;

// Views and exports: the explorer's current view (filter, chart, language) and a saved view
// applied back; the Export dialog, copying a panel as a picture, decks from saved views and the
// observations table as CSV or JSON; and the same offered in each exportable panel's context menu.
class ExportController : public QObject
{
    Q_OBJECT

public:
    // Adds its actions to `fileMenu`.
    ExportController(MainWindow *window, QMenu *fileMenu);

    QAction *exportAction() const { return m_exportAction; }
    QAction *copyChartAction() const { return m_copyChartAction; }
    QAction *exportTableAction() const { return m_exportTableAction; }

    // The explorer's current view showing `panel`, as an export starts from it.
    SavedView currentView(SavedView::Panel panel = SavedView::Panel::Chart) const;
    void applyView(const SavedView &view);
    // Opens the export dialog on `panel`, or on the panel last exported, with the picture
    // settings last chosen.
    ExportDialog *showExport(std::optional<SavedView::Panel> panel = std::nullopt);
    // Copies `panel` as a 16:9 picture (and SVG) to the clipboard.
    void copyPanel(SavedView::Panel panel);
    // Writes the observations the table shows, with their sources, as CSV or JSON.
    bool exportTable(const QString &path, bool excel);
    // Offers Export… and Copy as picture in the context menu of `widget`, which shows `panel`.
    void addPanelActions(QWidget *widget, SavedView::Panel panel);

    // `observations`: every observation is there to export; `panels`: the panels are built.
    void updateActions(bool observations, bool panels);
    void retranslate();

    // Why the last of the calls above that return a bool failed; empty after one that succeeded.
    QString errorString() const { return m_error; }

private:
    void openView();
    void saveView();
    void exportDeck();
    void exportTableDialog();

    MainWindow *m_window;
    ExportDialog *m_export = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyChartAction = nullptr;
    QAction *m_exportDeckAction = nullptr;
    QAction *m_exportTableAction = nullptr;
    QAction *m_openViewAction = nullptr;
    QAction *m_saveViewAction = nullptr;
    QList<std::pair<QAction *, QAction *>> m_panelActions; // per panel: export, copy
    QString m_error;
};

} // namespace gapscope
