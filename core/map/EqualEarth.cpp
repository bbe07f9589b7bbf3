#include "EqualEarth.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace gapscope {

namespace {

// The polynomial's coefficients, as the paper gives them (its equation 4).
constexpr double A1 = 1.340264;
constexpr double A2 = -0.081106;
constexpr double A3 = 0.000893;
constexpr double A4 = 0.003796;
const double M = std::sqrt(3.0) / 2.0;

constexpr double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }
constexpr double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }

double yOf(double theta)
{
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
}

double dyOf(double theta) // dy/dθ
{
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    return A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
}

} // namespace

QPointF EqualEarth::forward(double longitude, double latitude)
{
    const double lambda = radians(longitude);
    const double theta = std::asin(M * std::sin(radians(latitude)));
    const double x = 2 * std::sqrt(3.0) * lambda * std::cos(theta) / (3 * dyOf(theta));
    return {x, yOf(theta)};
}

QPointF EqualEarth::inverse(const QPointF &point)
{
    // θ from y by Newton's method, as in the paper's inverse.
    double theta = std::clamp(point.y(), -halfHeight(), halfHeight()) / A1;
    for (int i = 0; i < 12; ++i) {
        const double delta = (yOf(theta) - point.y()) / dyOf(theta);
        theta -= delta;
        if (std::abs(delta) < 1e-12)
            break;
    }
    const double lambda = 3 * point.x() * dyOf(theta) / (2 * std::sqrt(3.0) * std::cos(theta));
    const double phi = std::asin(std::clamp(std::sin(theta) / M, -1.0, 1.0));
    return {degrees(lambda), degrees(phi)};
}

double EqualEarth::halfWidth() { return forward(180, 0).x(); }
double EqualEarth::halfHeight() { return forward(0, 90).y(); }

} // namespace gapscope
