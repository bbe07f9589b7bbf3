#pragma once

#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QImage>
#include <QObject>

class QMimeData;
class QPaintDevice;
class QPagedPaintDevice;

namespace gapscope {

class ObservationIndex;
class SlideRenderer;

// Writes views to files: PNG (with its texts as metadata), SVG (text as outlines, so that Hangul
// shows on machines without our fonts; title and description in the file) and PDF (fonts
// embedded, title and creator in the document info; a table (observations, comparison, SWOT, the
// gap's figures) too long for one page runs over several pages, or for PNG and SVG several files).
// The format follows the file's extension.
// Nothing is written when it fails.
class ExportWriter : public QObject
{
    Q_OBJECT

public:
    enum class Format { Png, Svg, Pdf, Pptx };

    explicit ExportWriter(const Dataset &dataset, QObject *parent = nullptr);

    static std::optional<Format> formatOf(const QString &path);
    // Draws the views through `index`, of the dataset's observations and kept current by its
    // owner (the window's), instead of building an index for each view.
    void setIndex(const ObservationIndex *index) { m_index = index; }

    bool write(const SavedView &view, const QString &path);
    // The files the last write wrote: `path`, then for a table too long for one picture at a
    // readable size, one more file for each further page ("name-2.png", ...).
    QStringList writtenFiles() const { return m_written; }
    static QString pagePath(const QString &path, int page);
    // The (first) picture as it would be written, for previews, and how many there would be.
    QImage image(const SavedView &view, int *pages = nullptr);
    // One SVG with all of the view, as the clipboard has it.
    QByteArray svg(const SavedView &view);
    // The picture and its SVG, for the clipboard: one picture, the type as small as it must be.
    QMimeData *mimeData(const SavedView &view);
    QString errorString() const { return m_error; }

private:
    QByteArray svgPage(SlideRenderer &renderer, int page);
    // Writes `pages` to `path` and its page paths; on a failure removes what it wrote.
    bool commitPages(const QString &path, const QList<QByteArray> &pages);
    // Paints the slide on `device`, every page of it when `pages` (the same device) can take several.
    bool paint(QPaintDevice *device, SlideRenderer &renderer, const QString &path, QPagedPaintDevice *pages = nullptr);
    bool writePng(const SavedView &view, const QString &path);
    bool writeSvg(const SavedView &view, const QString &path);
    bool writePdf(const SavedView &view, const QString &path);

    const Dataset &m_dataset;
    const ObservationIndex *m_index = nullptr;
    QString m_error;
    QStringList m_written;
};

} // namespace gapscope
