#include "ExportWriter.h"

#include "OutlinePaintDevice.h"
#include "SlideRenderer.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace gapscope {

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

bool ExportWriter::paint(QPaintDevice *device, SlideRenderer &renderer, const QString &path)
{
    QPainter painter(device);
    if (!painter.isActive()) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    renderer.paint(&painter);
    return true;
}

bool ExportWriter::writePng(const SavedView &view, const QString &path)
{
    SlideRenderer renderer(m_dataset, view);
    const QImage image = renderer.image();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // The texts go in as PNG text chunks (iTXt for what is not Latin-1).
    for (const QString &key : image.textKeys())
        writer.setText(key, image.text(key));
    if (!writer.write(image)) {
        m_error = tr("cannot encode %1: %2").arg(path, writer.errorString());
        return false;
    }
    return commit(path, buffer.data(), &m_error);
}

QImage ExportWriter::image(const SavedView &view)
{
    SlideRenderer renderer(m_dataset, view);
    return renderer.image();
}

QByteArray ExportWriter::svg(const SavedView &view)
{
    SlideRenderer renderer(m_dataset, view);
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(view.size);
    svg.setViewBox(QRect(QPoint(0, 0), view.size));
    svg.setResolution(view.dpi);
    svg.setTitle(renderer.title());
    svg.setDescription(renderer.subtitle() + QLatin1Char('\n') + renderer.footer() + QLatin1Char('\n')
                       + renderer.producer());
    OutlinePaintDevice outlines(&svg);
    if (!paint(&outlines, renderer, QString()))
        return {};
    return buffer.data();
}

QMimeData *ExportWriter::mimeData(const SavedView &view)
{
    auto *mime = new QMimeData;
    mime->setImageData(image(view));
    mime->setData(QStringLiteral("image/svg+xml"), svg(view));
    return mime;
}

bool ExportWriter::writeSvg(const SavedView &view, const QString &path)
{
    const QByteArray data = svg(view);
    if (data.isEmpty()) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    return commit(path, data, &m_error);
}

bool ExportWriter::writePdf(const SavedView &view, const QString &path)
{
    SlideRenderer renderer(m_dataset, view);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(renderer.title());
        pdf.setCreator(renderer.producer());
        // The page is the picture: its pixels at the view's resolution.
        pdf.setResolution(view.dpi);
        pdf.setPageSize(QPageSize(QSizeF(view.size) * 72.0 / view.dpi, QPageSize::Point, QString(),
                                  QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (!paint(&pdf, renderer, path))
            return false;
    }
    return commit(path, buffer.data(), &m_error);
}

} // namespace gapscope
