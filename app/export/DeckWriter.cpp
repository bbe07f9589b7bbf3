#include "DeckWriter.h"

#include "TranslationScope.h"

#include "DrawingML.h"
#include "LanguageManager.h"
#include "PresentationPackage.h"
#include "SlideRenderer.h"
#include "SlideTables.h"
#include "ZipWriter.h"
#include "SlideChartStyle.h"
#include "TypeFitter.h"
#include "panels/GapPanel.h"

#include <QImage>
#include <QPainter>

namespace gapscope {

namespace {

constexpr qint64 emuPerPixel = 9525; // at 96 dpi
constexpr qint64 margin = 457200;

} // namespace

DeckWriter::DeckWriter(const Dataset &dataset, LanguageManager *languages, QObject *parent)
    : QObject(parent), m_dataset(dataset), m_languages(languages)
{
}

QString DeckWriter::notes(SlideRenderer &renderer) const
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
    for (const QString &source : renderer.sources())
        body += DrawingML::paragraph(DrawingML::run(tr("Source: %1", nullptr, 1).arg(source), 1200, Qt::black, lang));
    body += DrawingML::paragraph(DrawingML::run(renderer.producer(), 1200, Qt::black, lang));
    return body;
}

QString DeckWriter::slideShapes(SlideRenderer &renderer, const SavedView &view, QImage *picture) const
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const bool big = view.theme == SavedView::Theme::Slide;
    const Language lang = view.language;
    const qint64 width = slideWidth - 2 * margin;
    QString shapes;
    shapes += DrawingML::textBox(
        2, tr("Title"), margin, 274320, width, 640080,
        DrawingML::paragraph(DrawingML::run(renderer.title(), big ? 3600 : 2800, theme.text, lang, true)),
        QStringLiteral("b"));
    shapes += DrawingML::textBox(
        3, tr("Subtitle"), margin, 960120, width, 411480,
        DrawingML::paragraph(DrawingML::run(renderer.subtitle(), big ? 2000 : 1600, theme.muted, lang)));
    const qint64 footerTop = slideHeight - 685800;
    shapes += DrawingML::textBox(
        4, tr("Sources"), margin, footerTop, width, 548640,
        DrawingML::paragraph(DrawingML::run(renderer.footer(), big ? 1100 : 900, theme.muted, lang))
            + DrawingML::paragraph(DrawingML::run(renderer.producer(), big ? 1100 : 900, theme.muted, lang)),
        QStringLiteral("b"));
    const qint64 top = 1463040;
    const qint64 height = footerTop - 91440 - top;
    const QString empty = renderer.emptyMessage();
    if (!empty.isEmpty()) {
        shapes += DrawingML::textBox(5, tr("Note"), margin, top, width, height,
                                     DrawingML::paragraph(DrawingML::run(empty, 1800, theme.muted, lang)),
                                     QStringLiteral("ctr"));
    } else if (view.panel == SavedView::Panel::Comparison) {
        shapes += SlideTables(m_dataset).comparison(view, margin, top, width, height);
    } else if (view.panel == SavedView::Panel::Swot) {
        shapes += SlideTables(m_dataset).swot(renderer.swotCountries(), view, margin, top, width, height);
    } else if (const GapPanel *gap = renderer.gapPanel()) {
        // The chart on the left; on the right the figures as a table to edit, and the method.
        const qint64 chartWidth = width * 11 / 20;
        const qint64 right = margin + chartWidth + 182880;
        const qint64 rightWidth = margin + width - right;
        const QSize pixels(int(chartWidth / emuPerPixel), int(height / emuPerPixel));
        QImage image(pixels * 3, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(theme.background);
        {
            QPainter painter(&image);
            SlideChartStyle::paint(gap->chart(), theme, 0.8, &painter, QRectF(QPointF(0, 0), QSizeF(pixels) * 1.5));
        }
        *picture = image;
        shapes += DrawingML::picture(5, renderer.title(), renderer.title() + QStringLiteral(" — ") + renderer.subtitle(),
                                     PresentationPackage::pictureRelationship(), margin, top, chartWidth, height);
        // Under the table, the method in a line and the published estimates marked in the chart;
        // the method's whole paragraph goes in the notes.
        QStringList below = gap->explanation();
        below.removeAt(1);
        QString paragraphs;
        for (const QString &text : std::as_const(below))
            paragraphs += DrawingML::paragraph(DrawingML::run(text, 1400, theme.muted, lang));
        const qint64 belowHeight = std::min(height / 2, TypeFitter::textHeight(below, rightWidth, 1400));
        // Room to spare: PowerPoint and LibreOffice lay rows out a little taller than estimated.
        shapes += SlideTables(m_dataset).gap(*gap->model(), view, right, top, rightWidth,
                                             (height - belowHeight) * 4 / 5);
        shapes += DrawingML::textBox(6, tr("Method"), right, top + height - belowHeight, rightWidth, belowHeight,
                                     paragraphs, QStringLiteral("b"));
    } else {
        // Charts and tables: a picture at twice the slide's resolution.
        const QSize pixels(int(width / emuPerPixel), int(height / emuPerPixel));
        *picture = renderer.panelImage(pixels * 3 / 2, 2);
        shapes += DrawingML::picture(5, renderer.title(),
                                     renderer.title() + QStringLiteral(" — ") + renderer.subtitle(),
                                     PresentationPackage::pictureRelationship(), margin, top, width, height);
    }
    return shapes;
}

bool DeckWriter::write(const QList<SavedView> &views, const QString &path)
{
    m_error.clear();
    if (views.isEmpty()) {
        m_error = tr("no views to write");
        return false;
    }
    PresentationPackage package(slideWidth, slideHeight);
    QStringList titles;
    QStringList descriptions;
    for (SavedView view : views) {
        view.size = QSize(1920, 1080); // type sizes of a full-screen picture, whatever the view's own size
        // The slide's texts in its view's language; the interface stays as it is.
        const TranslationScope language(m_languages, view.language);
        SlideRenderer renderer(m_dataset, view);
        QImage picture;
        const QString shapes = slideShapes(renderer, view, &picture);
        package.addSlide(SlideTheme::of(view.theme).background, shapes, notes(renderer), picture);
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
