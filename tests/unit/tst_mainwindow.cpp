#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "model/ObservationTableModel.h"

#include <QApplication>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace gapscope;

// The plain main window: every kind of record reachable, in English and in Korean.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryKindOfRecord();
    void koreanInterface();
};

void TestMainWindow::showsEveryKindOfRecord()
{
    MainWindow window(test::miniDataset(), "mini.gapscope", Language::English);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 6);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Observations"));
    const auto *observations = qobject_cast<QTableView *>(tabs->widget(0));
    QVERIFY(observations);
    QCOMPARE(observations->model()->rowCount(), 32);
    QCOMPARE(qobject_cast<QTableView *>(tabs->widget(1))->model()->rowCount(), 2); // actors
    QCOMPARE(qobject_cast<QTableView *>(tabs->widget(2))->model()->rowCount(), 2); // AI models
    QCOMPARE(qobject_cast<QTableView *>(tabs->widget(3))->model()->rowCount(), 1); // events
    QCOMPARE(qobject_cast<QTableView *>(tabs->widget(4))->model()->columnCount(), 2); // comparison: CHN, USA
    QCOMPARE(qobject_cast<QTreeView *>(tabs->widget(5))->model()->rowCount(), 4); // SWOT quadrants

    // Clicking a header sorts by value as a number, not as text.
    QTableView *view = qobject_cast<QTableView *>(tabs->widget(0));
    view->sortByColumn(ObservationTableModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, ObservationTableModel::ValueColumn).data().toString(),
             QStringLiteral("3.4 trillion"));
    QCOMPARE(view->model()->index(1, ObservationTableModel::ValueColumn).data().toString(),
             QStringLiteral("150.5 billion")); // USA 2021, the largest CSET figure of the fixture
}

void TestMainWindow::koreanInterface()
{
    LanguageManager languages;
    languages.setLanguage(Language::Korean);
    MainWindow window(test::miniDataset(), "mini.gapscope", Language::Korean);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>();
    QCOMPARE(tabs->tabText(0), QStringLiteral("관측값"));
    QCOMPARE(tabs->tabText(5), QStringLiteral("SWOT"));
    QCOMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("파일(&F)"));
    const auto *observations = qobject_cast<QTableView *>(tabs->widget(0));
    QCOMPARE(observations->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("국가"));
    // The language change reaches the widgets as an event.
    languages.setLanguage(Language::English);
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Observations"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
