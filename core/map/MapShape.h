#pragma once

#include <QList>
#include <QPolygonF>
#include <QString>

namespace gapscope {

// One country's shape on a map: its polygons in longitude (x) and latitude (y), in degrees, each
// an outer ring followed by its holes.
struct MapShape
{
    QString id;   // as the shapes' file gives it: the ISO 3166-1 numeric code, or empty
    QString name; // the file's English name ("South Korea", "Kosovo")
    QList<QList<QPolygonF>> polygons;
    // The country (ISO alpha-3) the id names in the country catalogue; empty when none.
    QString country;

    bool isMultiPolygon() const { return polygons.size() > 1; }
};

} // namespace gapscope
