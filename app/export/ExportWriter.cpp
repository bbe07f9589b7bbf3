#include "ExportWriter.h"

#include "OutlinePaintDevice.h"
#include "SlideRenderer.h"
#include "TableText.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace gapscope {

namespace {

// The PDF's XMP metadata: title, description, the sources and each one's licence (dc:rights),
// so a reader of the file's properties sees them as PNG text chunks show them.
QByteArray xmpMetadata(const SlideRenderer &renderer)
{
    const auto alt = [](const QString &text) {
        return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>").arg(text.toHtmlEscaped());
    };
    const QString xmp = QStringLiteral(
        "<?xpacket begin=\"\xFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
        "<dc:format>application/pdf</dc:format><dc:title>%1</dc:title><dc:description>%2</dc:description>"
        "<dc:rights>%3</dc:rights><dc:source>%4</dc:source>"
        "<xmp:CreatorTool>%5</xmp:CreatorTool><pdf:Producer>%5</pdf:Producer>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
                            .arg(alt(renderer.title()),
                                 alt(renderer.recipe().isEmpty() ? renderer.subtitle()
                                                                 : renderer.subtitle() + QLatin1Char('\n') + renderer.recipe()),
                                 alt(renderer.licences().join(QLatin1Char('\n'))),
                                 renderer.sources().join(QLatin1Char('\n')).toHtmlEscaped(),
                                 renderer.producer().toHtmlEscaped());
    return xmp.toUtf8();
}

} // namespace

ExportWriter::ExportWriter(const Dataset &dataset, QObject *parent) : QObject(parent), m_dataset(dataset) { }

std::optional<ExportWriter::Format> ExportWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("pptx"))
        return Format::Pptx;
    return std::nullopt;
}

bool ExportWriter::write(const SavedView &view, const QString &path)
{
    m_error.clear();
    m_written.clear();
    const auto format = formatOf(path);
    if (!format) {
        m_error = tr("%1: unknown format; use .png, .svg, .pdf or .pptx").arg(path);
        return false;
    }
    switch (*format) {
    case Format::Png:
        return writePng(view, path);
    case Format::Svg:
        return writeSvg(view, path);
    case Format::Pdf:
        return writePdf(view, path);
    case Format::Pptx:
        break;
    }
    m_error = tr("%1: a deck is written by the deck export").arg(path);
    return false;
}

namespace {

// Writes `bytes` to `path` through a temporary file, so that a failure leaves nothing behind.
bool commit(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = ExportWriter::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool ExportWriter::paint(QPaintDevice *device, SlideRenderer &renderer, const QString &path, QPagedPaintDevice *pages)
{
    QPainter painter(device);
    if (!painter.isActive()) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const int count = pages ? renderer.pageCount(device) : 1;
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !pages->newPage()) {
            m_error = tr("cannot write %1").arg(path);
            return false;
        }
        renderer.paint(&painter, page);
    }
    return true;
}

QString ExportWriter::pagePath(const QString &path, int page)
{
    if (page == 0)
        return path;
    const QFileInfo file(path);
    const QString name = QStringLiteral("%1-%2.%3").arg(file.completeBaseName()).arg(page + 1).arg(file.suffix());
    // Beside `path`, named as it is: "chart.png" goes on with "chart-2.png", not "./chart-2.png".
    return file.path() == QLatin1String(".") && !path.startsWith(QLatin1String("./")) ? name : file.dir().filePath(name);
}

bool ExportWriter::commitPages(const QString &path, const QList<QByteArray> &pages)
{
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (!commit(pagePath(path, int(i)), pages.at(i), &m_error)) {
            for (qsizetype done = 0; done < i; ++done)
                QFile::remove(pagePath(path, int(done)));
            m_written.clear();
            return false;
        }
        m_written << pagePath(path, int(i));
    }
    return true;
}

bool ExportWriter::writePng(const SavedView &view, const QString &path)
{
    SlideRenderer renderer(m_dataset, view, m_index);
    renderer.setPaginated(true);
    QList<QByteArray> pages;
    for (int page = 0, count = renderer.pageCount(); page < count; ++page) {
        const QImage image = renderer.image(page);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        // The texts go in as PNG text chunks (iTXt for what is not Latin-1).
        for (const QString &key : image.textKeys())
            writer.setText(key, image.text(key));
        if (!writer.write(image)) {
            m_error = tr("cannot encode %1: %2").arg(pagePath(path, page), writer.errorString());
            return false;
        }
        pages << buffer.data();
    }
    return commitPages(path, pages);
}

QImage ExportWriter::image(const SavedView &view, int *pages)
{
    SlideRenderer renderer(m_dataset, view, m_index);
    renderer.setPaginated(true);
    if (pages)
        *pages = renderer.pageCount();
    return renderer.image();
}

QByteArray ExportWriter::svgPage(SlideRenderer &renderer, int page)
{
    const SavedView &view = renderer.view();
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(view.size);
    svg.setViewBox(QRect(QPoint(0, 0), view.size));
    svg.setResolution(view.dpi);
    svg.setTitle(renderer.title());
    const QString rows = renderer.rowsShown();
    svg.setDescription(renderer.subtitle() + QLatin1Char('\n') + renderer.footer() + QLatin1Char('\n')
                       + (renderer.recipe().isEmpty() ? QString() : renderer.recipe() + QLatin1Char('\n'))
                       + (rows.isEmpty() ? QString() : rows + QLatin1Char('\n')) + renderer.producer());
    OutlinePaintDevice outlines(&svg);
    {
        QPainter painter(&outlines);
        if (!painter.isActive())
            return {};
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        renderer.paint(&painter, page);
    }
    return buffer.data();
}

QByteArray ExportWriter::svg(const SavedView &view)
{
    SlideRenderer renderer(m_dataset, view, m_index);
    return svgPage(renderer, 0);
}

QMimeData *ExportWriter::mimeData(const SavedView &view)
{
    // One picture, whatever it takes: the clipboard holds no more.
    SlideRenderer renderer(m_dataset, view, m_index);
    auto *mime = new QMimeData;
    mime->setImageData(renderer.image());
    mime->setData(QStringLiteral("image/svg+xml"), svgPage(renderer, 0));
    // A table's every row as text too, which the picture may not have room for.
    if (const DatasetTableModel *table = renderer.tableModel()) {
        const TableText text(*table, m_dataset);
        mime->setText(text.tsv());
        mime->setHtml(text.html());
    }
    return mime;
}

bool ExportWriter::writeSvg(const SavedView &view, const QString &path)
{
    SlideRenderer renderer(m_dataset, view, m_index);
    renderer.setPaginated(true);
    QList<QByteArray> pages;
    for (int page = 0, count = renderer.pageCount(); page < count; ++page) {
        pages << svgPage(renderer, page);
        if (pages.constLast().isEmpty()) {
            m_error = tr("cannot write %1").arg(pagePath(path, page));
            return false;
        }
    }
    return commitPages(path, pages);
}

bool ExportWriter::writePdf(const SavedView &view, const QString &path)
{
    SlideRenderer renderer(m_dataset, view, m_index);
    // A document: a table longer than the page runs over more pages, in full-size type.
    renderer.setPaginated(true);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(renderer.title());
        pdf.setCreator(renderer.producer());
        pdf.setDocumentXmpMetadata(xmpMetadata(renderer));
        // The page is the picture: its pixels at the view's resolution.
        pdf.setResolution(view.dpi);
        pdf.setPageSize(QPageSize(QSizeF(view.size) * 72.0 / view.dpi, QPageSize::Point, QString(),
                                  QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (!paint(&pdf, renderer, path, &pdf))
            return false;
    }
    return commitPages(path, {buffer.data()});
}

} // namespace gapscope
