#pragma once

#include "MapShape.h"

#include <QCoreApplication>
#include <QPainterPath>

#include <optional>

namespace gapscope {

class Dataset;

// The world's countries as a map draws them: the bundled Natural Earth shapes (1:110m, as
// packaged by world-atlas, read from the resource when first needed), each found in the country
// catalogue by its ISO numeric code, and projected with Equal Earth, north up (map y grows
// southwards, as on a screen).
class WorldShapes
{
    Q_DECLARE_TR_FUNCTIONS(WorldShapes)

public:
    // The bundled shapes with the countries of `dataset`; nothing, with `error` set, when the
    // bundled file cannot be read (a damaged build).
    static std::optional<WorldShapes> bundled(const Dataset &dataset, QString *error = nullptr);
    // `shapes` as read from a file, with the countries of `dataset`.
    WorldShapes(QList<MapShape> shapes, const Dataset &dataset);

    static QString bundledPath() { return QStringLiteral(":/map/countries-110m.json"); }

    const QList<MapShape> &shapes() const { return m_shapes; }
    // Each shape's outline in projected coordinates, in the order of shapes().
    const QList<QPainterPath> &paths() const { return m_paths; }
    // The whole map's rectangle in projected coordinates.
    QRectF bounds() const;
    // The sphere's outline on the map (its edges at ±180°), which clips what is drawn.
    static QPolygonF outline();
    // The shape under `point` (projected coordinates), or -1.
    int shapeAt(const QPointF &point) const;
    // The shape of `country` (ISO alpha-3), or -1.
    int shapeOf(const QString &country) const;

    // Longitude and latitude to projected coordinates.
    static QPointF project(const QPointF &lonLat);

private:
    QList<MapShape> m_shapes;
    QList<QPainterPath> m_paths;
};

} // namespace gapscope
