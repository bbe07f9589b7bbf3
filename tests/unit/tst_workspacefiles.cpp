#include "ExplorerFixture.h"
#include "edit/ObservationDialog.h"
#include "import/ImportDialog.h"
#include "model/ExplorerState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// Workspace files from the window: Save as (with the unsaved edits) and switching to another;
// an import that shows in every panel and on disk.
class TestWorkspaceFiles : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(); }
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }
    void workspacesSaveAsAndSwitch();
    void importShowsInEveryPanel();
};

void TestWorkspaceFiles::workspacesSaveAsAndSwitch()
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
    const QString copy = dir.filePath("copy.gapscope");
    QVERIFY2(m_window->saveWorkspaceAs(copy), qPrintable(m_window->errorString()));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!QFile::exists(copy + ".part"));
    Store store;
    QVERIFY(store.open(copy));
    bool edited = false;
    const auto copied = store.load();
    for (const Observation &o : copied->observations)
        edited |= o.id == id && o.value == 12345;
    QVERIFY(edited);
    QVERIFY(!m_window->saveWorkspaceAs(workspace)); // not onto itself
    QVERIFY2(m_window->errorString().contains("already"), qPrintable(m_window->errorString()));

    // Opening another workspace closes this window and asks for the other.
    QSignalSpy requested(m_window, &MainWindow::workspaceRequested);
    QVERIFY(m_window->requestWorkspace(copy));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), copy);
    QVERIFY(!m_window->isVisible());
}

void TestWorkspaceFiles::importShowsInEveryPanel()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath("import.gapscope");
    QVERIFY(showWindow(test::miniDataset(), workspace));
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
    QVERIFY2(m_window->importBatch(*dialog->batch()), qPrintable(m_window->errorString()));
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

QTEST_MAIN(TestWorkspaceFiles)
#include "tst_workspacefiles.moc"
