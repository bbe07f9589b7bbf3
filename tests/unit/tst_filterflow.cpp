#include "ExplorerFixture.h"
#include "FilterListSupport.h"
#include "model/Roles.h"
#include "panels/ChartPanel.h"
#include "panels/CheckListPopup.h"
#include "panels/DateRangePopup.h"
#include "panels/ComparisonPanel.h"
#include "panels/FilterBar.h"
#include "panels/RecordTablePanel.h"
#include "panels/SwotPanel.h"
#include "panels/TimelineView.h"

#include <QApplication>
#include <QChart>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
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
    void datesToTheDay();
    void tableBehindATabCatchesUpWhenShown();
    void chartIsDrawnInTheNextTurnOrWhenShown();

private:
    // The ids of the observations the table shows.
    QStringList tableIds() const
    {
        const QAbstractItemModel *model = m_window->tablePanel()->view()->model();
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(IdRole).toString());
        return ids;
    }
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

void TestFilterFlow::datesToTheDay()
{
    // Three Korean figures dated to the day, beside the fixture's years and one month.
    Dataset d = test::miniDataset();
    for (const auto &[id, month, day] : {std::tuple{"day-03-10", 3, 10}, {"day-03-20", 3, 20}, {"day-05-02", 5, 2}}) {
        Observation o;
        o.id = QString::fromLatin1(id);
        o.indicator = QStringLiteral("hf_open_model_downloads");
        o.country = QStringLiteral("KOR");
        o.year = 2025;
        o.month = month;
        o.day = day;
        o.value = 1000.0 * day;
        o.kind = QStringLiteral("measured");
        o.source = QStringLiteral("b-scale");
        d.observations.append(o);
    }
    QVERIFY(showWindow(std::move(d), QStringLiteral("mini.gapscope")));
    FilterBar *bar = m_window->filterBar();
    QVERIFY(bar->datesButton()->isVisible());
    QLineEdit *from = bar->datesPopup()->fromEdit();
    QLineEdit *to = bar->datesPopup()->toEdit();
    QVERIFY(from->text().isEmpty()); // open: every year
    QVERIFY(to->text().isEmpty());

    // A month that is none is named and changes nothing.
    const Filter before = m_window->state()->filter();
    QTest::keyClicks(to, "2025-13");
    QTest::keyClick(to, Qt::Key_Return);
    QCOMPARE(bar->datesPopup()->message(),
             QStringLiteral("“2025-13” is not a date: write a year, a month or a day, such as 2024, 2024-03 or 2024-03-15."));
    QCOMPARE(m_window->state()->filter(), before);

    // Typed as the command line's --date takes them, each confirmed with Return.
    to->selectAll();
    QTest::keyClicks(to, "2025-04");
    QTest::keyClick(to, Qt::Key_Return);
    QTest::keyClicks(from, "2025-03-15");
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(bar->datesPopup()->message().isEmpty());
    const Filter f = m_window->state()->filter();
    QCOMPARE(std::tuple(f.yearFrom, f.monthFrom, f.dayFrom), std::tuple(2025, 3, 15));
    QCOMPARE(std::tuple(f.yearTo, f.monthTo, f.dayTo), std::tuple(2025, 4, 0));
    QCOMPARE(bar->fromYear()->value(), 2025);
    QCOMPARE(bar->toYear()->value(), 2025);
    // The day inside passes, the days outside do not, nor China's January; values of the year 2025
    // stand for the whole year and stay.
    const QStringList ids = tableIds();
    QVERIFY(ids.contains("day-03-20"));
    QVERIFY(!ids.contains("day-03-10"));
    QVERIFY(!ids.contains("day-05-02"));
    QVERIFY(!ids.contains("obs-chn-hf-downloads-2025-01"));
    QVERIFY(ids.contains("obs-kor-ai-market-2025"));
    auto chipTexts = [bar] {
        QStringList texts;
        for (QToolButton *chip : bar->chips()->findChildren<QToolButton *>())
            texts.append(chip->text());
        return texts;
    };
    QVERIFY2(chipTexts().contains(QStringLiteral("March 15, 2025 – April 2025  ×")), qPrintable(chipTexts().join('|')));

    // In Korean the chip follows.
    m_languages->setLanguage(Language::Korean);
    QVERIFY2(chipTexts().contains(QStringLiteral("2025년 3월 15일 – 2025년 4월  ×")), qPrintable(chipTexts().join('|')));
    m_languages->setLanguage(Language::English);

    // A range that runs backwards is named and changes nothing.
    const Filter good = m_window->state()->filter();
    from->selectAll();
    QTest::keyClicks(from, "2025-05");
    QTest::keyClick(from, Qt::Key_Return);
    QCOMPARE(bar->datesPopup()->message(), QStringLiteral("The first date, 2025-05, is after the last, 2025-04."));
    QCOMPARE(m_window->state()->filter(), good);
    from->selectAll();
    QTest::keyClicks(from, "2025-03-15");
    QTest::keyClick(from, Qt::Key_Return);

    // Another first year is a whole year; the last bound keeps its month.
    bar->fromYear()->setValue(2024);
    QCOMPARE(std::tuple(m_window->state()->filter().yearFrom, m_window->state()->filter().monthFrom,
                        m_window->state()->filter().dayFrom),
             std::tuple(2024, 0, 0));
    QCOMPARE(m_window->state()->filter().monthTo, 4);
    QCOMPARE(from->text(), QStringLiteral("2024"));
    QCOMPARE(to->text(), QStringLiteral("2025-04"));
    QVERIFY(tableIds().contains("day-03-10"));
    QVERIFY(!tableIds().contains("day-05-02"));

    // "Whole years" drops the months and days.
    QTest::mouseClick(bar->datesPopup()->wholeYearsButton(), Qt::LeftButton);
    QVERIFY(!m_window->state()->filter().hasFinerDates());
    QCOMPARE(m_window->state()->filter().yearTo, 2025 == bar->lastYear() ? 0 : 2025);
    QVERIFY(tableIds().contains("day-05-02"));
}

void TestFilterFlow::tableBehindATabCatchesUpWhenShown()
{
    // A table behind another's tab works out why it is empty (and its columns' widths) when it is
    // brought to the front, not on every filter change; asked for its message, it answers at once.
    QVERIFY(m_window->raisePanel(QStringLiteral("actors")));
    RecordTablePanel *models = m_window->modelPanel();
    QTabWidget *tabs = nullptr;
    for (QWidget *w = models; w && !tabs; w = w->parentWidget())
        tabs = qobject_cast<QTabWidget *>(w);
    QVERIFY(tabs);
    int modelsTab = -1;
    int actorsTab = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == models || tabs->widget(i)->isAncestorOf(models))
            modelsTab = i;
        if (tabs->widget(i) == m_window->actorPanel() || tabs->widget(i)->isAncestorOf(m_window->actorPanel()))
            actorsTab = i;
    }
    QVERIFY(modelsTab >= 0 && actorsTab >= 0);
    auto clickTab = [tabs](int index) {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    };
    clickTab(actorsTab);
    QVERIFY(!models->isVisible());
    const Filter shown = m_window->state()->filter();
    QVERIFY(models->model()->rowCount() > 0);
    auto *stack = models->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), models->view());

    // No model of a country without any: nothing worked out behind the tab, all of it once the
    // tab is in front.
    Filter none = shown;
    none.countries = {QStringLiteral("FRA")};
    m_window->state()->setFilter(none);
    QCOMPARE(models->model()->rowCount(), 0);
    QCOMPARE(stack->currentWidget(), models->view());
    clickTab(modelsTab);
    QTRY_VERIFY(models->isVisible());
    QTRY_VERIFY(stack->currentWidget() != models->view());
    auto *label = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(label && label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("Nothing matches the filter.")), qPrintable(label->text()));
    QCOMPARE(models->emptyMessage(), label->text());

    // Behind the tab again, the models back: its message, asked for, is current (none).
    clickTab(actorsTab);
    QVERIFY(!models->isVisible());
    m_window->state()->setFilter(shown);
    QVERIFY(models->model()->rowCount() > 0);
    QCOMPARE(models->emptyMessage(), QString());
    QCOMPARE(stack->currentWidget(), models->view());
}

QTEST_MAIN(TestFilterFlow)
#include "tst_filterflow.moc"

void TestFilterFlow::chartIsDrawnInTheNextTurnOrWhenShown()
{
    // On screen, the chart is drawn in the event loop's turn after the filter's (the scan and the
    // table in one, its curves in the next), once for the changes until then; what reads it
    // through the panel finds it current at once. Behind another tab, it waits to be shown.
    ChartPanel *panel = m_window->chartPanel();
    QVERIFY(m_window->raisePanel(QStringLiteral("chart")));
    QTRY_VERIFY(panel->isVisible() && !panel->visibleRegion().isEmpty());
    QCOMPARE(chartSeriesNames(), (QStringList{"United States", "China", "South Korea"}));
    QChart *chart = panel->chart();
    const QList<QAbstractSeries *> drawn = chart->series();

    Filter f = m_window->state()->filter();
    f.countries = {QStringLiteral("USA"), QStringLiteral("KOR")};
    m_window->state()->setFilter(f);
    f.countries = {QStringLiteral("USA")};
    m_window->state()->setFilter(f);
    QVERIFY(panel->redrawPending());
    QCOMPARE(chart->series(), drawn); // read past the panel: not drawn yet
    QTRY_VERIFY(!panel->redrawPending());
    QVERIFY(chart->series() != drawn);
    QCOMPARE(chartSeriesNames(), QStringList{"United States"});

    // Read through the panel before the turn: drawn then, and not again in the turn.
    f.countries = {QStringLiteral("USA"), QStringLiteral("CHN")};
    m_window->state()->setFilter(f);
    QVERIFY(panel->redrawPending());
    QCOMPARE(chartSeriesNames(), (QStringList{"United States", "China"}));
    QVERIFY(!panel->redrawPending());
    const QList<QAbstractSeries *> current = chart->series();
    QTest::qWait(20);
    QCOMPARE(chart->series(), current);

    // Behind the Gap panel's tab, nothing is drawn until the chart's tab is in front again.
    QVERIFY(m_window->raisePanel(QStringLiteral("gap")));
    QTRY_VERIFY(panel->visibleRegion().isEmpty() || !panel->isVisible());
    f.countries = {QStringLiteral("KOR")};
    m_window->state()->setFilter(f);
    QTest::qWait(50);
    QVERIFY(panel->redrawPending());
    QCOMPARE(chart->series(), current);
    QVERIFY(m_window->raisePanel(QStringLiteral("chart")));
    QTRY_VERIFY(!panel->redrawPending());
    QCOMPARE(chartSeriesNames(), QStringList{"South Korea"});
}
