#include "ExportController.h"

#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "export/DeckWriter.h"
#include "export/ExportDialog.h"
#include "export/ExportWriter.h"
#include "io/ObservationExporter.h"
#include "io/TableWorkbook.h"
#include "model/GapTableModel.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "panels/ChartPanel.h"
#include "panels/GapPanel.h"
#include "panels/MapPanel.h"
#include "panels/BubblePanel.h"
#include "panels/ScatterPanel.h"
#include "panels/SwotPanel.h"
#include "query/ObservationQuery.h"
#include "workspace/Workspace.h"
#include "view/ViewFile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace gapscope {

ExportController::ExportController(MainWindow *window, QMenu *fileMenu) : QObject(window), m_window(window)
{
    m_exportAction = fileMenu->addAction(QString(), this, [this] { showExport(); });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_copyChartAction = fileMenu->addAction(QString(), this, [this] { copyPanel(SavedView::Panel::Chart); });
    m_copyChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_exportDeckAction = fileMenu->addAction(QString(), this, &ExportController::exportDeck);
    m_exportTableAction = fileMenu->addAction(QString(), this, &ExportController::exportTableDialog);
    m_exportTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addSeparator();
    m_openViewAction = fileMenu->addAction(QString(), this, &ExportController::openView);
    m_openViewAction->setShortcut(QKeySequence::Open);
    m_saveViewAction = fileMenu->addAction(QString(), this, &ExportController::saveView);
    m_saveViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    fileMenu->addSeparator();
    const std::pair<QAction *, const char *> named[] = {
        {m_exportAction, "exportAction"},       {m_copyChartAction, "copyChartAction"},
        {m_exportDeckAction, "exportDeckAction"}, {m_exportTableAction, "exportTableAction"},
        {m_openViewAction, "openViewAction"},   {m_saveViewAction, "saveViewAction"}};
    for (const auto &[action, name] : named)
        action->setObjectName(QLatin1String(name));
}

void ExportController::addPanelActions(QWidget *widget, SavedView::Panel panel)
{
    auto *exportPanel = new QAction(widget);
    connect(exportPanel, &QAction::triggered, this, [this, panel] { showExport(panel); });
    auto *copy = new QAction(widget);
    connect(copy, &QAction::triggered, this, [this, panel] { copyPanel(panel); });
    widget->addAction(exportPanel);
    widget->addAction(copy);
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_panelActions.append(std::make_pair(exportPanel, copy));
}

void ExportController::updateActions(bool observations, bool panels)
{
    for (QAction *a : {m_exportAction, m_copyChartAction, m_exportDeckAction, m_exportTableAction})
        a->setEnabled(observations && panels);
    for (QAction *a : {m_openViewAction, m_saveViewAction})
        a->setEnabled(panels);
}

SavedView ExportController::currentView(SavedView::Panel panel) const
{
    Q_ASSERT(m_window->isReady()); // what calls it waits for the panels
    SavedView v;
    v.panel = panel;
    v.filter = m_window->state()->filter();
    v.indicator = m_window->chartPanel()->indicator();
    v.chartKind = SavedView::ChartKind(int(m_window->chartPanel()->kind()));
    v.logScale = m_window->chartPanel()->logScale();
    v.language = m_window->language();
    if (panel == SavedView::Panel::Swot)
        v.swotCountries = m_window->swotPanel()->countries();
    if (panel == SavedView::Panel::Gap)
        m_window->gapPanel()->writeView(v);
    // The map's year, also for the export dialog that starts on another panel.
    v.mapYear = m_window->mapPanel()->year();
    if (panel == SavedView::Panel::Map)
        m_window->mapPanel()->writeView(v);
    m_window->scatterPanel()->writeView(v);
    m_window->bubblePanel()->writeView(v);
    return v;
}

void ExportController::applyView(const SavedView &view)
{
    Q_ASSERT(m_window->isReady());
    if (view.language != m_window->language())
        m_window->languages()->setLanguage(view.language);
    m_window->state()->setFilter(view.filter);
    ChartPanel *chart = m_window->chartPanel();
    chart->setIndicator(view.indicator);
    chart->setKind(ChartPanel::Kind(int(view.chartKind)));
    chart->setLogScale(view.logScale);
    if (view.panel == SavedView::Panel::Chart)
        m_window->raisePanel(QStringLiteral("chart"));
    if (view.panel == SavedView::Panel::Gap) {
        m_window->gapPanel()->applyView(view);
        m_window->raisePanel(QStringLiteral("gap"));
    }
    if (view.panel == SavedView::Panel::Map) {
        m_window->mapPanel()->applyView(view);
        m_window->raisePanel(QStringLiteral("map"));
    }
    if (view.panel == SavedView::Panel::Scatter) {
        m_window->scatterPanel()->applyView(view);
        m_window->raisePanel(QStringLiteral("scatter"));
    }
    if (view.panel == SavedView::Panel::Bubble) {
        m_window->bubblePanel()->applyView(view);
        m_window->raisePanel(QStringLiteral("bubble"));
    }
}

ExportDialog *ExportController::showExport(std::optional<SavedView::Panel> panel)
{
    delete m_export;
    // Drawn through the window's index of the observations, not one built per picture.
    m_export = new ExportDialog(m_window->dataset(), Settings::exportView(currentView(panel.value_or(Settings::exportPanel()))),
                                m_window->languages(), m_window, &m_window->workspace()->index());
    m_export->setAttribute(Qt::WA_DeleteOnClose, false);
    m_export->show();
    m_export->raise();
    return m_export;
}

void ExportController::copyPanel(SavedView::Panel panel)
{
    ExportWriter writer(m_window->dataset());
    writer.setIndex(&m_window->workspace()->index());
    QMimeData *mime = writer.mimeData(currentView(panel));
    const bool rows = mime->hasText();
    QApplication::clipboard()->setMimeData(mime);
    m_window->statusBar()->showMessage(rows ? tr("Copied to the clipboard as a picture, as SVG and every row as text")
                                            : tr("Copied to the clipboard as a picture and as SVG"),
                                       5000);
}

void ExportController::openView()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open view"), QString(), tr("GapScope view (*.gapview)"));
    if (path.isEmpty())
        return;
    ViewFile file;
    const auto view = file.read(path);
    if (!view) {
        QMessageBox::warning(m_window, tr("Open view"), file.errorString());
        return;
    }
    applyView(*view);
}

void ExportController::saveView()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save view"), tr("view") + QStringLiteral(".gapview"),
                                                      tr("GapScope view (*.gapview)"));
    // The view as the export dialog last had it: its panel and picture settings.
    ViewFile file;
    if (!path.isEmpty() && !file.write(path, Settings::exportView(currentView(Settings::exportPanel()))))
        QMessageBox::warning(m_window, tr("Save view"), file.errorString());
}

void ExportController::exportDeck()
{
    const QStringList files = QFileDialog::getOpenFileNames(m_window, tr("Views for the deck, one slide each"), QString(),
                                                            tr("GapScope view (*.gapview)"));
    if (files.isEmpty())
        return;
    QList<SavedView> views;
    ViewFile reader;
    for (const QString &file : files) {
        const auto view = reader.read(file);
        if (!view) {
            QMessageBox::warning(m_window, tr("Export deck"), reader.errorString());
            return;
        }
        views.append(*view);
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export deck"), tr("gapscope-deck") + QStringLiteral(".pptx"),
                                                      tr("PowerPoint deck (*.pptx)"));
    if (path.isEmpty())
        return;
    DeckWriter deck(m_window->dataset(), m_window->languages());
    deck.setIndex(&m_window->workspace()->index());
    if (!deck.write(views, path))
        QMessageBox::warning(m_window, tr("Export deck"), deck.errorString());
    else
        m_window->statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

bool ExportController::exportTable(const QString &path, bool excel)
{
    m_error.clear();
    // The rows in the table's order.
    QList<int> records;
    const ObservationTableModel *table = m_window->observationModel();
    for (int r = 0; r < table->rowCount(); ++r)
        records.append(table->recordAt(r));
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        // A workbook of every table the explorer shows, with their sources on the second sheet.
        TableWorkbook book(m_window->dataset(), m_window->language());
        book.addObservations(records);
        book.addComparison(m_window->state()->filter());
        book.addSwot(m_window->state()->filter());
        if (const GapPanel *gap = m_window->gapPanel(); gap && gap->model()->rowCount() > 0)
            book.addGap(*gap->model());
        const bool ok = book.write(path);
        m_error = book.errorString();
        return ok;
    }
    const auto format = ObservationExporter::formatFor(path, excel);
    if (!format) {
        m_error = tr("%1: use a .csv, .json or .xlsx file").arg(path);
        return false;
    }
    ObservationExporter exporter;
    const bool ok = exporter.save(path, ObservationExporter::write(m_window->dataset(), records, m_window->language(), *format));
    m_error = exporter.errorString();
    return ok;
}

void ExportController::exportTableDialog()
{
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const QString excel = tr("CSV for Excel, UTF-8 with byte order mark (*.csv)");
    const QString json = tr("JSON (*.json)");
    const QString workbook = tr("Excel workbook: observations, comparison, SWOT, gap and sources (*.xlsx)");
    QString selected = m_window->language() == Language::Korean ? excel : csv;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export table"), tr("observations") + QStringLiteral(".csv"),
                                                QStringList{csv, excel, json, workbook}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    if (selected == workbook && QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        path = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".xlsx");
    if (!exportTable(path, selected == excel))
        QMessageBox::warning(m_window, tr("Export table"), m_error);
    else
        m_window->statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

void ExportController::retranslate()
{
    m_exportAction->setText(tr("&Export…"));
    m_copyChartAction->setText(tr("&Copy chart as picture"));
    m_exportDeckAction->setText(tr("Export &deck from views…"));
    m_exportTableAction->setText(tr("Export &table as CSV, JSON or Excel…"));
    m_openViewAction->setText(tr("&Open view…"));
    m_saveViewAction->setText(tr("Save &view…"));
    for (const auto &[exportPanel, copy] : std::as_const(m_panelActions)) {
        exportPanel->setText(tr("Export…"));
        copy->setText(tr("Copy as picture"));
    }
}

} // namespace gapscope
