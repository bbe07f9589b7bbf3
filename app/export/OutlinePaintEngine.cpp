#include "OutlinePaintEngine.h"

#include <QPainterPath>

namespace gapscope {

OutlinePaintEngine::OutlinePaintEngine(QPaintDevice *target)
    : QPaintEngine(QPaintEngine::AllFeatures), m_target(target)
{
}

bool OutlinePaintEngine::begin(QPaintDevice *)
{
    return m_painter.begin(m_target);
}

bool OutlinePaintEngine::end()
{
    return m_painter.end();
}

void OutlinePaintEngine::updateState(const QPaintEngineState &state)
{
    const DirtyFlags flags = state.state();
    if (flags & DirtyPen)
        m_painter.setPen(state.pen());
    if (flags & DirtyBrush)
        m_painter.setBrush(state.brush());
    if (flags & DirtyBrushOrigin)
        m_painter.setBrushOrigin(state.brushOrigin());
    if (flags & DirtyBackground)
        m_painter.setBackground(state.backgroundBrush());
    if (flags & DirtyBackgroundMode)
        m_painter.setBackgroundMode(state.backgroundMode());
    if (flags & DirtyTransform)
        m_painter.setTransform(state.transform());
    if (flags & DirtyHints)
        m_painter.setRenderHints(state.renderHints());
    if (flags & DirtyCompositionMode)
        m_painter.setCompositionMode(state.compositionMode());
    if (flags & DirtyOpacity)
        m_painter.setOpacity(state.opacity());
    if (flags & DirtyClipEnabled)
        m_painter.setClipping(state.isClipEnabled());
    // Clips arrive in the coordinates of the transform in effect when they were set.
    if (flags & DirtyClipPath) {
        m_painter.setClipPath(state.clipPath(), state.clipOperation());
    } else if (flags & DirtyClipRegion) {
        m_painter.setClipRegion(state.clipRegion(), state.clipOperation());
    }
}

void OutlinePaintEngine::drawPath(const QPainterPath &path)
{
    m_painter.drawPath(path);
}

void OutlinePaintEngine::drawPolygon(const QPointF *points, int pointCount, PolygonDrawMode mode)
{
    switch (mode) {
    case PolylineMode:
        m_painter.drawPolyline(points, pointCount);
        break;
    case OddEvenMode:
        m_painter.drawPolygon(points, pointCount, Qt::OddEvenFill);
        break;
    default:
        m_painter.drawPolygon(points, pointCount, Qt::WindingFill);
        break;
    }
}

void OutlinePaintEngine::drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source)
{
    m_painter.drawPixmap(r, pixmap, source);
}

void OutlinePaintEngine::drawImage(const QRectF &r, const QImage &image, const QRectF &source,
                                   Qt::ImageConversionFlags flags)
{
    m_painter.drawImage(r, image, source, flags);
}

} // namespace gapscope
