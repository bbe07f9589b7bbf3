#include "WorldShapes.h"

#include "EqualEarth.h"
#include "TopoJsonReader.h"
#include "domain/Dataset.h"

namespace gapscope {

namespace {

// A ring as drawn: a ring that crosses the antimeridian (a step of more than 180° of longitude,
// Russia's Chukotka, Fiji) is made continuous, reaching beyond ±180°, and drawn twice, once 360°
// over, the map's outline clipping both; a ring around a pole (Antarctica) keeps its own edges.
QList<QPolygonF> drawnRings(const QPolygonF &ring)
{
    QPolygonF continuous = ring;
    double shift = 0;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const double step = ring.at(i).x() - ring.at(i - 1).x();
        if (step > 180)
            shift -= 360;
        else if (step < -180)
            shift += 360;
        continuous[i].rx() = ring.at(i).x() + shift;
    }
    if (shift != 0 || continuous == ring)
        return {ring}; // around a pole, or not crossing
    const double over = continuous.boundingRect().center().x() > 0 ? -360 : 360;
    return {continuous, continuous.translated(over, 0)};
}

} // namespace

QPolygonF WorldShapes::outline()
{
    QPolygonF sphere;
    const int n = 90;
    for (int i = 0; i <= n; ++i) // the eastern edge, north to south
        sphere << project({180, 90 - 180.0 * i / n});
    for (int i = 0; i <= n; ++i) // the western edge, south to north
        sphere << project({-180, -90 + 180.0 * i / n});
    return sphere;
}

QPointF WorldShapes::project(const QPointF &lonLat)
{
    const QPointF p = EqualEarth::forward(lonLat.x(), lonLat.y());
    return {p.x(), -p.y()};
}

std::optional<WorldShapes> WorldShapes::bundled(const Dataset &dataset, QString *error)
{
    // Read once: the file does not change while the program runs.
    static const auto shapes = [] {
        TopoJsonReader reader;
        auto read = reader.read(bundledPath(), QStringLiteral("countries"));
        return std::make_pair(read, reader.errorString());
    }();
    if (!shapes.first) {
        if (error)
            *error = shapes.second;
        return std::nullopt;
    }
    return WorldShapes(*shapes.first, dataset);
}

WorldShapes::WorldShapes(QList<MapShape> shapes, const Dataset &dataset) : m_shapes(std::move(shapes))
{
    QHash<QString, QString> byNumeric;
    for (const Country &c : dataset.countries) {
        if (!c.numeric.isEmpty())
            byNumeric.insert(c.numeric, c.code);
    }
    for (MapShape &shape : m_shapes) {
        shape.country = shape.id.isEmpty() ? QString() : byNumeric.value(shape.id);
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill); // holes stay holes
        for (const QList<QPolygonF> &polygon : std::as_const(shape.polygons)) {
            for (const QPolygonF &ring : polygon) {
                for (const QPolygonF &drawn : drawnRings(ring)) {
                    QPolygonF projected;
                    projected.reserve(drawn.size());
                    for (const QPointF &p : drawn)
                        projected << project(p);
                    path.addPolygon(projected);
                    path.closeSubpath();
                }
            }
        }
        m_paths << path;
    }
}

QRectF WorldShapes::bounds() const
{
    const double w = EqualEarth::halfWidth();
    const double h = EqualEarth::halfHeight();
    return QRectF(-w, -h, 2 * w, 2 * h);
}

int WorldShapes::shapeAt(const QPointF &point) const
{
    static const QPolygonF sphere = outline();
    if (!sphere.containsPoint(point, Qt::OddEvenFill))
        return -1;
    for (int i = 0; i < m_paths.size(); ++i) {
        if (m_paths.at(i).controlPointRect().contains(point) && m_paths.at(i).contains(point))
            return i;
    }
    return -1;
}

int WorldShapes::shapeOf(const QString &country) const
{
    if (country.isEmpty())
        return -1;
    for (int i = 0; i < m_shapes.size(); ++i) {
        if (m_shapes.at(i).country == country)
            return i;
    }
    return -1;
}

} // namespace gapscope
