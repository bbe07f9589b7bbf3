#include "InterfaceFont.h"
#include "PdfSupport.h"
#include "TestSupport.h"
#include "LanguageManager.h"
#include "export/DeckWriter.h"
#include "export/ExportWriter.h"
#include "export/SlideRenderer.h"
#include "format/DisplayText.h"
#include "export/SlideTheme.h"
#include "io/DatasetReader.h"
#include "view/SavedView.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <zip.h>

using namespace gapscope;

namespace {

// Counts the paint events that scroll bars get: a picture of a panel has them, a document not.
class ScrollBarPaints : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && qobject_cast<QScrollBar *>(watched))
            ++count;
        return false;
    }
};

using test::squeezed;

} // namespace

// The SWOT and comparison written as documents: every item, in the theme's type, nothing cut,
// nothing over the title or footer, no scroll bars; read back from the PNG and the PDF.
class TestExportDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void swotTitleSeparator_data();
    void swotTitleSeparator();
    void pictures_data();
    void pictures();
    void pdfs_data();
    void pdfs();
    void deckStillHasNativeTables();

private:
    SavedView view(SavedView::Panel panel, Language lang) const;
    // The texts that must all be in the export: the SWOT items of Korea, or the comparison's
    // row labels and country names.
    QStringList expectedTexts(SavedView::Panel panel, Language lang) const;
    // Checks the laid-out items against the slide's frame, and that the type is large.
    void checkLayout(const SlideRenderer &renderer, int pages, int minimumPixels) const;
    // Checks that between the panel and the footer's rule `page` shows only the background.
    void checkGapIsEmpty(const QImage &page, const SlideRenderer &renderer) const;

    Dataset m_dataset;
    LanguageManager m_languages;
    InterfaceFont m_font{&m_languages}; // as the program does
    QTemporaryDir m_dir;
};

void TestExportDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(reader.errorString()));
    m_dataset = *d;
    QVERIFY(m_dir.isValid());
    // The bundled data has a SWOT of Korea with 10 weaknesses: more than a panel shows at once.
    int weaknesses = 0;
    for (const SwotItem &s : m_dataset.swot)
        weaknesses += s.country == "KOR" && s.quadrant == u'W';
    QVERIFY(weaknesses >= 10);
}

void TestExportDocument::cleanup()
{
    m_languages.setLanguage(Language::English);
}

SavedView TestExportDocument::view(SavedView::Panel panel, Language lang) const
{
    SavedView v;
    v.panel = panel;
    v.theme = SavedView::Theme::Slide;
    v.size = QSize(1920, 1080);
    v.language = lang;
    if (panel == SavedView::Panel::Swot)
        v.filter.countries = {"KOR"};
    return v;
}

QStringList TestExportDocument::expectedTexts(SavedView::Panel panel, Language lang) const
{
    QStringList texts;
    if (panel == SavedView::Panel::Swot) {
        for (const SwotItem &s : m_dataset.swot) {
            if (s.country == "KOR")
                texts << s.text.text(lang);
        }
        return texts;
    }
    QSet<QString> dimensions;
    QSet<QString> countries;
    for (const Assessment &a : m_dataset.assessments) {
        if (a.kind == "comparison" || a.kind == "position") {
            dimensions.insert(a.dimension);
            countries.insert(a.country);
        }
    }
    for (const Dimension &d : m_dataset.dimensions) {
        if (dimensions.contains(d.id))
            texts << d.label.text(lang);
    }
    for (const QString &code : std::as_const(countries))
        texts << DisplayText::country(m_dataset, code, lang);
    return texts;
}

void TestExportDocument::checkLayout(const SlideRenderer &renderer, int pages, int minimumPixels) const
{
    QVERIFY2(renderer.bodyPixels() >= minimumPixels,
             qPrintable(QStringLiteral("body type of %1 px").arg(renderer.bodyPixels())));
    const QList<PanelDocument::Item> items = renderer.documentItems();
    QVERIFY(!items.isEmpty());
    for (const PanelDocument::Item &item : items) {
        const QString what = test::describe(item);
        QVERIFY2(item.page >= 0 && item.page < pages, qPrintable(what));
        QVERIFY2(renderer.panelRect().contains(item.rect), qPrintable(what));
        QVERIFY2(!item.rect.intersects(renderer.footerRect()), qPrintable(what));
        QVERIFY2(!item.rect.intersects(renderer.headerRect()), qPrintable(what));
        QVERIFY2(item.rect.height() >= renderer.bodyPixels(), qPrintable(what));
    }
    // Every item is laid out whole: its pieces put together give its text.
    const QStringList expected = expectedTexts(renderer.view().panel, renderer.view().language);
    for (const QString &text : expected) {
        bool found = false;
        for (const PanelDocument::Item &item : items)
            found |= item.text.startsWith(text);
        QVERIFY2(found, qPrintable("missing: " + text));
    }
}

void TestExportDocument::checkGapIsEmpty(const QImage &page, const SlideRenderer &renderer) const
{
    const double scale = double(page.width()) / renderer.view().size.width();
    const QColor background = page.pixelColor(2, 2);
    const int top = qCeil(renderer.panelRect().bottom() * scale) + 2;
    const int bottom = qFloor(renderer.footerRect().top() * scale) - 3;
    QVERIFY(bottom > top);
    for (int y = top; y <= bottom; ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (page.pixelColor(x, y) != background)
                QFAIL(qPrintable(QStringLiteral("ink at %1,%2 between the panel and the footer").arg(x).arg(y)));
        }
    }
}

void TestExportDocument::swotTitleSeparator_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("en") << int(Language::English) << QStringLiteral("SWOT: South Korea · United States");
    QTest::newRow("ko") << int(Language::Korean) << QStringLiteral("SWOT: 대한민국 · 미국");
}

void TestExportDocument::swotTitleSeparator()
{
    QFETCH(int, language);
    QFETCH(QString, title);
    m_languages.setLanguage(Language(language));
    SavedView v = view(SavedView::Panel::Swot, Language(language));
    v.filter = Filter();
    v.swotCountries = {"KOR", "USA"};
    SlideRenderer renderer(m_dataset, v);
    QCOMPARE(renderer.swotCountries(), (QStringList{"KOR", "USA"}));
    QCOMPARE(renderer.title(), title);
    // Both grids, whole, in the picture.
    renderer.image();
    QStringList texts;
    for (const PanelDocument::Item &item : renderer.documentItems())
        texts << item.text;
    for (const SwotItem &s : m_dataset.swot) {
        if (s.country == "KOR" || s.country == "USA")
            QVERIFY2(texts.filter(s.text.text(Language(language))).size() == 1, qPrintable(s.id));
    }
}

void TestExportDocument::pictures_data()
{
    QTest::addColumn<int>("panel");
    QTest::addColumn<int>("language");
    QTest::newRow("SWOT, en") << int(SavedView::Panel::Swot) << int(Language::English);
    QTest::newRow("SWOT, ko") << int(SavedView::Panel::Swot) << int(Language::Korean);
    QTest::newRow("comparison, en") << int(SavedView::Panel::Comparison) << int(Language::English);
    QTest::newRow("comparison, ko") << int(SavedView::Panel::Comparison) << int(Language::Korean);
}

void TestExportDocument::pictures()
{
    QFETCH(int, panel);
    QFETCH(int, language);
    m_languages.setLanguage(Language(language));
    const SavedView v = view(SavedView::Panel(panel), Language(language));
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.png").arg(SavedView::panelName(v.panel), languageCode(v.language)));
    ExportWriter writer(m_dataset);
    QVERIFY2(writer.write(v, path), qPrintable(writer.errorString()));

    // The same slide, laid out again to see where things went, page by page.
    ScrollBarPaints scrollBars;
    qApp->installEventFilter(&scrollBars);
    SlideRenderer renderer(m_dataset, v);
    renderer.setPaginated(true);
    const int pages = renderer.pageCount();
    QList<PanelDocument::Item> items;
    QCOMPARE(writer.writtenFiles().size(), pages);
    for (int page = 0; page < pages; ++page) {
        const QImage image = renderer.image(page);
        QCOMPARE(scrollBars.count, 0);
        const QImage png(ExportWriter::pagePath(path, page));
        QCOMPARE(writer.writtenFiles().at(page), ExportWriter::pagePath(path, page));
        QCOMPARE(png.size(), QSize(1920, 1080));
        QCOMPARE(image.convertToFormat(QImage::Format_RGB32), png.convertToFormat(QImage::Format_RGB32));
        checkGapIsEmpty(png, renderer);
        if (qEnvironmentVariableIsSet("GAPSCOPE_SCREENSHOTS"))
            png.save(qEnvironmentVariable("GAPSCOPE_SCREENSHOTS") + "/" + QFileInfo(ExportWriter::pagePath(path, page)).fileName());
    }
    qApp->removeEventFilter(&scrollBars);
    QVERIFY(!QFile::exists(ExportWriter::pagePath(path, pages)));
    // The theme's type, never smaller, and all of it, over the pages.
    checkLayout(renderer, pages, SlideTheme::of(v.theme).bodySize);
    if (pages > 1)
        QCOMPARE(renderer.bodyPixels(), SlideTheme::of(v.theme).bodySize);
}

void TestExportDocument::pdfs_data()
{
    pictures_data();
}

void TestExportDocument::pdfs()
{
    QFETCH(int, panel);
    QFETCH(int, language);
    m_languages.setLanguage(Language(language));
    const SavedView v = view(SavedView::Panel(panel), Language(language));
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(SavedView::panelName(v.panel), languageCode(v.language)));
    ExportWriter writer(m_dataset);
    QVERIFY2(writer.write(v, path), qPrintable(writer.errorString()));
    QCOMPARE(writer.writtenFiles(), QStringList{path});

    // Every item is in the text, whole.
    const QString raw = test::pdfText(path);
    const QString text = squeezed(raw);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is missing or failed");
    for (const QString &item : expectedTexts(v.panel, v.language))
        QVERIFY2(text.contains(squeezed(item)), qPrintable("not in the PDF: " + item + "\n" + raw));

    // Laid out as ExportWriter does, over as many pages as needed.
    SlideRenderer renderer(m_dataset, v);
    const int pages = test::paintOnPdf(renderer);
    checkLayout(renderer, pages, SlideTheme::of(v.theme).bodySize);

    // The written pages, as pictures: the same number, and nothing between panel and footer.
    const QString prefix = m_dir.filePath(QFileInfo(path).completeBaseName());
    QProcess toPng;
    toPng.start("pdftoppm", {"-r", QString::number(v.dpi), "-png", path, prefix});
    QVERIFY2(toPng.waitForFinished(60000) && toPng.exitCode() == 0, "pdftoppm (poppler-utils) is missing or failed");
    const QStringList written = QDir(m_dir.path()).entryList({QFileInfo(prefix).fileName() + "-*.png"}, QDir::Files,
                                                             QDir::Name);
    QCOMPARE(written.size(), pages);
    for (const QString &file : written) {
        const QImage page(m_dir.filePath(file));
        QCOMPARE(page.size(), QSize(1920, 1080));
        checkGapIsEmpty(page, renderer);
        if (qEnvironmentVariableIsSet("GAPSCOPE_SCREENSHOTS"))
            page.save(qEnvironmentVariable("GAPSCOPE_SCREENSHOTS") + "/pdf-" + file);
    }
    if (pages > 1)
        QVERIFY(text.contains(squeezed(v.language == Language::Korean ? QStringLiteral("1/%1쪽").arg(pages)
                                                                      : QStringLiteral("Page 1 of %1").arg(pages))));
}

void TestExportDocument::deckStillHasNativeTables()
{
    SavedView swot = view(SavedView::Panel::Swot, Language::English);
    swot.filter = Filter();
    swot.swotCountries = {"KOR", "USA"};
    const QList<SavedView> views{swot, view(SavedView::Panel::Comparison, Language::English)};
    const QString path = m_dir.filePath("deck.pptx");
    DeckWriter deck(m_dataset, &m_languages);
    QVERIFY2(deck.write(views, path), qPrintable(deck.errorString()));
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    QVERIFY(archive);
    auto part = [archive](const char *name) {
        QByteArray data;
        zip_stat_t st;
        if (zip_stat(archive, name, 0, &st) != 0)
            return data;
        zip_file_t *file = zip_fopen(archive, name, 0);
        data.resize(qsizetype(st.size));
        zip_fread(file, data.data(), st.size);
        zip_fclose(file);
        return data;
    };
    const QString core = QString::fromUtf8(part("docProps/core.xml"));
    const QString slide1 = QString::fromUtf8(part("ppt/slides/slide1.xml"));
    const QString slide2 = QString::fromUtf8(part("ppt/slides/slide2.xml"));
    zip_close(archive);
    QVERIFY2(core.contains(QStringLiteral("<dc:title>SWOT: South Korea · United States · Countries compared by dimension</dc:title>")),
             qPrintable(core));
    QVERIFY(slide1.contains("<a:tbl>") && !slide1.contains("<p:pic>"));
    QVERIFY(slide1.contains("SWOT: South Korea · United States"));
    QVERIFY(slide1.contains("Weaknesses (10)"));
    QVERIFY(slide2.contains("<a:tbl>") && !slide2.contains("<p:pic>"));
}

QTEST_MAIN(TestExportDocument)
#include "tst_exportdocument.moc"
