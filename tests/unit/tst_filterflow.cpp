#include "ExplorerFixture.h"
#include "FilterListSupport.h"
#include "model/Roles.h"
#include "panels/CheckListPopup.h"
#include "panels/ComparisonPanel.h"
#include "panels/FilterBar.h"
#include "panels/SwotPanel.h"
#include "panels/TimelineView.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace gapscope;

// The filter as a user drives it: countries, years and play, dimensions, search in either
// language, chips and reset; and what every panel shows after each.
class TestFilterFlow : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(); }
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }
    void untickingACountryUpdatesEveryPanel();
    void yearRangeAndPlay();
    void dimensionFilterExplainsEmptyResults();
    void searchMatchesEitherLanguage();
    void chipsRemoveTheirFilterAndResetClearsAll();
};

void TestFilterFlow::untickingACountryUpdatesEveryPanel()
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

void TestFilterFlow::yearRangeAndPlay()
{
    QSpinBox *from = m_window->filterBar()->fromYear();
    QSpinBox *to = m_window->filterBar()->toYear();
    from->setValue(2018);
    to->setValue(2023);
    QCOMPARE(m_window->state()->filter().yearFrom, 2018);
    QCOMPARE(m_window->state()->filter().yearTo, 2023);
    QCOMPARE(tableRows(), 18);
    // Every line that draws points draws the six years (the legend's entries draw none).
    int lines = 0;
    for (QAbstractSeries *s : m_window->chartPanel()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->count() > 0) {
            QCOMPARE(line->count(), 6);
            ++lines;
        }
    }
    QCOMPARE(lines, 3);
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

void TestFilterFlow::dimensionFilterExplainsEmptyResults()
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

void TestFilterFlow::searchMatchesEitherLanguage()
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

void TestFilterFlow::chipsRemoveTheirFilterAndResetClearsAll()
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

QTEST_MAIN(TestFilterFlow)
#include "tst_filterflow.moc"
