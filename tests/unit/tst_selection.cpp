#include "ExplorerFixture.h"
#include "FilterListSupport.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "panels/CheckListPopup.h"
#include "panels/DetailsPanel.h"
#include "panels/FilterBar.h"
#include "panels/SwotItemDelegate.h"
#include "panels/SwotPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QListView>
#include <QTest>
#include <QTextBrowser>

using namespace gapscope;

// One selection across the panels: a row, an organisation or a country picked anywhere shows
// everywhere; SWOT of one country or two side by side; the table copied as TSV.
class TestSelection : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(); }
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }
    void selectionIsLinked();
    void swotShowsOneCountryOrTwoSideBySide();
    void copySelectionAsTsv();
};

void TestSelection::selectionIsLinked()
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

void TestSelection::swotShowsOneCountryOrTwoSideBySide()
{
    // China gets a weakness too, so that there are two SWOT analyses to choose from.
    Dataset d = test::miniDataset();
    d.swot.append({"swot-chn-w-gpu", "CHN", QChar('W'), {"GPU access restricted", "GPU 접근 제한"}, "capital", 2026, "a-1"});
    d.reindex();
    QVERIFY(showWindow(d, "mini.gapscope"));
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

void TestSelection::copySelectionAsTsv()
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

QTEST_MAIN(TestSelection)
#include "tst_selection.moc"
