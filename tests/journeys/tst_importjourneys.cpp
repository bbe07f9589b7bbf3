#include "JourneyFixture.h"
#include "TestSupport.h"
#include "import/EntityColumnsTable.h"
#include "import/ImportDialog.h"
#include "import/RecordColumnsPanel.h"
#include "model/AiModelTableModel.h"
#include "model/ExplorerState.h"
#include "panels/ScatterPanel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
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
    dialog->layoutPicker()->setCurrentIndex(int(ImportLayout::Records));
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
}

QTEST_MAIN(TestImportJourneys)
#include "tst_importjourneys.moc"
