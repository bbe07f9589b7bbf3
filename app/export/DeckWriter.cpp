#include "DeckWriter.h"

#include "TranslationScope.h"

#include "ChartPart.h"
#include "DrawingML.h"
#include "LanguageManager.h"
#include "PresentationPackage.h"
#include "SlideRenderer.h"
#include "SlideTables.h"
#include "ZipWriter.h"
#include "SlideChartStyle.h"
#include "TypeFitter.h"
#include "model/DatasetTableModel.h"
#include "panels/GapPanel.h"

#include <QPainter>

namespace gapscope {

namespace {

constexpr qint64 emuPerPixel = 9525; // at 96 dpi
constexpr qint64 margin = 457200;
constexpr qint64 bottomMargin = 137160;
constexpr int maxTableSlides = 8;

// The largest size from `largest` down to `smallest` at which `text` takes at most `lines` lines.
int sizeFor(const QString &text, qint64 width, int largest, int smallest, int lines)
{
    int size = largest;
    while (size > smallest && TypeFitter::lines({text}, width, size) > lines)
        size -= 100;
    return size;
}

} // namespace

DeckWriter::DeckWriter(const Dataset &dataset, LanguageManager *languages, QObject *parent)
    : QObject(parent), m_dataset(dataset), m_languages(languages)
{
}

QSize DeckWriter::slideSize(const QSize &viewSize)
{
    const double aspect = viewSize.height() > 0 ? double(viewSize.width()) / viewSize.height() : 16.0 / 9;
    const bool fourThree = aspect < (4.0 / 3 + 16.0 / 9) / 2;
    return QSize(fourThree ? 9144000 : 12192000, int(slideHeight));
}

QString DeckWriter::notes(SlideRenderer &renderer, const QStringList &shortened) const
{
    const Language lang = renderer.view().language;
    QString body = DrawingML::paragraph(DrawingML::run(renderer.title(), 1200, Qt::black, lang, true));
    body += DrawingML::paragraph(DrawingML::run(renderer.subtitle(), 1200, Qt::black, lang));
    if (const QString how = renderer.recipe(); !how.isEmpty())
        body += DrawingML::paragraph(DrawingML::run(how, 1200, Qt::black, lang));
    if (const GapPanel *gap = renderer.gapPanel()) {
        for (const QString &text : gap->explanation())
            body += DrawingML::paragraph(DrawingML::run(text, 1200, Qt::black, lang));
    }
    if (!shortened.isEmpty()) {
        body += DrawingML::paragraph(DrawingML::run(tr("Shortened on the slide, in full:"), 1200, Qt::black, lang, true));
        for (const QString &text : shortened)
            body += DrawingML::paragraph(DrawingML::run(text, 1200, Qt::black, lang));
    }
    for (const QString &source : renderer.sources())
        body += DrawingML::paragraph(DrawingML::run(tr("Source: %1", nullptr, 1).arg(source), 1200, Qt::black, lang));
    body += DrawingML::paragraph(DrawingML::run(renderer.producer(), 1200, Qt::black, lang));
    return body;
}

QString DeckWriter::frame(SlideRenderer &renderer, const SavedView &view, int page, int pages, qint64 *bodyTop) const
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const bool big = view.theme == SavedView::Theme::Slide;
    const Language lang = view.language;
    const qint64 width = m_slideWidth - 2 * margin;
    // Sizes for the longest title a continued table gives, so that every slide of a view has the
    // same layout; a title or subtitle takes as many lines as it needs at its least size.
    const QString title = pages > 1 ? tr("%1 (%2/%3)").arg(renderer.title()).arg(page + 1).arg(pages) : renderer.title();
    const QString longest = tr("%1 (%2/%3)").arg(renderer.title()).arg(99).arg(99);
    // Bold type is wider than the estimate's.
    const int titleSize = sizeFor(longest, width * 17 / 20, big ? 3600 : 2800, 2000, 1);
    const qint64 titleTop = 274320;
    const qint64 titleHeight = TypeFitter::lines({longest}, width * 17 / 20, titleSize) * TypeFitter::lineHeight(titleSize);
    const int subtitleSize = sizeFor(renderer.subtitle(), width, big ? 2000 : 1600, 1400, 1);
    const qint64 subtitleTop = titleTop + titleHeight + 91440;
    const qint64 subtitleHeight = TypeFitter::lines({renderer.subtitle()}, width, subtitleSize)
                                  * TypeFitter::lineHeight(subtitleSize);
    *bodyTop = subtitleTop + subtitleHeight + 137160;

    QString shapes;
    shapes += DrawingML::textBox(
        2, tr("Title"), margin, titleTop, width, titleHeight,
        DrawingML::paragraph(DrawingML::run(title, titleSize, theme.text, lang, true)));
    shapes += DrawingML::textBox(
        3, tr("Subtitle"), margin, subtitleTop, width, subtitleHeight,
        DrawingML::paragraph(DrawingML::run(renderer.subtitle(), subtitleSize, theme.muted, lang)));
    const Footer footer = footerOf(renderer, view);
    const qint64 top = slideHeight - bottomMargin - footer.height;
    shapes += DrawingML::textBox(4, tr("Sources"), margin, top, width, footer.height,
                                 DrawingML::paragraph(DrawingML::run(footer.text, footer.size, theme.muted, lang))
                                     + DrawingML::paragraph(DrawingML::run(renderer.producer(), footer.size, theme.muted, lang)),
                                 QStringLiteral("b"));
    return shapes;
}

DeckWriter::Footer DeckWriter::footerOf(SlideRenderer &renderer, const SavedView &view) const
{
    // The sources above the producer's line, all in the bottom 14% of the slide (the footer zone
    // of a readable slide is its bottom 15%); a longer list goes to the notes.
    Footer footer;
    footer.size = view.theme == SavedView::Theme::Slide ? 1100 : footerSize;
    const qint64 width = m_slideWidth - 2 * margin;
    const qint64 line = TypeFitter::lineHeight(footer.size);
    const int room = int((slideHeight * 14 / 100 - bottomMargin) / line) - 1;
    footer.text = renderer.footer();
    int lines = TypeFitter::lines({footer.text}, width, footer.size);
    if (lines > room) {
        footer.text = tr("Sources: see notes");
        lines = 1;
    }
    footer.height = (lines + 1) * line;
    return footer;
}

QList<DeckWriter::Body> DeckWriter::bodies(SlideRenderer &renderer, const SavedView &view, qint64 x, qint64 top,
                                           qint64 width, qint64 height)
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const Language lang = view.language;
    QList<Body> out;
    const QString empty = renderer.emptyMessage();
    if (!empty.isEmpty()) {
        out.append(Body{DrawingML::textBox(5, tr("Note"), x, top, width, height,
                                       DrawingML::paragraph(DrawingML::run(empty, 1800, theme.muted, lang)),
                                       QStringLiteral("ctr")),
                    {},
                    {},
                    {}});
        return out;
    }
    QList<SlideTables::Slide> tables;
    if (view.panel == SavedView::Panel::Comparison)
        tables = SlideTables(m_dataset).comparison(view, x, top, width, height);
    else if (view.panel == SavedView::Panel::Swot)
        tables = SlideTables(m_dataset).swot(renderer.swotCountries(), view, x, top, width, height);
    QString last; // under the last table
    if (const QAbstractItemModel *observations = renderer.tableModel()) {
        // A long table shows its first rows; the rest is for the table's own export.
        const qint64 note = TypeFitter::lineHeight(1400) * 2;
        int rows = 0;
        tables = SlideTables(m_dataset).observations(*observations, view, x, top, width, height - note, maxTableSlides,
                                                     &rows);
        if (rows < observations->rowCount())
            last = DrawingML::textBox(
                10, tr("Note"), x, top + height - note, width, note,
                DrawingML::paragraph(DrawingML::run(
                    tr("Rows 1–%1 of %2. Every row: File ▸ Export table as CSV, JSON or Excel…")
                        .arg(rows)
                        .arg(observations->rowCount()),
                    1400, theme.muted, lang)),
                QStringLiteral("b"));
    }
    if (!tables.isEmpty()) {
        for (const SlideTables::Slide &slide : std::as_const(tables))
            out.append(Body{slide.shapes, slide.notes, {}, {}});
        out.last().shapes += last;
        return out;
    }
    if (const GapPanel *gap = renderer.gapPanel()) {
        // The chart on the left; on the right the figures as a table to edit, and the method.
        const qint64 chartWidth = width * (m_slideWidth < 12192000 ? 9 : 11) / 20;
        const qint64 right = x + chartWidth + 182880;
        const qint64 rightWidth = x + width - right;
        const QSize pixels(int(chartWidth / emuPerPixel), int(height / emuPerPixel));
        QImage image(pixels * 3, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(theme.background);
        {
            QPainter painter(&image);
            SlideChartStyle::paint(gap->chart(), theme, 0.8, &painter, QRectF(QPointF(0, 0), QSizeF(pixels) * 1.5));
        }
        const QString picture = DrawingML::picture(5, renderer.title(),
                                                   renderer.title() + QStringLiteral(" — ") + renderer.subtitle(),
                                                   PresentationPackage::pictureRelationship(), x, top, chartWidth, height);
        // Under the table, the method in a line and the published estimates marked in the chart;
        // the method's whole paragraph goes in the notes.
        QStringList below = gap->explanation();
        below.removeAt(1);
        QString paragraphs;
        for (const QString &text : std::as_const(below))
            paragraphs += DrawingML::paragraph(DrawingML::run(text, 1400, theme.muted, lang));
        const qint64 belowHeight = std::min(height / 2, TypeFitter::textHeight(below, rightWidth, 1400));
        const QString method = DrawingML::textBox(6, tr("Method"), right, top + height - belowHeight, rightWidth,
                                                  belowHeight, paragraphs, QStringLiteral("b"));
        for (const SlideTables::Slide &slide :
             SlideTables(m_dataset).gap(*gap->model(), view, right, top, rightWidth, height - belowHeight - 91440))
            out.append(Body{picture + slide.shapes + method, slide.notes, image, {}});
        return out;
    }
    if (m_chartsAs == ChartsAs::Native) {
        if (const std::optional<NativeChart> chart = renderer.nativeChart()) {
            ChartPart part;
            if (!part.build(*chart, theme, lang, view.theme == SavedView::Theme::Slide ? 2000 : 1600)) {
                m_error = part.errorString();
                return {};
            }
            out.append(Body{DrawingML::chart(5, renderer.title(), PresentationPackage::chartRelationship(), x, top, width,
                                             height),
                            {},
                            {},
                            {part.xml(), part.workbook()}});
            return out;
        }
    }
    // Charts, maps and tables: a picture at twice the slide's resolution.
    const QSize pixels(int(width / emuPerPixel), int(height / emuPerPixel));
    out.append(Body{DrawingML::picture(5, renderer.title(), renderer.title() + QStringLiteral(" — ") + renderer.subtitle(),
                                   PresentationPackage::pictureRelationship(), x, top, width, height),
                {},
                renderer.panelImage(pixels * 3 / 2, 2),
                {}});
    return out;
}

bool DeckWriter::write(const QList<SavedView> &views, const QString &path)
{
    m_error.clear();
    if (views.isEmpty()) {
        m_error = tr("no views to write");
        return false;
    }
    m_slideWidth = slideSize(views.constFirst().size).width();
    PresentationPackage package(m_slideWidth, slideHeight);
    QStringList titles;
    QStringList descriptions;
    for (SavedView view : views) {
        // Type sizes of a full-screen picture, whatever the view's own size.
        view.size = m_slideWidth == 12192000 ? QSize(1920, 1080) : QSize(1440, 1080);
        // The slide's texts in its view's language; the interface stays as it is.
        const TranslationScope language(m_languages, view.language);
        SlideRenderer renderer(m_dataset, view, m_index);
        qint64 top = 0;
        frame(renderer, view, 0, 2, &top);
        const qint64 bottom = slideHeight - bottomMargin - footerOf(renderer, view).height - 91440;
        const QList<Body> pages = bodies(renderer, view, margin, top, m_slideWidth - 2 * margin, bottom - top);
        if (pages.isEmpty())
            return false;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QString shapes = frame(renderer, view, int(i), int(pages.size()), &top) + pages[i].shapes;
            package.addSlide(SlideTheme::of(view.theme).background, shapes, notes(renderer, pages[i].notes),
                             pages[i].picture, pages[i].chart);
        }
        titles << renderer.title();
        descriptions << renderer.footer();
    }
    ZipWriter zip;
    if (!zip.write(path, package.parts(titles.join(QStringLiteral(" · ")), descriptions.join(QLatin1Char('\n'))))) {
        m_error = zip.errorString();
        return false;
    }
    return true;
}

} // namespace gapscope
