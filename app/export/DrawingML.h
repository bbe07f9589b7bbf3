#pragma once

#include "domain/Language.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace gapscope {

// The shapes of a slide as DrawingML XML: runs of text, paragraphs, text boxes, pictures and
// native tables. Positions and sizes are in EMU, type sizes in hundredths of a point.
class DrawingML
{
public:
    // Text made safe for XML: control characters dropped, markup characters escaped.
    static QString escape(const QString &text);
    // A colour as DrawingML writes it: RRGGBB.
    static QString hex(const QColor &color);
    // A rectangle's position and size (a:xfrm) and its rectangular shape.
    static QString geometry(qint64 x, qint64 y, qint64 cx, qint64 cy);

    static QString run(const QString &text, int size, const QColor &color, Language lang, bool bold = false);
    static QString paragraph(const QString &runs);
    // anchor: where the text sits vertically, "t", "ctr" or "b".
    static QString textBox(int id, const QString &name, qint64 x, qint64 y, qint64 cx, qint64 cy,
                           const QString &paragraphs, const QString &anchor = QStringLiteral("t"));
    // A picture stretched to its box; relationship: the slide's id for the image part.
    static QString picture(int id, const QString &name, const QString &description, const QString &relationship,
                           qint64 x, qint64 y, qint64 cx, qint64 cy);

    // A chart (a graphic frame showing a chart part); relationship: the slide's id for the chart part.
    static QString chart(int id, const QString &name, const QString &relationship, qint64 x, qint64 y, qint64 cx,
                         qint64 cy);

    // A table cell of one paragraph per item, with a thin grey border.
    static QString cell(const QStringList &paragraphs, const QColor &fill, const QColor &text, int size,
                        Language lang, bool bold);
    // Rows are (cells, height in EMU); PowerPoint grows a row whose text needs more.
    static QString table(int id, const QString &name, qint64 x, qint64 y, qint64 cx, qint64 cy,
                         const QList<qint64> &columns, const QList<std::pair<QString, qint64>> &rows);
};

} // namespace gapscope
