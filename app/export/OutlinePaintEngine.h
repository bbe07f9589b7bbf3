#pragma once

#include <QPaintEngine>
#include <QPainter>

namespace gapscope {

// A paint engine that forwards everything to a painter on another device, except text, which it
// turns into filled glyph outlines. Used to write SVG whose text shows the same on a machine
// without our fonts.
class OutlinePaintEngine : public QPaintEngine
{
public:
    explicit OutlinePaintEngine(QPaintDevice *target);

    bool begin(QPaintDevice *device) override;
    bool end() override;
    void updateState(const QPaintEngineState &state) override;
    void drawPath(const QPainterPath &path) override;
    void drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode) override;
    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override;
    void drawImage(const QRectF &r, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags = Qt::AutoColor) override;
    // drawTextItem is left to QPaintEngine, which fills the glyphs' outlines through drawPath.
    Type type() const override { return QPaintEngine::User; }

private:
    QPaintDevice *m_target;
    QPainter m_painter;
};

} // namespace gapscope
