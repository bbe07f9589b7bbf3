#include "DeckSupport.h"
#include "InterfaceFont.h"
#include "TestSupport.h"
#include "LanguageManager.h"
#include "export/DeckWriter.h"
#include "export/SlideRenderer.h"
#include "gap/GapCalculator.h"
#include "gap/GapText.h"
#include "io/DatasetReader.h"
#include "model/GapTableModel.h"
#include "model/Roles.h"
#include "panels/GapPanel.h"
#include "view/SavedView.h"
#include "view/ViewFile.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// The Gap panel exported: its view file, its picture (chart, method, sources and their licences),
// its slide (the chart, and the figures in a native table), and `gapscope export --panel gap`,
// all on the bundled data: the United States leading China and South Korea in the largest
// training compute to date (Epoch AI), 2020-2025.
class TestGapExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryRowsKeepEachYearsLastDate();
    void gapViewRoundTrips();
    void badGapViews_data();
    void badGapViews();
    void slideShowsTheGap();
    void opensOnAFrontierIndicator();
    void deckHasTheFiguresInATable_data();
    void deckHasTheFiguresInATable();
    void commandLineWritesEachFormat_data();
    void commandLineWritesEachFormat();
    void commandLineRefusesBadGapOptions_data();
    void commandLineRefusesBadGapOptions();

private:
    SavedView gapView(Language lang = Language::English) const;
    using Run = test::ProgramRun;
    Run gapscope(const QStringList &args) const;

    Dataset m_dataset;
    LanguageManager m_languages;
    InterfaceFont m_font{&m_languages};
    QTemporaryDir m_dir;
};

void TestGapExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dataset = test::bundledDataset();
    m_languages.setLanguage(Language::English);
    QVERIFY(m_dir.isValid());
}

SavedView TestGapExport::gapView(Language lang) const
{
    SavedView v;
    v.panel = SavedView::Panel::Gap;
    v.indicator = QStringLiteral("largest_training_compute_to_date");
    v.filter.countries = {"USA", "CHN", "KOR"};
    v.filter.yearFrom = 2020;
    v.filter.yearTo = 2025;
    v.gapLeader = QStringLiteral("USA");
    v.gapFollowers = {QStringLiteral("CHN"), QStringLiteral("KOR")};
    v.language = lang;
    return v;
}

TestGapExport::Run TestGapExport::gapscope(const QStringList &args) const
{
    return test::runExport(m_dir.path(), args);
}

void TestGapExport::summaryRowsKeepEachYearsLastDate()
{
    // Two followers: one with several dates a year, one with a single date.
    GapResult china;
    china.follower = QStringLiteral("CHN");
    for (const auto &[year, month] : {std::pair{2023, 3}, {2023, 11}, {2024, 5}, {2025, 1}, {2025, 2}}) {
        GapPoint p;
        p.year = year;
        p.month = month;
        china.points.append(p);
    }
    GapResult korea;
    korea.follower = QStringLiteral("KOR");
    korea.points.append(GapPoint{});
    korea.points.last().year = 2024;
    GapTableModel model;
    model.setResults(&m_dataset, {china, korea});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.summaryRows(2), (QList<int>{2, 4, 5})); // 2024-05 and 2025-02; Korea's 2024
    QCOMPARE(model.summaryRows(3), (QList<int>{1, 2, 4, 5})); // and 2023-11
    QCOMPARE(model.summaryRows(9), (QList<int>{1, 2, 4, 5}));
}

void TestGapExport::gapViewRoundTrips()
{
    SavedView v = gapView(Language::Korean);
    v.gapMethod = QStringLiteral("values");
    const QString path = m_dir.filePath("gap.gapview");
    ViewFile file;
    QVERIFY2(file.write(path, v), qPrintable(file.errorString()));
    const auto back = file.read(path);
    QVERIFY2(back, qPrintable(file.errorString()));
    QVERIFY(*back == v);
    QCOMPARE(back->gapFollowers, (QStringList{"CHN", "KOR"}));
    // "running-max" is read as the frontier's other name and written as "frontier".
    const auto other = file.parse(QJsonDocument::fromJson(
        R"({"format":"gapview","version":1,"panel":"gap","gap":{"leader":"USA","method":"running-max"}})").object());
    QVERIFY2(other, qPrintable(file.errorString()));
    QCOMPARE(other->panel, SavedView::Panel::Gap);
    QCOMPARE(other->gapMethod, QStringLiteral("frontier"));
    QVERIFY(other->gapFollowers.isEmpty());
}

void TestGapExport::badGapViews_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("method") << QByteArray(R"({"format":"gapview","version":1,"gap":{"method":"median"}})");
    QTest::newRow("followers not a list") << QByteArray(R"({"format":"gapview","version":1,"gap":{"followers":"CHN"}})");
    QTest::newRow("follower not a text") << QByteArray(R"({"format":"gapview","version":1,"gap":{"followers":[1]}})");
    QTest::newRow("leader not a text") << QByteArray(R"({"format":"gapview","version":1,"gap":{"leader":7}})");
    QTest::newRow("not an object") << QByteArray(R"({"format":"gapview","version":1,"gap":"USA"})");
}

void TestGapExport::badGapViews()
{
    QFETCH(QByteArray, content);
    const QString path = test::writeFile(m_dir.filePath("bad.gapview"), content);
    ViewFile file;
    QVERIFY(!file.read(path));
    QVERIFY2(file.errorString().contains(QStringLiteral("\"gap\"")) && file.errorString().contains(path),
             qPrintable(file.errorString()));
}

void TestGapExport::slideShowsTheGap()
{
    SlideRenderer renderer(m_dataset, gapView());
    QVERIFY2(renderer.emptyMessage().isEmpty(), qPrintable(renderer.emptyMessage()));
    QCOMPARE(renderer.title(), QStringLiteral("Gap behind United States: Largest training compute to date (frontier)"));
    QVERIFY2(renderer.subtitle().startsWith(QStringLiteral("China, South Korea · 2020–2025")),
             qPrintable(renderer.subtitle()));
    const GapPanel *gap = renderer.gapPanel();
    QVERIFY(gap);
    // A frontier: the running maximum, by default; month by month (Epoch's models are dated).
    QCOMPARE(gap->method(), GapMethod::RunningMax);
    QVERIFY(gap->model()->rowCount() > 12);
    QCOMPARE(gap->model()->results().constFirst().precision, GapPrecision::Months);
    QVERIFY(gap->explanation().constFirst().contains(GapText::methodName(GapMethod::RunningMax)));
    // The sources are Epoch AI's, under their own licence.
    const QStringList sources = renderer.sources();
    QVERIFY(!sources.isEmpty());
    for (const QString &s : sources)
        QVERIFY2(s.contains(QStringLiteral("Epoch AI")) && s.contains(QStringLiteral("CC BY 4.0")), qPrintable(s));
    const QImage image = renderer.image();
    QCOMPARE(image.size(), QSize(1920, 1080));
    QVERIFY(image.text(QStringLiteral("Copyright")).contains(QStringLiteral("CC BY 4.0")));
    // The indicator is computed by GapScope from Epoch's models: the picture says how.
    QVERIFY2(image.text(QStringLiteral("Comment")).startsWith(QStringLiteral("How it is computed: Computed by GapScope")),
             qPrintable(image.text(QStringLiteral("Comment"))));
    // A published series has no recipe.
    SavedView published = gapView();
    published.panel = SavedView::Panel::Chart;
    published.indicator = QStringLiteral("private_ai_investment");
    QCOMPARE(SlideRenderer(m_dataset, published).recipe(), QString());
    // The chart is drawn: many pixels in the panel differ from the background.
    const QRect panel = renderer.panelRect().toRect();
    const QRgb background = image.pixel(1, 1);
    int inked = 0;
    for (int y = panel.top(); y < panel.bottom(); y += 3) {
        for (int x = panel.left(); x < panel.right(); x += 3)
            inked += image.pixel(x, y) != background;
    }
    QVERIFY2(inked > panel.width() * panel.height() / 9 / 50, qPrintable(QString::number(inked)));
}

void TestGapExport::opensOnAFrontierIndicator()
{
    // No indicator asked for: a frontier one, where a time gap always has an answer.
    SavedView view = gapView();
    view.indicator.clear();
    view.filter.yearFrom = view.filter.yearTo = 0;
    SlideRenderer renderer(m_dataset, view);
    const Indicator *shown = m_dataset.indicator(renderer.gapPanel()->indicator());
    QVERIFY(shown);
    QCOMPARE(GapCalculator::defaultMethod(*shown), GapMethod::RunningMax);
    QCOMPARE(renderer.gapPanel()->method(), GapMethod::RunningMax);
    QVERIFY(renderer.emptyMessage().isEmpty());
}

void TestGapExport::deckHasTheFiguresInATable_data()
{
    QTest::addColumn<Language>("lang");
    QTest::newRow("en") << Language::English;
    QTest::newRow("ko") << Language::Korean;
}

void TestGapExport::deckHasTheFiguresInATable()
{
    QFETCH(Language, lang);
    const SavedView view = gapView(lang);
    const QString path = m_dir.filePath(QStringLiteral("gap-%1.pptx").arg(languageCode(lang)));
    DeckWriter deck(m_dataset, &m_languages);
    QVERIFY2(deck.write({view}, path), qPrintable(deck.errorString()));
    QCOMPARE(m_languages.language(), Language::English);
    QCOMPARE(test::deckProblem(path), QString());
    QString problem;
    const auto parts = test::zipParts(path, &problem);
    const QString slide = QString::fromUtf8(parts.value("ppt/slides/slide1.xml"));
    QVERIFY(slide.contains("<p:pic>"));
    QVERIFY(slide.contains("<a:tbl>"));

    // The table holds the figures of the panel's summary rows, in the slide's language.
    m_languages.setLanguage(lang);
    SlideRenderer renderer(m_dataset, view);
    const GapTableModel *model = renderer.gapPanel()->model();
    const QList<int> rows = model->summaryRows(3);
    QCOMPARE(rows.size(), 6); // three years for each of the two followers
    QCOMPARE(slide.count("<a:tr "), 1 + rows.size());
    QVERIFY(slide.contains(model->headerData(GapTableModel::TimeGapColumn, Qt::Horizontal).toString()
                               .toHtmlEscaped()));
    for (int row : rows) {
        for (int column : {GapTableModel::DateColumn, GapTableModel::ShareColumn, GapTableModel::TimeGapColumn}) {
            const QString text = model->index(row, column).data().toString().toHtmlEscaped();
            QVERIFY2(slide.contains(QStringLiteral("<a:t>") + text + QStringLiteral("</a:t>")), qPrintable(text));
        }
    }
    QCOMPARE(model->index(rows.constLast(), GapTableModel::DateColumn).data(YearRole).toInt(), 2025);
    // The recipe and the method's paragraph in the notes.
    const QString notes = QString::fromUtf8(parts.value("ppt/notesSlides/notesSlide1.xml"));
    QVERIFY(notes.contains(renderer.recipe().toHtmlEscaped()));
    QVERIFY(!renderer.recipe().isEmpty());
    QVERIFY(notes.contains(renderer.gapPanel()->explanation().at(1).toHtmlEscaped()));
    // The method, and Epoch's licence in the footer.
    QVERIFY(slide.contains(renderer.gapPanel()->explanation().constFirst().toHtmlEscaped()));
    QVERIFY(slide.contains(QStringLiteral("CC BY 4.0")));
    m_languages.setLanguage(Language::English);
}

void TestGapExport::commandLineWritesEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("png") << "gap.png";
    QTest::newRow("svg") << "gap.svg";
    QTest::newRow("pdf") << "gap.pdf";
    QTest::newRow("pptx") << "gap.pptx";
}

void TestGapExport::commandLineWritesEachFormat()
{
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    QFile::remove(path);
    const Run r = gapscope({"--panel", "gap", "--indicator", "largest_training_compute_to_date", "--leader", "USA",
                            "--follower", "CHN,KOR", "--year", "2020:2025", "--lang", "ko", "--out", path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    if (file.endsWith(".png")) {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1920, 1080));
        QCOMPARE(image.text("Title"), QStringLiteral("미국 대비 격차: 현재까지 최대 훈련 연산량(프런티어)"));
        QVERIFY(image.text("Copyright").contains("CC BY 4.0"));
    } else if (file.endsWith(".svg")) {
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
    } else if (file.endsWith(".pdf")) {
        const QString pdf = test::pdfText(path);
        QVERIFY2(pdf.contains(QStringLiteral("미국 대비 격차")), qPrintable(pdf));
        QVERIFY2(pdf.contains(QStringLiteral("CC BY 4.0")), qPrintable(pdf));
    } else {
        int slides = 0;
        QCOMPARE(test::deckProblem(path, &slides), QString());
        QCOMPARE(slides, 1);
    }
}

void TestGapExport::commandLineRefusesBadGapOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("method") << QStringList{"--method", "median"} << "--method must be frontier or values";
    QTest::newRow("leader unknown") << QStringList{"--leader", "XXX"} << "unknown country or region code \"XXX\"";
    QTest::newRow("two leaders") << QStringList{"--leader", "USA,CHN"} << "--leader must be one country code";
    QTest::newRow("follower unknown") << QStringList{"--follower", "CHN,ZZZ"} << "unknown country or region code \"ZZZ\"";
    QTest::newRow("panel") << QStringList{"--panel", "gaps"} << "--panel must be chart, table, comparison, swot, gap, map, scatter or bubble";
}

void TestGapExport::commandLineRefusesBadGapOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString path = m_dir.filePath("refused.png");
    QStringList all{"--panel", "gap", "--indicator", "largest_training_compute_to_date", "--out", path};
    all += args;
    const Run r = gapscope(all);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestGapExport)
#include "tst_gapexport.moc"
