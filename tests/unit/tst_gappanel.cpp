#include "ExplorerFixture.h"
#include "model/GapTableModel.h"
#include "model/Roles.h"
#include "panels/FilterBar.h"
#include "panels/GapPanel.h"
#include "export/ExportDialog.h"
#include "view/ViewFile.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace gapscope;

// The Gap panel in the explorer window: the United States leading China and South Korea, driven
// through its own controls, the filter and a language switch.
class TestGapPanel : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(); }
    void init();
    void cleanup() { tearDown(); }
    void opensOnTheUnitedStatesLeadingChinaAndKorea();
    void followersMethodAndFilter();
    void publishedEstimateIsAMarkedPoint();
    void languageSwitch();
    void exportsTheTable();
    void choicesSurviveARestart();
    void exportsFromItsContextMenu();
    void behindAnotherTabItWaitsUntilShown();

private:
    GapPanel *panel() const { return m_window->gapPanel(); }
    int rows() const { return panel()->model()->rowCount(); }
    QString cell(int row, int column) const { return panel()->model()->index(row, column).data().toString(); }
};

void TestGapPanel::init()
{
    QVERIFY(setUp());
    // The mini workspace with the bundled article's published gap (its indicator, unit, source and
    // observation as the bundled dataset has them).
    DatasetReader reader;
    const auto bundled = reader.read(DatasetReader::bundledPath());
    QVERIFY2(bundled, qPrintable(reader.errorString()));
    Dataset d = test::miniDataset();
    const Indicator *gap = bundled->indicator(QStringLiteral("performance_gap_vs_usa"));
    QVERIFY(gap);
    d.indicators.append(*gap);
    if (!d.unit(gap->unit))
        d.units.append(*bundled->unit(gap->unit));
    for (const Observation &o : bundled->observations) {
        if (o.indicator == gap->id) {
            if (!d.source(o.source)) {
                for (const Source &s : bundled->sources) {
                    if (s.id == o.source)
                        d.sources.append(s);
                }
            }
            d.observations.append(o);
        }
    }
    QVERIFY(showWindow(std::move(d), QStringLiteral("gap.gapscope")));
    QVERIFY(panel());
    m_window->raisePanel(QStringLiteral("gap"));
}

void TestGapPanel::opensOnTheUnitedStatesLeadingChinaAndKorea()
{
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("GapDock"))->isVisible());
    QCOMPARE(panel()->indicator(), QStringLiteral("private_ai_investment"));
    QCOMPARE(panel()->leader(), QStringLiteral("USA"));
    QCOMPARE(panel()->followers(), (QStringList{"CHN", "KOR"}));
    QCOMPARE(panel()->method(), GapMethod::Values); // investment is a flow, not a frontier
    QVERIFY(panel()->methodLabel()->text().contains(QStringLiteral("values as observed")));
    QVERIFY(panel()->methodLabel()->text().contains(QStringLiteral("default")));
    // The CSET series: 2014 to 2023 for each follower.
    QCOMPARE(rows(), 20);
    QCOMPARE(cell(0, GapTableModel::FollowerColumn), QStringLiteral("China"));
    QCOMPARE(cell(10, GapTableModel::FollowerColumn), QStringLiteral("South Korea"));
    QVERIFY(cell(0, GapTableModel::ShareColumn).endsWith(QLatin1Char('%')));
    QVERIFY(panel()->table()->isVisible());
    QVERIFY(panel()->methodParagraph()->text().contains(QStringLiteral("Time gap")));
    // Per follower a time gap (solid) and a share (dashed) in the chart.
    QStringList names;
    for (QAbstractSeries *s : panel()->chart()->series())
        names.append(s->name());
    QVERIFY(names.contains(QStringLiteral("China: share (%)")));
    QVERIFY(names.contains(QStringLiteral("South Korea: share (%)")));
    QVERIFY(names.contains(QStringLiteral("China: time gap (years)")));
}

void TestGapPanel::followersMethodAndFilter()
{
    // Untick South Korea in the followers' menu.
    QMenu *menu = panel()->followerButton()->menu();
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == QLatin1String("KOR"))
            a->trigger();
    }
    QCOMPARE(panel()->followers(), QStringList{"CHN"});
    QCOMPARE(rows(), 10);
    QCOMPARE(panel()->followerButton()->text(), QStringLiteral("China"));

    // The method by keyboard: up to "Running maximum".
    QComboBox *method = panel()->methodPicker();
    method->setFocus();
    QTest::keyClick(method, Qt::Key_Up);
    QCOMPARE(panel()->method(), GapMethod::RunningMax);
    QVERIFY(panel()->methodLabel()->text().contains(QStringLiteral("running maximum")));
    QVERIFY(panel()->methodLabel()->text().contains(QStringLiteral("as chosen")));
    // A running maximum never falls: no "fell below" left in the table.
    for (int row = 0; row < rows(); ++row)
        QVERIFY(!cell(row, GapTableModel::TimeGapColumn).contains(QStringLiteral("fell below")));

    // The filter's years narrow the dates.
    m_window->filterBar()->fromYear()->setValue(2018);
    m_window->filterBar()->toYear()->setValue(2023);
    QCOMPARE(rows(), 6);
    QCOMPARE(cell(0, GapTableModel::DateColumn), QStringLiteral("2018"));
    QCOMPARE(panel()->method(), GapMethod::RunningMax); // the choice survives a filter change
}

void TestGapPanel::publishedEstimateIsAMarkedPoint()
{
    // China's "about half a year" (2026) is drawn on the time-gap axis in years: 0.5.
    QCOMPARE(panel()->references().size(), 1);
    QScatterSeries *marks = nullptr;
    for (QAbstractSeries *s : panel()->chart()->series()) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            marks = scatter;
    }
    QVERIFY(marks);
    QCOMPARE(marks->count(), 1);
    QCOMPARE(marks->at(0), QPointF(2026, 0.5));
    QVERIFY(panel()->referencesLabel()->isVisible());
    QVERIFY2(panel()->referencesLabel()->text().contains(QStringLiteral("China's acceleration")),
             qPrintable(panel()->referencesLabel()->text()));
    // A follower without a published estimate has none.
    panel()->setFollowers({QStringLiteral("KOR")});
    QVERIFY(panel()->references().isEmpty());
    QVERIFY(!panel()->referencesLabel()->isVisible());
}

void TestGapPanel::languageSwitch()
{
    const QString englishParagraph = panel()->methodParagraph()->text();
    const QString englishHeader = panel()->model()->headerData(GapTableModel::LeaderColumn, Qt::Horizontal).toString();
    m_languages->setLanguage(Language::Korean);
    QTRY_COMPARE(cell(0, GapTableModel::FollowerColumn), QStringLiteral("중국"));
    QVERIFY(panel()->model()->headerData(GapTableModel::LeaderColumn, Qt::Horizontal).toString().contains(
        QStringLiteral("미국")));
    QVERIFY(panel()->methodParagraph()->text() != englishParagraph);
    QVERIFY2(panel()->methodParagraph()->text().contains(QStringLiteral("격차")),
             qPrintable(panel()->methodParagraph()->text()));
    QVERIFY(panel()->indicatorPicker()->currentText() == QStringLiteral("AI 분야 민간 투자"));
    QVERIFY(panel()->referencesLabel()->text().contains(QStringLiteral("중국의 가속화")));
    QVERIFY(panel()->chart()->title().contains(QStringLiteral("미국")));
    QVERIFY(panel()->model()->headerData(GapTableModel::LeaderColumn, Qt::Horizontal).toString() != englishHeader);
    m_languages->setLanguage(Language::English);
    QTRY_COMPARE(cell(0, GapTableModel::FollowerColumn), QStringLiteral("China"));
    QCOMPARE(panel()->methodParagraph()->text(), englishParagraph);
}

void TestGapPanel::exportsTheTable()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("gap.json"));
    QVERIFY2(panel()->exportTable(json), qPrintable(panel()->errorString()));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(records.size(), rows());
    for (int row = 0; row < records.size(); ++row) {
        const QJsonObject o = records.at(row).toObject();
        QCOMPARE(o.value("follower").toString(), panel()->model()->index(row, 0).data(CountryRole).toString());
        QCOMPARE(o.value("share_text").toString(), cell(row, GapTableModel::ShareColumn));
        QCOMPARE(o.value("time_gap_text").toString(), cell(row, GapTableModel::TimeGapColumn));
        QCOMPARE(o.value("source").toObject().value("licence").toString(), QStringLiteral("CC BY-NC 4.0"));
    }
    const QString csv = dir.filePath(QStringLiteral("gap.csv"));
    QVERIFY(panel()->exportTable(csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("indicator,leader,leader_name,follower"));
    QCOMPARE(bytes.count("\r\n"), 1 + records.size());
    // A folder that does not exist: refused, with a message naming the file.
    const QString bad = dir.filePath(QStringLiteral("missing/gap.csv"));
    QVERIFY(!panel()->exportTable(bad));
    QVERIFY(panel()->errorString().contains(QStringLiteral("gap.csv")));
}

void TestGapPanel::choicesSurviveARestart()
{
    // Only China, by the running maximum, chosen in the panel's own controls.
    for (QAction *a : panel()->followerButton()->menu()->actions()) {
        if (a->data().toString() == QLatin1String("KOR"))
            a->trigger();
    }
    QComboBox *method = panel()->methodPicker();
    method->setFocus();
    QTest::keyClick(method, Qt::Key_Up);
    QCOMPARE(panel()->method(), GapMethod::RunningMax);

    // The window closes and opens again on the same workspace, with the same settings.
    Dataset d = m_window->dataset();
    QVERIFY(showWindow(std::move(d), QStringLiteral("gap.gapscope")));
    QCOMPARE(panel()->indicator(), QStringLiteral("private_ai_investment"));
    QCOMPARE(panel()->leader(), QStringLiteral("USA"));
    QCOMPARE(panel()->followers(), QStringList{"CHN"});
    QCOMPARE(panel()->method(), GapMethod::RunningMax);
    QVERIFY(panel()->methodLabel()->text().contains(QStringLiteral("as chosen")));
    QCOMPARE(rows(), 10);
}

void TestGapPanel::exportsFromItsContextMenu()
{
    QComboBox *method = panel()->methodPicker();
    method->setFocus();
    QTest::keyClick(method, Qt::Key_Up); // the running maximum
    QStringList texts;
    for (QAction *a : panel()->actions())
        texts << a->text();
    QCOMPARE(texts.mid(0, 2), (QStringList{"Export…", "Copy as picture"}));
    panel()->actions().first()->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    const SavedView view = dialog->view();
    QCOMPARE(view.panel, SavedView::Panel::Gap);
    QCOMPARE(view.indicator, QStringLiteral("private_ai_investment"));
    QCOMPARE(view.gapLeader, QStringLiteral("USA"));
    QCOMPARE(view.gapFollowers, (QStringList{"CHN", "KOR"}));
    QCOMPARE(view.gapMethod, QStringLiteral("frontier"));
    // What is saved is the gap, with the sources of what it measures.
    QTemporaryDir dir;
    QVERIFY(dialog->saveTo(dir.filePath(QStringLiteral("gap.png"))));
    const QImage written(dir.filePath(QStringLiteral("gap.png")));
    QVERIFY(!written.isNull());
    QCOMPARE(written.text(QStringLiteral("Title")), QStringLiteral("Gap behind United States: Private investment in AI"));
    QVERIFY2(written.text(QStringLiteral("Copyright")).contains(QStringLiteral("CC BY-NC 4.0")),
             qPrintable(written.text(QStringLiteral("Copyright"))));
    QVERIFY(written.text(QStringLiteral("Description")).startsWith(QStringLiteral("China, South Korea")));
    // A view saved from the dialog reopens on the same gap.
    QVERIFY(dialog->saveViewTo(dir.filePath(QStringLiteral("gap.gapview"))));
    dialog->close();
    panel()->setMethod(GapMethod::Values);
    panel()->setFollowers({QStringLiteral("KOR")});
    ViewFile file;
    const auto back = file.read(dir.filePath(QStringLiteral("gap.gapview")));
    QVERIFY2(back, qPrintable(file.errorString()));
    m_window->applyView(*back);
    QCOMPARE(panel()->followers(), (QStringList{"CHN", "KOR"}));
    QCOMPARE(panel()->method(), GapMethod::RunningMax);
}

void TestGapPanel::behindAnotherTabItWaitsUntilShown()
{
    // With the chart's tab in front, a narrower year range leaves the Gap panel (behind it) as it
    // was: nobody sees it. A click on its tab shows it brought up to date, as if it had followed.
    QCOMPARE(rows(), 20);
    m_window->raisePanel(QStringLiteral("chart"));
    QCoreApplication::processEvents();
    QVERIFY(panel()->visibleRegion().isEmpty());
    m_window->filterBar()->fromYear()->setValue(2018);
    QCoreApplication::processEvents();
    QCOMPARE(rows(), 20);
    QTabBar *tabs = nullptr;
    int gapTab = -1;
    for (QTabBar *bar : m_window->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == m_window->findChild<QDockWidget *>(QStringLiteral("GapDock"))->windowTitle()) {
                tabs = bar;
                gapTab = i;
            }
        }
    }
    QVERIFY(tabs);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(gapTab).center());
    QTRY_COMPARE(rows(), 12); // 2018 to 2023 for each follower
    QVERIFY(!panel()->visibleRegion().isEmpty());
    QCOMPARE(cell(0, GapTableModel::DateColumn), QStringLiteral("2018"));
}

QTEST_MAIN(TestGapPanel)
#include "tst_gappanel.moc"
