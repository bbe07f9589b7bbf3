#pragma once

#include "ZipWriter.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace gapscope {

// The parts of a PowerPoint package (Office Open XML) and the relationships between them: the
// content types, the presentation, its slides with their speaker notes and pictures, and the one
// master, layout, notes master and theme they all share. Slides are numbered as they are added.
class PresentationPackage
{
public:
    // The slide size in EMU.
    PresentationPackage(qint64 slideWidth, qint64 slideHeight);

    // The id by which a slide's picture (DrawingML::picture) refers to its image.
    static QString pictureRelationship() { return QStringLiteral("rId3"); }

    // shapes: the slide's DrawingML shapes; notes: the paragraphs of its speaker notes; picture:
    // the image the shapes refer to, if any.
    void addSlide(const QColor &background, const QString &shapes, const QString &notes, const QImage &picture);

    // Every part in the order they are zipped; title and description go in the document properties.
    QList<ZipWriter::Entry> parts(const QString &title, const QString &description) const;

private:
    qint64 m_slideWidth;
    qint64 m_slideHeight;
    int m_slides = 0;
    QList<ZipWriter::Entry> m_slideParts;
    QList<ZipWriter::Entry> m_media;
};

} // namespace gapscope
