#include "CountryColors.h"
#include "InterfaceFont.h"
#include "TestSupport.h"
#include "LanguageManager.h"
#include "export/DeckWriter.h"
#include "export/ExportWriter.h"
#include "export/SlideRenderer.h"
#include "io/DatasetReader.h"
#include "view/SavedView.h"
#include "view/ViewFile.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

using namespace gapscope;

// Exports read back: PNG size, pixels and text chunks; SVG re-rendered, text as outlines; PDF
// fonts embedded and text extractable; PPTX unzipped and checked part by part; .gapview files
// round-trip; the command line refuses bad options without writing anything.
class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savedViewRoundTrips();
    void badViewFiles_data();
    void badViewFiles();
    void pngSizesAndMetadata_data();
    void pngSizesAndMetadata();
    void everyPanelPaints_data();
    void everyPanelPaints();
    void koreanSlideTexts();
    void svgHasOutlinesAndRerenders();
    void pdfEmbedsFontsAndKeepsText();
    void deckIsValidOfficeOpenXml();
    void commandLineWritesEachFormat_data();
    void commandLineWritesEachFormat();
    void commandLineOpensOnTheWindowsView();
    void commandLineSwotOfTheCountriesGiven();
    void commandLineRefusesBadOptions_data();
    void commandLineRefusesBadOptions();

private:
    SavedView chartView(Language lang = Language::English) const;
    // Pixels that differ from the background: how much was drawn.
    static int inkedPixels(const QImage &image);
    using Run = test::ProgramRun;
    Run gapscope(const QStringList &args) const;

    Dataset m_dataset;
    LanguageManager m_languages;
    InterfaceFont m_font{&m_languages}; // as the program does
    QTemporaryDir m_dir;
    QString m_db;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(reader.errorString()));
    m_dataset = *d;
    m_languages.setLanguage(Language::English);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath("workspace.gapscope");
}

SavedView TestExport::chartView(Language lang) const
{
    SavedView v;
    v.filter.countries = {"USA", "CHN", "KOR"};
    v.filter.yearFrom = 2014;
    v.filter.yearTo = 2023;
    v.indicator = "private_ai_investment";
    v.language = lang;
    return v;
}

int TestExport::inkedPixels(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            inked += image.pixel(x, y) != background;
    }
    return inked;
}

TestExport::Run TestExport::gapscope(const QStringList &args) const
{
    return test::runGapscope(QStringList{"export", "--db", m_db} + args, m_dir.filePath("xdg"));
}

void TestExport::savedViewRoundTrips()
{
    SavedView v = chartView(Language::Korean);
    v.panel = SavedView::Panel::Chart;
    v.chartKind = SavedView::ChartKind::Stacked;
    v.logScale = true;
    v.filter.dimensions = {"capital"};
    v.filter.text = QStringLiteral("투자");
    // A range to the day and to the month, kept as dates beside the years.
    v.filter.yearFrom = 2015;
    v.filter.monthFrom = 3;
    v.filter.dayFrom = 15;
    v.filter.yearTo = 2022;
    v.filter.monthTo = 6;
    v.size = QSize(1600, 1200);
    v.scale = 2;
    v.dpi = 144;
    v.theme = SavedView::Theme::Dark;
    v.title = QStringLiteral("민간 투자 \"2014–2023\"");
    const QString path = m_dir.filePath("round.gapview");
    ViewFile file;
    QVERIFY2(file.write(path, v), qPrintable(file.errorString()));
    const auto back = file.read(path);
    QVERIFY2(back, qPrintable(file.errorString()));
    QVERIFY(file.errorString().isEmpty());
    QVERIFY(*back == v);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject filter = QJsonDocument::fromJson(written.readAll()).object().value("filter").toObject();
    QCOMPARE(filter.value("date_from").toString(), QString("2015-03-15"));
    QCOMPARE(filter.value("date_to").toString(), QString("2022-06"));
    QCOMPARE(filter.value("year_from").toInt(), 2015);
    // Defaults fill what a hand-written file leaves out.
    const auto minimal = file.parse(QJsonDocument::fromJson(R"({"format":"gapview","version":1})").object());
    QVERIFY2(minimal, qPrintable(file.errorString()));
    QVERIFY(*minimal == SavedView());
}

void TestExport::badViewFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << "not valid JSON";
    QTest::newRow("not json, line 3") << QByteArray("{\n  \"format\": \"gapview\",\n  \"version\": 1,,\n}") << "line 3, column";
    QTest::newRow("array") << QByteArray("[1]") << "JSON object";
    QTest::newRow("foreign") << QByteArray(R"({"format":"other","version":1})") << "\"format\"";
    QTest::newRow("panel") << QByteArray(R"({"format":"gapview","version":1,"panel":"pie"})") << "\"panel\"";
    QTest::newRow("size") << QByteArray(R"({"format":"gapview","version":1,"width":20})") << "\"width\"";
    QTest::newRow("scale") << QByteArray(R"({"format":"gapview","version":1,"scale":5})") << "\"scale\"";
    // Out of int's range: rejected, not converted (the conversion itself is undefined behaviour).
    QTest::newRow("huge width") << QByteArray(R"({"format":"gapview","version":1,"width":6.66667e13})") << "\"width\"";
    QTest::newRow("fractional dpi") << QByteArray(R"({"format":"gapview","version":1,"dpi":96.5})") << "\"dpi\"";
    QTest::newRow("years") << QByteArray(R"({"format":"gapview","version":1,"filter":{"year_from":2023,"year_to":2014}})")
                           << "reversed";
    QTest::newRow("dates reversed")
        << QByteArray(R"({"format":"gapview","version":1,"filter":{"date_from":"2023-05","date_to":"2023-04-30"}})")
        << "dates are reversed: 2023-05 is after 2023-04-30";
    QTest::newRow("no date") << QByteArray(R"({"format":"gapview","version":1,"filter":{"date_to":"2023-02-30"}})")
                             << "date_to must be a date";
    QTest::newRow("countries") << QByteArray(R"({"format":"gapview","version":1,"filter":{"countries":[1]}})")
                               << "countries";
    QTest::newRow("language") << QByteArray(R"({"format":"gapview","version":1,"language":"fr"})") << "\"language\"";
}

void TestExport::badViewFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath("bad.gapview");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    ViewFile file;
    QVERIFY(!file.read(path));
    const QString error = file.errorString();
    QVERIFY2(error.contains(message) && error.contains(path), qPrintable(error));
}

void TestExport::pngSizesAndMetadata_data()
{
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("theme");
    QTest::newRow("16:9") << "16:9" << 1 << int(Language::English) << int(SavedView::Theme::Light);
    QTest::newRow("4:3 at 2x, Korean") << "4:3" << 2 << int(Language::Korean) << int(SavedView::Theme::Light);
    QTest::newRow("square, dark") << "square" << 1 << int(Language::English) << int(SavedView::Theme::Dark);
    QTest::newRow("A4, slide theme") << "a4" << 1 << int(Language::Korean) << int(SavedView::Theme::Slide);
    QTest::newRow("custom at 3x") << "800x450" << 3 << int(Language::English) << int(SavedView::Theme::Light);
}

void TestExport::pngSizesAndMetadata()
{
    QFETCH(QString, size);
    QFETCH(int, scale);
    QFETCH(int, language);
    QFETCH(int, theme);
    SavedView v = chartView(Language(language));
    v.size = *SavedView::sizeFromName(size);
    v.scale = scale;
    v.theme = SavedView::Theme(theme);
    m_languages.setLanguage(v.language);
    const QString path = m_dir.filePath("chart.png");
    ExportWriter writer(m_dataset);
    QVERIFY2(writer.write(v, path), qPrintable(writer.errorString()));
    m_languages.setLanguage(Language::English);

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QString title = reader.text("Title");
    const QString source = reader.text("Source");
    const QString licence = reader.text("Copyright");
    const QImage image = reader.read();
    QCOMPARE(image.size(), v.size * scale);
    QVERIFY(inkedPixels(image) > image.width() * image.height() / 400);
    // The countries' lines are drawn in their colours.
    const QColor usa = CountryColors::color(m_dataset, "USA");
    bool sawUsa = false;
    for (int y = 0; y < image.height() && !sawUsa; ++y) {
        for (int x = 0; x < image.width() && !sawUsa; ++x)
            sawUsa = image.pixelColor(x, y) == usa;
    }
    QVERIFY(sawUsa);
    QCOMPARE(title, v.language == Language::Korean ? QStringLiteral("AI 분야 민간 투자") : QStringLiteral("Private investment in AI"));
    QVERIFY2(source.contains("ourworldindata.org"), qPrintable(source));
    // The licence of each source shown, with the source it belongs to.
    QCOMPARE(licence, v.language == Language::Korean ? QStringLiteral("CC BY-NC 4.0: 인공지능 분야 연간 민간 투자")
                                                     : QStringLiteral("CC BY-NC 4.0: Annual private investment in artificial intelligence"));
    QVERIFY(reader.text("Software").contains(m_dataset.version));
}

void TestExport::everyPanelPaints_data()
{
    QTest::addColumn<int>("panel");
    QTest::addColumn<QString>("title");
    QTest::newRow("table") << int(SavedView::Panel::Table) << "Observations";
    QTest::newRow("comparison") << int(SavedView::Panel::Comparison) << "Countries compared by dimension";
    QTest::newRow("swot") << int(SavedView::Panel::Swot) << "SWOT: South Korea";
}

void TestExport::everyPanelPaints()
{
    QFETCH(int, panel);
    QFETCH(QString, title);
    SavedView v = chartView();
    v.panel = SavedView::Panel(panel);
    v.filter.yearFrom = 0;
    v.filter.yearTo = 0;
    SlideRenderer renderer(m_dataset, v);
    QCOMPARE(renderer.title(), title);
    QVERIFY(renderer.emptyMessage().isEmpty());
    QVERIFY(!renderer.sources().isEmpty());
    const QImage slide = renderer.image();
    const QImage panelOnly = renderer.panelImage(QSize(1200, 600), 1);
    QVERIFY(inkedPixels(panelOnly) > 1200 * 600 / 4 / 50);
    QVERIFY(inkedPixels(slide) > inkedPixels(panelOnly) / 4);

    // A filter that leaves nothing gives a slide that says why.
    v.filter.countries = {"FRA"};
    v.filter.dimensions = {"language"};
    SlideRenderer empty(m_dataset, v);
    QVERIFY(!empty.emptyMessage().isEmpty());
}

void TestExport::koreanSlideTexts()
{
    m_languages.setLanguage(Language::Korean);
    SlideRenderer renderer(m_dataset, chartView(Language::Korean));
    QCOMPARE(renderer.subtitle(), QStringLiteral("미국, 중국, 대한민국 · 2014–2023년 · 2021년 불변 미국 달러"));
    QVERIFY2(renderer.footer().startsWith(QStringLiteral("출처: ")), qPrintable(renderer.footer()));
    QVERIFY(renderer.footer().contains(QStringLiteral("(라이선스: CC BY-NC 4.0)")));
    QCOMPARE(renderer.producer(), QStringLiteral("GapScope %1 · 데이터셋 %2").arg(GAPSCOPE_VERSION, m_dataset.version));
    SavedView swot = chartView(Language::Korean);
    swot.panel = SavedView::Panel::Swot;
    swot.filter = Filter();
    SlideRenderer swotRenderer(m_dataset, swot);
    QCOMPARE(swotRenderer.title(), QStringLiteral("SWOT: 대한민국"));
    QVERIFY(swotRenderer.subtitle().startsWith(QStringLiteral("모든 국가 · 전체 연도")));
    m_languages.setLanguage(Language::English);
}

void TestExport::svgHasOutlinesAndRerenders()
{
    m_languages.setLanguage(Language::Korean);
    SavedView v = chartView(Language::Korean);
    v.theme = SavedView::Theme::Dark;
    const QString path = m_dir.filePath("chart.svg");
    ExportWriter writer(m_dataset);
    QVERIFY2(writer.write(v, path), qPrintable(writer.errorString()));
    m_languages.setLanguage(Language::English);

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    // Text is drawn as glyph outlines, so it shows without our fonts; the texts stay in the file.
    QVERIFY(!svg.contains("<text"));
    QVERIFY(svg.contains("<title>AI 분야 민간 투자</title>"));
    QVERIFY(svg.contains("CC BY-NC 4.0"));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 1920, 1080));
    QImage image(960, 540, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    // The dark background covers the picture, and more than the background was drawn.
    QCOMPARE(image.pixelColor(2, 2), SlideTheme::of(SavedView::Theme::Dark).background);
    QVERIFY(inkedPixels(image) > 960 * 540 / 4 / 100);
    image.save(m_dir.filePath("svg-rerendered.png"));
}

void TestExport::pdfEmbedsFontsAndKeepsText()
{
    m_languages.setLanguage(Language::Korean);
    SavedView v = chartView(Language::Korean);
    v.chartKind = SavedView::ChartKind::Bar;
    const QString path = m_dir.filePath("chart.pdf");
    ExportWriter writer(m_dataset);
    QVERIFY2(writer.write(v, path), qPrintable(writer.errorString()));
    m_languages.setLanguage(Language::English);

    QProcess fonts;
    fonts.start("pdffonts", {path});
    QVERIFY2(fonts.waitForFinished(30000), "pdffonts (poppler-utils) is missing");
    const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3); // header, rule, at least one font
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(' ', Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == "yes", qPrintable("not embedded: " + line));
    }
    QProcess text;
    text.start("pdftotext", {path, "-"});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("AI 분야 민간 투자")), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("대한민국")));
    QVERIFY(content.contains("CC BY-NC 4.0"));
    QProcess info;
    info.start("pdfinfo", {path});
    QVERIFY(info.waitForFinished(30000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains(QStringLiteral("AI 분야 민간 투자")) && meta.contains("GapScope"), qPrintable(meta));
}

void TestExport::deckIsValidOfficeOpenXml()
{
    QList<SavedView> views{chartView(Language::Korean), chartView(), chartView()};
    views[1].panel = SavedView::Panel::Comparison;
    views[1].filter.yearFrom = views[1].filter.yearTo = 0; // the assessments are of 2025 and 2026
    views[2].panel = SavedView::Panel::Swot;
    views[2].filter.countries = {"KOR"};
    views[2].filter.yearFrom = views[2].filter.yearTo = 0; // the SWOT items are of 2026: none would say why instead
    const QString path = m_dir.filePath("deck.pptx");
    DeckWriter deck(m_dataset, &m_languages);
    QVERIFY2(deck.write(views, path), qPrintable(deck.errorString()));
    QCOMPARE(m_languages.language(), Language::English); // put back as it was

    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    QVERIFY2(archive, "not a valid zip file");
    QHash<QString, QByteArray> parts;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        QVERIFY(zip_stat_index(archive, zip_uint64_t(i), 0, &st) == 0);
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        QVERIFY(file);
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        QCOMPARE(zip_fread(file, data.data(), st.size), zip_int64_t(st.size));
        zip_fclose(file);
        parts.insert(QString::fromUtf8(st.name), data);
    }
    zip_close(archive);

    // Every XML part is well-formed.
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(".xml") && !it.key().endsWith(".rels"))
            continue;
        QXmlStreamReader xml(it.value());
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(it.key() + ": " + xml.errorString()));
    }
    // Content types cover every part, by extension or by name.
    QXmlStreamReader types(parts.value("[Content_Types].xml"));
    QSet<QString> extensions;
    QSet<QString> overrides;
    while (types.readNextStartElement() || !types.atEnd()) {
        if (types.isStartElement() && types.name() == QLatin1String("Default"))
            extensions.insert(types.attributes().value("Extension").toString());
        if (types.isStartElement() && types.name() == QLatin1String("Override"))
            overrides.insert(types.attributes().value("PartName").toString().mid(1));
        if (types.isStartElement() && types.name() != QLatin1String("Types"))
            types.skipCurrentElement();
    }
    for (const QString &part : parts.keys()) {
        if (part == "[Content_Types].xml")
            continue;
        QVERIFY2(extensions.contains(part.section('.', -1)) || overrides.contains(part), qPrintable(part));
        if (part.endsWith(".xml") && part.startsWith("ppt/"))
            QVERIFY2(overrides.contains(part), qPrintable("no content type override for " + part));
    }
    for (const QString &part : std::as_const(overrides))
        QVERIFY2(parts.contains(part), qPrintable("content type for a missing part: " + part));
    // Every relationship points at a part that exists.
    int slideRels = 0;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!it.key().endsWith(".rels"))
            continue;
        const QString folder = it.key().section("_rels/", 0, 0);
        QXmlStreamReader rels(it.value());
        while (!rels.atEnd()) {
            rels.readNext();
            if (!rels.isStartElement() || rels.name() != QLatin1String("Relationship"))
                continue;
            const QString target = QDir::cleanPath(folder + rels.attributes().value("Target").toString());
            QVERIFY2(parts.contains(target), qPrintable(it.key() + " -> " + target));
            slideRels += rels.attributes().value("Type").endsWith(QLatin1String("/slide"));
        }
    }
    // The comparison and the SWOT continue on further slides in readable type.
    const int slides = int(parts.value("ppt/presentation.xml").count("<p:sldId "));
    QVERIFY(slides >= 3);
    QCOMPARE(slideRels, 2 * slides); // from the presentation, and from each notes slide

    // Slide 1: the chart as a native chart (tst_nativechart reads it), titled in Korean, sources
    // in the footer and the notes.
    const QString slide1 = QString::fromUtf8(parts.value("ppt/slides/slide1.xml"));
    QVERIFY(slide1.contains(QStringLiteral("AI 분야 민간 투자")));
    QVERIFY(slide1.contains("drawingml/2006/chart") && !slide1.contains("<p:pic>"));
    QVERIFY(parts.value("ppt/charts/chart1.xml").contains(QStringLiteral("미국").toUtf8()));
    QVERIFY(slide1.contains("CC BY-NC 4.0"));
    const QString notes1 = QString::fromUtf8(parts.value("ppt/notesSlides/notesSlide1.xml"));
    QVERIFY(notes1.contains("ourworldindata.org") && notes1.contains("CC BY-NC 4.0"));
    // The other slides: native tables, not pictures.
    QString tables;
    for (int n = 2; n <= slides; ++n) {
        const QString slide = QString::fromUtf8(parts.value(QStringLiteral("ppt/slides/slide%1.xml").arg(n)));
        QVERIFY(slide.contains("<a:tbl>") && !slide.contains("<p:pic>"));
        tables += slide;
    }
    QVERIFY(QString::fromUtf8(parts.value("ppt/slides/slide2.xml")).contains("OpenAI"));
    QVERIFY(tables.contains("Strengths (") && tables.contains("Threats ("));
}

void TestExport::commandLineWritesEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "out.png" << QByteArray("\x89PNG");
    QTest::newRow("svg") << "out.svg" << QByteArray("<?xml");
    QTest::newRow("pdf") << "out.pdf" << QByteArray("%PDF");
    QTest::newRow("pptx") << "out.pptx" << QByteArray("PK\x03\x04");
}

void TestExport::commandLineWritesEachFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, magic);
    const QString path = m_dir.filePath(file);
    const Run r = gapscope({"--out", path, "--chart", "bar", "--indicator", "private_ai_investment", "--country",
                            "USA,CHN,KOR", "--year", "2018:2023", "--size", "1280x720", "--theme", "slide", "--lang", "ko"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(magic.size()) == magic);
    if (file.endsWith(".png"))
        QCOMPARE(QImage(path).size(), QSize(1280, 720));
}

void TestExport::commandLineOpensOnTheWindowsView()
{
    // Without --country or --view, an export shows what the window opens on (the United States,
    // China and South Korea), not every country with a legend too crowded to name them;
    // "--country all" asks for every one.
    auto svgText = [this](const QStringList &args) {
        const QString path = m_dir.filePath("opening.svg");
        QFile::remove(path);
        const Run r = gapscope(QStringList{"--out", path} + args);
        if (r.exitCode != 0)
            return QString::fromUtf8(r.err);
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString opening = svgText({});
    QVERIFY2(opening.contains("South Korea") && opening.contains("United States") && opening.contains("China"),
             qPrintable(opening.left(300)));
    QVERIFY(!opening.contains("All countries"));
    QVERIFY(!opening.contains(">Japan<"));
    const QString all = svgText({"--country", "all"});
    QVERIFY2(all.contains("All countries"), qPrintable(all.left(300)));
    // Every country: the ten with the highest last value keep their colours and names in the
    // legend, the others are thin grey lines with one entry for all (read from a PDF, whose
    // text is kept as text).
    auto pdfText = [this](const QStringList &args) {
        const QString path = m_dir.filePath("opening.pdf");
        QFile::remove(path);
        const Run r = gapscope(QStringList{"--out", path} + args);
        if (r.exitCode != 0)
            return QString::fromUtf8(r.err);
        QProcess text;
        text.start("pdftotext", {path, "-"});
        return text.waitForFinished(30000) ? QString::fromUtf8(text.readAllStandardOutput()).simplified() : QString();
    };
    const QString every = pdfText({"--country", "all"});
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("(\\d+) other countries \\(grey\\)")).match(every);
    QVERIFY2(match.hasMatch(), qPrintable(every));
    QVERIFY(match.captured(1).toInt() > 50);
    QVERIFY(every.contains("United States") && every.contains("China"));
    QVERIFY(!every.contains("Brazil")); // a country with little investment: grey, not named
    const QString three = pdfText({});
    QVERIFY2(three.contains("South Korea") && !three.contains("other countries"), qPrintable(three));
}

void TestExport::commandLineSwotOfTheCountriesGiven()
{
    // --country names the SWOT's countries, in their order: two side by side.
    auto pdfText = [this](const QStringList &countries) {
        const QString path = m_dir.filePath("swot.pdf");
        QFile::remove(path);
        const Run r = gapscope({"--out", path, "--panel", "swot", "--country", countries.join(',')});
        if (r.exitCode != 0)
            return QString::fromUtf8(r.err);
        QProcess text;
        text.start("pdftotext", {path, "-"});
        return text.waitForFinished(30000) ? QString::fromUtf8(text.readAllStandardOutput()) : QString();
    };
    QString both = pdfText({"USA", "KOR"});
    QVERIFY2(both.contains(QStringLiteral("SWOT: United States · South Korea")), qPrintable(both.left(400)));
    // Items of both: a strength of each.
    for (const QString &code : {QStringLiteral("USA"), QStringLiteral("KOR")}) {
        const auto item = std::find_if(m_dataset.swot.cbegin(), m_dataset.swot.cend(), [&code](const SwotItem &s) {
            return s.country == code && s.quadrant == QLatin1Char('S');
        });
        QVERIFY(item != m_dataset.swot.cend());
        QVERIFY2(both.simplified().contains(item->text.en.left(30)), qPrintable(item->text.en));
    }
    // A country without a SWOT is left out; one alone is shown alone.
    const QString china = pdfText({"JPN", "CHN"});
    QVERIFY2(china.contains(QStringLiteral("SWOT: China")) && !china.contains(QStringLiteral("SWOT: China ·")),
             qPrintable(china.left(400)));
}

void TestExport::commandLineRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{} << "--out";
    QTest::newRow("format") << QStringList{"--out", "bad.gif"} << "unknown format";
    QTest::newRow("size") << QStringList{"--out", "bad.png", "--size", "10x10"} << "--size";
    QTest::newRow("theme") << QStringList{"--out", "bad.png", "--theme", "neon"} << "--theme";
    QTest::newRow("chart") << QStringList{"--out", "bad.png", "--chart", "pie"} << "--chart";
    QTest::newRow("indicator") << QStringList{"--out", "bad.png", "--indicator", "nope"} << "nope";
    QTest::newRow("country") << QStringList{"--out", "bad.png", "--country", "XXX"} << "XXX";
    QTest::newRow("years") << QStringList{"--out", "bad.png", "--year", "2023:2014"} << "2023:2014";
    QTest::newRow("scale") << QStringList{"--out", "bad.png", "--scale", "4"} << "--scale";
    QTest::newRow("language") << QStringList{"--out", "bad.png", "--lang", "fr"} << "fr";
    QTest::newRow("missing view") << QStringList{"--out", "bad.png", "--view", "missing.gapview"} << "missing.gapview";
    QTest::newRow("three SWOTs") << QStringList{"--out", "bad.png", "--panel", "swot", "--country", "KOR,USA,CHN"}
                                 << "two side by side";
    QTest::newRow("two views to png") << QStringList{"--out", "bad.png", "--view", "a.gapview", "--view", "a.gapview"}
                                      << ".pptx";
}

void TestExport::commandLineRefusesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    // A valid view file for the rows that need one.
    QVERIFY(ViewFile().write(m_dir.filePath("a.gapview"), SavedView()));
    for (QString &a : args) {
        if (a.endsWith(".png") || a.endsWith(".gif") || a.endsWith(".gapview"))
            a = m_dir.filePath(a);
    }
    QFile::remove(m_dir.filePath("bad.png"));
    const Run r = gapscope(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath("bad.png")));
    QVERIFY(!QFile::exists(m_dir.filePath("bad.gif")));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
