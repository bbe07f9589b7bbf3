#pragma once

#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QImage>
#include <QObject>

class QMimeData;
class QPaintDevice;

namespace gapscope {

class SlideRenderer;

// Writes views to files: PNG (with its texts as metadata), SVG (text as outlines, so that Hangul
// shows on machines without our fonts; title and description in the file) and PDF (fonts
// embedded, title and creator in the document info). The format follows the file's extension.
// Nothing is written when it fails.
class ExportWriter : public QObject
{
    Q_OBJECT

public:
    enum class Format { Png, Svg, Pdf, Pptx };

    explicit ExportWriter(const Dataset &dataset, QObject *parent = nullptr);

    static std::optional<Format> formatOf(const QString &path);

    bool write(const SavedView &view, const QString &path);
    // The picture as it would be written, for previews and the clipboard.
    QImage image(const SavedView &view);
    QByteArray svg(const SavedView &view);
    // The picture and its SVG, for the clipboard.
    QMimeData *mimeData(const SavedView &view);
    QString errorString() const { return m_error; }

private:
    bool paint(QPaintDevice *device, SlideRenderer &renderer, const QString &path);
    bool writePng(const SavedView &view, const QString &path);
    bool writeSvg(const SavedView &view, const QString &path);
    bool writePdf(const SavedView &view, const QString &path);

    const Dataset &m_dataset;
    QString m_error;
};

} // namespace gapscope
