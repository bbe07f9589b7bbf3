#pragma once

#include <QPointF>

namespace gapscope {

// The Equal Earth projection of the sphere (Šavrič, Patterson and Jenny, "The Equal Earth map
// projection", International Journal of Geographical Information Science 33(3), 2019,
// doi:10.1080/13658816.2018.1504949): an equal-area pseudocylindrical projection whose map is
// about 2.05 times as wide as it is high. Coordinates are for a sphere of radius 1: x from about
// -2.7066 to 2.7066, y from about -1.3174 to 1.3174, north up (y grows northwards).
class EqualEarth
{
public:
    // Longitude and latitude in degrees to map coordinates.
    static QPointF forward(double longitude, double latitude);
    // Map coordinates back to longitude (x) and latitude (y) in degrees; a point off the map
    // gives longitudes beyond ±180.
    static QPointF inverse(const QPointF &point);
    // Half the map's width (at the equator) and height (at the poles).
    static double halfWidth();
    static double halfHeight();
};

} // namespace gapscope
