#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "PdfSupport.h"
#include "TestSupport.h"
#include "export/ExportDialog.h"
#include "export/ExportWriter.h"
#include "export/SlideRenderer.h"
#include "export/SlideTheme.h"
#include "format/DisplayText.h"
#include "model/AssessmentMatrixModel.h"
#include "model/DatasetTableModel.h"
#include "model/GapTableModel.h"
#include "model/SwotModel.h"
#include "panels/GapPanel.h"
#include "view/SavedView.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

using namespace gapscope;

namespace {

using test::squeezed;

// What a table's pages must show: its header row on every page, every cell's paragraphs, and
// some texts of its last row.
struct Expected
{
    QStringList header;
    QStringList paragraphs;
    QStringList last;
};

Expected modelTexts(const QAbstractItemModel &model)
{
    Expected out;
    for (int c = 0; c < model.columnCount(); ++c)
        out.header << model.headerData(c, Qt::Horizontal).toString();
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            out.paragraphs << model.index(r, c).data().toString();
    }
    const int last = model.rowCount() - 1;
    out.last << model.index(last, 0).data().toString() << model.index(last, 1).data().toString();
    out.paragraphs.removeAll(QString());
    return out;
}

} // namespace

// The pictures of tables (observations, comparison, SWOT, the Gap panel's figures) as pages, not
// smaller type: every row, the header row on every page, PDF pages or numbered PNG and SVG files,
// read back in English and Korean.
class TestTablePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void pdfs_data();
    void pdfs();
    void pictures_data();
    void pictures();
    void dialogSaysWhichFiles();
    void commandLinePrintsEveryFile();

private:
    SavedView view(const QString &which, Language lang) const;
    Expected expected(const SavedView &v, const SlideRenderer &renderer) const;
    // Checks that the laid-out pieces hold every paragraph whole, on the slide's panel, in
    // type no smaller than the theme's or 12 pt.
    void checkItems(const SlideRenderer &renderer, const Expected &texts, int pages) const;

    Dataset m_dataset;
    LanguageManager m_languages;
    InterfaceFont m_font{&m_languages};
    QTemporaryDir m_dir;
};

void TestTablePages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dataset = test::bundledDataset();
    QVERIFY(m_dir.isValid());
}

void TestTablePages::cleanup()
{
    m_languages.setLanguage(Language::English);
}

SavedView TestTablePages::view(const QString &which, Language lang) const
{
    SavedView v;
    v.language = lang;
    v.size = QSize(1920, 1080);
    if (which == QLatin1String("observations")) {
        v.panel = SavedView::Panel::Table;
        v.filter.countries = {"KOR"};
    } else if (which == QLatin1String("comparison")) {
        v.panel = SavedView::Panel::Comparison;
        v.theme = SavedView::Theme::Slide;
    } else if (which == QLatin1String("swot")) {
        v.panel = SavedView::Panel::Swot;
        v.theme = SavedView::Theme::Slide;
        v.swotCountries = {"KOR", "USA"};
    } else {
        v.panel = SavedView::Panel::Gap;
        v.indicator = QStringLiteral("largest_training_compute_to_date");
        v.filter.countries = {"USA", "CHN", "KOR"};
        v.filter.yearFrom = 2020;
        v.filter.yearTo = 2025;
        v.gapLeader = QStringLiteral("USA");
        v.gapFollowers = {QStringLiteral("CHN"), QStringLiteral("KOR")};
    }
    return v;
}

Expected TestTablePages::expected(const SavedView &v, const SlideRenderer &renderer) const
{
    if (v.panel == SavedView::Panel::Table)
        return modelTexts(*renderer.tableModel());
    if (v.panel == SavedView::Panel::Gap)
        return modelTexts(*renderer.gapPanel()->model());
    if (v.panel == SavedView::Panel::Comparison) {
        AssessmentMatrixModel model;
        model.setLanguage(v.language);
        model.setDataset(&m_dataset);
        model.setFilter(v.filter);
        Expected out;
        for (int c = 0; c < model.columnCount(); ++c)
            out.header << model.headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < model.rowCount(); ++r) {
            out.paragraphs << model.headerData(r, Qt::Vertical).toString();
            for (int c = 0; c < model.columnCount(); ++c)
                out.paragraphs += model.index(r, c).data().toString().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        }
        out.last << model.headerData(model.rowCount() - 1, Qt::Vertical).toString();
        return out;
    }
    // The SWOT: the countries' names head every page; the threats come last.
    Expected out;
    for (const QString &code : renderer.swotCountries()) {
        out.header << DisplayText::country(m_dataset, code, v.language);
        SwotModel model;
        model.setLanguage(v.language);
        model.setDataset(&m_dataset);
        Filter own = v.filter;
        own.countries = {code};
        model.setFilter(own);
        for (const QChar q : SwotModel::quadrants) {
            const QModelIndex parent = model.quadrantIndex(q);
            for (int r = 0; r < model.rowCount(parent); ++r)
                out.paragraphs << model.index(r, SwotModel::TextColumn, parent).data().toString();
        }
    }
    out.last << QStringLiteral("%1 (").arg(DisplayText::quadrant(SwotModel::quadrants[3]));
    return out;
}

void TestTablePages::checkItems(const SlideRenderer &renderer, const Expected &texts, int pages) const
{
    const SlideTheme theme = SlideTheme::of(renderer.view().theme);
    // Never smaller than the theme's type, nor than 12 pt at the page's size.
    const int least = std::max(theme.bodySize, qCeil(12 * renderer.view().dpi / 72.0));
    QCOMPARE(renderer.bodyPixels(), least);
    const QList<PanelDocument::Item> items = renderer.documentItems();
    QVERIFY(!items.isEmpty());
    QHash<QString, int> whole;
    for (const PanelDocument::Item &item : items) {
        const QString what = test::describe(item);
        QVERIFY2(item.page >= 0 && item.page < pages, qPrintable(what));
        QVERIFY2(renderer.panelRect().contains(item.rect), qPrintable(what));
        QVERIFY2(item.rect.height() >= least, qPrintable(what));
        ++whole[item.text];
    }
    // Every paragraph is there, as often as the table has it, from its start (a SWOT item with
    // its dimension after it; a paragraph split by a page break goes on with the rest).
    QHash<QString, int> wanted;
    for (const QString &text : texts.paragraphs)
        ++wanted[text];
    for (auto want = wanted.cbegin(); want != wanted.cend(); ++want) {
        int found = whole.value(want.key());
        for (auto it = whole.cbegin(); it != whole.cend(); ++it)
            found += it.key().startsWith(want.key() + QStringLiteral("  ")) ? it.value() : 0;
        QVERIFY2(found >= want.value(), qPrintable(QStringLiteral("%1 of %2 times: %3").arg(found).arg(want.value()).arg(want.key())));
    }
}

void TestTablePages::pdfs_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("language");
    for (const char *which : {"observations", "comparison", "swot", "gap"}) {
        QTest::addRow("%s, en", which) << QString::fromLatin1(which) << int(Language::English);
        QTest::addRow("%s, ko", which) << QString::fromLatin1(which) << int(Language::Korean);
    }
}

void TestTablePages::pdfs()
{
    QFETCH(QString, which);
    QFETCH(int, language);
    m_languages.setLanguage(Language(language));
    const SavedView v = view(which, Language(language));
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(which, languageCode(v.language)));
    ExportWriter writer(m_dataset);
    QVERIFY2(writer.write(v, path), qPrintable(writer.errorString()));
    QCOMPARE(writer.writtenFiles(), QStringList{path});

    // Laid out as ExportWriter does, on a PDF.
    SlideRenderer renderer(m_dataset, v);
    const int pages = test::paintOnPdf(renderer);
    const Expected texts = expected(v, renderer);
    checkItems(renderer, texts, pages);
    // Korea's observations and the gaps' figures take more than a page.
    if (which == QLatin1String("observations") || which == QLatin1String("gap"))
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));

    // The file: one page a page, each headed by the header row, the last row on the last page.
    const QString raw = test::pdfText(path);
    QVERIFY2(!raw.isEmpty(), "pdftotext (poppler-utils) is missing or failed");
    const QStringList pageTexts = raw.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    const int first = v.panel == SavedView::Panel::Gap ? 1 : 0; // the gap's chart has a page of its own
    for (int page = first; page < pages; ++page) {
        const QString text = squeezed(pageTexts.at(page));
        // In the header row, besides the title and subtitle (which name a SWOT's countries).
        const QString heading = squeezed(renderer.title() + renderer.subtitle());
        for (const QString &header : texts.header)
            QVERIFY2(text.count(squeezed(header)) > heading.count(squeezed(header)),
                     qPrintable(QStringLiteral("%1 not on page %2:\n%3").arg(header).arg(page + 1).arg(pageTexts.at(page))));
        if (pages > 1)
            QVERIFY(text.contains(squeezed(Language(language) == Language::Korean
                                               ? QStringLiteral("%1/%2쪽").arg(page + 1).arg(pages)
                                               : QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages))));
    }
    for (const QString &last : texts.last)
        QVERIFY2(squeezed(pageTexts.constLast()).contains(squeezed(last)),
                 qPrintable(last + " not on the last page:\n" + pageTexts.constLast()));
}

void TestTablePages::pictures_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("suffix");
    for (const char *suffix : {"png", "svg"}) {
        for (const char *which : {"observations", "comparison", "swot", "gap"}) {
            QTest::addRow("%s %s, en", which, suffix) << QString::fromLatin1(which) << int(Language::English)
                                                      << QString::fromLatin1(suffix);
            QTest::addRow("%s %s, ko", which, suffix) << QString::fromLatin1(which) << int(Language::Korean)
                                                      << QString::fromLatin1(suffix);
        }
    }
}

void TestTablePages::pictures()
{
    QFETCH(QString, which);
    QFETCH(int, language);
    QFETCH(QString, suffix);
    m_languages.setLanguage(Language(language));
    SavedView v = view(which, Language(language));
    v.scale = 2;
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.%3").arg(which, languageCode(v.language), suffix));
    ExportWriter writer(m_dataset);
    QVERIFY2(writer.write(v, path), qPrintable(writer.errorString()));

    SlideRenderer renderer(m_dataset, v);
    renderer.setPaginated(true);
    const int pages = renderer.pageCount();
    const Expected texts = expected(v, renderer);
    QStringList files;
    for (int page = 0; page < pages; ++page)
        files << ExportWriter::pagePath(path, page);
    QCOMPARE(writer.writtenFiles(), files);
    QVERIFY(!QFile::exists(ExportWriter::pagePath(path, pages)));
    if (which == QLatin1String("observations") || which == QLatin1String("gap"))
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    for (int page = 0; page < pages; ++page) {
        const QString file = files.at(page);
        if (suffix == QLatin1String("png")) {
            const QImage png(file);
            QCOMPARE(png.size(), QSize(3840, 2160));
            QCOMPARE(png.text(QStringLiteral("Title")), renderer.title());
            if (page == pages - 1) {
                // The last page as the renderer paints it, with the rows laid out on it.
                QImage painted = renderer.image(page).convertToFormat(QImage::Format_RGB32);
                painted.setDevicePixelRatio(1);
                QCOMPARE(painted, png.convertToFormat(QImage::Format_RGB32));
                checkItems(renderer, texts, pages);
            }
            if (qEnvironmentVariableIsSet("GAPSCOPE_SCREENSHOTS"))
                png.save(qEnvironmentVariable("GAPSCOPE_SCREENSHOTS") + QLatin1Char('/') + QFileInfo(file).fileName());
        } else {
            QSvgRenderer svg(file);
            QVERIFY2(svg.isValid(), qPrintable(file));
            QCOMPARE(svg.viewBoxF(), QRectF(0, 0, 1920, 1080));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString xml = QString::fromUtf8(f.readAll());
            QVERIFY2(xml.contains(QStringLiteral("<title>%1</title>").arg(renderer.title().toHtmlEscaped())), qPrintable(file));
            QVERIFY2(xml.contains(renderer.producer().toHtmlEscaped()), qPrintable(file));
        }
    }
}

void TestTablePages::dialogSaysWhichFiles()
{
    SavedView v = view(QStringLiteral("observations"), Language::English);
    ExportDialog dialog(m_dataset, v, &m_languages);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.status()->text().contains(QStringLiteral("pages in a PDF")), qPrintable(dialog.status()->text()));
    const QString path = m_dir.filePath(QStringLiteral("dialog.png"));
    QVERIFY2(dialog.saveTo(path), qPrintable(dialog.errorString()));
    const QString status = dialog.status()->text();
    const int pages = int(QDir(m_dir.path()).entryList({QStringLiteral("dialog.png"), QStringLiteral("dialog-?.png"),
                                                        QStringLiteral("dialog-??.png")}).size());
    QVERIFY(pages > 3);
    QCOMPARE(status, QStringLiteral("Wrote %1 files: dialog.png, dialog-2.png, …, dialog-%1.png").arg(pages));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("dialog-2.png"))));
    if (qEnvironmentVariableIsSet("GAPSCOPE_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("GAPSCOPE_SCREENSHOTS") + QStringLiteral("/export-dialog-files.png"));

    // In Korean too.
    m_languages.setLanguage(Language::Korean);
    QVERIFY2(dialog.saveTo(m_dir.filePath(QStringLiteral("dialog-ko.png"))), qPrintable(dialog.errorString()));
    const int korean = int(QDir(m_dir.path()).entryList({QStringLiteral("dialog-ko*.png")}).size());
    QVERIFY(korean > 3);
    QCOMPARE(dialog.status()->text(),
             QStringLiteral("파일 %1개를 썼습니다: dialog-ko.png, dialog-ko-2.png, …, dialog-ko-%1.png").arg(korean));
}

void TestTablePages::commandLinePrintsEveryFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cli-table.png"));
    const test::ProgramRun r = test::runExport(m_dir.path(), {"--panel", "table", "--country", "USA,CHN,KOR", "--out", path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, r.out.constData());
    for (int page = 0; page < lines.size(); ++page) {
        QCOMPARE(lines.at(page), QStringLiteral("wrote %1").arg(ExportWriter::pagePath(path, page)));
        QCOMPARE(QImage(ExportWriter::pagePath(path, page)).size(), QSize(1920, 1080));
    }
    QVERIFY(!QFile::exists(ExportWriter::pagePath(path, int(lines.size()))));
}

QTEST_MAIN(TestTablePages)
#include "tst_tablepages.moc"
