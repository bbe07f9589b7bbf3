#include "CountryColors.h"
#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "TestSupport.h"
#include "export/SlideRenderer.h"
#include "panels/BubbleCanvas.h"
#include "panels/BubblePanel.h"
#include "panels/ScatterCanvas.h"
#include "panels/ScatterPanel.h"
#include "panels/TickLabel.h"
#include "format/ValueFormatter.h"
#include "view/ViewFile.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// The models scatter and the bubble chart exported: their settings in a view file, the slide's
// title and sources, and headless PNG (a point's or bubble's colour where the slide puts it), SVG,
// PDF in Korean and PowerPoint read back; bad options refused.
class TestPlotExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void viewFileKeepsTheSettings();
    void slideNamesTheFigureAndEpoch();
    void headlessPngHasKoreasLargestModel();
    void headlessSvgPdfAndDeck();
    void refusesBadOptions();
    void bubbleViewFileAndSlide();
    void headlessBubblePngAndKoreanPdf();
    void exponentsEvenInKorean();

private:
    using Run = test::ProgramRun;
    Run gapscope(const QStringList &args) const;
    static SavedView scatterView();
    // Nothing when the pixel at `at` has Korea's colour (its hue, pale or not), else what it has.
    QString koreasColourAt(const QImage &image, const QPoint &at) const;

    Dataset m_dataset;
    LanguageManager m_languages;
    InterfaceFont m_font{&m_languages};
    QTemporaryDir m_dir;
};

void TestPlotExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dataset = test::bundledDataset();
    m_languages.setLanguage(Language::English);
    QVERIFY(m_dir.isValid());
}

TestPlotExport::Run TestPlotExport::gapscope(const QStringList &args) const
{
    return test::runExport(m_dir.path(), args);
}

SavedView TestPlotExport::scatterView()
{
    SavedView v;
    v.panel = SavedView::Panel::Scatter;
    v.filter.countries = {QStringLiteral("KOR")};
    v.size = QSize(1600, 900);
    return v;
}

QString TestPlotExport::koreasColourAt(const QImage &image, const QPoint &at) const
{
    const QColor korea = CountryColors::color(m_dataset, QStringLiteral("KOR"));
    const QColor there = image.pixelColor(at);
    if (std::abs(there.hslHue() - korea.hslHue()) <= 12 && there.hslSaturation() > 60)
        return {};
    return QStringLiteral("%1 at %2,%3, Korea %4").arg(there.name()).arg(at.x()).arg(at.y()).arg(korea.name());
}

void TestPlotExport::viewFileKeepsTheSettings()
{
    SavedView v = scatterView();
    v.scatter = {ModelScatter::Measure::Parameters, QStringLiteral("Language"), true, false};
    v.scatterLog = false;
    v.scatterFrontier = true;
    const QJsonObject json = v.toJson();
    QCOMPARE(json.value("panel").toString(), QStringLiteral("scatter"));
    QCOMPARE(json.value("scatter").toObject().value("measure").toString(), QStringLiteral("parameters"));
    ViewFile file;
    const QString path = m_dir.filePath("scatter.gapview");
    QVERIFY(file.write(path, v));
    const auto back = file.read(path);
    QVERIFY2(back, qPrintable(file.errorString()));
    QCOMPARE(*back, v);
    // The defaults write nothing of the scatter, and read back as the defaults.
    QVERIFY(!scatterView().toJson().contains("scatter"));
    QCOMPARE(*file.parse(scatterView().toJson()), scatterView());
    for (const QJsonValue &bad : {QJsonValue(QJsonObject{{"measure", "flops"}}), QJsonValue(QJsonObject{{"log", "yes"}}),
                                  QJsonValue(QStringLiteral("compute"))}) {
        QJsonObject wrong = v.toJson();
        wrong.insert("scatter", bad);
        QVERIFY(!file.parse(wrong));
        QVERIFY(file.errorString().contains(QLatin1String("\"scatter\"")));
    }
}

void TestPlotExport::slideNamesTheFigureAndEpoch()
{
    SlideRenderer renderer(m_dataset, scatterView());
    QVERIFY(renderer.emptyMessage().isEmpty());
    QCOMPARE(renderer.title(), QStringLiteral("AI models: Training compute (FLOP)"));
    QVERIFY2(renderer.subtitle().startsWith(QStringLiteral("South Korea · all years · ")), qPrintable(renderer.subtitle()));
    QVERIFY(renderer.footer().contains(QLatin1String("Epoch AI")));
    QVERIFY(renderer.footer().contains(QLatin1String("CC BY 4.0")));
    QVERIFY(renderer.image().text("Copyright").contains(QLatin1String("CC BY 4.0")));
}

void TestPlotExport::headlessPngHasKoreasLargestModel()
{
    const QString out = m_dir.filePath("scatter.png");
    const Run run = gapscope({"--panel", "scatter", "--country", "KOR", "--size", "1600x900", "--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage png(out);
    QCOMPARE(png.size(), QSize(1600, 900));
    QVERIFY(png.text("Title").contains(QLatin1String("Training compute")));

    // Where the same slide, painted here, puts Korea's largest model: Korea's colour there.
    SlideRenderer renderer(m_dataset, scatterView());
    renderer.image();
    ScatterPanel *panel = nullptr;
    for (QWidget *w : QApplication::allWidgets()) {
        if (auto *p = qobject_cast<ScatterPanel *>(w))
            panel = p;
    }
    QVERIFY(panel);
    const int largest = panel->scatter().largest(1).constFirst();
    const QPoint at = panel->canvas()->paintedPoint(largest).toPoint();
    QVERIFY(QRectF(renderer.panelRect()).contains(at));
    const QString colour = koreasColourAt(png, at);
    QVERIFY2(colour.isEmpty(), qPrintable(colour));
    // Away from every point, the plot's background.
    QCOMPARE(png.pixelColor(at + QPoint(0, 60)).name(), QStringLiteral("#ffffff"));
}

void TestPlotExport::headlessSvgPdfAndDeck()
{
    const QStringList scatter{"--panel", "scatter", "--country", "USA,CHN,KOR", "--frontier"};
    const QString svg = m_dir.filePath("scatter.svg");
    Run run = gapscope(scatter + QStringList{"--measure", "parameters", "--out", svg});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<title>AI models: Parameters</title>"));
    // Every point a shape of its own (the window keeps its points as a picture; a vector export
    // does not).
    SavedView v = scatterView();
    v.filter.countries = {QStringLiteral("USA"), QStringLiteral("CHN"), QStringLiteral("KOR")};
    v.scatter.measure = ModelScatter::Measure::Parameters;
    ModelScatter points;
    points.build(m_dataset, v.filter, v.scatter);
    QVERIFY(points.points().size() > 100);
    const qsizetype shapes = text.count("<path");
    QVERIFY2(shapes >= qsizetype(points.points().size()),
             qPrintable(QStringLiteral("%1 shapes, %2 points").arg(shapes).arg(points.points().size())));

    const QString pdf = m_dir.filePath("scatter.pdf");
    run = gapscope(scatter + QStringList{"--lang", "ko", "--out", pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString pdfText = test::pdfText(pdf);
    QVERIFY2(pdfText.contains(QStringLiteral("훈련 연산량")), qPrintable(pdfText));
    QVERIFY2(pdfText.contains(QStringLiteral("오픈 웨이트")), qPrintable(pdfText));
    QVERIFY(pdfText.contains(QStringLiteral("대한민국")));

    const QString deck = m_dir.filePath("scatter.pptx");
    run = gapscope(scatter + QStringList{"--out", deck});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo(deck).size() > 10000);
}

void TestPlotExport::refusesBadOptions()
{
    const QString out = m_dir.filePath("bad.png");
    const Run run = gapscope({"--panel", "scatter", "--measure", "flops", "--out", out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--measure"), run.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestPlotExport::bubbleViewFileAndSlide()
{
    SavedView v;
    v.panel = SavedView::Panel::Bubble;
    v.filter = Filter::defaultView();
    v.bubble.size = QStringLiteral("industrial_robots_installed");
    v.bubble.logY = false;
    v.bubble.year = 2020;
    ViewFile file;
    const QString path = m_dir.filePath("bubble.gapview");
    QVERIFY(file.write(path, v));
    const auto back = file.read(path);
    QVERIFY2(back, qPrintable(file.errorString()));
    QCOMPARE(*back, v);
    QJsonObject bad = v.toJson();
    bad.insert("bubble", QJsonObject{{"year", "last"}});
    QVERIFY(!file.parse(bad));
    QVERIFY(file.errorString().contains(QLatin1String("\"bubble\"")));

    SlideRenderer renderer(m_dataset, v);
    QVERIFY(renderer.emptyMessage().isEmpty());
    QCOMPARE(renderer.title(), QStringLiteral("Private investment in AI and AI scholarly publications, 2020"));
    QVERIFY2(!renderer.subtitle().contains(QLatin1String("all years")), qPrintable(renderer.subtitle()));
    // CSET's series and the IFR's robots, each under its own licence.
    QVERIFY2(renderer.footer().contains(QLatin1String("CC BY-NC 4.0")), qPrintable(renderer.footer()));
    QVERIFY2(renderer.footer().contains(QLatin1String("CC BY-ND 4.0")), qPrintable(renderer.footer()));
}

void TestPlotExport::headlessBubblePngAndKoreanPdf()
{
    const QStringList bubble{"--panel", "bubble", "--x-indicator", "ai_scholarly_publications", "--y-indicator",
                             "private_ai_investment", "--year", "2019", "--size", "1600x900"};
    const QString out = m_dir.filePath("bubble.png");
    Run run = gapscope(bubble + QStringList{"--out", out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage png(out);
    QCOMPARE(png.size(), QSize(1600, 900));

    // Where the same slide, painted here, puts Korea's bubble: Korea's colour there.
    SavedView v;
    v.panel = SavedView::Panel::Bubble;
    v.filter = Filter::defaultView();
    v.bubble.year = 2019;
    v.size = QSize(1600, 900);
    SlideRenderer renderer(m_dataset, v);
    renderer.image();
    BubblePanel *panel = nullptr;
    for (QWidget *w : QApplication::allWidgets()) {
        if (auto *p = qobject_cast<BubblePanel *>(w))
            panel = p;
    }
    QVERIFY(panel);
    QCOMPARE(panel->year(), 2019);
    const QPoint at = panel->canvas()->paintedPoint(QStringLiteral("KOR")).toPoint();
    QVERIFY(QRectF(renderer.panelRect()).contains(at));
    const QString colour = koreasColourAt(png, at);
    QVERIFY2(colour.isEmpty(), qPrintable(colour));

    const QString pdf = m_dir.filePath("bubble.pdf");
    run = gapscope(bubble + QStringList{"--lang", "ko", "--out", pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = test::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("대한민국")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("AI 분야 민간 투자")), qPrintable(text));

    run = gapscope({"--panel", "bubble", "--x-indicator", "no_such_indicator", "--out", out + ".png"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(out + ".png"));
}

QTEST_MAIN(TestPlotExport)
void TestPlotExport::exponentsEvenInKorean()
{
    // The scatter's logarithmic axis labels powers of ten ("1 × 10²⁷"). In the Korean interface's
    // font, which has ² but not ⁷, the exponent is drawn in that font's own digits, raised: both
    // digits of 27 are as tall as each other and stand above the label's baseline.
    m_languages.setLanguage(Language::Korean);
    QFont font = QApplication::font();
    font.setPixelSize(40);
    const TickLabel label(ValueFormatter::number(1e27, Language::Korean), font);
    QCOMPARE(label.base(), QStringLiteral("1 × 10"));
    QCOMPARE(label.exponent(), QStringLiteral("27"));
    QCOMPARE(TickLabel(QStringLiteral("10억"), font).exponent(), QString());
    QCOMPARE(TickLabel(ValueFormatter::number(1.5e-7, Language::Korean), font).exponent(), QStringLiteral(u"−7"));
    const int baseline = 70;
    QImage image(int(label.width()) + 20, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setPen(Qt::black);
        label.draw(&painter, QPointF(10, baseline));
    }
    m_languages.setLanguage(Language::English);
    // The exponent's glyphs: the inked columns right of the base, split by empty ones.
    struct Ink
    {
        int top = 1 << 20;
        int bottom = -1;
    };
    QList<Ink> glyphs;
    bool inGlyph = false;
    for (int x = 10 + int(QFontMetricsF(font).horizontalAdvance(label.base())) + 1; x < image.width(); ++x) {
        Ink column;
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                column.top = std::min(column.top, y);
                column.bottom = y;
            }
        }
        if (column.bottom < 0) {
            inGlyph = false;
            continue;
        }
        if (!inGlyph)
            glyphs.append(Ink());
        inGlyph = true;
        glyphs.last().top = std::min(glyphs.last().top, column.top);
        glyphs.last().bottom = std::max(glyphs.last().bottom, column.bottom);
    }
    QCOMPARE(glyphs.size(), 2);
    QVERIFY2(std::abs(glyphs.at(0).top - glyphs.at(1).top) <= 1 && std::abs(glyphs.at(0).bottom - glyphs.at(1).bottom) <= 1,
             qPrintable(QStringLiteral("2: rows %1-%2, 7: rows %3-%4")
                            .arg(glyphs.at(0).top).arg(glyphs.at(0).bottom).arg(glyphs.at(1).top).arg(glyphs.at(1).bottom)));
    QVERIFY(glyphs.at(0).bottom < baseline - 8);
}

#include "tst_plotexport.moc"
