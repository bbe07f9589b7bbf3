#include "LanguageManager.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "FilterListSupport.h"
#include "TestSupport.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "export/ExportDialog.h"
#include "edit/EditSession.h"
#include "edit/ObservationDialog.h"
#include "edit/RecordDialog.h"
#include "edit/RecordFields.h"
#include "import/ImportDialog.h"
#include "store/Store.h"
#include "export/SlideTheme.h"
#include "panels/ChartPanel.h"
#include "panels/CheckListPopup.h"
#include "panels/ComparisonPanel.h"
#include "panels/DetailsPanel.h"
#include "panels/FilterBar.h"
#include "panels/RecordTablePanel.h"
#include "panels/SwotItemDelegate.h"
#include "panels/SwotPanel.h"
#include "panels/TimelineView.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QLineSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QUndoStack>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTimer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace gapscope;

// The explorer as a user drives it: the real filter widgets, then what every panel shows.
class TestExplorer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunOpensOnAMeaningfulView();
    void untickingACountryUpdatesEveryPanel();
    void yearRangeAndPlay();
    void dimensionFilterExplainsEmptyResults();
    void searchMatchesEitherLanguage();
    void chipsRemoveTheirFilterAndResetClearsAll();
    void selectionIsLinked();
    void swotShowsOneCountryOrTwoSideBySide();
    void copySelectionAsTsv();
    void chartKindsAndLogScale();
    void filterAndLayoutPersist();
    void exportFromTheWindow();
    void savedViewReopensExactly();
    void tableExportsToCsvAndJson();
    void importShowsInEveryPanel();
    void largeWorkspacePaintsFirstThenFillsIn();
    void framePaintsFirstThenPanelsFollow();
    void programPaintsFirstThenFillsIn();
    void readOnlyWorkspaceIsShownNotChanged();
    void editWithUndoRedoSaveAndConflict();
    void workspacesSaveAsAndSwitch();
    void editOtherRecordKinds();
    void undoRedoEveryKind_data();
    void undoRedoEveryKind();

private:
    int tableRows() const { return m_window->tablePanel()->view()->model()->rowCount(); }
    QStringList chartSeriesNames() const;
    // Replaces the window by one on a new workspace file holding the bundled dataset.
    bool openWindowOn(const QString &workspace);

    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void TestExplorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName("gapscope-tests");
}

void TestExplorer::init()
{
    QSettings().clear();
    m_languages = new LanguageManager;
    m_languages->setLanguage(Language::English);
    m_window = new MainWindow(test::miniDataset(), "mini.gapscope", m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestExplorer::cleanup()
{
    delete m_window;
    delete m_languages;
    m_window = nullptr;
}


bool TestExplorer::openWindowOn(const QString &workspace)
{
    Store store;
    if (!store.open(workspace))
        return false;
    const auto loaded = store.load();
    if (!loaded)
        return false;
    delete m_window;
    m_window = new MainWindow(*loaded, workspace, m_languages);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window);
}

QStringList TestExplorer::chartSeriesNames() const
{
    QStringList names;
    for (QAbstractSeries *s : m_window->chartPanel()->chart()->series())
        names.append(s->name());
    return names;
}

void TestExplorer::firstRunOpensOnAMeaningfulView()
{
    const Filter &f = m_window->state()->filter();
    QCOMPARE(f.countries, (QSet<QString>{"USA", "CHN", "KOR"}));
    QCOMPARE(m_window->chartPanel()->indicator(), QStringLiteral("private_ai_investment"));
    QCOMPARE(chartSeriesNames(), (QStringList{"United States", "China", "South Korea"})); // the dataset's order
    QCOMPARE(tableRows(), 32);
    QCOMPARE(m_window->docks().size(), 7);
    for (QDockWidget *dock : m_window->docks())
        QVERIFY2(!dock->windowTitle().isEmpty(), qPrintable(dock->objectName()));
    QCOMPARE(m_window->filterBar()->chips()->findChildren<QToolButton *>().size(), 3);
}

void TestExplorer::untickingACountryUpdatesEveryPanel()
{
    test::toggleListItem(m_window->filterBar()->countryList(), "China");
    QCOMPARE(m_window->state()->filter().countries, (QSet<QString>{"USA", "KOR"}));
    QCOMPARE(tableRows(), 21);
    QCOMPARE(chartSeriesNames(), (QStringList{"United States", "South Korea"}));
    QCOMPARE(m_window->comparisonPanel()->view()->model()->columnCount(), 1); // USA only
    QCOMPARE(m_window->swotPanel()->countries(), QStringList{"KOR"});
    QCOMPARE(m_window->swotPanel()->itemCount("KOR", 'S'), 1);
    QCOMPARE(m_window->actorPanel()->view()->model()->rowCount(), 1); // Naver
    QCOMPARE(m_window->modelPanel()->view()->model()->rowCount(), 1); // HyperCLOVA X
    QCOMPARE(m_window->timeline()->visibleEvents(), QStringList()); // the one event is China's
    QCOMPARE(m_window->filterBar()->chips()->findChildren<QToolButton *>().size(), 2);
}

void TestExplorer::yearRangeAndPlay()
{
    QSpinBox *from = m_window->filterBar()->fromYear();
    QSpinBox *to = m_window->filterBar()->toYear();
    from->setValue(2018);
    to->setValue(2023);
    QCOMPARE(m_window->state()->filter().yearFrom, 2018);
    QCOMPARE(m_window->state()->filter().yearTo, 2023);
    QCOMPARE(tableRows(), 18);
    for (QAbstractSeries *s : m_window->chartPanel()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            QCOMPARE(line->count(), 6);
    }
    // Typing a year by keyboard works too.
    to->selectAll();
    QTest::keyClicks(to, "2020");
    QTest::keyClick(to, Qt::Key_Enter);
    QCOMPARE(m_window->state()->filter().yearTo, 2020);

    // Play grows the range a year at a time up to where it was.
    QTest::mouseClick(m_window->filterBar()->playButton(), Qt::LeftButton);
    QCOMPARE(to->value(), 2018);
    QTRY_COMPARE_WITH_TIMEOUT(to->value(), 2020, 5000);
    QTRY_VERIFY(!m_window->filterBar()->playButton()->isChecked());
}

void TestExplorer::dimensionFilterExplainsEmptyResults()
{
    test::toggleListItem(m_window->filterBar()->dimensionList(), "Language strength");
    QCOMPARE(m_window->state()->filter().dimensions, QSet<QString>{"language"});
    QCOMPARE(tableRows(), 0);
    QVERIFY2(m_window->tablePanel()->emptyMessage().contains("No observations for China, South Korea, United States"),
             qPrintable(m_window->tablePanel()->emptyMessage()));
    QVERIFY(!m_window->chartPanel()->emptyMessage().isEmpty());
    QVERIFY(!m_window->comparisonPanel()->emptyMessage().isEmpty());
    QCOMPARE(m_window->swotPanel()->itemCount("KOR", 'S'), 1); // the Korean-language strength
    QCOMPARE(m_window->actorPanel()->view()->model()->rowCount(), 1); // Naver works on language
}

void TestExplorer::searchMatchesEitherLanguage()
{
    QLineEdit *search = m_window->filterBar()->searchField();
    // Hangul arrives from the input method as a committed string.
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("허깅페이스"));
    QApplication::sendEvent(search, &ime);
    QCOMPARE(search->text(), QStringLiteral("허깅페이스"));
    QCOMPARE(tableRows(), 1);
    search->clear();
    QTest::keyClicks(search, "market size");
    QCOMPARE(tableRows(), 1);
    QCOMPARE(m_window->tablePanel()->view()->model()->index(0, 0).data(IdRole).toString(),
             QStringLiteral("obs-kor-ai-market-2025"));
}

void TestExplorer::chipsRemoveTheirFilterAndResetClearsAll()
{
    m_window->filterBar()->fromYear()->setValue(2020);
    auto chips = m_window->filterBar()->chips()->findChildren<QToolButton *>();
    QCOMPARE(chips.size(), 4); // three countries and the years
    QToolButton *years = nullptr;
    for (QToolButton *chip : chips) {
        if (chip->text().startsWith("2020"))
            years = chip;
    }
    QVERIFY(years);
    QTest::mouseClick(years, Qt::LeftButton);
    QTRY_COMPARE(m_window->state()->filter().yearFrom, 0);
    QCOMPARE(m_window->filterBar()->fromYear()->value(), m_window->filterBar()->firstYear());

    // Reset: back to the view GapScope opens on, the three countries' chips alone.
    m_window->filterBar()->fromYear()->setValue(2020);
    QTest::mouseClick(m_window->filterBar()->resetButton(), Qt::LeftButton);
    QCOMPARE(m_window->state()->filter(), Filter::defaultView());
    QCOMPARE(m_window->filterBar()->countryList()->checked(), (QSet<QString>{"USA", "CHN", "KOR"}));
    QTRY_COMPARE(m_window->filterBar()->chips()->findChildren<QToolButton *>().size(), 3);
}

void TestExplorer::selectionIsLinked()
{
    // A row clicked in the table: details show it with its source, the chart shows its indicator.
    QTableView *table = m_window->tablePanel()->view();
    const int row = 0; // sorted as loaded: the Korean market projection comes first
    QVERIFY(QTest::qWaitForWindowExposed(table));
    const QRect cell = table->visualRect(table->model()->index(row, ObservationTableModel::ValueColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const QString id = table->model()->index(row, 0).data(IdRole).toString();
    QCOMPARE(m_window->state()->selection().id, id);
    const QString details = m_window->detailsPanel()->browser()->toPlainText();
    QVERIFY2(details.contains("KRW 3.4 trillion"), qPrintable(details));
    QVERIFY(details.contains("Korea at crossroads"));
    QCOMPARE(m_window->chartPanel()->indicator(), QStringLiteral("ai_market_size_krw"));

    // Selecting an organisation highlights it in its table and shows it in the details.
    m_window->state()->select(ExplorerState::Kind::Actor, "naver");
    QCOMPARE(m_window->actorPanel()->view()->selectionModel()->selectedRows().size(), 1);
    QVERIFY(m_window->detailsPanel()->browser()->toPlainText().contains("HyperCLOVA X"));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1); // the table keeps its own selection

    // A country selected anywhere highlights its rows in the tables.
    m_window->state()->select(ExplorerState::Kind::Country, "KOR");
    QCOMPARE(table->selectionModel()->selectedRows().size(), 11);
}

void TestExplorer::swotShowsOneCountryOrTwoSideBySide()
{
    // China gets a weakness too, so that there are two SWOT analyses to choose from.
    Dataset d = test::miniDataset();
    d.swot.append({"swot-chn-w-gpu", "CHN", QChar('W'), {"GPU access restricted", "GPU 접근 제한"}, "capital", 2026, "a-1"});
    d.reindex();
    delete m_window;
    m_window = new MainWindow(d, "mini.gapscope", m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->raisePanel("swot"));

    SwotPanel *swot = m_window->swotPanel();
    QCOMPARE(swot->available(), (QStringList{"KOR", "CHN"})); // Korea first
    QCOMPARE(swot->countries(), QStringList{"KOR"});
    QCOMPARE(swot->firstPicker()->currentText(), QStringLiteral("South Korea"));

    // Side by side with China, picked by keyboard.
    QComboBox *second = swot->secondPicker();
    QCOMPARE(second->count(), 2); // "(none)" and China: Korea is already shown
    second->setFocus();
    QTest::keyClick(second, Qt::Key_Down);
    QCOMPARE(second->currentText(), QStringLiteral("China"));
    QCOMPARE(swot->countries(), (QStringList{"KOR", "CHN"}));
    QCOMPARE(swot->itemCount("CHN", 'W'), 1);
    QCOMPARE(swot->itemCount("KOR", 'S'), 1);

    // Every item carries its dimension as a tag.
    QListView *strengths = nullptr;
    for (QListView *list : swot->findChildren<QListView *>()) {
        if (list->accessibleName() == QStringLiteral("Strengths of South Korea"))
            strengths = list;
    }
    QVERIFY(strengths);
    const QModelIndex item = strengths->model()->index(0, 0, strengths->rootIndex());
    QCOMPARE(SwotItemDelegate::tag(item), QStringLiteral("Language strength"));
    QVERIFY(strengths->visualRect(item).height() > strengths->fontMetrics().height() * 2); // tag above the text

    // The dimension filter narrows the items; a country selected elsewhere becomes the one shown.
    test::toggleListItem(m_window->filterBar()->dimensionList(), "Capital structure");
    QCOMPARE(swot->itemCount("KOR", 'S'), 0);
    QCOMPARE(swot->itemCount("CHN", 'W'), 1);
    second->setCurrentIndex(0);
    QTest::keyClick(second, Qt::Key_Up); // back to "(none)" by keyboard as well
    swot->showCountries("KOR");
    m_window->state()->select(ExplorerState::Kind::Country, "CHN");
    QCOMPARE(swot->countries(), QStringList{"CHN"});

    // Unticking China leaves Korea, the only one left.
    test::toggleListItem(m_window->filterBar()->countryList(), "China");
    QCOMPARE(swot->countries(), QStringList{"KOR"});
    QCOMPARE(swot->available(), QStringList{"KOR"});
}

void TestExplorer::copySelectionAsTsv()
{
    QTableView *table = m_window->tablePanel()->view();
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).split('\t').first(), QStringLiteral("Country"));
    QCOMPARE(lines.at(1).split('\t').size(), int(ObservationTableModel::ColumnCount));
}

void TestExplorer::chartKindsAndLogScale()
{
    ChartPanel *chart = m_window->chartPanel();
    chart->setKind(ChartPanel::Kind::Bar);
    QCOMPARE(chart->chart()->series().size(), 1); // one bar series, one set per country
    chart->setKind(ChartPanel::Kind::Percent);
    QCOMPARE(chart->chart()->series().size(), 1);
    chart->setKind(ChartPanel::Kind::Line);
    chart->setLogScale(true);
    QCOMPARE(chart->chart()->series().size(), 3);
    // Powers of ten, labelled in the unit's words ("1 billion") on a category axis.
    bool sawLog = false;
    for (QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical))
        sawLog |= axis->type() == QAbstractAxis::AxisTypeCategory;
    QVERIFY(sawLog);
    for (QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical))
        QVERIFY2(axis->titleText().contains("constant 2021 US dollars"), qPrintable(axis->titleText()));
}

void TestExplorer::filterAndLayoutPersist()
{
    test::toggleListItem(m_window->filterBar()->countryList(), "United States");
    m_window->filterBar()->fromYear()->setValue(2019);
    m_window->chartPanel()->setKind(ChartPanel::Kind::Stacked);
    QDockWidget *timeline = m_window->findChild<QDockWidget *>("TimelineDock");
    timeline->hide();
    m_window->close();
    delete m_window;

    m_window = new MainWindow(test::miniDataset(), "mini.gapscope", m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->state()->filter().countries, (QSet<QString>{"CHN", "KOR"}));
    QCOMPARE(m_window->state()->filter().yearFrom, 2019);
    QCOMPARE(m_window->filterBar()->fromYear()->value(), 2019);
    QCOMPARE(m_window->chartPanel()->kind(), ChartPanel::Kind::Stacked);
    QVERIFY(!m_window->findChild<QDockWidget *>("TimelineDock")->isVisible());
}

void TestExplorer::exportFromTheWindow()
{
    // Ctrl+E opens the export dialog on the chart, with a 16:9 preview of what will be written.
    QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->previewImage().size(), QSize(1920, 1080));
    QVERIFY(!dialog->preview()->pixmap().isNull());
    QCOMPARE(dialog->view().filter, m_window->state()->filter());

    // 4:3 and the dark theme, picked by keyboard: the preview follows at once.
    dialog->sizePicker()->setFocus();
    QTest::keyClick(dialog->sizePicker(), Qt::Key_Down);
    QCOMPARE(dialog->view().size, QSize(1600, 1200));
    QCOMPARE(dialog->previewImage().size(), QSize(1600, 1200));
    QTest::keyClick(dialog->themePicker(), Qt::Key_Down);
    QCOMPARE(dialog->previewImage().pixelColor(1, 1), SlideTheme::of(SavedView::Theme::Dark).background);
    QTest::keyClick(dialog->scalePicker(), Qt::Key_Down);
    QCOMPARE(dialog->view().scale, 2);

    // What is saved is what was previewed, at the scale asked for.
    QTemporaryDir dir;
    QVERIFY(dialog->saveTo(dir.filePath("chart.png")));
    const QImage written(dir.filePath("chart.png"));
    QCOMPARE(written.size(), QSize(3200, 2400));
    QCOMPARE(written.scaled(1600, 1200).pixelColor(1, 1), dialog->previewImage().pixelColor(1, 1));
    QVERIFY(dialog->saveTo(dir.filePath("chart.pptx")));
    QVERIFY(QFile(dir.filePath("chart.pptx")).size() > 10000);

    // Copy puts the picture and its SVG on the clipboard; so does Ctrl+Shift+C in the window.
    QApplication::clipboard()->clear();
    m_window->copyChartAction()->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasImage());
    QVERIFY(mime->data("image/svg+xml").contains("<svg"));
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(1920, 1080));

    // Every panel offers export in its context menu.
    for (QWidget *panel : std::initializer_list<QWidget *>{m_window->chartPanel(), m_window->tablePanel(),
                                                          m_window->comparisonPanel(), m_window->swotPanel()}) {
        QCOMPARE(panel->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList texts;
        for (QAction *a : panel->actions())
            texts << a->text();
        QCOMPARE(texts.mid(0, 2), (QStringList{"Export…", "Copy as picture"}));
    }
    m_window->swotPanel()->actions().first()->trigger();
    QCOMPARE(m_window->findChild<ExportDialog *>()->view().panel, SavedView::Panel::Swot);
}

void TestExplorer::savedViewReopensExactly()
{
    SavedView v = m_window->currentView();
    v.filter.countries = {"CHN"};
    v.filter.yearFrom = 2018;
    v.filter.yearTo = 2020;
    v.chartKind = SavedView::ChartKind::Bar;
    QTemporaryDir dir;
    QString error;
    QVERIFY(v.save(dir.filePath("v.gapview"), &error));
    const auto loaded = SavedView::load(dir.filePath("v.gapview"), &error);
    QVERIFY2(loaded, qPrintable(error));
    m_window->applyView(*loaded);
    QCOMPARE(m_window->state()->filter(), v.filter);
    QCOMPARE(m_window->chartPanel()->kind(), ChartPanel::Kind::Bar);
    QCOMPARE(m_window->filterBar()->fromYear()->value(), 2018);
    QTRY_COMPARE(m_window->filterBar()->chips()->findChildren<QToolButton *>().size(), 2); // China, the years
    QCOMPARE(m_window->currentView(), v);
}

void TestExplorer::tableExportsToCsvAndJson()
{
    test::toggleListItem(m_window->filterBar()->countryList(), "United States");
    const int rows = tableRows();
    QVERIFY(rows > 0);
    QTemporaryDir dir;
    QString error;
    // Excel's CSV: a byte order mark, then RFC 4180 with the full source on every row.
    QVERIFY2(m_window->exportTable(dir.filePath("excel.csv"), true, &error), qPrintable(error));
    QFile excel(dir.filePath("excel.csv"));
    QVERIFY(excel.open(QIODevice::ReadOnly));
    const QByteArray bytes = excel.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows + 1);
    QVERIFY(lines.first().startsWith("id,indicator,"));
    QVERIFY(lines.first().contains("source_title"));
    // Plain UTF-8 CSV and JSON, in the interface's language.
    m_languages->setLanguage(Language::Korean);
    QVERIFY(m_window->exportTable(dir.filePath("plain.csv"), false, &error));
    QFile plain(dir.filePath("plain.csv"));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const QByteArray plainBytes = plain.readAll();
    QVERIFY(!plainBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(plainBytes).contains(QStringLiteral("대한민국")));
    QVERIFY(m_window->exportTable(dir.filePath("rows.json"), false, &error));
    QFile json(dir.filePath("rows.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), rows);
    QVERIFY(!array.first().toObject().value("source").toObject().value("title").toString().isEmpty());
    QVERIFY(!m_window->exportTable(dir.filePath("rows.txt"), false, &error));
    QVERIFY(error.contains("rows.txt"));
    m_languages->setLanguage(Language::English);
}

void TestExplorer::framePaintsFirstThenPanelsFollow()
{
    // How gapscope starts: the frame (menus, docks, status bar) is painted first and the panels
    // are built after it, one per turn of the event loop; the observations of a large workspace
    // start being read once the frame is painted. The window that results is the one built at once.
    QTemporaryDir dir;
    const QString workspace = dir.filePath("staged.gapscope");
    std::optional<Dataset> base;
    std::optional<Dataset> whole;
    {
        Store store;
        QVERIFY2(store.open(workspace), qPrintable(store.errorString()));
        base = store.loadWithoutObservations();
        whole = store.load();
        QVERIFY(base && whole && !whole->observations.isEmpty());
    }
    delete m_window;
    m_window = new MainWindow(*whole, workspace, m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    auto *staged = new MainWindow(*base, workspace, m_languages, MainWindow::Start::PaintFirst);
    const QScopedPointer<MainWindow> owner(staged);
    QVERIFY(!staged->isReady());
    QVERIFY(!staged->filterBar() && !staged->tablePanel() && !staged->chartPanel() && !staged->comparisonPanel()
            && !staged->swotPanel() && !staged->timeline() && !staged->detailsPanel() && !staged->actorPanel()
            && !staged->modelPanel() && !staged->eventPanel());
    QCOMPARE(staged->docks().size(), m_window->docks().size());
    for (qsizetype i = 0; i < staged->docks().size(); ++i) {
        QCOMPARE(staged->docks().at(i)->windowTitle(), m_window->docks().at(i)->windowTitle());
        QVERIFY(!staged->docks().at(i)->widget());
    }
    QCOMPARE(staged->windowTitle(), m_window->windowTitle());
    // Asked for before the first paint, as gapscope does; what goes through the panels waits.
    staged->loadObservations();
    QVERIFY(staged->isLoading());
    QVERIFY(!staged->exportAction()->isEnabled());

    struct AtFirstPaint
    {
        bool seen = false;
        bool filterBarBuilt = false;
        bool ready = false;
        qsizetype loaded = 0;
        int turns = 0; // of the event loop between the first paint and ready
        bool switchedHalfWay = false;
    };
    auto atFirstPaint = std::make_shared<AtFirstPaint>();
    QSignalSpy ready(staged, &MainWindow::ready);
    QSignalSpy loaded(staged, &MainWindow::observationsLoaded);
    // Installed after the window's own probe, so it sees the first paint before the window acts on it.
    auto *probe = new FirstPaintProbe(staged);
    auto *turns = new QTimer(staged);
    turns->setInterval(0);
    connect(turns, &QTimer::timeout, staged, [this, staged, atFirstPaint] {
        if (staged->isReady())
            return;
        ++atFirstPaint->turns;
        // The user switches the language while the panels are being built: those built already
        // follow, as do those built after.
        if (!atFirstPaint->switchedHalfWay && staged->filterBar()) {
            atFirstPaint->switchedHalfWay = true;
            m_languages->setLanguage(Language::Korean);
        }
    });
    connect(probe, &FirstPaintProbe::painted, staged, [staged, atFirstPaint, &loaded, turns] {
        atFirstPaint->seen = true;
        atFirstPaint->filterBarBuilt = staged->filterBar() != nullptr;
        atFirstPaint->ready = staged->isReady();
        atFirstPaint->loaded = loaded.count();
        turns->start();
    });
    staged->show();
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready.count(), 1);
    QVERIFY(atFirstPaint->seen);
    QVERIFY(!atFirstPaint->filterBarBuilt); // nothing was built before the first paint
    QVERIFY(!atFirstPaint->ready);
    QCOMPARE(atFirstPaint->loaded, 0);
    // One panel per turn: the window answered events in between.
    QVERIFY2(atFirstPaint->turns >= 4, qPrintable(QString::number(atFirstPaint->turns)));
    QVERIFY(atFirstPaint->switchedHalfWay);
    QCOMPARE(m_languages->language(), Language::Korean);
    const auto firstCountry = [](MainWindow *w) {
        const QAbstractItemModel *countries = w->filterBar()->countryList()->list()->model();
        return countries->index(0, 0).data().toString();
    };
    QCOMPARE(firstCountry(staged), firstCountry(m_window));
    QCOMPARE(staged->chartPanel()->indicatorPicker()->currentText(), m_window->chartPanel()->indicatorPicker()->currentText());
    QVERIFY(!firstCountry(staged).isEmpty() && firstCountry(staged).at(0).unicode() >= 0xAC00); // Hangul
    m_languages->setLanguage(Language::English);
    if (loaded.isEmpty())
        QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    QVERIFY(!staged->isLoading());

    // The same window as one built at once: each dock holds the same panel, with the same
    // context actions, rows, series and action states.
    for (qsizetype i = 0; i < staged->docks().size(); ++i) {
        QWidget *a = staged->docks().at(i)->widget();
        QWidget *b = m_window->docks().at(i)->widget();
        QVERIFY2(a, qPrintable(staged->docks().at(i)->objectName()));
        QCOMPARE(a->metaObject()->className(), b->metaObject()->className());
        QCOMPARE(a->actions().size(), b->actions().size());
        for (qsizetype k = 0; k < a->actions().size(); ++k)
            QCOMPARE(a->actions().at(k)->text(), b->actions().at(k)->text());
    }
    QCOMPARE(staged->dataset().observations, whole->observations);
    QCOMPARE(staged->tablePanel()->view()->model()->rowCount(), tableRows());
    QVERIFY(tableRows() > 0);
    QCOMPARE(staged->chartPanel()->indicator(), m_window->chartPanel()->indicator());
    QCOMPARE(staged->chartPanel()->chart()->series().size(), m_window->chartPanel()->chart()->series().size());
    QVERIFY(staged->chartPanel()->emptyMessage().isEmpty());
    for (QAction *a : {staged->exportAction(), staged->copyChartAction(), staged->editAction(), staged->deleteAction()})
        QVERIFY(a);
    QCOMPARE(staged->exportAction()->isEnabled(), m_window->exportAction()->isEnabled());
    QVERIFY(staged->exportAction()->isEnabled());
    QCOMPARE(staged->filterBar()->countryList()->list()->model()->rowCount(),
             m_window->filterBar()->countryList()->list()->model()->rowCount());

    // And it follows the language and the one filter, as the other does.
    m_languages->setLanguage(Language::Korean);
    for (qsizetype i = 0; i < staged->docks().size(); ++i)
        QCOMPARE(staged->docks().at(i)->windowTitle(), m_window->docks().at(i)->windowTitle());
    QCOMPARE(staged->docks().first()->windowTitle(), QStringLiteral("차트"));
    m_languages->setLanguage(Language::English);
    Filter korea = staged->state()->filter();
    korea.countries = {QStringLiteral("KOR")};
    staged->state()->setFilter(korea);
    m_window->state()->setFilter(korea);
    QCOMPARE(staged->tablePanel()->view()->model()->rowCount(), tableRows());
    QCOMPARE(staged->chartPanel()->chart()->series().size(), m_window->chartPanel()->chart()->series().size());
}

void TestExplorer::programPaintsFirstThenFillsIn()
{
    // gapscope itself, on a workspace large enough (by its size) for the observations to be read
    // in the background: the window painted, then its panels, then every observation.
    QTemporaryDir dir;
    const QString workspace = dir.filePath("program.gapscope");
    {
        Store store;
        QVERIFY2(store.open(workspace), qPrintable(store.errorString()));
    }
    QVERIFY(test::withSqlite(workspace, [](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec("CREATE TABLE padding (x BLOB)"));
        QVERIFY(q.exec("INSERT INTO padding VALUES (zeroblob(5000000))"));
    }));
    {
        Store store;
        QVERIFY(store.open(workspace));
        QCOMPARE(store.isLarge(), std::optional<bool>(true));
    }
    auto run = [&](const QStringList &extra) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GAPSCOPE_BINARY), QStringList{"--db", workspace, "--lang", "ko"} + extra);
        if (!p.waitForFinished(60000))
            p.kill();
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()));
    };
    const auto [code, out] = run({"--measure-startup"});
    QCOMPARE(code, 0);
    QHash<QString, qint64> ms;
    QStringList order;
    for (const QString &line : out.split('\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(' ');
        QCOMPARE(parts.size(), 2);
        ms.insert(parts[0], parts[1].toLongLong());
        order << parts[0];
    }
    QCOMPARE(order, (QStringList{"first-paint-ms", "ready-ms", "longest-stall-ms", "loaded-ms"}));
    QVERIFY(ms["first-paint-ms"] <= ms["ready-ms"]);
    QVERIFY(ms["ready-ms"] <= ms["loaded-ms"]);

    // --screenshot waits for the whole window: every panel drawn with every observation.
    const QString shot = dir.filePath("whole.png");
    QCOMPARE(run({"--screenshot", shot}).first, 0);
    const QImage image(shot);
    QCOMPARE(image.size(), QSize(1440, 900));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    // The frame alone, with empty docks, has about 200 (of its text's antialiasing); with the
    // chart's lines, the table and the comparison, over 700.
    QVERIFY2(colours.size() > 500, qPrintable(QString::number(colours.size())));
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        QFile::copy(shot, shots + "/program-ko.png");
}

void TestExplorer::largeWorkspacePaintsFirstThenFillsIn()
{
    // A workspace with 60,000 observations of a new indicator on top of the bundled dataset.
    QTemporaryDir dir;
    const QString workspace = dir.filePath("large.gapscope");
    std::optional<Dataset> base;
    {
        Store store;
        QVERIFY(store.open(workspace));
        base = store.loadWithoutObservations();
        QVERIFY(base && base->observations.isEmpty());
        ImportBatch batch;
        batch.file = "large.csv";
        batch.sources = {Source{"large", {"Large survey", "대규모 조사"}, {}, "large.csv", {}, {}, "2026-11", {}, {}}};
        batch.indicators = {Indicator{"large_count", {"Large count", "대규모 수"}, base->units.first().id,
                                      base->dimensions.first().id, {}}};
        const QStringList countries{"KOR", "USA", "CHN"};
        for (int k = 0; k < 60000; ++k)
            batch.observations.append({QString("l%1").arg(k), "large_count", countries[k % 3], 1800 + (k / 3) % 240,
                                       1 + k % 12, double(k), "measured", "large", {}});
        QVERIFY2(store.import(batch), qPrintable(store.errorString()));
        base = store.loadWithoutObservations();
        QVERIFY(base);
    }
    delete m_window;
    m_window = new MainWindow(*base, workspace, m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy loaded(m_window, &MainWindow::observationsLoaded);
    m_window->loadObservations();
    // Painted and answering while the observations are read; what needs them all waits.
    QVERIFY(m_window->isLoading());
    QVERIFY(!m_window->exportAction()->isEnabled());
    QCOMPARE(tableRows(), 0);
    QCOMPARE(m_window->chartPanel()->emptyMessage(), QStringLiteral("Reading the workspace's observations…"));
    QCOMPARE(m_window->tablePanel()->emptyMessage(), QStringLiteral("Reading the workspace's observations…"));
    QVERIFY(m_window->comparisonPanel()->isVisible());
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
        m_window->grab().save(shots + "/loading-en.png");
        m_languages->setLanguage(Language::Korean);
        QCoreApplication::processEvents();
        m_window->grab().save(shots + "/loading-ko.png");
        m_languages->setLanguage(Language::English);
    }
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    QVERIFY(!m_window->isLoading());
    QVERIFY(m_window->exportAction()->isEnabled());
    QVERIFY(m_window->chartPanel()->emptyMessage().isEmpty());
    Store check;
    QVERIFY(check.open(workspace));
    const auto full = check.load();
    QVERIFY(full);
    QCOMPARE(m_window->dataset().observations.size(), full->observations.size());
    QCOMPARE(m_window->dataset().observations, full->observations);
    QCOMPARE(m_window->dataset().rowVersions, full->rowVersions);
    // Every panel shows them: the table (through the shared index), the chart, the year range.
    m_window->state()->setFilter(Filter());
    QCOMPARE(tableRows(), int(full->observations.size()));
    QCOMPARE(m_window->filterBar()->firstYear(), 1800);
    QVERIFY(m_window->chartPanel()->indicatorPicker()->findData("large_count") >= 0);
    m_window->chartPanel()->setIndicator("large_count");
    const QStringList names = chartSeriesNames();
    QVERIFY2(names.contains("South Korea") && names.contains("China"), qPrintable(names.join(',')));
    test::toggleListItem(m_window->filterBar()->countryList(), "South Korea");
    QVERIFY(tableRows() < int(full->observations.size()));

    // Observations that cannot be read: the window keeps the other records, says why, and stays
    // read-only rather than letting edits go to a workspace it only half shows.
    {
        QSqlQuery drop(check.database());
        QVERIFY(drop.exec("DROP TABLE observations"));
    }
    delete m_window;
    m_window = new MainWindow(*base, workspace, m_languages);
    m_window->show();
    QSignalSpy failed(m_window, &MainWindow::observationsLoaded);
    m_window->loadObservations();
    QVERIFY(failed.wait(60000));
    QCOMPARE(failed.at(0).at(0).toBool(), false);
    QVERIFY(!m_window->exportAction()->isEnabled());
    QVERIFY(!m_window->edits() || m_window->dataset().observations.isEmpty());
}

void TestExplorer::readOnlyWorkspaceIsShownNotChanged()
{
    const int rows = tableRows();
    m_window->setReadOnly(true);
    QVERIFY(m_window->isReadOnly());
    QVERIFY(m_window->windowTitle().contains("read-only"));
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(w) && w->isVisible())
                w->grab().save(shots + "/read-only-notice.png");
        }
    }
    // Exploring and exporting stay; importing and editing are off, even with a record selected.
    QVERIFY(m_window->exportAction()->isEnabled());
    m_window->tablePanel()->view()->selectRow(0);
    QVERIFY(!m_window->editAction()->isEnabled());
    QVERIFY(!m_window->deleteAction()->isEnabled());
    QCOMPARE(tableRows(), rows);
    m_window->setReadOnly(false);
    m_window->tablePanel()->view()->selectRow(1);
    QVERIFY(m_window->editAction()->isEnabled());
}

void TestExplorer::importShowsInEveryPanel()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath("import.gapscope");
    delete m_window;
    m_window = new MainWindow(test::miniDataset(), workspace, m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const int before = tableRows();

    const QString csv = dir.filePath("startups.csv");
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("country,indicator,year,value\nKOR,ai_startups,2020,80\n대한민국,ai_startups,2021,95\n"
            "Atlantis,ai_startups,2021,1\nUSA,ai_startups,2021,900\n");
    f.close();

    // The dialog shows what is wrong before anything is written, then the rows it will add.
    ImportDialog *dialog = m_window->importDialog(csv);
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY2(dialog->problem().contains("line 2"), qPrintable(dialog->problem())); // no unit for the new indicator
    dialog->unitField()->setText("count");
    dialog->sourceField()->setText("Startup survey 2022");
    QTest::keyClick(dialog->sourceField(), Qt::Key_Return);
    QVERIFY2(dialog->problem().contains("line 4") && dialog->problem().contains("Atlantis"), qPrintable(dialog->problem()));
    dialog->skipUnknown()->click();
    QVERIFY2(dialog->batch(), qPrintable(dialog->problem()));
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(dialog->preview()->rowCount(), 3);
    QCOMPARE(dialog->preview()->item(1, 0)->text(), QStringLiteral("South Korea"));
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + "/import-dialog.png");

    QString error;
    QVERIFY2(m_window->importBatch(*dialog->batch(), &error), qPrintable(error));
    delete dialog;
    // Every panel shows them at once: the table, the chart's indicators, the workspace on disk.
    QCOMPARE(tableRows(), before + 3);
    QVERIFY(m_window->chartPanel()->indicatorPicker()->findData("ai_startups") >= 0);
    m_window->chartPanel()->setIndicator("ai_startups");
    QStringList names = chartSeriesNames();
    QVERIFY2(names.contains("South Korea") && names.contains("United States"), qPrintable(names.join(',')));
    Store store;
    QVERIFY(store.open(workspace));
    const auto saved = store.load();
    QVERIFY(saved && saved->indicator("ai_startups"));
    // Columns with other names are chosen in the dialog, and unknown names mapped.
    const QString own = dir.filePath("own.csv");
    QFile o(own);
    QVERIFY(o.open(QIODevice::WriteOnly));
    o.write("Nation,Series,Yr,Amount\nAtlantis,ai_own,2021,4\n");
    o.close();
    ImportDialog mapped(m_window->dataset(), own, Language::English);
    mapped.unitField()->setText("count");
    mapped.sourceField()->setText("own");
    QVERIFY(mapped.problem().contains("missing column"));
    for (const auto &[field, column] : {std::pair{"country", "Nation"}, {"indicator", "Series"}, {"year", "Yr"}, {"value", "Amount"}})
        mapped.columnPicker(field)->setCurrentIndex(mapped.columnPicker(field)->findData(column));
    QVERIFY(mapped.problem().contains("Atlantis"));
    mapped.countryMapField()->setText("Atlantis=KOR");
    QTest::keyClick(mapped.countryMapField(), Qt::Key_Return);
    QVERIFY2(mapped.batch(), qPrintable(mapped.problem()));
    QCOMPARE(mapped.batch()->observations.constFirst().country, QStringLiteral("KOR"));

    // The same file again: refused, since the workspace has those values already.
    ImportDialog again(m_window->dataset(), csv, Language::English);
    again.unitField()->setText("count");
    again.sourceField()->setText("Startup survey 2022");
    again.skipUnknown()->click();
    QVERIFY(again.problem().contains("already has ai_startups"));
}

void TestExplorer::editWithUndoRedoSaveAndConflict()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath("edits.gapscope");
    QVERIFY(openWindowOn(workspace));
    const int rows = tableRows();
    const QString id = "private_ai_investment-kor-2023";
    auto shownValue = [this](const QString &record) {
        QAbstractItemModel *m = m_window->tablePanel()->view()->model();
        const QModelIndexList found = m->match(m->index(0, 0), IdRole, record, 1, Qt::MatchExactly);
        return found.isEmpty() ? QString() : found.first().siblingAtColumn(ObservationTableModel::ValueColumn).data().toString();
    };
    const QString original = shownValue(id);
    QVERIFY(!original.isEmpty());

    // Edit the value through the dialog.
    QVERIFY(!m_window->deleteAction()->isEnabled()); // nothing selected yet
    m_window->state()->select(ExplorerState::Kind::Observation, id);
    QVERIFY(m_window->deleteAction()->isEnabled());
    ObservationDialog *dialog = m_window->observationDialog(true);
    QVERIFY(dialog);
    dialog->valueField()->setText("1,000");
    QVERIFY(!dialog->okButton()->isEnabled()); // a thousands separator is not a number
    QVERIFY(dialog->problem().contains("not a number"));
    dialog->valueField()->setText("3000000000");
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(shownValue(id), QStringLiteral("3 billion"));
    QVERIFY(m_window->isWindowModified());

    // Undo and redo, from the Edit menu's actions.
    m_window->edits()->undoStack()->undo();
    QCOMPARE(shownValue(id), original);
    QVERIFY(!m_window->isWindowModified());
    m_window->edits()->undoStack()->redo();
    QCOMPARE(shownValue(id), QStringLiteral("3 billion"));

    // Add one: a duplicate date and a missing source are refused until fixed.
    ObservationDialog *add = m_window->observationDialog(false);
    add->indicatorPicker()->setCurrentIndex(add->indicatorPicker()->findData("private_ai_investment"));
    add->countryPicker()->setCurrentIndex(add->countryPicker()->findData("KOR"));
    add->yearField()->setValue(2023);
    add->valueField()->setText("5");
    QVERIFY(add->problem().contains("already has a value"));
    add->yearField()->setValue(2024);
    QVERIFY(add->problem().contains("source"));
    add->sourcePicker()->setCurrentIndex(add->sourcePicker()->findData("cset-owid-private-investment"));
    QVERIFY2(add->problem().isEmpty(), qPrintable(add->problem()));
    QTest::mouseClick(add->okButton(), Qt::LeftButton);
    QCOMPARE(tableRows(), rows + 1);
    const QString added = m_window->state()->selection().id;
    QVERIFY(added.startsWith("user-"));

    // Delete it with the Delete action, undo the delete.
    m_window->deleteAction()->trigger();
    QCOMPARE(tableRows(), rows);
    m_window->edits()->undoStack()->undo();
    QCOMPARE(tableRows(), rows + 1);

    // Save: one transaction; the workspace then has both.
    QString error;
    QVERIFY2(m_window->saveChanges(&error), qPrintable(error));
    QVERIFY(!m_window->isWindowModified());
    {
        Store store;
        QVERIFY(store.open(workspace));
        const auto saved = store.load();
        bool edited = false;
        bool hasAdded = false;
        for (const Observation &o : saved->observations) {
            edited |= o.id == id && o.value == 3e9;
            hasAdded |= o.id == added && o.value == 5;
        }
        QVERIFY(edited && hasAdded);
        // Someone else saves the same record meanwhile (another window, another user).
        Observation theirs;
        for (const Observation &o : saved->observations) {
            if (o.id == id)
                theirs = o;
        }
        theirs.value = 7e9;
        QCOMPARE(store.saveObservation(theirs, *store.rowVersion("observations", id)), Store::SaveResult::Saved);
    }
    // Our next edit of it is refused at save, and kept for us to redo after reloading.
    m_window->state()->select(ExplorerState::Kind::Observation, id);
    ObservationDialog *again = m_window->observationDialog(true);
    again->valueField()->setText("4000000000");
    QTest::mouseClick(again->okButton(), Qt::LeftButton);
    QVERIFY(!m_window->saveChanges(&error));
    QVERIFY2(error.contains("someone else") && error.contains(id), qPrintable(error));
    QVERIFY(m_window->isWindowModified());
    Store check;
    QVERIFY(check.open(workspace));
    bool theirsKept = false;
    const auto after = check.load();
    for (const Observation &o : after->observations)
        theirsKept |= o.id == id && o.value == 7e9;
    QVERIFY(theirsKept);
    m_window->edits()->undoStack()->undo(); // leave the window clean for cleanup()
}

void TestExplorer::workspacesSaveAsAndSwitch()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath("first.gapscope");
    QVERIFY(openWindowOn(workspace));

    // An unsaved edit goes into the copy: Save as saves first.
    const QString id = "private_ai_investment-usa-2023";
    m_window->state()->select(ExplorerState::Kind::Observation, id);
    ObservationDialog *dialog = m_window->observationDialog(true);
    dialog->valueField()->setText("12345");
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QString error;
    const QString copy = dir.filePath("copy.gapscope");
    QVERIFY2(m_window->saveWorkspaceAs(copy, &error), qPrintable(error));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!QFile::exists(copy + ".part"));
    Store store;
    QVERIFY(store.open(copy));
    bool edited = false;
    const auto copied = store.load();
    for (const Observation &o : copied->observations)
        edited |= o.id == id && o.value == 12345;
    QVERIFY(edited);
    QVERIFY(!m_window->saveWorkspaceAs(workspace, &error)); // not onto itself

    // Opening another workspace closes this window and asks for the other.
    QSignalSpy requested(m_window, &MainWindow::workspaceRequested);
    QVERIFY(m_window->requestWorkspace(copy));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), copy);
    QVERIFY(!m_window->isVisible());
}

void TestExplorer::editOtherRecordKinds()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath("records.gapscope");
    QVERIFY(openWindowOn(workspace));

    // A new event: complete only with its text in both languages and a source.
    RecordDialog *add = m_window->recordDialog(RecordFields::EventKind, false);
    add->setValue("date", "2026-09");
    add->setValue("country", "KOR");
    add->setValue("kind", "policy");
    add->setValue("text", QStringList{"AI Safety Institute expands", ""});
    QVERIFY2(add->problem().contains("Korean"), qPrintable(add->problem()));
    QVERIFY(!add->okButton()->isEnabled());
    add->setValue("text", QStringList{"AI Safety Institute expands", "AI안전연구소 확대"});
    QVERIFY(add->problem().contains("source"));
    add->setValue("date", "2026-13");
    add->setValue("source", "b-korea");
    QVERIFY(add->problem().contains("YYYY-MM"));
    add->setValue("date", "2026-09");
    QVERIFY2(add->problem().isEmpty(), qPrintable(add->problem()));
    const QString eventId = recordId(add->record());
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        add->grab().save(shots + "/record-dialog.png");
    QTest::mouseClick(add->okButton(), Qt::LeftButton);
    QVERIFY(m_window->timeline()->visibleEvents().contains(eventId));

    // Edit a SWOT item of Korea's.
    QString swotId;
    for (const SwotItem &s : m_window->dataset().swot) {
        if (s.country == "KOR" && s.quadrant == 'T')
            swotId = s.id;
    }
    m_window->state()->select(ExplorerState::Kind::Swot, swotId);
    QVERIFY(m_window->editAction()->isEnabled());
    RecordDialog *edit = m_window->recordDialog(RecordFields::SwotKind, true);
    QVERIFY(edit);
    edit->setValue("text", QStringList{"Edited threat", "편집한 위협"});
    QTest::mouseClick(edit->okButton(), Qt::LeftButton);
    bool edited = false;
    for (const SwotItem &s : m_window->dataset().swot)
        edited |= s.id == swotId && s.text.ko == QStringLiteral("편집한 위협");
    QVERIFY(edited);

    // An organisation with models is not deleted; an event is, and comes back on undo.
    m_window->state()->select(ExplorerState::Kind::Actor, "naver");
    QVERIFY(!m_window->deleteSelected());
    QVERIFY(m_window->dataset().actor("naver"));
    m_window->state()->select(ExplorerState::Kind::Event, "ev-chn-2016-strategic-industry");
    QVERIFY(m_window->deleteSelected());
    QVERIFY(!m_window->timeline()->visibleEvents().contains("ev-chn-2016-strategic-industry"));
    m_window->edits()->undoStack()->undo();
    QVERIFY(m_window->timeline()->visibleEvents().contains("ev-chn-2016-strategic-industry"));

    // Saved in one go; the edited bundled item keeps its origin and counts as edited.
    QString error;
    QVERIFY2(m_window->saveChanges(&error), qPrintable(error));
    Store store;
    QVERIFY(store.open(workspace));
    const auto saved = store.load();
    bool hasEvent = false;
    for (const Event &e : saved->events)
        hasEvent |= e.id == eventId && e.text.ko == QStringLiteral("AI안전연구소 확대");
    QVERIFY(hasEvent);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT origin, edited, row_version FROM swot_items WHERE id = '%1'").arg(swotId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("bundled"));
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toInt(), 2);
}

void TestExplorer::undoRedoEveryKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("source") << int(RecordFields::SourceKind);
    QTest::newRow("organisation") << int(RecordFields::ActorKind);
    QTest::newRow("AI model") << int(RecordFields::ModelKind);
    QTest::newRow("event") << int(RecordFields::EventKind);
    QTest::newRow("assessment") << int(RecordFields::AssessmentKind);
    QTest::newRow("SWOT item") << int(RecordFields::SwotKind);
}

void TestExplorer::undoRedoEveryKind()
{
    QFETCH(int, kind);
    // A complete record of this kind, through the form.
    RecordDialog *dialog = m_window->recordDialog(kind, false);
    for (const RecordFields::Field &f : RecordFields::fields(kind)) {
        if (f.input == RecordFields::Input::Text || f.input == RecordFields::Input::LongText)
            dialog->setValue(f.key, QStringList{"Test " + f.key, "시험 " + f.key});
        else if (f.input == RecordFields::Input::Source)
            dialog->setValue(f.key, "a-1");
        else if (f.key == "document" || f.key == "date")
            dialog->setValue(f.key, f.key == "date" ? "2026-01" : "A report");
    }
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    const Record added = dialog->record();
    delete dialog;
    EditSession *edits = m_window->edits();
    const QString table = recordTable(added);
    const QString id = recordId(added);

    edits->add(added);
    QVERIFY(edits->record(table, id));
    // Changed, then every step taken back and done again.
    QVariantMap values = RecordFields::toMap(added);
    const QString textKey = values.contains("text") ? "text" : values.contains("name") ? "name" : "title";
    values.insert(textKey, QStringList{"Changed", "바뀜"});
    edits->edit(RecordFields::fromMap(kind, values));
    QCOMPARE(RecordFields::toMap(*edits->record(table, id)).value(textKey).toStringList().value(1), QStringLiteral("바뀜"));
    edits->remove(table, id);
    QVERIFY(!edits->record(table, id));
    edits->undoStack()->undo(); // the delete
    QCOMPARE(RecordFields::toMap(*edits->record(table, id)).value(textKey).toStringList().value(1), QStringLiteral("바뀜"));
    edits->undoStack()->undo(); // the change
    QVERIFY(*edits->record(table, id) == added);
    edits->undoStack()->undo(); // the addition
    QVERIFY(!edits->record(table, id));
    QVERIFY(!edits->isDirty());
    edits->undoStack()->redo();
    edits->undoStack()->redo();
    edits->undoStack()->redo();
    QVERIFY(!edits->record(table, id));
    QCOMPARE(edits->changes().added.size(), 0); // added and deleted again: nothing to save
    edits->undoStack()->undo();
    QCOMPARE(edits->changes().added.size(), 1);
    edits->undoStack()->setIndex(0);
}

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
