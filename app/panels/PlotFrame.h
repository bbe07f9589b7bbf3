#pragma once

#include "chart/Extent.h"
#include "domain/Language.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace gapscope {

// The colours a plot is painted in: the window's, or an export theme's.
struct PlotColours
{
    QColor background;
    QColor text;
    QColor muted;
};

// The frame of a plot drawn with QPainter (the models scatter, the bubble chart): two axes with
// their ticks and labels, the plot's rectangle inside a given one (room left for the vertical
// axis's labels, a title above and the horizontal axis's labels under it), the mapping from
// values to the painter's coordinates, and the grid, labels and titles painted.
class PlotFrame
{
public:
    struct Axis
    {
        double from = 0, to = 1; // in log10 on a logarithmic axis
        bool log = false;
        QList<double> ticks;
        QStringList labels;
    };

    // A value axis over `extent` (on a logarithmic one from its smallest value above zero; on a
    // linear one from zero unless values are negative) with about `count` ticks, labelled as
    // readers of `lang` write numbers.
    static Axis valueAxis(const Extent &extent, bool log, int count, Language lang);
    // Whole years around `min` to `max` (fractional years).
    static Axis yearAxis(double min, double max);

    // Places the plot in `rect` for `font`, leaving `below` under the horizontal axis's labels.
    void layout(const QRectF &rect, const QFont &font, double below);
    // Where a value pair is drawn; whether it can be (values above zero on logarithmic axes).
    QPointF map(double x, double y) const;
    bool drawable(double x, double y) const { return (!xAxis.log || x > 0) && (!yAxis.log || y > 0); }
    // The grid, the ticks' labels (the horizontal axis's leaving out those that would touch the
    // previous one), the frame, `yTitle` above the plot and `xTitle` under the labels at the right.
    void paint(QPainter *painter, const PlotColours &colours, const QFont &font, const QString &yTitle,
               const QString &xTitle) const;

    Axis xAxis;
    Axis yAxis;
    QRectF plot;
};

} // namespace gapscope
