#include "CountryColors.h"
#include "ExplorerFixture.h"
#include "model/Roles.h"
#include "panels/DetailsPanel.h"
#include "panels/ScatterCanvas.h"
#include "panels/ScatterPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <limits>

using namespace gapscope;

// The models scatter in the explorer window on the bundled data (Epoch AI's models): it follows
// the filter and its own choices, names a model on hover in both languages, selects it on a
// click (Details shows it, the models list scrolls to it), labels the largest without overlaps,
// and draws a hundred thousand points quickly.
class TestScatterPanel : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { tearDown(); }
    void opensOnTrainingComputeOfTheThreeCountries();
    void followsTheFilterAndItsOwnChoices();
    void clickSelectsTheModelEverywhere();
    void hoverNamesTheModelInBothLanguages();
    void labelsDoNotOverlap();
    void logAxisAndFrontierChangeThePicture();
    void hundredThousandPointsDrawnAndFound();
    void selectionAndHoverPaintOverTheKeptPicture();
    void filterChangeDrawsTheNewPoints();
    void resizeDrawsAtTheNewSize();

private:
    // The canvas as painted in the window, and as a canvas showing the same for the first time
    // paints it.
    QImage painted() const { return canvas()->grab().toImage(); }
    QImage paintedAfresh() const;
    // Where `a` and `b` differ, empty when nowhere.
    static QRect difference(const QImage &a, const QImage &b);
    ScatterPanel *panel() const { return m_window->scatterPanel(); }
    ScatterCanvas *canvas() const { return panel()->canvas(); }
    const AiModel &modelAt(int point) const
    {
        return m_window->dataset().models.at(panel()->scatter().points().at(size_t(point)).model);
    }
    Dataset m_bundled;
};

void TestScatterPanel::initTestCase()
{
    setUpSuite();
    m_bundled = test::bundledDataset();
}

void TestScatterPanel::init()
{
    QVERIFY(setUp());
    QVERIFY(showWindow(m_bundled, QStringLiteral("scatter.gapscope")));
    QVERIFY(panel());
    QVERIFY(m_window->raisePanel(QStringLiteral("scatter")));
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(canvas()->isVisible());
}

void TestScatterPanel::opensOnTrainingComputeOfTheThreeCountries()
{
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("ScatterDock"))->isVisible());
    QCOMPARE(panel()->options().measure, ModelScatter::Measure::TrainingCompute);
    QVERIFY(panel()->logScale());
    QVERIFY(panel()->emptyMessage().isEmpty());
    const auto &points = panel()->scatter().points();
    QVERIFY(points.size() > 100);
    for (const ModelScatter::Point &p : points)
        QVERIFY(Filter::defaultView().acceptsCountry(p.country));
    QCOMPARE(panel()->scatter().countries(), (QStringList{"USA", "CHN", "KOR"}));
    QVERIFY2(panel()->countText().contains(QString::number(points.size())), qPrintable(panel()->countText()));
    canvas()->grab();
    QCOMPARE(canvas()->axisTitle(), QStringLiteral("Training compute (FLOP), logarithmic scale"));
    QVERIFY(canvas()->labels().contains(QStringLiteral("South Korea")));
    QVERIFY(canvas()->labels().contains(QStringLiteral("Open weights")));
}

void TestScatterPanel::followsTheFilterAndItsOwnChoices()
{
    Filter f = m_window->state()->filter();
    f.countries = {QStringLiteral("KOR")};
    f.yearFrom = 2023;
    m_window->state()->setFilter(f);
    const auto &points = panel()->scatter().points();
    QVERIFY(!points.empty());
    for (const ModelScatter::Point &p : points) {
        QCOMPARE(p.country, QStringLiteral("KOR"));
        QVERIFY(p.x >= 2023);
    }
    const size_t korea = points.size();
    // Text: only models that name it.
    f.text = QStringLiteral("EXAONE");
    m_window->state()->setFilter(f);
    QVERIFY(!panel()->scatter().points().empty());
    QVERIFY(panel()->scatter().points().size() < korea);
    for (int i = 0; i < int(panel()->scatter().points().size()); ++i)
        QVERIFY2(modelAt(i).name.en.contains(QLatin1String("EXAONE")), qPrintable(modelAt(i).name.en));
    // Its own choices: parameters, a domain, the lists.
    f.text.clear();
    f.countries.clear();
    m_window->state()->setFilter(f);
    QSignalSpy settings(panel(), &ScatterPanel::settingsChanged);
    auto *measure = panel()->findChild<QComboBox *>(QStringLiteral("scatterMeasure"));
    measure->setCurrentIndex(1);
    QCOMPARE(settings.size(), 1);
    QCOMPARE(panel()->options().measure, ModelScatter::Measure::Parameters);
    for (int i = 0; i < int(panel()->scatter().points().size()); ++i)
        QCOMPARE(panel()->scatter().points().at(size_t(i)).y, *modelAt(i).parameters);
    auto *domain = panel()->findChild<QComboBox *>(QStringLiteral("scatterDomain"));
    domain->setCurrentIndex(domain->findData(QStringLiteral("Vision")));
    QVERIFY(!panel()->scatter().points().empty());
    for (int i = 0; i < int(panel()->scatter().points().size()); ++i)
        QVERIFY(modelAt(i).domain.contains(QLatin1String("Vision")));
    for (QCheckBox *box : panel()->findChildren<QCheckBox *>()) {
        if (box->text().contains(QLatin1String("otable")) || box->text().contains(QLatin1String("arge-scale")))
            box->setChecked(false);
    }
    QVERIFY(panel()->scatter().isEmpty());
    QVERIFY(panel()->emptyMessage().contains(QLatin1String("Parameters")));
}

void TestScatterPanel::clickSelectsTheModelEverywhere()
{
    canvas()->grab();
    const int largest = panel()->scatter().largest(1).constFirst();
    const QString id = modelAt(largest).id;
    const QPoint at = canvas()->widgetPoint(largest).toPoint();
    QCOMPARE(canvas()->pointAt(at), largest);
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->state()->selection().kind, ExplorerState::Kind::Model);
    QCOMPARE(m_window->state()->selection().id, id);
    // Details shows it; the models list is in front, on its row.
    QTRY_VERIFY(m_window->detailsPanel()->browser()->toPlainText().contains(modelAt(largest).name.en));
    QTableView *models = m_window->modelPanel()->view();
    QTRY_COMPARE(models->selectionModel()->selectedRows().size(), 1);
    const QModelIndex row = models->selectionModel()->selectedRows().constFirst();
    QCOMPARE(row.data(IdRole).toString(), id);
    QVERIFY(models->viewport()->rect().intersects(models->visualRect(row))); // scrolled to
    auto *tabs = m_window->modelPanel()->parentWidget();
    while (tabs && !qobject_cast<QTabWidget *>(tabs))
        tabs = tabs->parentWidget();
    QVERIFY(tabs);
    QCOMPARE(static_cast<QTabWidget *>(tabs)->currentIndex(), 1);
    // A click far from any point selects nothing else; the selected one is labelled.
    QTest::mouseClick(canvas(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(m_window->state()->selection().id, id);
    canvas()->grab();
    QVERIFY(canvas()->labels().contains(modelAt(largest).name.en));
    // Selected elsewhere: labelled here.
    const int other = panel()->scatter().points().size() / 2;
    m_window->state()->select(ExplorerState::Kind::Model, modelAt(other).id);
    canvas()->grab();
    QVERIFY(canvas()->labels().contains(modelAt(other).name.en));
}

void TestScatterPanel::hoverNamesTheModelInBothLanguages()
{
    int exaone = -1;
    for (int i = 0; i < int(panel()->scatter().points().size()); ++i) {
        if (modelAt(i).epochName == QLatin1String("EXAONE 4.0 (32B)"))
            exaone = i;
    }
    QVERIFY(exaone >= 0);
    const QString english = canvas()->describe(exaone);
    QVERIFY2(english.startsWith(QStringLiteral("EXAONE 4.0 (32B) (LG AI Research), July 15, 2025\n")), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("Training compute (FLOP): 2.69 × 10²⁴")), qPrintable(english));
    QVERIFY2(english.contains(QStringLiteral("Source: ") + m_bundled.source(QStringLiteral("epoch-ai-models"))->title.en),
             qPrintable(english));
    m_languages->setLanguage(Language::Korean);
    QTRY_VERIFY(canvas()->describe(exaone).contains(QStringLiteral("출처: ")));
    const QString korean = canvas()->describe(exaone);
    QVERIFY2(korean.contains(QStringLiteral("LG AI연구원")) || korean.contains(QStringLiteral("엘지")), qPrintable(korean));
    canvas()->grab();
    QVERIFY2(canvas()->axisTitle().contains(QStringLiteral("훈련 연산량")), qPrintable(canvas()->axisTitle()));
    QVERIFY(canvas()->labels().contains(QStringLiteral("대한민국")));
    m_languages->setLanguage(Language::English);
    QTRY_COMPARE(canvas()->describe(exaone), english);
}

void TestScatterPanel::labelsDoNotOverlap()
{
    // Every country's models, the selected one among the crowd of the largest at the top right.
    ExplorerState state;
    ScatterPanel scatter(m_bundled, &state);
    scatter.resize(1400, 900);
    scatter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scatter));
    const QList<int> largest = scatter.scatter().largest(8);
    const AiModel &selected = m_bundled.models.at(scatter.scatter().points().at(size_t(largest.at(7))).model);
    state.select(ExplorerState::Kind::Model, selected.id);
    scatter.canvas()->grab();
    const QList<QRectF> boxes = scatter.canvas()->labelBoxes();
    qInfo() << "labels:" << scatter.canvas()->labels().mid(0, boxes.size());
    // The selected model first, then as many of the largest as fit; none overlaps another.
    QCOMPARE(scatter.canvas()->labels().constFirst(), selected.name.en);
    QVERIFY(boxes.size() >= 2);
    for (int i = 0; i < boxes.size(); ++i) {
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes.at(i).intersects(boxes.at(j)), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
    }
}

void TestScatterPanel::logAxisAndFrontierChangeThePicture()
{
    const QImage log = canvas()->grab().toImage();
    panel()->setLogScale(false);
    canvas()->grab();
    QCOMPARE(canvas()->axisTitle(), QStringLiteral("Training compute (FLOP)"));
    const QImage linear = canvas()->grab().toImage();
    QVERIFY(log != linear);
    panel()->setLogScale(true);
    panel()->setFrontier(true);
    QVERIFY(canvas()->grab().toImage() != log);
}

void TestScatterPanel::hundredThousandPointsDrawnAndFound()
{
    // A hundred thousand models, copies of the bundled ones spread over the years.
    Dataset d = m_bundled;
    const QList<AiModel> originals = d.models;
    d.models.clear();
    for (int i = 0; d.models.size() < 100000; ++i) {
        AiModel m = originals.at(i % originals.size());
        m.id += QString::number(i);
        m.trainingCompute = m.trainingCompute.value_or(1e20) * (1 + (i % 97) / 10.0);
        if (m.published.isEmpty() && m.released.isEmpty())
            m.published = QStringLiteral("2020-01-01");
        d.models.push_back(m);
    }
    d.reindex();
    ExplorerState state;
    ScatterPanel scatter(d, &state);
    scatter.resize(1200, 800);
    scatter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scatter));
    QVERIFY(scatter.scatter().points().size() > 90000);
    scatter.setFrontier(true);
    // How fast it draws is the benchmark's (gapscope_bench --views); here, that it draws them all
    // and finds the one under the mouse among them. So many points are drawn by a worker: a paint
    // does not wait for them, and shows them once they come.
    ScatterCanvas *canvas = scatter.canvas();
    QCOMPARE(canvas->backgroundFrom(), size_t(20000));
    const int pictures = canvas->layerPaints();
    const QImage before = canvas->grab().toImage();
    QVERIFY(canvas->pointsPending());
    QCOMPARE(canvas->layerPaints(), pictures);
    QTRY_VERIFY(!canvas->pointsPending());
    const QImage drawn = canvas->grab().toImage();
    QCOMPARE(canvas->layerPaints(), pictures + 1);
    QVERIFY(drawn != before);
    // The worker's picture is the one the window's thread draws.
    canvas->setBackgroundFrom(std::numeric_limits<size_t>::max());
    canvas->showScatter(&scatter.scatter(), scatter.logScale(), scatter.frontier(), Language::English);
    QCOMPARE(canvas->grab().toImage(), drawn);
    QVERIFY(!canvas->pointsPending());
    canvas->setBackgroundFrom(20000);
    auto coloured = [](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                n += image.pixelColor(x, y).saturation() > 80 ? 1 : 0;
        }
        return n;
    };
    QVERIFY2(coloured(drawn) > 2000, qPrintable(QString::number(coloured(drawn))));
    // A picture that has changed while the worker drew is not shown: the present one is drawn.
    // Meanwhile the window shows the previous one's points (without its labels).
    scatter.setLogScale(false);
    const QImage meanwhile = canvas->grab().toImage();
    QVERIFY(canvas->pointsPending());
    QVERIFY(meanwhile != drawn);
    QVERIFY2(coloured(meanwhile) > 2000, qPrintable(QString::number(coloured(meanwhile))));
    scatter.setLogScale(true);
    QTRY_VERIFY(!canvas->pointsPending());
    QCOMPARE(canvas->grab().toImage(), drawn);
    int found = 0;
    for (int x = 100; x < 1100; x += 20)
        found += scatter.canvas()->pointAt(QPointF(x, 400)) >= 0 ? 1 : 0;
    QVERIFY2(found > 0, "no model found under the mouse along the middle of the plot");
}

QImage TestScatterPanel::paintedAfresh() const
{
    ScatterCanvas fresh(m_window->dataset());
    fresh.setPalette(canvas()->palette());
    fresh.setFont(canvas()->font());
    fresh.resize(canvas()->size());
    fresh.showScatter(&panel()->scatter(), panel()->logScale(), panel()->frontier(), Language::English);
    const ExplorerState::Selection &s = m_window->state()->selection();
    fresh.setSelected(s.kind == ExplorerState::Kind::Model ? s.id : QString());
    return fresh.grab().toImage();
}

QRect TestScatterPanel::difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QRect(QPoint(), a.size().expandedTo(b.size()));
    QRect where;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                where |= QRect(x, y, 1, 1);
        }
    }
    return where;
}

void TestScatterPanel::selectionAndHoverPaintOverTheKeptPicture()
{
    const QImage nothing = painted();
    QCOMPARE(difference(nothing, paintedAfresh()), QRect());
    const int pictures = canvas()->layerPaints();
    // Selected: ringed and labelled over the kept picture of the points, which is not drawn again.
    const int largest = panel()->scatter().largest(1).constFirst();
    const int other = int(panel()->scatter().points().size()) / 2;
    m_window->state()->select(ExplorerState::Kind::Model, modelAt(other).id);
    const QImage selected = painted();
    QVERIFY(canvas()->labels().contains(modelAt(other).name.en));
    const QRect changed = difference(nothing, selected);
    QVERIFY(changed.contains(canvas()->widgetPoint(other).toPoint()));
    QCOMPARE(difference(selected, paintedAfresh()), QRect());
    // Another: the first one's ring is gone.
    m_window->state()->select(ExplorerState::Kind::Model, modelAt(largest).id);
    QCOMPARE(difference(painted(), paintedAfresh()), QRect());
    m_window->state()->clearSelection();
    QCOMPARE(difference(painted(), nothing), QRect());
    // Hovered: the point under the mouse ringed, and no more once the mouse leaves.
    const QPoint at = canvas()->widgetPoint(other).toPoint();
    QTest::mouseMove(canvas(), at);
    QTRY_COMPARE(canvas()->hovered(), canvas()->pointAt(at));
    const QRect ring = difference(painted(), nothing);
    QVERIFY(!ring.isEmpty());
    QVERIFY(ring.contains(at));
    QVERIFY2(ring.width() < 40 && ring.height() < 40, qPrintable(QStringLiteral("%1x%2").arg(ring.width()).arg(ring.height())));
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(canvas(), &leave);
    QCOMPARE(canvas()->hovered(), -1);
    QCOMPARE(difference(painted(), nothing), QRect());
    QCOMPARE(canvas()->layerPaints(), pictures);
}

void TestScatterPanel::filterChangeDrawsTheNewPoints()
{
    const QImage three = painted();
    const int pictures = canvas()->layerPaints();
    Filter f = m_window->state()->filter();
    f.countries = {QStringLiteral("KOR")};
    m_window->state()->setFilter(f);
    const QImage korea = painted();
    QCOMPARE(canvas()->layerPaints(), pictures + 1);
    QCOMPARE(difference(korea, paintedAfresh()), QRect());
    // No point of the United States' colour is left in the plot.
    const QColor usa = CountryColors::color(m_window->dataset(), QStringLiteral("USA"));
    auto usaPixels = [&usa](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += c.hslSaturation() > 60 && std::abs(c.hslHue() - usa.hslHue()) <= 6 ? 1 : 0;
            }
        }
        return n;
    };
    QVERIFY(usaPixels(three) > 100);
    QCOMPARE(usaPixels(korea), 0);
}

void TestScatterPanel::resizeDrawsAtTheNewSize()
{
    const QImage before = painted();
    const int pictures = canvas()->layerPaints();
    m_window->resize(m_window->width() - 200, m_window->height() - 100);
    QTRY_VERIFY(canvas()->size() != before.size() / before.devicePixelRatio());
    const QImage after = painted();
    QCOMPARE(after.size(), canvas()->size() * after.devicePixelRatio());
    QVERIFY(canvas()->layerPaints() > pictures);
    QCOMPARE(difference(after, paintedAfresh()), QRect());
    // Hovering finds the points where they now are.
    const int largest = panel()->scatter().largest(1).constFirst();
    QCOMPARE(canvas()->pointAt(canvas()->widgetPoint(largest)), largest);
}

QTEST_MAIN(TestScatterPanel)
#include "tst_scatterpanel.moc"
