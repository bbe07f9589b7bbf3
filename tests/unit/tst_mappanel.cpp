#include "ExplorerFixture.h"
#include "map/WorldShapes.h"
#include "panels/MapCanvas.h"
#include "panels/MapPanel.h"
#include "panels/YearPlayer.h"

#include <QApplication>
#include <QComboBox>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace gapscope;

// The Map panel in the explorer window on the bundled data: it opens on the filter's last year,
// follows the filter, the selection and the language, selects a country on a click, and plays
// through the years; it zooms and pans, and hover and clicks still find the country under the mouse.
class TestMapPanel : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { tearDown(); }
    void opensOnTheLastYearWithData();
    void followsTheFilter();
    void hoverAndLanguageSwitch();
    void clickSelectsTheCountry();
    void playStepsThroughTheYears();
    void zoomAndPanKeepTheHitsRight();

private:
    MapPanel *panel() const { return m_window->mapPanel(); }
    MapCanvas *canvas() const { return panel()->canvas(); }
    int shapeOf(const char *code) const { return canvas()->shapes()->shapeOf(QLatin1String(code)); }
    Dataset m_bundled;
};

void TestMapPanel::initTestCase()
{
    setUpSuite();
    m_bundled = test::bundledDataset();
}

void TestMapPanel::init()
{
    QVERIFY(setUp());
    QVERIFY(showWindow(m_bundled, QStringLiteral("map.gapscope")));
    QVERIFY(panel());
    QVERIFY(m_window->raisePanel(QStringLiteral("map")));
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->chartPanel()->setIndicator(QStringLiteral("private_ai_investment"));
    panel()->setIndicator(QStringLiteral("private_ai_investment"));
}

void TestMapPanel::opensOnTheLastYearWithData()
{
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("MapDock"))->isVisible());
    QCOMPARE(panel()->indicator(), QStringLiteral("private_ai_investment"));
    // The last year in which one of the filter's countries has a value.
    int last = 0;
    for (const Observation &o : m_bundled.observations) {
        const Filter &f = m_window->state()->filter();
        if (o.indicator == QLatin1String("private_ai_investment") && f.acceptsCountry(o.country))
            last = std::max(last, o.year);
    }
    QVERIFY(last > 2000);
    QCOMPARE(panel()->year(), last);
    QCOMPARE(panel()->player()->year(), last);
    QVERIFY(panel()->emptyMessage().isEmpty());
    // The filter's countries in colour, the others pale; Kosovo (no ISO code) grey.
    QVERIFY(canvas()->fillOf(shapeOf("KOR")) != MapScale::noData());
    QCOMPARE(canvas()->fillOf(shapeOf("USA")), panel()->choropleth().colour(QStringLiteral("USA"), last));
    QVERIFY(canvas()->fillOf(shapeOf("USA")).lightness() < canvas()->fillOf(shapeOf("KOR")).lightness());
    QCOMPARE(canvas()->fillOf(shapeOf("FRA")), MapScale::outsideFilter());
    int kosovo = -1;
    for (int i = 0; i < canvas()->shapes()->shapes().size(); ++i) {
        if (canvas()->shapes()->shapes().at(i).name == QLatin1String("Kosovo"))
            kosovo = i;
    }
    QCOMPARE(canvas()->fillOf(kosovo), MapScale::noData());
    QCOMPARE(canvas()->describe(kosovo), QStringLiteral("Kosovo: not a country of the data"));
}

void TestMapPanel::followsTheFilter()
{
    Filter f = m_window->state()->filter();
    f.yearFrom = 2015;
    f.yearTo = 2019;
    m_window->state()->setFilter(f);
    QCOMPARE(panel()->player()->years().constFirst(), 2015);
    QCOMPARE(panel()->player()->years().constLast(), 2019);
    QCOMPARE(panel()->year(), 2019);
    // Every country: France gets its value, the World none (never a country on the map).
    f.countries.clear();
    m_window->state()->setFilter(f);
    QVERIFY(panel()->choropleth().value(QStringLiteral("FRA"), 2019));
    QVERIFY(canvas()->fillOf(shapeOf("FRA")) != MapScale::outsideFilter());
    QVERIFY(!panel()->choropleth().countries(2019).contains(QStringLiteral("OWID_WRL")));
    // An indicator the filter leaves without countries says why.
    f.countries = {QStringLiteral("OWID_WRL")};
    m_window->state()->setFilter(f);
    QVERIFY(!panel()->emptyMessage().isEmpty());
}

void TestMapPanel::hoverAndLanguageSwitch()
{
    const int year = panel()->year();
    const QString english = canvas()->describe(shapeOf("KOR"));
    QVERIFY2(english.startsWith(QStringLiteral("South Korea, %1: ").arg(year)), qPrintable(english));
    QVERIFY(english.contains(QLatin1String("Source: ")));
    const auto value = panel()->choropleth().value(QStringLiteral("KOR"), year);
    QVERIFY(value);
    const Observation &o = m_bundled.observations.at(value->row);
    QVERIFY2(english.endsWith(QStringLiteral("Source: ") + m_bundled.source(o.source)->title.en)
                 || english.contains(m_bundled.source(o.source)->title.en),
             qPrintable(english));
    canvas()->grab(); // paints the legend
    QVERIFY(canvas()->labels().contains(QStringLiteral("No data")));

    m_languages->setLanguage(Language::Korean);
    QTRY_VERIFY(canvas()->describe(shapeOf("KOR")).startsWith(QStringLiteral("대한민국")));
    QCOMPARE(panel()->indicatorPicker()->currentText(), QStringLiteral("AI 분야 민간 투자"));
    canvas()->grab();
    QVERIFY(canvas()->labels().contains(QStringLiteral("자료 없음")));
    QCOMPARE(panel()->year(), year);

    m_languages->setLanguage(Language::English);
    QTRY_COMPARE(canvas()->describe(shapeOf("KOR")), english);
}

void TestMapPanel::clickSelectsTheCountry()
{
    canvas()->grab();
    const QPoint seoul = canvas()->widgetPoint({127.8, 36.4}).toPoint();
    QCOMPARE(canvas()->shapeAt(seoul), shapeOf("KOR"));
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, seoul);
    QCOMPARE(m_window->state()->selection().kind, ExplorerState::Kind::Country);
    QCOMPARE(m_window->state()->selection().id, QStringLiteral("KOR"));
    // The ocean selects nothing.
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, canvas()->widgetPoint({-30, 0}).toPoint());
    QCOMPARE(m_window->state()->selection().id, QStringLiteral("KOR"));
    // Selected elsewhere, outlined here: the outline darkens Korea's border.
    const QImage before = canvas()->grab().toImage();
    m_window->state()->select(ExplorerState::Kind::Country, QStringLiteral("CHN"));
    const QImage after = canvas()->grab().toImage();
    QVERIFY(before != after);
}

void TestMapPanel::playStepsThroughTheYears()
{
    YearPlayer *player = panel()->player();
    QCOMPARE(player->interval(), 700);
    const QList<int> years = player->years();
    QVERIFY(years.size() > 3);
    player->setInterval(30);
    QVERIFY(panel()->player()->setYear(years.constFirst()));
    QCOMPARE(panel()->year(), years.constFirst());
    QSignalSpy steps(player, &YearPlayer::yearChanged);
    QSignalSpy settings(panel(), &MapPanel::settingsChanged);
    QTest::keyClick(player->playButton(), Qt::Key_Space); // Space plays
    QVERIFY(player->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!player->isPlaying(), 10000); // pauses at the end
    QCOMPARE(steps.size(), years.size() - 1);
    QCOMPARE(steps.constLast().constFirst().toInt(), years.constLast());
    QCOMPARE(panel()->year(), years.constLast());
    QCOMPARE(canvas()->year(), years.constLast());
    QVERIFY(settings.size() >= years.size() - 1);
    // ▶ at the end starts again from the first year; Space pauses.
    player->playButton()->click();
    QVERIFY(player->isPlaying());
    QCOMPARE(player->year(), years.constFirst());
    m_window->activateWindow();
    player->slider()->setFocus();
    QTRY_VERIFY(player->slider()->hasFocus());
    QTest::keyClick(player->slider(), Qt::Key_Space);
    QVERIFY(!player->isPlaying());
}

void TestMapPanel::zoomAndPanKeepTheHitsRight()
{
    canvas()->grab();
    QCOMPARE(canvas()->zoom(), 1.0);
    QVERIFY(!panel()->resetZoomButton()->isEnabled());
    const QPointF korea{127.8, 36.4}; // its projected centre is inside it at any zoom
    const QPointF whole = canvas()->widgetPoint(korea);
    auto send = [this](QEvent::Type type, const QPointF &at, Qt::MouseButtons buttons) {
        const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent event(type, at, canvas()->mapToGlobal(at), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(canvas(), &event);
    };

    // Three notches of the wheel over Korea: each enlarges by a fifth, Korea stays under the mouse.
    for (int i = 0; i < 3; ++i) {
        QWheelEvent wheel(whole, canvas()->mapToGlobal(whole), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas(), &wheel);
    }
    QVERIFY(std::abs(canvas()->zoom() - 1.2 * 1.2 * 1.2) < 1e-9);
    QVERIFY((canvas()->widgetPoint(korea) - whole).manhattanLength() < 0.5);
    QVERIFY(panel()->resetZoomButton()->isEnabled());
    // A double-click doubles it; + and - by half as much again, and back.
    QTest::mouseDClick(canvas(), Qt::LeftButton, {}, whole.toPoint());
    const double doubled = 1.2 * 1.2 * 1.2 * 2;
    QVERIFY(std::abs(canvas()->zoom() - doubled) < 1e-9);
    canvas()->setFocus();
    QTest::keyClick(canvas(), Qt::Key_Plus);
    QVERIFY(std::abs(canvas()->zoom() - doubled * 1.5) < 1e-9);
    QTest::keyClick(canvas(), Qt::Key_Minus);
    QVERIFY(std::abs(canvas()->zoom() - doubled) < 1e-9);

    // Hover and click follow the zoomed map: Japan's centre, where it is drawn now.
    const QPointF japan = canvas()->widgetPoint({138.5, 36.5});
    QVERIFY(canvas()->rect().contains(japan.toPoint()));
    QCOMPARE(canvas()->shapeAt(japan), shapeOf("JPN"));
    QVERIFY(canvas()->describe(canvas()->shapeAt(japan)).startsWith(QStringLiteral("Japan")));
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, japan.toPoint());
    QCOMPARE(m_window->state()->selection().id, QStringLiteral("JPN"));

    // A drag moves the map by as much as the mouse and selects nothing.
    const QPointF from = canvas()->widgetPoint(korea);
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(QEvent::MouseMove, from + QPointF(-40, 10), Qt::LeftButton);
    send(QEvent::MouseMove, from + QPointF(-80, 30), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, from + QPointF(-80, 30), Qt::NoButton);
    QVERIFY((canvas()->widgetPoint(korea) - (from + QPointF(-80, 30))).manhattanLength() < 0.5);
    QCOMPARE(m_window->state()->selection().id, QStringLiteral("JPN"));
    const QPoint moved = canvas()->widgetPoint(korea).toPoint();
    QCOMPARE(canvas()->shapeAt(moved), shapeOf("KOR"));
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, moved);
    QCOMPARE(m_window->state()->selection().id, QStringLiteral("KOR"));

    // The button shows the whole world again, as it was.
    QTest::mouseClick(panel()->resetZoomButton(), Qt::LeftButton);
    QCOMPARE(canvas()->zoom(), 1.0);
    QVERIFY(!panel()->resetZoomButton()->isEnabled());
    QCOMPARE(canvas()->widgetPoint(korea), whole);
    // Exports always show the whole world.
    QImage image(800, 500, QImage::Format_ARGB32);
    QPainter painter(&image);
    canvas()->paintPlot(&painter, QRectF(image.rect()), {Qt::white, Qt::black, Qt::gray}, canvas()->font());
    const QTransform exported = canvas()->lastTransform();
    canvas()->zoomAt(whole, 4);
    canvas()->paintPlot(&painter, QRectF(image.rect()), {Qt::white, Qt::black, Qt::gray}, canvas()->font());
    QCOMPARE(canvas()->lastTransform(), exported);
}

QTEST_MAIN(TestMapPanel)
#include "tst_mappanel.moc"
