#include "ExplorerFixture.h"
#include "chart/BubbleChart.h"
#include "model/ExplorerState.h"
#include "panels/BubbleCanvas.h"
#include "panels/BubblePanel.h"
#include "panels/IndicatorPicker.h"
#include "panels/PlotFrame.h"
#include "panels/YearPlayer.h"
#include "query/ObservationQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace gapscope;

// Gapminder's bubble chart: its bubbles against a plain loop over the bundled observations, and
// the panel in the explorer window: the last year at first, the countries without data counted,
// the filter followed, a click selecting the country and the trail it leaves, the year player,
// the axes' scales and both languages.
class TestBubblePanel : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bubblesAreTheCountriesWithBothValues_data();
    void bubblesAreTheCountriesWithBothValues();
    void init();
    void cleanup() { tearDown(); }
    void opensOnTheLastYearOfTheThreeCountries();
    void countsTheCountriesWithoutData();
    void clickSelectsTheCountryAndLeavesATrail();
    void playerLogAxesAndLanguage();
    void colourByRegionWithItsLegend();
    void lastAxisLabelFitsItsWidget();

private:
    BubblePanel *panel() const { return m_window->bubblePanel(); }
    BubbleCanvas *canvas() const { return panel()->canvas(); }
    Dataset m_bundled;
};

void TestBubblePanel::initTestCase()
{
    setUpSuite();
    m_bundled = test::bundledDataset();
}

void TestBubblePanel::bubblesAreTheCountriesWithBothValues_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("year");
    QTest::newRow("no size, 2019") << QString() << 2019;
    QTest::newRow("sized by robots, 2020") << QStringLiteral("industrial_robots_installed") << 2020;
}

void TestBubblePanel::bubblesAreTheCountriesWithBothValues()
{
    QFETCH(QString, size);
    QFETCH(int, year);
    const QString x = QStringLiteral("ai_scholarly_publications");
    const QString y = QStringLiteral("private_ai_investment");
    ObservationIndex index;
    index.build(m_bundled);
    const Filter every;
    BubbleChart chart;
    chart.build(m_bundled, index, x, y, size, ObservationQuery::run(m_bundled, index, every));

    // A plain loop: each country's last value of the year of each indicator (countries only).
    QHash<QString, QHash<QString, std::pair<int, double>>> last; // indicator -> country -> (month, value)
    QSet<QString> any;
    for (const Observation &o : m_bundled.observations) {
        const Country *c = m_bundled.country(o.country);
        if (!c || c->numeric.isEmpty() || (o.indicator != x && o.indicator != y && (size.isEmpty() || o.indicator != size)))
            continue;
        any.insert(o.country);
        if (o.year != year)
            continue;
        auto &byCountry = last[o.indicator];
        const auto found = byCountry.constFind(o.country);
        if (found == byCountry.cend() || o.month >= found->first)
            byCountry.insert(o.country, {o.month, o.value});
    }
    QStringList expected;
    for (auto it = last[x].cbegin(); it != last[x].cend(); ++it) {
        if (last[y].contains(it.key()) && (size.isEmpty() || last[size].contains(it.key())))
            expected << it.key();
    }
    expected.sort();
    QStringList shown;
    for (const BubbleChart::Bubble &b : chart.bubbles(year)) {
        shown << b.country;
        QCOMPARE(b.x, last[x][b.country].second);
        QCOMPARE(b.y, last[y][b.country].second);
        QCOMPARE(b.size, size.isEmpty() ? 0.0 : last[size][b.country].second);
    }
    QVERIFY(expected.size() >= 3);
    QCOMPARE(shown, expected);
    QCOMPARE(chart.missing(year).size(), any.size() - expected.size());
    QVERIFY(!chart.bubble(QStringLiteral("OWID_WRL"), year));
}

void TestBubblePanel::init()
{
    QVERIFY(setUp());
    QVERIFY(showWindow(m_bundled, QStringLiteral("bubble.gapscope")));
    QVERIFY(panel());
    QVERIFY(m_window->raisePanel(QStringLiteral("bubble")));
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(canvas()->isVisible());
}

void TestBubblePanel::opensOnTheLastYearOfTheThreeCountries()
{
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("BubbleDock"))->isVisible());
    QCOMPARE(panel()->xIndicator(), QStringLiteral("ai_scholarly_publications"));
    QCOMPARE(panel()->yIndicator(), QStringLiteral("private_ai_investment"));
    QCOMPARE(panel()->sizeIndicator(), QString());
    QCOMPARE(panel()->year(), panel()->chart().years().constLast());
    QVERIFY(panel()->emptyMessage().isEmpty());
    QStringList countries;
    for (const BubbleChart::Bubble &b : panel()->chart().bubbles(panel()->year()))
        countries << b.country;
    QCOMPARE(countries, (QStringList{"CHN", "KOR", "USA"}));
    QCOMPARE(panel()->missingText(), QString());
    canvas()->grab();
    QCOMPARE(canvas()->labels().size(), 3);
    QVERIFY(canvas()->labels().contains(QStringLiteral("South Korea")));
}

void TestBubblePanel::countsTheCountriesWithoutData()
{
    Filter f = m_window->state()->filter();
    f.countries.clear();
    m_window->state()->setFilter(f);
    panel()->setYear(2019);
    QCOMPARE(panel()->year(), 2019);
    const QStringList missing = panel()->chart().missing(2019);
    QVERIFY(!missing.isEmpty());
    QCOMPARE(panel()->missingText(), QStringLiteral("%1 countries without data in 2019").arg(missing.size()));
    // Every country's bubble is there or counted as missing, never both.
    for (const BubbleChart::Bubble &b : panel()->chart().bubbles(2019))
        QVERIFY(!missing.contains(b.country));
    // Sized by an indicator few countries have: more are missing.
    panel()->setIndicators(panel()->xIndicator(), panel()->yIndicator(), QStringLiteral("industrial_robots_installed"));
    QCOMPARE(panel()->sizeIndicator(), QStringLiteral("industrial_robots_installed"));
    QVERIFY(panel()->chart().missing(2019).size() > missing.size());
    // The size picker offers none again.
    auto *size = panel()->findChild<IndicatorPicker *>(QStringLiteral("bubbleSize"));
    size->setCurrentIndex(0);
    QCOMPARE(panel()->sizeIndicator(), QString());
    // Countries with no values of one of them: the panel says why it is empty.
    f.countries = {QStringLiteral("OWID_WRL")};
    m_window->state()->setFilter(f);
    QVERIFY(!panel()->emptyMessage().isEmpty());
}

void TestBubblePanel::clickSelectsTheCountryAndLeavesATrail()
{
    canvas()->grab();
    const QPoint korea = canvas()->widgetPoint(QStringLiteral("KOR")).toPoint();
    QCOMPARE(canvas()->countryAt(korea), QStringLiteral("KOR"));
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, korea);
    QCOMPARE(m_window->state()->selection().kind, ExplorerState::Kind::Country);
    QCOMPARE(m_window->state()->selection().id, QStringLiteral("KOR"));
    canvas()->grab();
    // The trail: one point for each year up to this one with Korea's bubble.
    int years = 0;
    for (int year : panel()->chart().years())
        years += year <= panel()->year() && panel()->chart().bubble(QStringLiteral("KOR"), year) ? 1 : 0;
    QVERIFY(years >= 3);
    QCOMPARE(canvas()->trail().size(), years);
    QCOMPARE(canvas()->trail().constLast(), QPointF(canvas()->widgetPoint(QStringLiteral("KOR"))));
    // An earlier year: the trail stops there.
    const int middle = panel()->chart().years().at(panel()->chart().years().size() / 2);
    panel()->setYear(middle);
    canvas()->grab();
    int upToMiddle = 0;
    for (int year : panel()->chart().years())
        upToMiddle += year <= middle && panel()->chart().bubble(QStringLiteral("KOR"), year) ? 1 : 0;
    QVERIFY(upToMiddle < years);
    QCOMPARE(canvas()->trail().size(), upToMiddle);
    const QString hover = canvas()->describe(QStringLiteral("KOR"));
    QVERIFY2(hover.startsWith(QStringLiteral("South Korea, %1\n").arg(panel()->year())), qPrintable(hover));
    // Each figure's source: "Sources: " for the two or three of a bubble, in the plural.
    QVERIFY2(hover.contains(QStringLiteral("\nSources: ")), qPrintable(hover));
}

void TestBubblePanel::playerLogAxesAndLanguage()
{
    YearPlayer *player = panel()->player();
    const QList<int> years = player->years();
    QVERIFY(years.size() > 3);
    QSignalSpy settings(panel(), &BubblePanel::settingsChanged);
    QVERIFY(player->setYear(years.constFirst()));
    QCOMPARE(panel()->year(), years.constFirst());
    QCOMPARE(canvas()->year(), years.constFirst());
    QCOMPARE(settings.size(), 1);
    const QImage log = canvas()->grab().toImage();
    panel()->setLog(false, false);
    QVERIFY(!panel()->logX());
    QVERIFY(canvas()->grab().toImage() != log);

    m_languages->setLanguage(Language::Korean);
    QTRY_VERIFY(canvas()->describe(QStringLiteral("KOR")).startsWith(QStringLiteral("대한민국")));
    canvas()->grab();
    QVERIFY(!canvas()->labels().isEmpty());
    for (const QString &name : canvas()->labels())
        QVERIFY2(QStringList({"미국", "중국", "대한민국"}).contains(name), qPrintable(name));
    QCOMPARE(panel()->year(), years.constFirst());
}

void TestBubblePanel::colourByRegionWithItsLegend()
{
    // The whole world, so that regions hold several countries.
    Filter every = m_window->state()->filter();
    every.countries.clear();
    m_window->state()->setFilter(every);
    QTRY_VERIFY(panel()->chart().bubbles(panel()->year()).size() > 3);
    QVERIFY(!panel()->colourByRegion());
    const QColor korea = canvas()->colourOf(QStringLiteral("KOR"));
    QVERIFY(korea != canvas()->colourOf(QStringLiteral("CHN")));
    canvas()->grab();
    QVERIFY(canvas()->legend().isEmpty());

    auto *colour = m_window->findChild<QComboBox *>(QStringLiteral("bubbleColour"));
    QVERIFY(colour);
    QCOMPARE(colour->itemText(1), QStringLiteral("Region"));
    QSignalSpy settings(panel(), &BubblePanel::settingsChanged);
    colour->setCurrentIndex(1);
    QVERIFY(panel()->colourByRegion());
    QCOMPARE(settings.size(), 1);
    // Korea and China share East Asia's colour (the country catalogue's region); the United States
    // (North America) has another.
    QCOMPARE(canvas()->colourOf(QStringLiteral("KOR")), canvas()->colourOf(QStringLiteral("CHN")));
    QVERIFY(canvas()->colourOf(QStringLiteral("KOR")) != canvas()->colourOf(QStringLiteral("USA")));
    // The bubble's centre has its region's colour, drawn translucent over the background.
    const QImage image = canvas()->grab().toImage();
    QVERIFY(canvas()->legend().contains(QStringLiteral("East Asia")));
    QVERIFY(canvas()->legend().contains(QStringLiteral("North America")));
    QSet<QString> regions;
    for (const BubbleChart::Bubble &b : panel()->chart().bubbles(panel()->year()))
        regions.insert(m_window->dataset().country(b.country)->region.en);
    QCOMPARE(canvas()->legend().size(), regions.size());
    // Each region of the legend has a colour of its own.
    QSet<QRgb> colours;
    for (const QString &r : std::as_const(regions)) {
        for (const Country &c : m_window->dataset().countries) {
            if (c.region.en == r) {
                colours.insert(canvas()->colourOf(c.code).rgb());
                break;
            }
        }
    }
    QCOMPARE(colours.size(), regions.size());
    const QPoint usa = canvas()->widgetPoint(QStringLiteral("USA")).toPoint();
    const QColor drawn = image.pixelColor(usa * image.devicePixelRatio());
    const QColor region = canvas()->colourOf(QStringLiteral("USA"));
    QVERIFY2(std::abs(drawn.hueF() - region.hueF()) < 0.05, qPrintable(drawn.name() + " " + region.name()));
    // The legend covers no bubble's centre in any year.
    QVERIFY(!canvas()->legendBox().isEmpty());
    const QRectF box = canvas()->legendBox();
    for (int year : panel()->chart().years()) {
        QVERIFY(panel()->player()->setYear(year));
        canvas()->grab();
        // It stays in its corner while the years play (its size follows the year's regions).
        const QRectF now = canvas()->legendBox();
        QVERIFY(qFuzzyCompare(now.left(), box.left()) || qFuzzyCompare(now.right(), box.right()));
        QVERIFY(qFuzzyCompare(now.top(), box.top()) || qFuzzyCompare(now.bottom(), box.bottom()));
        for (const BubbleChart::Bubble &b : panel()->chart().bubbles(year)) {
            const QPointF at = canvas()->paintedPoint(b.country);
            const QPointF nearest(std::clamp(at.x(), box.left(), box.right()), std::clamp(at.y(), box.top(), box.bottom()));
            QVERIFY2(QLineF(at, nearest).length() > 2,
                     qPrintable(QStringLiteral("%1 in %2 under the legend").arg(b.country).arg(year)));
        }
    }

    m_languages->setLanguage(Language::Korean);
    QTRY_COMPARE(colour->itemText(1), QStringLiteral("지역"));
    canvas()->grab();
    QVERIFY(canvas()->legend().contains(QStringLiteral("동아시아")));
    QVERIFY(canvas()->legend().contains(QStringLiteral("북미")));
    // A saved view keeps it.
    QVERIFY(m_window->currentView(SavedView::Panel::Bubble).bubble.byRegion);
}

void TestBubblePanel::lastAxisLabelFitsItsWidget()
{
    // Publications across a log axis ending at a million: "1 million", centred under the plot's
    // right edge, stays within the panel (it was cut to "1 millic"), in both languages.
    Extent x;
    x.add(1000);
    x.add(900000);
    for (Language lang : {Language::English, Language::Korean}) {
        PlotFrame f;
        f.xAxis = PlotFrame::valueAxis(x, true, 6, lang);
        const QRectF rect(0, 0, 900, 400);
        const QFont font = canvas()->font();
        f.layout(rect, font, 0);
        const QString last = f.xAxis.labels.constLast();
        QCOMPARE(f.xAxis.ticks.constLast(), 1e6);
        const double right = f.plot.right() + QFontMetricsF(font).horizontalAdvance(last) / 2;
        QVERIFY2(right <= rect.right(), qPrintable(QStringLiteral("%1 ends at %2").arg(last).arg(right)));
    }
}

QTEST_MAIN(TestBubblePanel)
#include "tst_bubblepanel.moc"
