#include "JourneyFixture.h"
#include "TestSupport.h"
#include "FilterListSupport.h"
#include "import/EntityColumnsTable.h"
#include "import/ImportDialog.h"
#include "import/RecordColumnsPanel.h"
#include "model/AiModelTableModel.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "panels/ChartPanel.h"
#include "panels/DetailsPanel.h"
#include "panels/FilterBar.h"
#include "panels/RecordTablePanel.h"
#include "panels/ScatterPanel.h"
#include "panels/TimelineView.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QtCharts/QChart>
#include <QtCharts/QScatterSeries>

using namespace gapscope;

// A monthly comparison file with one column per country, imported through File ▸ Import data…
// in the real window: the dialog proposes the columns it recognises, the user maps the others,
// names the indicator once and accepts with events processed; the observations arrive in the
// workspace with their months. A timeline file, imported the same way, brings events that the
// timeline shows and the chart marks.
class TestImportJourneys : public QObject, private test::JourneyFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(QStringLiteral("gapscope-import-journeys")); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void oneColumnPerEntityFromTheMenu_data();
    void oneColumnPerEntityFromTheMenu();
    void timelineFromTheMenu_data();
    void timelineFromTheMenu();
    void entitiesOfANamedKindFromTheMenu_data();
    void entitiesOfANamedKindFromTheMenu();
    void recordsFromTheMenu_data() { oneColumnPerEntityFromTheMenu_data(); }
    void recordsFromTheMenu();
};

void TestImportJourneys::oneColumnPerEntityFromTheMenu_data()
{
    QTest::addColumn<bool>("korean");
    QTest::newRow("English") << false;
    QTest::newRow("Korean") << true;
}

void TestImportJourneys::oneColumnPerEntityFromTheMenu()
{
    QFETCH(bool, korean);
    const QString folder = m_dir.filePath(korean ? "ko" : "en");
    QVERIFY(QDir().mkpath(folder));
    m_languages->setLanguage(korean ? Language::Korean : Language::English);
    QVERIFY(openWindow(folder + "/workspace.gapscope"));
    test::writeFile(folder + "/monthly.csv", "Month,Korea score,Japan score,World average,Difference\n"
                                             "2024-01,71.5,69,50,2.5\n2024-02,72,70.25,51,1.75\n");
    const int before = int(m_window->dataset().observations.size());

    // File ▸ Import data… by its shortcut; the file is typed into the file dialog.
    m_user->answerFileDialog(folder, {"monthly.csv"});
    press(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_user->pendingAnswers(), 0);
    QPointer<ImportDialog> dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // The mapping table is there, one row per column but the month; Japan and the World are
    // recognised from their headers, Korea and the difference wait for the user.
    EntityColumnsTable *table = dialog->entityColumns();
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->targetPicker("Japan score")->currentData().toString(), QStringLiteral("JPN"));
    QCOMPARE(table->targetPicker("World average")->currentData().toString(), QStringLiteral("OWID_WRL"));
    QCOMPARE(table->targetPicker("Korea score")->currentData().toString(), QString());
    QVERIFY(!dialog->importButton()->isEnabled());

    // The indicator's name, its unit and the source, each asked once.
    fillIn(dialog->indicatorField(), "Benchmark score");
    fillIn(dialog->unitField(), "points");
    fillIn(dialog->sourceField(), "Monthly comparison");
    QVERIFY2(dialog->problem().contains("Korea score"), qPrintable(dialog->problem()));
    QVERIFY(!dialog->importButton()->isEnabled());
    // Korea picked by its name in the interface's language; the difference skipped.
    QComboBox *koreaPicker = table->targetPicker("Korea score");
    koreaPicker->setFocus();
    const QString korea = korean ? QStringLiteral("대한민국 (KOR)") : QStringLiteral("South Korea (KOR)");
    koreaPicker->setCurrentIndex(koreaPicker->findText(korea));
    QCOMPARE(koreaPicker->currentData().toString(), QStringLiteral("KOR"));
    QComboBox *differencePicker = table->targetPicker("Difference");
    differencePicker->setCurrentIndex(differencePicker->findData(QStringLiteral("skip")));
    QTRY_VERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->problem()));
    QCOMPARE(dialog->batch()->observations.size(), 6);
    // The preview gives the months as months.
    QCOMPARE(dialog->preview()->item(0, 2)->text(), korean ? QStringLiteral("2024년 1월") : QStringLiteral("January 2024"));
    // The status says of which kinds of entity and when.
    QVERIFY2(dialog->statusText().contains(korean ? QStringLiteral("국가 (2): 관측값 4개") : QStringLiteral("Countries (2): 4 observation"))
                 && dialog->statusText().contains(korean ? QStringLiteral("날짜 2024-01 ~ 2024-02") : QStringLiteral("dates 2024-01 to 2024-02")),
             qPrintable(dialog->statusText()));
    QCoreApplication::processEvents(); // the layout follows the status's lines
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + (korean ? "/import-columns-ko.png" : "/import-columns-en.png"));

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    // The dialog deletes itself on closing, at the next turn of the event loop.
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(int(m_window->dataset().observations.size()), before + 6);
    QStringList arrived;
    for (const Observation &o : m_window->dataset().observations) {
        if (o.indicator == "benchmark_score")
            arrived << QStringLiteral("%1 %2-%3 %4").arg(o.country).arg(o.year).arg(o.month).arg(o.value);
    }
    arrived.sort();
    QCOMPARE(arrived, (QStringList{"JPN 2024-1 69", "JPN 2024-2 70.25", "KOR 2024-1 71.5", "KOR 2024-2 72", "OWID_WRL 2024-1 50",
                                   "OWID_WRL 2024-2 51"}));
    QCOMPARE(m_window->dataset().indicator("benchmark_score")->name.en, QStringLiteral("Benchmark score"));
    // On disk too, whole.
    Store store;
    QVERIFY(store.open(folder + "/workspace.gapscope"));
    QCOMPARE(int(store.load()->observations.size()), before + 6);
}

void TestImportJourneys::timelineFromTheMenu_data()
{
    oneColumnPerEntityFromTheMenu_data();
}

namespace {

// Where the chart draws the markers of its events: their x (a year and its month).
QList<double> markerXs(ChartPanel *chart)
{
    QList<double> xs;
    for (QAbstractSeries *series : chart->chart()->series()) {
        auto *scatter = qobject_cast<QScatterSeries *>(series);
        if (scatter && scatter->markerShape() == QScatterSeries::MarkerShapeRectangle) {
            for (const QPointF &p : scatter->points())
                xs << p.x();
        }
    }
    return xs;
}

} // namespace

void TestImportJourneys::timelineFromTheMenu()
{
    QFETCH(bool, korean);
    const QString folder = m_dir.filePath(korean ? "timeline-ko" : "timeline-en");
    QVERIFY(QDir().mkpath(folder));
    m_languages->setLanguage(korean ? Language::Korean : Language::English);
    QVERIFY(openWindow(folder + "/workspace.gapscope"));
    // A Korean researcher's timeline: Korean headers, kinds and titles.
    test::writeFile(folder + "/timeline.csv", QStringLiteral("날짜,국가,제목,유형,설명,장소\n"
                                                             "2021-07,대한민국,디지털 뉴딜 2.0,정책,,서울\n"
                                                             "2022-04,미국,AI 권리장전 청사진,보고서,백악관,\n"
                                                             "2022-10,KOR,AI 반도체 투자,투자,,\n")
                                                  .toUtf8());
    const int before = int(m_window->dataset().events.size());
    const QList<double> markersBefore = markerXs(m_window->chartPanel());

    m_user->answerFileDialog(folder, {"timeline.csv"});
    press(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_user->pendingAnswers(), 0);
    QPointer<ImportDialog> dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Guessed as a timeline; the source is asked for.
    QVERIFY(!dialog->importButton()->isEnabled());
    fillIn(dialog->sourceField(), QStringLiteral("연구 연표"));
    QTRY_VERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->problem()));
    QCOMPARE(dialog->batch()->events.size(), 3);
    QCOMPARE(dialog->preview()->rowCount(), 3);
    QCOMPARE(dialog->preview()->item(0, 0)->text(), korean ? QStringLiteral("2021년 7월") : QStringLiteral("July 2021"));
    QCOMPARE(dialog->preview()->item(0, 2)->text(), korean ? QStringLiteral("정책") : QStringLiteral("Policy"));
    QCOMPARE(dialog->preview()->item(0, 3)->text(), QStringLiteral("디지털 뉴딜 2.0 (장소: 서울)"));
    QVERIFY2(dialog->statusText().contains(korean ? QStringLiteral("추가할 사건 3개") : QStringLiteral("3 events to add")),
             qPrintable(dialog->statusText()));
    QCoreApplication::processEvents();
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + (korean ? "/import-events-ko.png" : "/import-events-en.png"));

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(int(m_window->dataset().events.size()), before + 3);
    QStringList ids;
    for (const Event &e : m_window->dataset().events) {
        if (e.id.startsWith("user-event-"))
            ids << e.id;
    }
    QCOMPARE(ids.size(), 3);
    // The timeline shows them, in the window as it is.
    TimelineView *timeline = m_window->timeline();
    QVERIFY(timeline);
    const QStringList shown = timeline->visibleEvents();
    for (const QString &id : std::as_const(ids))
        QVERIFY2(shown.contains(id), qPrintable(id + " not in " + shown.join(", ")));
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        timeline->grab().save(shots + (korean ? "/timeline-events-ko.png" : "/timeline-events-en.png"));
    // The chart marks those of its countries and years: Korea's July 2021 is one marker more.
    const QList<double> markersAfter = markerXs(m_window->chartPanel());
    QVERIFY2(markersAfter.size() > markersBefore.size(), qPrintable(QString::number(markersAfter.size())));
    QVERIFY(std::any_of(markersAfter.cbegin(), markersAfter.cend(), [](double x) { return qAbs(x - (2021 + 6 / 12.0)) < 1e-9; }));
    QVERIFY(std::none_of(markersBefore.cbegin(), markersBefore.cend(), [](double x) { return qAbs(x - (2021 + 6 / 12.0)) < 1e-9; }));
    // On disk too.
    Store store;
    QVERIFY(store.open(folder + "/workspace.gapscope"));
    QCOMPARE(int(store.load()->events.size()), before + 3);
}

void TestImportJourneys::entitiesOfANamedKindFromTheMenu_data()
{
    QTest::addColumn<bool>("korean");
    QTest::newRow("English") << false;
    QTest::newRow("Korean") << true;
}

void TestImportJourneys::entitiesOfANamedKindFromTheMenu()
{
    // A file of research domains, refused until the user names their kind in the dialog; then
    // imported, picked in the filter bar and shown in the table and the chart with that kind.
    QFETCH(bool, korean);
    const QString folder = m_dir.filePath(korean ? "domains-ko" : "domains-en");
    QVERIFY(QDir().mkpath(folder));
    m_languages->setLanguage(korean ? Language::Korean : Language::English);
    QVERIFY(openWindow(folder + "/workspace.gapscope"));
    test::writeFile(folder + "/domains.csv", "Entity,Code,Year,Notable AI systems\nComputer vision,,2022,40\n"
                                             "Language,,2022,55\nLanguage,,2023,70\n");
    const int before = int(m_window->dataset().observations.size());
    m_user->answerFileDialog(folder, {"domains.csv"});
    press(Qt::Key_I, Qt::ControlModifier);
    QPointer<ImportDialog> dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    fillIn(dialog->unitField(), "count");
    fillIn(dialog->sourceField(), "Epoch AI domains");
    QTRY_VERIFY2(dialog->problem().contains("Computer vision"), qPrintable(dialog->problem()));
    QVERIFY(!dialog->importButton()->isEnabled());
    // The kind, typed in the interface's language.
    const QString kind = korean ? QStringLiteral(u"연구 분야") : QStringLiteral("Research domain");
    fillIn(dialog->entityKindField(), kind);
    QTRY_VERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->problem()));
    QCOMPARE(dialog->batch()->entities.size(), 2);
    const QString vision = dialog->batch()->entities.constFirst().id;
    QCOMPARE(dialog->batch()->entities.constFirst().name.en, QStringLiteral("Computer vision"));
    const QString counted = kind + (korean ? QStringLiteral(u" (2): 관측값 3개") : QStringLiteral(" (2): 3 observations"));
    QVERIFY2(dialog->statusText().contains(counted), qPrintable(dialog->statusText()));
    QCOMPARE(dialog->preview()->item(0, 0)->text(), QStringLiteral("Computer vision · ") + kind);
    QCoreApplication::processEvents();
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + (korean ? "/import-kind-ko.png" : "/import-kind-en.png"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(int(m_window->dataset().observations.size()), before + 3);
    QCOMPARE(m_window->dataset().entityKind(vision), EntityKind::Other);

    // Picked in the filter bar: their kind, and the entities themselves (they count for no country).
    FilterBar *bar = m_window->filterBar();
    test::toggleListItem(bar->entityKindList(), korean ? QStringLiteral(u"기타 개체") : QStringLiteral("Other entities"));
    test::toggleListItem(bar->countryList(), QStringLiteral("Computer vision (%1)").arg(kind));
    test::toggleListItem(bar->countryList(), QStringLiteral("Language (%1)").arg(kind));
    QVERIFY(m_window->state()->filter().countries.contains(vision));
    m_window->raisePanel(QStringLiteral("table"));
    QTableView *table = m_window->tablePanel()->view();
    QTRY_VERIFY(table->isVisible());
    QStringList shown;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, ObservationTableModel::CountryColumn);
        if (m_window->dataset().entityKind(index.data(CountryRole).toString()) == EntityKind::Other)
            shown << index.data().toString();
    }
    shown.sort();
    const QString sep = QStringLiteral(" · ");
    QCOMPARE(shown, (QStringList{"Computer vision" + sep + kind, "Language" + sep + kind, "Language" + sep + kind}));
    // The chart draws a line for each.
    m_window->chartPanel()->setIndicator(QStringLiteral("notable_ai_systems"));
    QTRY_VERIFY2(m_window->chartPanel()->legendLabels().contains("Computer vision"),
                 qPrintable(m_window->chartPanel()->legendLabels().join(',') + m_window->chartPanel()->emptyMessage()));
    QVERIFY(m_window->chartPanel()->legendLabels().contains("Language"));
    // Searched by the indicator's name, the table holds their figures alone.
    fillIn(bar->searchField(), "Notable AI systems");
    QTRY_COMPARE(table->model()->rowCount(), 3);
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        m_window->grab().save(shots + (korean ? "/table-kind-ko.png" : "/table-kind-en.png"));
    // On disk too.
    Store store;
    QVERIFY(store.open(folder + "/workspace.gapscope"));
    QCOMPARE(store.load()->otherEntity(vision)->kind.text(korean ? Language::Korean : Language::English), kind);
}

void TestImportJourneys::recordsFromTheMenu()
{
    // A table of one row per AI model, as Epoch AI's downloads have it: the user chooses the
    // layout, sees the columns and facts proposed from the header, gives the source and accepts;
    // the models arrive in the workspace, on the models scatter and in the models list.
    QFETCH(bool, korean);
    const QString folder = m_dir.filePath(korean ? "records-ko" : "records-en");
    QVERIFY(QDir().mkpath(folder));
    m_languages->setLanguage(korean ? Language::Korean : Language::English);
    QVERIFY(openWindow(folder + "/workspace.gapscope"));
    test::writeFile(folder + "/models.csv",
                    "Model,Organization,Country (of organization),Publication date,Parameters,Training compute (FLOP),Score,Domain\n"
                    "Journey Alpha,Journey Lab,\"United States,South Korea\",2025-01-15,7000000000,3.5e24,71,Language\n"
                    "Journey Beta,Journey Lab,South Korea,2025-03-02,1200000000,8e23,64,Language\n");
    const int models = int(m_window->dataset().models.size());
    const int before = int(m_window->dataset().observations.size());

    m_user->answerFileDialog(folder, {"models.csv"});
    press(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_user->pendingAnswers(), 0);
    QPointer<ImportDialog> dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    RecordColumnsPanel *panel = dialog->recordColumns();
    QVERIFY(panel->isHidden());
    // The layout is chosen: never guessed.
    dialog->layoutPicker()->setFocus();
    dialog->chooseLayout(ImportLayout::Records);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->kindPicker()->currentData().toString(), QStringLiteral("model"));
    QCOMPARE(panel->columnPicker("name")->currentText(), QStringLiteral("Model"));
    QCOMPARE(panel->columnPicker("date")->currentText(), QStringLiteral("Publication date"));
    QCOMPARE(panel->columnPicker("country")->currentText(), QStringLiteral("Country (of organization)"));
    QCOMPARE(panel->columnPicker("organisation")->currentText(), QStringLiteral("Organization"));
    // The numeric columns, Epoch's ticked with their units, the user's own not yet.
    QTableWidget *facts = panel->facts();
    QCOMPARE(facts->rowCount(), 3);
    QCOMPARE(facts->item(0, 0)->text(), QStringLiteral("Parameters"));
    QCOMPARE(facts->item(0, 0)->checkState(), Qt::Checked);
    QCOMPARE(facts->item(0, 1)->text(), QStringLiteral("parameters"));
    QCOMPARE(facts->item(1, 1)->text(), QStringLiteral("FLOP"));
    QCOMPARE(facts->item(2, 0)->text(), QStringLiteral("Score"));
    QCOMPARE(facts->item(2, 0)->checkState(), Qt::Unchecked);
    // The score ticked, with a unit of its own.
    facts->item(2, 1)->setText("points");
    facts->item(2, 0)->setCheckState(Qt::Checked);
    fillIn(dialog->sourceField(), "Journey table");
    QTRY_VERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->problem()));
    QCOMPARE(dialog->batch()->models.size(), 2);
    QCOMPARE(dialog->batch()->observations.size(), 6);
    QVERIFY2(dialog->statusText().contains(korean ? QStringLiteral("AI 모델: 새 레코드 2개, 일치 0개")
                                                  : QStringLiteral("AI models: 2 new, 0 matched")),
             qPrintable(dialog->statusText()));
    // The preview names the new models by the file's names.
    QCOMPARE(dialog->preview()->item(0, 0)->text(), QStringLiteral("Journey Alpha"));
    QCoreApplication::processEvents();
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + (korean ? "/import-records-ko.png" : "/import-records-en.png"));

    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(int(m_window->dataset().models.size()), models + 2);
    QCOMPARE(int(m_window->dataset().observations.size()), before + 6);
    // The models scatter shows them, at their dates and training compute.
    QVERIFY(m_window->raisePanel(QStringLiteral("scatter")));
    ScatterPanel *scatter = m_window->scatterPanel();
    QStringList shown;
    QTRY_VERIFY([&] {
        shown.clear();
        for (const ModelScatter::Point &p : scatter->scatter().points()) {
            const AiModel &m = m_window->dataset().models.at(p.model);
            if (m.name.en.startsWith("Journey"))
                shown << QStringLiteral("%1 %2 %3").arg(m.name.en, p.country).arg(p.y);
        }
        shown.sort();
        return shown.size() == 2;
    }());
    QCOMPARE(shown, (QStringList{"Journey Alpha USA 3.5e+24", "Journey Beta KOR 8e+23"}));
    // Selected, it is the scatter's labelled point and a row of the models list.
    m_window->state()->select(ExplorerState::Kind::Model, "user-model-journey-alpha");
    QTRY_COMPARE(scatter->scatter().pointOf(m_window->dataset(), "user-model-journey-alpha") >= 0, true);
    AiModelTableModel *list = m_window->findChild<AiModelTableModel *>();
    QVERIFY(list);
    QTRY_VERIFY(list->rowOfId("user-model-journey-alpha") >= 0);
    QVERIFY(list->rowOfId("user-model-journey-beta") >= 0);
    QCoreApplication::processEvents();
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        m_window->grab().save(shots + (korean ? "/import-records-scatter-ko.png" : "/import-records-scatter-en.png"));
    // On disk too: the models, their organisation and their facts.
    Store store;
    QVERIFY(store.open(folder + "/workspace.gapscope"));
    const auto d = store.load();
    QCOMPARE(int(d->models.size()), models + 2);
    QCOMPARE(int(d->observations.size()), before + 6);
    QVERIFY(d->actor("user-organisation-journey-lab"));

    // The sheet again, updated: Journey Alpha matched, its empty task filled, its domain kept
    // (and said so), Journey Beta's the same domain silent; one undo step puts the task back.
    test::writeFile(folder + "/update.csv", "Model,Organization,Domain,Task\n"
                                            "Journey Alpha,Journey Lab,Multimodal,Journey testing\n"
                                            "Journey Beta,Journey Lab,Language,\n");
    m_user->answerFileDialog(folder, {"update.csv"});
    press(Qt::Key_I, Qt::ControlModifier);
    dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->layoutPicker()->setFocus();
    dialog->chooseLayout(ImportLayout::Records);
    fillIn(dialog->sourceField(), "Journey table");
    QTRY_VERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->problem()));
    QCOMPARE(dialog->batch()->filledModels.size(), 1);
    const QString kept = korean ? QStringLiteral("Journey Alpha (모델): 필드 '분야'은(는) 'Language'을(를) 유지합니다. 파일에는 'Multimodal'")
                                : QStringLiteral("Journey Alpha (model): field 'domain' keeps 'Language', the file says 'Multimodal'");
    QVERIFY2(dialog->statusText().contains(kept), qPrintable(dialog->statusText()));
    QVERIFY2(dialog->statusText().contains(korean ? QStringLiteral("AI 모델: 새 레코드 0개, 일치 2개, 일치한 레코드에 채운 필드 1개")
                                                  : QStringLiteral("AI models: 0 new, 2 matched, 1 field")),
             qPrintable(dialog->statusText()));
    QCoreApplication::processEvents();
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + (korean ? "/import-kept-ko.png" : "/import-kept-en.png"));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    const auto alpha = [this] {
        return m_window->dataset().models.at(m_window->dataset().rowOf(RecordKind::Model, "user-model-journey-alpha"));
    };
    QTRY_COMPARE(alpha().task, QStringLiteral("Journey testing"));
    QCOMPARE(alpha().domain, QStringLiteral("Language"));
    // The message after the import counts the fields filled.
    const QString filledMessage = korean ? QStringLiteral("; 일치한 레코드에 채운 필드 1개") : QStringLiteral("; 1 field filled on matched records");
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().endsWith(filledMessage), qPrintable(m_window->statusBar()->currentMessage()));
    // Details shows the selected model's new task; the import is saved, not an edit to save.
    m_window->state()->select(ExplorerState::Kind::Model, "user-model-journey-alpha");
    QTRY_VERIFY2(m_window->detailsPanel()->browser()->toPlainText().contains("Journey testing"),
                 qPrintable(m_window->detailsPanel()->browser()->toPlainText()));
    QVERIFY(!m_window->isWindowModified());
    QCoreApplication::processEvents();
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        m_window->grab().save(shots + (korean ? "/import-filled-details-ko.png" : "/import-filled-details-en.png"));
    // Ctrl+Z: the task is gone again, in the workspace and in Details; an edit to save now.
    press(Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->detailsPanel()->browser()->toPlainText().contains("Journey testing"));
    QCOMPARE(alpha().task, QString());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(int(m_window->dataset().observations.size()), before + 6);
}

QTEST_MAIN(TestImportJourneys)
#include "tst_importjourneys.moc"
