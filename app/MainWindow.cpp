#include "MainWindow.h"

#include "model/ActorTableModel.h"
#include "model/AiModelTableModel.h"
#include "model/AssessmentMatrixModel.h"
#include "model/EventTableModel.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "model/SwotModel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace gapscope {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    proxy->setSortLocaleAware(true);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    return view;
}

} // namespace

MainWindow::MainWindow(Dataset dataset, const QString &workspacePath, Language lang, QWidget *parent)
    : QMainWindow(parent), m_dataset(std::move(dataset)), m_workspacePath(workspacePath), m_language(lang)
{
    m_dataset.reindex();
    m_observations = new ObservationTableModel(this);
    m_actors = new ActorTableModel(this);
    m_models = new AiModelTableModel(this);
    m_events = new EventTableModel(this);
    m_assessments = new AssessmentMatrixModel(this);
    m_swot = new SwotModel(this);
    for (DatasetTableModel *model : std::initializer_list<DatasetTableModel *>{m_observations, m_actors, m_models,
                                                                               m_events, m_assessments}) {
        model->setLanguage(lang);
        model->setDataset(&m_dataset);
    }
    m_swot->setLanguage(lang);
    m_swot->setDataset(&m_dataset);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(makeTable(m_observations, m_tabs), QString());
    m_tabs->addTab(makeTable(m_actors, m_tabs), QString());
    m_tabs->addTab(makeTable(m_models, m_tabs), QString());
    m_tabs->addTab(makeTable(m_events, m_tabs), QString());

    auto *comparison = new QTableView(m_tabs);
    comparison->setModel(m_assessments);
    comparison->setWordWrap(true);
    comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    comparison->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(comparison, QString());

    auto *swot = new QTreeView(m_tabs);
    swot->setModel(m_swot);
    swot->setWordWrap(true);
    swot->setAlternatingRowColors(true);
    swot->expandAll();
    swot->header()->resizeSection(SwotModel::TextColumn, 520);
    m_tabs->addTab(swot, QString());
    setCentralWidget(m_tabs);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    resize(1280, 800);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("GapScope"));
    m_tabs->setTabText(0, tr("Observations"));
    m_tabs->setTabText(1, tr("Actors"));
    m_tabs->setTabText(2, tr("AI models"));
    m_tabs->setTabText(3, tr("Events"));
    m_tabs->setTabText(4, tr("Comparison"));
    m_tabs->setTabText(5, tr("SWOT"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GapScope"));
    m_status->setText(tr("Workspace %1 · dataset %2 · %n observation(s)", nullptr, int(m_dataset.observations.size()))
                          .arg(m_workspacePath, m_dataset.version));
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
    QMessageBox::about(this, tr("About GapScope"),
                       tr("<h3>GapScope %1</h3>"
                          "<p>An explorer of the AI ecosystems of the United States, China and Korea.</p>"
                          "<p>Dataset version %2, with %3 observations from %4 sources.</p>"
                          "<p>Workspace: %5</p>")
                           .arg(QStringLiteral(GAPSCOPE_VERSION), m_dataset.version)
                           .arg(m_dataset.observations.size())
                           .arg(m_dataset.sources.size())
                           .arg(m_workspacePath.toHtmlEscaped()));
}

} // namespace gapscope
