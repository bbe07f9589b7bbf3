#include "JourneyFixture.h"
#include "TestSupport.h"
#include "import/EntityColumnsTable.h"
#include "import/ImportDialog.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "panels/ChartPanel.h"
#include "panels/FilterBar.h"
#include "panels/RecordTablePanel.h"
#include "FilterListSupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace gapscope;

// A monthly comparison file with one column per country, imported through File ▸ Import data…
// in the real window: the dialog proposes the columns it recognises, the user maps the others,
// names the indicator once and accepts with events processed; the observations arrive in the
// workspace with their months.
class TestImportJourneys : public QObject, private test::JourneyFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(QStringLiteral("gapscope-import-journeys")); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void oneColumnPerEntityFromTheMenu_data();
    void oneColumnPerEntityFromTheMenu();
    void entitiesOfANamedKindFromTheMenu_data();
    void entitiesOfANamedKindFromTheMenu();
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
    const QString counted = kind + (korean ? QStringLiteral(u" (2): 관측값 3개") : QStringLiteral(" (2): 3 observation(s)"));
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

QTEST_MAIN(TestImportJourneys)
#include "tst_importjourneys.moc"
