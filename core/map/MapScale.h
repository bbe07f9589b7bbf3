#pragma once

#include <QColor>
#include <QList>

namespace gapscope {

// The colour classes of a choropleth: bounds at round numbers (1, 2, 2.5 or 5 times a power of
// ten) from zero, or from the smallest value when some are negative, to the largest; or powers of
// ten when the positive values span three orders of magnitude or more. Class 0 is the palest,
// the last the darkest.
class MapScale
{
public:
    // The scale of `values` in at most about `classes` classes (at least one class, also for no
    // values).
    static MapScale fit(const QList<double> &values, int classes = 6);
    // The round number (1, 2, 2.5 or 5 times a power of ten) at or above `step` (> 0).
    static double roundStep(double step);

    bool isLog() const { return m_log; }
    int classCount() const { return int(m_bounds.size()) - 1; }
    // The class bounds, classCount() + 1 of them, rising.
    const QList<double> &bounds() const { return m_bounds; }
    // The class of `value`: values below the first bound go into class 0, above the last into
    // the last class.
    int classOf(double value) const;
    QColor colour(int classIndex) const;
    QColor colourOf(double value) const { return colour(classOf(value)); }
    QColor topColour() const { return colour(classCount() - 1); }

    // Shapes without a value, and those the filter leaves out.
    static QColor noData() { return QColor(0xc8, 0xc8, 0xc8); }
    static QColor outsideFilter() { return QColor(0xee, 0xee, 0xee); }

private:
    bool m_log = false;
    QList<double> m_bounds{0, 1};
};

} // namespace gapscope
