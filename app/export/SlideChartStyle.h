#pragma once

class QChart;
class QPainter;
class QRectF;

namespace gapscope {

struct SlideTheme;

// A chart of the explorer dressed for a slide: the theme's background, colours and type, lines
// as thick as the theme wants, no title of its own (the slide has one), then painted into a rect.
class SlideChartStyle
{
public:
    // `factor` scales the theme's sizes to the slide's (1 at 1920x1080).
    static void paint(QChart *chart, const SlideTheme &theme, double factor, QPainter *painter, const QRectF &rect);
};

} // namespace gapscope
