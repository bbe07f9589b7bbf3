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

    // The id by which a slide's chart (DrawingML::chart) refers to its chart part.
    static QString chartRelationship() { return QStringLiteral("rIdChart"); }

    // A native chart: its chart part (c:chartSpace) and the workbook it embeds, which its
    // relationship ChartPart::workbookRelationship() names.
    struct Chart
    {
        QByteArray xml;
        QByteArray workbook;
    };

    // shapes: the slide's DrawingML shapes; notes: the paragraphs of its speaker notes; picture:
    // the image the shapes refer to, if any; chart: the chart they show, if any (empty xml: none).
    void addSlide(const QColor &background, const QString &shapes, const QString &notes, const QImage &picture,
                  const Chart &chart = {});

    // Every part in the order they are zipped; title and description go in the document properties.
    QList<ZipWriter::Entry> parts(const QString &title, const QString &description) const;

private:
    qint64 m_slideWidth;
    qint64 m_slideHeight;
    int m_slides = 0;
    int m_charts = 0;
    QList<ZipWriter::Entry> m_slideParts;
    QList<ZipWriter::Entry> m_media;
    QList<ZipWriter::Entry> m_chartParts;
};

} // namespace gapscope
