#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "TestSupport.h"
#include "export/SlideRenderer.h"
#include "map/MapChoropleth.h"
#include "map/WorldShapes.h"
#include "panels/MapCanvas.h"
#include "query/ObservationQuery.h"
#include "view/ViewFile.h"

#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// The map exported: headless PNG, SVG, PDF and PowerPoint read back, the map's year in a view
// file, bad options refused.
class TestMapExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void viewFileKeepsTheYear();
    void slideShowsTheYearAndItsSources();
    void headlessPngColoursKorea();
    void headlessSvgPdfAndDeck();
    void refusesBadOptions();

private:
    using Run = test::ProgramRun;
    Run gapscope(const QStringList &args) const;
    SavedView mapView() const;

    Dataset m_dataset;
    LanguageManager m_languages;
    InterfaceFont m_font{&m_languages};
    QTemporaryDir m_dir;
};

void TestMapExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dataset = test::bundledDataset();
    m_languages.setLanguage(Language::English);
    QVERIFY(m_dir.isValid());
}

TestMapExport::Run TestMapExport::gapscope(const QStringList &args) const
{
    return test::runExport(m_dir.path(), args);
}

SavedView TestMapExport::mapView() const
{
    SavedView v;
    v.panel = SavedView::Panel::Map;
    v.filter = Filter::defaultView();
    v.indicator = QStringLiteral("private_ai_investment");
    v.mapYear = 2019;
    v.size = QSize(3200, 1800);
    return v;
}

void TestMapExport::viewFileKeepsTheYear()
{
    const SavedView v = mapView();
    QCOMPARE(v.toJson().value("panel").toString(), QStringLiteral("map"));
    ViewFile file;
    const QString path = m_dir.filePath("map.gapview");
    QVERIFY(file.write(path, v));
    const auto back = file.read(path);
    QVERIFY2(back, qPrintable(file.errorString()));
    QCOMPARE(*back, v);
    QJsonObject bad = v.toJson();
    bad.insert("map_year", "last");
    QVERIFY(!file.parse(bad));
    QVERIFY(file.errorString().contains(QLatin1String("map_year")));
}

void TestMapExport::slideShowsTheYearAndItsSources()
{
    SlideRenderer renderer(m_dataset, mapView());
    QVERIFY(renderer.emptyMessage().isEmpty());
    QCOMPARE(renderer.title(), QStringLiteral("Private investment in AI, 2019"));
    // The subtitle does not contradict the title with the filter's years.
    QVERIFY2(!renderer.subtitle().contains(QLatin1String("all years")), qPrintable(renderer.subtitle()));
    QVERIFY(renderer.footer().contains(QLatin1String("CC BY-NC 4.0")));
    QVERIFY(renderer.footer().contains(QLatin1String("Natural Earth")));
    const QImage slide = renderer.image();
    QCOMPARE(slide.size(), QSize(3200, 1800));
    QVERIFY(slide.text("Copyright").contains(QLatin1String("CC BY-NC 4.0")));
}

void TestMapExport::headlessPngColoursKorea()
{
    const QString out = m_dir.filePath("map.png");
    const Run run = gapscope({"--panel", "map", "--indicator", "private_ai_investment", "--year", "2019", "--size",
                              "3200x1800", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QImage png(out);
    QCOMPARE(png.size(), QSize(3200, 1800));
    QVERIFY(png.text("Title").contains(QLatin1String("2019")));

    // Korea's class colour in 2019 on the filter the export opens on (USA, CHN, KOR).
    ObservationIndex index;
    index.build(m_dataset);
    const SavedView v = mapView();
    MapChoropleth map;
    map.build(m_dataset, index, v.indicator, ObservationQuery::run(m_dataset, index, v.filter));
    const QColor korea = map.colour(QStringLiteral("KOR"), 2019);
    QVERIFY(korea != MapScale::noData());
    QVERIFY(korea != map.colour(QStringLiteral("USA"), 2019));

    // Where the same slide, painted here, puts the middle of South Korea.
    SlideRenderer renderer(m_dataset, v);
    renderer.image();
    MapCanvas *canvas = nullptr;
    for (QWidget *w : QApplication::allWidgets()) {
        if (auto *c = qobject_cast<MapCanvas *>(w))
            canvas = c;
    }
    QVERIFY(canvas);
    const QPoint centre = canvas->lastTransform().map(WorldShapes::project({127.8, 36.4})).toPoint();
    QVERIFY(QRectF(renderer.panelRect()).contains(centre));
    // Korea's colour around it, exactly (inside the shape, away from its antialiased border).
    int matching = 0;
    for (int dy = -6; dy <= 6; ++dy) {
        for (int dx = -6; dx <= 6; ++dx)
            matching += png.pixel(centre + QPoint(dx, dy)) == korea.rgb();
    }
    QVERIFY2(matching >= 20, qPrintable(QStringLiteral("%1 pixels of %2 around %3,%4; there: %5")
                                            .arg(matching)
                                            .arg(korea.name())
                                            .arg(centre.x())
                                            .arg(centre.y())
                                            .arg(QColor(png.pixel(centre)).name())));
    // And China's in China.
    const QPoint china = canvas->lastTransform().map(WorldShapes::project({104, 33})).toPoint();
    QCOMPARE(QColor(png.pixel(china)).name(), map.colour(QStringLiteral("CHN"), 2019).name());
}

void TestMapExport::headlessSvgPdfAndDeck()
{
    const QStringList map{"--panel", "map", "--indicator", "ai_scholarly_publications", "--country", "all"};
    const QString svg = m_dir.filePath("map.svg");
    Run run = gapscope(map + QStringList{"--out", svg});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.defaultSize().width() > 0);

    const QString pdf = m_dir.filePath("map.pdf");
    run = gapscope(map + QStringList{"--lang", "ko", "--out", pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = test::pdfText(pdf);
    QVERIFY2(text.contains(QLatin1String("CC BY-NC 4.0")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("자료 없음")));

    const QString deck = m_dir.filePath("map.pptx");
    run = gapscope(map + QStringList{"--out", deck});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo(deck).size() > 10000);
}

void TestMapExport::refusesBadOptions()
{
    const QString out = m_dir.filePath("bad.png");
    for (const QStringList &args : {QStringList{"--panel", "map", "--year", "last"},
                                    QStringList{"--panel", "map", "--indicator", "no_such_indicator"},
                                    QStringList{"--panel", "atlas"}}) {
        const Run run = gapscope(args + QStringList{"--out", out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(out));
    }
}

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
