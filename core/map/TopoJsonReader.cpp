#include "TopoJsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace gapscope {

std::optional<QList<MapShape>> TopoJsonReader::fail(const QString &message)
{
    m_error.message = message;
    return std::nullopt;
}

std::optional<QList<MapShape>> TopoJsonReader::read(const QString &path, const QString &object)
{
    m_error = {path, 0, 0, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    return parse(file.readAll(), path, object);
}

std::optional<QPolygonF> TopoJsonReader::ring(const QJsonValue &indices, const QList<QPolygonF> &arcs)
{
    // A ring joins its arcs end to start, each arc's first point being the previous one's last;
    // a negative index ~i is arc i reversed.
    if (!indices.isArray())
        return std::nullopt;
    QPolygonF out;
    for (const QJsonValue &value : indices.toArray()) {
        if (!value.isDouble())
            return std::nullopt;
        const int index = value.toInt();
        const int arc = index < 0 ? ~index : index;
        if (arc >= arcs.size())
            return std::nullopt;
        QPolygonF points = arcs.at(arc);
        if (index < 0)
            std::reverse(points.begin(), points.end());
        if (!out.isEmpty() && !points.isEmpty())
            points.removeFirst();
        out += points;
    }
    if (out.size() < 4)
        return std::nullopt;
    return out;
}

std::optional<QList<QPolygonF>> TopoJsonReader::decodeArcs(const QJsonObject &topology)
{
    double scaleX = 1, scaleY = 1, translateX = 0, translateY = 0;
    const bool quantized = topology.contains(QLatin1String("transform"));
    if (quantized) {
        const QJsonObject transform = topology.value("transform").toObject();
        const QJsonArray scale = transform.value("scale").toArray();
        const QJsonArray translate = transform.value("translate").toArray();
        if (scale.size() != 2 || translate.size() != 2)
            return std::nullopt;
        scaleX = scale.at(0).toDouble();
        scaleY = scale.at(1).toDouble();
        translateX = translate.at(0).toDouble();
        translateY = translate.at(1).toDouble();
    }
    QList<QPolygonF> arcs;
    for (const QJsonValue &arcValue : topology.value("arcs").toArray()) {
        QPolygonF arc;
        double x = 0, y = 0; // quantized positions are deltas from the previous point
        for (const QJsonValue &pointValue : arcValue.toArray()) {
            const QJsonArray point = pointValue.toArray();
            if (point.size() < 2 || !point.at(0).isDouble() || !point.at(1).isDouble())
                return std::nullopt;
            if (quantized) {
                x += point.at(0).toDouble();
                y += point.at(1).toDouble();
                arc << QPointF(x * scaleX + translateX, y * scaleY + translateY);
            } else {
                arc << QPointF(point.at(0).toDouble(), point.at(1).toDouble());
            }
        }
        arcs << arc;
    }
    return arcs;
}

std::optional<QList<MapShape>> TopoJsonReader::parse(const QByteArray &json, const QString &fileName,
                                                     const QString &object)
{
    m_error = {fileName, 0, 0, {}};
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        m_error = ParseError::fromJson(fileName, json, jsonError);
        return std::nullopt;
    }
    const QJsonObject topology = doc.object();
    if (topology.value("type").toString() != QLatin1String("Topology"))
        return fail(tr("not a TopoJSON topology: \"type\" must be \"Topology\""));
    const QJsonObject collection = topology.value("objects").toObject().value(object).toObject();
    if (collection.value("type").toString() != QLatin1String("GeometryCollection"))
        return fail(tr("the topology has no geometry collection \"%1\"").arg(object));
    const auto arcs = decodeArcs(topology);
    if (!arcs)
        return fail(tr("the topology's arcs or transform are not lists of two numbers"));

    QList<MapShape> shapes;
    for (const QJsonValue &value : collection.value("geometries").toArray()) {
        const QJsonObject geometry = value.toObject();
        const QString type = geometry.value("type").toString();
        MapShape shape;
        shape.id = geometry.value("id").toString();
        shape.name = geometry.value("properties").toObject().value("name").toString();
        // A polygon is a list of rings; a multipolygon a list of polygons.
        QJsonArray polygons;
        if (type == QLatin1String("Polygon"))
            polygons.append(geometry.value("arcs"));
        else if (type == QLatin1String("MultiPolygon"))
            polygons = geometry.value("arcs").toArray();
        else
            continue;
        for (const QJsonValue &polygon : std::as_const(polygons)) {
            QList<QPolygonF> rings;
            for (const QJsonValue &indices : polygon.toArray()) {
                const auto r = ring(indices, *arcs);
                if (!r)
                    return fail(tr("geometry %1 (%2) has a ring of unknown arcs or fewer than four points")
                                    .arg(shapes.size() + 1)
                                    .arg(shape.name));
                rings << *r;
            }
            if (rings.isEmpty())
                return fail(tr("geometry %1 (%2) has a polygon without rings").arg(shapes.size() + 1).arg(shape.name));
            shape.polygons << rings;
        }
        shapes << shape;
    }
    if (shapes.isEmpty())
        return fail(tr("the geometry collection \"%1\" has no polygons").arg(object));
    return shapes;
}

} // namespace gapscope
