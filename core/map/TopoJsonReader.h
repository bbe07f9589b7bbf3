#pragma once

#include "MapShape.h"
#include "io/ParseError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace gapscope {

// Reads the geometries of one object of a TopoJSON topology (https://github.com/topojson/
// topojson-specification): shared arcs, quantized and delta-encoded when the topology has a
// transform, joined into the rings of polygons and multipolygons (holes included), each with its
// id and its properties' name. Other geometry types (points, lines) are left out.
class TopoJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(TopoJsonReader)

public:
    // The shapes of the object `object` ("countries") of the file at `path` (a resource path
    // too); nothing, with errorString() and parseError(), when the file cannot be read or is not
    // such a topology.
    std::optional<QList<MapShape>> read(const QString &path, const QString &object);
    // The same from the file's bytes; `fileName` names it in messages.
    std::optional<QList<MapShape>> parse(const QByteArray &json, const QString &fileName, const QString &object);

    QString errorString() const { return m_error.toString(); }
    const ParseError &parseError() const { return m_error; }

private:
    std::optional<QList<QPolygonF>> decodeArcs(const QJsonObject &topology);
    std::optional<QPolygonF> ring(const QJsonValue &indices, const QList<QPolygonF> &arcs);
    std::optional<QList<MapShape>> fail(const QString &message);

    ParseError m_error;
};

} // namespace gapscope
