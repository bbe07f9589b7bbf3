#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace gapscope {

// Type on a slide: the interface's family at a pixel size, and text wrapped to a width.
class SlideText
{
public:
    static QFont font(int pixels, bool bold = false);
    // Lays `text` out on `device` in `width`, at most `maxLines` lines, the last elided, and
    // paints it unless `painter` is null; returns the height used.
    static double drawWrapped(QPainter *painter, QPaintDevice *device, const QString &text, const QFont &font,
                              const QPointF &topLeft, double width, int maxLines);
};

} // namespace gapscope
