#include "ExplorerFixture.h"
#include "FilterListSupport.h"
#include "window/FirstPaintProbe.h"
#include "workspace/Workspace.h"
#include "edit/ObservationDialog.h"
#include "edit/RecordDialog.h"
#include "model/ExplorerState.h"
#include "panels/CheckListPopup.h"
#include "panels/ComparisonPanel.h"
#include "panels/DetailsPanel.h"
#include "panels/FilterBar.h"
#include "panels/SwotPanel.h"
#include "panels/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QToolButton>

using namespace gapscope;

// How the explorer comes up: the view a first run opens on, the frame painted before the panels,
// gapscope itself painting first, a large workspace filling in, a read-only one left untouched.
class TestStartup : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(); }
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }
    void firstRunOpensOnAMeaningfulView();
    void framePaintsFirstThenPanelsFollow();
    void programPaintsFirstThenFillsIn();
    void largeWorkspacePaintsFirstThenFillsIn();
    void readOnlyWorkspaceIsShownNotChanged();
};

void TestStartup::firstRunOpensOnAMeaningfulView()
{
    const Filter &f = m_window->state()->filter();
    QCOMPARE(f.countries, (QSet<QString>{"USA", "CHN", "KOR"}));
    QCOMPARE(m_window->chartPanel()->indicator(), QStringLiteral("private_ai_investment"));
    QCOMPARE(chartSeriesNames(), (QStringList{"United States", "China", "South Korea"})); // the dataset's order
    QCOMPARE(tableRows(), 32);
    QCOMPARE(m_window->docks().size(), 11); // chart, table, comparison, SWOT, timeline, actors, details, gap, map, scatter, bubbles
    for (QDockWidget *dock : m_window->docks())
        QVERIFY2(!dock->windowTitle().isEmpty(), qPrintable(dock->objectName()));
    QCOMPARE(m_window->filterBar()->chips()->findChildren<QToolButton *>().size(), 3);
}

void TestStartup::framePaintsFirstThenPanelsFollow()
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
    // The window built at once (Start::Whole), which the staged one must end up the same as.
    delete m_window;
    m_window = new MainWindow(*whole, workspace, m_languages, MainWindow::Start::Whole);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->isReady());

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

    // What works through the panels waits for them: the view and search actions until the panels
    // are built; exporting, importing and editing until every observation is read as well.
    const QStringList needPanels{"openViewAction", "saveViewAction", "findAction", "resetFilterAction"};
    const QStringList needAll{"exportAction",  "copyChartAction",      "exportDeckAction", "exportTableAction",
                              "importAction",  "addObservationAction", "saveChangesAction"};
    const auto enabled = [staged](const QStringList &names) {
        QStringList on;
        for (const QString &name : names) {
            auto *action = staged->findChild<QAction *>(name);
            if (!action)
                on << "(missing) " + name;
            else if (action->isEnabled())
                on << name;
        }
        return on;
    };
    QCOMPARE(enabled(needPanels + needAll), QStringList());

    struct AtFirstPaint
    {
        bool seen = false;
        bool filterBarBuilt = false;
        bool ready = false;
        qsizetype loaded = 0;
        int turns = 0; // of the event loop between the first paint and ready
        bool switchedHalfWay = false;
        QStringList enabledBeforeReady; // actions enabled at the first paint or a turn before ready
        QStringList enabledAtReady;
        bool loadingAtReady = false;
    };
    auto atFirstPaint = std::make_shared<AtFirstPaint>();
    QSignalSpy ready(staged, &MainWindow::ready);
    QSignalSpy loaded(staged, &MainWindow::observationsLoaded);
    // Installed after the window's own probe, so it sees the first paint before the window acts on it.
    auto *probe = new FirstPaintProbe(staged);
    auto *turns = new QTimer(staged);
    turns->setInterval(0);
    connect(turns, &QTimer::timeout, staged, [this, staged, atFirstPaint, enabled, needPanels, needAll] {
        if (staged->isReady())
            return;
        ++atFirstPaint->turns;
        atFirstPaint->enabledBeforeReady += enabled(needPanels + needAll);
        // The user switches the language while the panels are being built: those built already
        // follow, as do those built after.
        if (!atFirstPaint->switchedHalfWay && staged->filterBar()) {
            atFirstPaint->switchedHalfWay = true;
            m_languages->setLanguage(Language::Korean);
        }
    });
    connect(probe, &FirstPaintProbe::painted, staged, [staged, atFirstPaint, &loaded, turns, enabled, needPanels, needAll] {
        atFirstPaint->seen = true;
        atFirstPaint->filterBarBuilt = staged->filterBar() != nullptr;
        atFirstPaint->ready = staged->isReady();
        atFirstPaint->loaded = loaded.count();
        atFirstPaint->enabledBeforeReady += enabled(needPanels + needAll);
        turns->start();
    });
    connect(staged, &MainWindow::ready, staged, [staged, atFirstPaint, enabled, needPanels, needAll] {
        atFirstPaint->enabledAtReady = enabled(needPanels + needAll);
        atFirstPaint->loadingAtReady = staged->isLoading();
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
    QCOMPARE(atFirstPaint->enabledBeforeReady, QStringList());
    // Ready: the panels' actions are on; the others too unless observations are still being read.
    QCOMPARE(atFirstPaint->enabledAtReady, atFirstPaint->loadingAtReady ? needPanels : needPanels + needAll);
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
    // Whole and read: every action is on, editing and deleting once a record is selected.
    QCOMPARE(enabled(needPanels + needAll), needPanels + needAll);
    QCOMPARE(staged->exportAction()->isEnabled(), m_window->exportAction()->isEnabled());
    QVERIFY(!staged->editAction()->isEnabled() && !staged->deleteAction()->isEnabled());
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
    staged->state()->select(ExplorerState::Kind::Observation, staged->dataset().observations.constFirst().id);
    QVERIFY(staged->editAction()->isEnabled() && staged->deleteAction()->isEnabled());
}

void TestStartup::programPaintsFirstThenFillsIn()
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
        QVERIFY(q.exec("INSERT INTO padding VALUES (zeroblob(17000000))"));
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
    QCOMPARE(order, (QStringList{"first-paint-ms", "ready-ms", "longest-stall-ms", "peak-rss-kb", "loaded-ms"}));
    // The peak memory of a program with a window and the bundled dataset: some tens of MiB.
    QVERIFY2(ms["peak-rss-kb"] > 10 * 1024 && ms["peak-rss-kb"] < 4 * 1024 * 1024, qPrintable(QString::number(ms["peak-rss-kb"])));
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

void TestStartup::largeWorkspacePaintsFirstThenFillsIn()
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
    QVERIFY(showWindow(*base, workspace));
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
    QVERIFY(showWindow(*base, workspace));
    QSignalSpy failed(m_window, &MainWindow::observationsLoaded);
    m_window->loadObservations();
    QVERIFY(failed.wait(60000));
    QCOMPARE(failed.at(0).at(0).toBool(), false);
    QVERIFY(!m_window->exportAction()->isEnabled());
    QVERIFY(m_window->dataset().observations.isEmpty());
    for (const char *name : {"importAction", "addObservationAction", "saveChangesAction"})
        QVERIFY2(!m_window->findChild<QAction *>(name)->isEnabled(), name);
}

// The bytes of the SQLite file `path`, with those of its write-ahead log when it has one.
static QByteArray workspaceBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : {path, path + "-wal"}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

// The rows of every table of the workspace `path`, by table.
static QMap<QString, qint64> rowCounts(const QString &path)
{
    QMap<QString, qint64> counts;
    test::withSqlite(path, [&counts](QSqlDatabase &db) {
        QSqlQuery tables(db);
        QVERIFY(tables.exec("SELECT name FROM sqlite_master WHERE type = 'table'"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery count(db);
            QVERIFY(count.exec(QString("SELECT COUNT(*) FROM \"%1\"").arg(table)) && count.next());
            counts.insert(table, count.value(0).toLongLong());
        }
    });
    return counts;
}

void TestStartup::readOnlyWorkspaceIsShownNotChanged()
{
    // A workspace file this user cannot write, opened as gapscope opens one: shown whole, then
    // made read-only.
    QTemporaryDir dir;
    const QString workspace = dir.filePath("read-only.gapscope");
    QVERIFY(openWindowOn(workspace));
    const QMap<QString, qint64> counts = rowCounts(workspace);
    QVERIFY(counts.value("observations") > 0);
    const QByteArray bytes = workspaceBytes(workspace);
    QVERIFY(!bytes.isEmpty());
    const int rows = tableRows();
    m_window->setReadOnly(true);
    QVERIFY(m_window->isReadOnly());
    QVERIFY(m_window->windowTitle().contains("read-only"));
    // The notice says so without blocking; closed, so that the keys below go to the window.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(w) && w->isVisible()) {
            if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
                w->grab().save(shots + "/read-only-notice.png");
            w->close();
        }
    }
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));

    // Every way a user has to change it, with an observation selected: delete it, edit it, add
    // one, by keyboard and through the actions, then save.
    QTableView *table = m_window->tablePanel()->view();
    table->setFocus();
    table->selectRow(0);
    QCOMPARE(m_window->state()->selection().kind, ExplorerState::Kind::Observation);
    const QStringList editing{"addObservationAction", "editAction", "deleteAction", "saveChangesAction"};
    QTest::keyClick(table, Qt::Key_Delete);
    QTest::keyClick(table, Qt::Key_F2);
    QTest::keyClick(table, Qt::Key_Insert, Qt::ControlModifier);
    for (const QString &name : editing) {
        auto *action = m_window->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        action->trigger();
    }
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    QStringList opened;
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog->isVisible() && (qobject_cast<ObservationDialog *>(dialog) || qobject_cast<RecordDialog *>(dialog)))
            opened << dialog->windowTitle();
    }
    QCOMPARE(opened, QStringList());
    // Nothing changed: not in the window, not in the file, byte for byte and row for row.
    QVERIFY(!m_window->workspace()->isDirty());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(tableRows(), rows);
    QVERIFY2(workspaceBytes(workspace) == bytes, "the read-only workspace's file was written to");
    QCOMPARE(rowCounts(workspace), counts);

    // Exploring and exporting stay; importing and editing are off, with the record selected.
    QVERIFY(m_window->exportAction()->isEnabled());
    QVERIFY(m_window->copyChartAction()->isEnabled());
    for (const QString &name : editing + QStringList{"importAction"})
        QVERIFY2(!m_window->findChild<QAction *>(name)->isEnabled(), qPrintable(name));
    QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier); // off: no file dialog comes up
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    // Writable again, the same key deletes: the keys above did reach the window.
    m_window->setReadOnly(false);
    table->setFocus();
    table->selectRow(1);
    QVERIFY(m_window->editAction()->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(tableRows(), rows - 1);
    m_window->workspace()->undoStack()->undo();
    QCOMPARE(tableRows(), rows);
    QVERIFY(!m_window->workspace()->isDirty());
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
