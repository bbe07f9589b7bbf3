#include "ExplorerFixture.h"
#include "panels/BubblePanel.h"
#include "panels/IndicatorPicker.h"
#include "panels/MapPanel.h"
#include "panels/ScatterPanel.h"
#include "panels/YearPlayer.h"
#include "view/ViewFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QSettings>
#include <QSlider>
#include <QTest>

using namespace gapscope;

// What the user picks in the map, the models scatter and the bubble chart survives a restart of
// the window (kept in the settings) and goes into a saved view; kept choices that are not a valid
// view are ignored. Driven through the panels' own widgets.
class TestViewChoices : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { tearDown(); }
    void choicesSurviveARestart();
    void choicesGoIntoASavedView();
    void badKeptChoicesAreIgnored();

private:
    // Picks the choices below with the widgets, as a user does.
    void pickChoices();
    // Restarts the window on the same workspace and settings.
    bool restart() { return showWindow(m_bundled, QStringLiteral("choices.gapscope")); }
    template<typename T>
    T *widget(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    static void pick(QComboBox *box, const QString &data) { box->setCurrentIndex(box->findData(data)); }

    Dataset m_bundled;
    int m_mapYear = 0;
    int m_bubbleYear = 0;
};

namespace {
const QString publications = QStringLiteral("ai_scholarly_publications");
const QString robots = QStringLiteral("industrial_robots_installed");
} // namespace

void TestViewChoices::initTestCase()
{
    setUpSuite();
    m_bundled = test::bundledDataset();
}

void TestViewChoices::init()
{
    QVERIFY(setUp());
    QVERIFY(restart());
}

void TestViewChoices::pickChoices()
{
    MapPanel *map = m_window->mapPanel();
    pick(widget<QComboBox>("mapIndicator"), publications);
    QCOMPARE(map->indicator(), publications);
    QVERIFY(map->player()->years().size() > 2);
    map->player()->slider()->setValue(1); // the second year, not the last the map opens on
    m_mapYear = map->player()->years().at(1);
    QCOMPARE(map->year(), m_mapYear);

    ScatterPanel *scatter = m_window->scatterPanel();
    widget<QComboBox>("scatterMeasure")->setCurrentIndex(int(ModelScatter::Measure::Parameters));
    QTest::mouseClick(widget<QCheckBox>("scatterLog"), Qt::LeftButton);
    QTest::mouseClick(widget<QCheckBox>("scatterFrontier"), Qt::LeftButton);
    QCOMPARE(scatter->options().measure, ModelScatter::Measure::Parameters);
    QVERIFY(!scatter->logScale());
    QVERIFY(scatter->frontier());

    BubblePanel *bubble = m_window->bubblePanel();
    pick(widget<QComboBox>("bubbleSize"), robots);
    QTest::mouseClick(widget<QCheckBox>("bubbleLogX"), Qt::LeftButton);
    widget<QComboBox>("bubbleColour")->setCurrentIndex(1); // region
    QVERIFY(bubble->colourByRegion());
    QCOMPARE(bubble->sizeIndicator(), robots);
    QVERIFY(!bubble->logX());
    QVERIFY(bubble->player()->years().size() > 1);
    bubble->player()->slider()->setValue(0);
    m_bubbleYear = bubble->player()->years().constFirst();
    QCOMPARE(bubble->year(), m_bubbleYear);
}

void TestViewChoices::choicesSurviveARestart()
{
    // A new window opens on the defaults.
    QVERIFY(m_window->scatterPanel()->logScale());
    QVERIFY(m_window->bubblePanel()->logX());
    QVERIFY(m_window->bubblePanel()->sizeIndicator().isEmpty());
    pickChoices();
    if (QTest::currentTestFailed())
        return;

    QVERIFY(restart());
    QCOMPARE(m_window->mapPanel()->indicator(), publications);
    QCOMPARE(m_window->mapPanel()->year(), m_mapYear);
    const ScatterPanel *scatter = m_window->scatterPanel();
    QCOMPARE(scatter->options().measure, ModelScatter::Measure::Parameters);
    QVERIFY(!scatter->logScale());
    QVERIFY(scatter->frontier());
    const BubblePanel *bubble = m_window->bubblePanel();
    QCOMPARE(bubble->xIndicator(), publications);
    QCOMPARE(bubble->yIndicator(), QStringLiteral("private_ai_investment"));
    QCOMPARE(bubble->sizeIndicator(), robots);
    QVERIFY(!bubble->logX());
    QVERIFY(bubble->logY());
    QVERIFY(bubble->colourByRegion());
    QCOMPARE(bubble->year(), m_bubbleYear);
}

void TestViewChoices::choicesGoIntoASavedView()
{
    pickChoices();
    if (QTest::currentTestFailed())
        return;
    // As File > Save view writes them and Open view reads them back.
    ViewFile file;
    const auto map = file.parse(m_window->currentView(SavedView::Panel::Map).toJson());
    QVERIFY2(map, qPrintable(file.errorString()));
    QCOMPARE(map->indicator, publications);
    QCOMPARE(map->mapYear, m_mapYear);
    const auto bubble = file.parse(m_window->currentView(SavedView::Panel::Bubble).toJson());
    QVERIFY2(bubble, qPrintable(file.errorString()));
    QCOMPARE(bubble->bubble.size, robots);
    QVERIFY(!bubble->bubble.logX);
    QCOMPARE(bubble->bubble.year, m_bubbleYear);
    QVERIFY(bubble->bubble.byRegion);
    QJsonObject json = m_window->currentView(SavedView::Panel::Bubble).toJson();
    QCOMPARE(json.value("bubble").toObject().value("colour").toString(), QStringLiteral("region"));
    QJsonObject b = json.value("bubble").toObject();
    b.insert("colour", QStringLiteral("purple"));
    json.insert("bubble", b);
    QVERIFY(!file.parse(json));
    QVERIFY2(file.errorString().contains(QStringLiteral("colour (country or region)")), qPrintable(file.errorString()));
    QCOMPARE(bubble->scatter.measure, ModelScatter::Measure::Parameters);
    QVERIFY(!bubble->scatterLog);
    QVERIFY(bubble->scatterFrontier);
}

void TestViewChoices::badKeptChoicesAreIgnored()
{
    pickChoices();
    if (QTest::currentTestFailed())
        return;
    // A hand-edited settings file: the bubble's choices are not a view, the scatter's an unknown
    // figure. Both panels open on their defaults; the map keeps its own.
    QSettings().setValue(QStringLiteral("views/bubble"), QStringLiteral("{not json"));
    QString scatter = QSettings().value(QStringLiteral("views/scatter")).toString();
    QVERIFY(scatter.contains(QStringLiteral("\"parameters\"")));
    scatter.replace(QStringLiteral("\"parameters\""), QStringLiteral("\"weight\""));
    QSettings().setValue(QStringLiteral("views/scatter"), scatter);
    QVERIFY(restart());
    QVERIFY(m_window->bubblePanel()->sizeIndicator().isEmpty());
    QVERIFY(m_window->bubblePanel()->logX());
    QVERIFY(!m_window->bubblePanel()->colourByRegion());
    QCOMPARE(m_window->scatterPanel()->options().measure, ModelScatter::Measure::TrainingCompute);
    QVERIFY(m_window->scatterPanel()->logScale());
    QCOMPARE(m_window->mapPanel()->indicator(), publications);
}

QTEST_MAIN(TestViewChoices)
#include "tst_viewchoices.moc"
