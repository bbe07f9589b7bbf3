#pragma once

#include "PlotFrame.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPolygonF>

#include <optional>
#include <vector>

class QPainter;

namespace gapscope {

// How the models scatter draws its points, frontiers and key, and the window's kept picture of
// them. The picture is worked out in the window's thread as a Plan (the axes, where each point goes
// with which mark, each country's points for its frontier, the key's entries), then drawn from the
// plan alone, so that a hundred thousand points can be drawn in a worker thread while the window
// goes on answering.
class ScatterPicture
{
public:
    static constexpr double pointPen = 0.6; // the width of a point's outline, in logical pixels

    // A point's look: `open` says whether the weights are open (a filled circle), closed (a
    // filled square) or not stated (nothing: an empty diamond).
    static void setPointStyle(QPainter *painter, const QColor &colour, const std::optional<bool> &open, double penWidth);
    static void drawShape(QPainter *painter, const QPointF &at, double r, const std::optional<bool> &open);
    // A country's frontier, the running maximum of its points (x, y in the data), as steps in
    // `f` up to the plot's right edge; empty where none can be drawn.
    static QPolygonF frontierSteps(const PlotFrame &f, std::vector<QPointF> points);

    // An entry of the key: a shape in a colour, and its text.
    struct KeyEntry
    {
        QColor colour;
        std::optional<bool> open;
        QString text;
    };
    // The key's entries in `rect`, in rows.
    static void paintKey(QPainter *painter, const QRectF &rect, const QList<KeyEntry> &entries,
                         const PlotColours &colours, const QFont &font);

    // What the picture holds.
    struct Mark
    {
        QColor colour;
        std::optional<bool> open;
    };
    struct Stamp
    {
        int mark; // in marks
        QPointF at; // in the picture's pixels
    };
    struct Plan
    {
        QSize pixels; // the picture's size in pixels, and its pixels per logical pixel
        qreal ratio = 1;
        // The axes (frame, with its colours, font and the figure's title) and the key.
        PlotFrame frame;
        PlotColours colours;
        QFont font;
        QString axisTitle;
        QRectF keyRect;
        QList<KeyEntry> key;
        QRect clip; // where points go, in pixels
        double radius = 3; // of a point, in logical pixels
        std::vector<Mark> marks;
        std::vector<Stamp> stamps; // in drawing order
        // The frontiers: each country's points (x, y in the data) and colour.
        std::vector<std::vector<QPointF>> frontiers;
        std::vector<QColor> frontierColours;
        bool antialiasFrontiers = true;
    };
    // The picture of `plan`: the axes, the frontiers, the points stamped over them and the key.
    // Safe in any thread (Qt 6 renders text on images in any thread).
    static QImage draw(Plan plan);
    // The frontiers of `frontiers` (each country's points, in the data) in `colours`, on `painter`.
    static void paintFrontiers(QPainter *painter, const PlotFrame &f, std::vector<std::vector<QPointF>> frontiers,
                               const std::vector<QColor> &colours, bool antialias);
};

} // namespace gapscope
