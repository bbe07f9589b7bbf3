#include "ScatterPicture.h"

#include "PointStamper.h"
#include "chart/RunningMaximum.h"

#include <QFontMetricsF>
#include <QPainter>

namespace gapscope {

namespace {

constexpr double pointAlpha = 0.75; // of a point's fill

} // namespace

void ScatterPicture::setPointStyle(QPainter *painter, const QColor &colour, const std::optional<bool> &open,
                                   double penWidth)
{
    QColor fill = colour;
    fill.setAlphaF(pointAlpha);
    painter->setPen(QPen(colour.darker(130), penWidth));
    painter->setBrush(open ? QBrush(fill) : QBrush(Qt::NoBrush));
}

void ScatterPicture::drawShape(QPainter *painter, const QPointF &at, double r, const std::optional<bool> &open)
{
    if (open && *open) {
        painter->drawEllipse(at, r, r);
    } else if (open) {
        painter->drawRect(QRectF(at.x() - r * 0.9, at.y() - r * 0.9, r * 1.8, r * 1.8));
    } else {
        const QPointF diamond[] = {at + QPointF(0, -r * 1.2), at + QPointF(r * 1.2, 0), at + QPointF(0, r * 1.2),
                                   at + QPointF(-r * 1.2, 0)};
        painter->drawPolygon(diamond, 4);
    }
}

QPolygonF ScatterPicture::frontierSteps(const PlotFrame &f, std::vector<QPointF> points)
{
    QPolygonF steps;
    for (const QPointF &c : RunningMaximum::corners(std::move(points))) {
        if (!f.drawable(c.x(), c.y()))
            continue;
        const QPointF at = f.map(c.x(), c.y());
        if (!steps.isEmpty())
            steps << QPointF(at.x(), steps.constLast().y());
        steps << at;
    }
    if (!steps.isEmpty())
        steps << QPointF(f.plot.right(), steps.constLast().y());
    return steps;
}

void ScatterPicture::paintFrontiers(QPainter *painter, const PlotFrame &f, std::vector<std::vector<QPointF>> frontiers,
                                    const std::vector<QColor> &colours, bool antialias)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, antialias);
    for (size_t k = 0; k < frontiers.size() && k < colours.size(); ++k) {
        painter->setPen(QPen(colours[k], 1.6));
        painter->drawPolyline(frontierSteps(f, std::move(frontiers[k])));
    }
    painter->restore();
}

void ScatterPicture::paintKey(QPainter *painter, const QRectF &rect, const QList<KeyEntry> &entries,
                              const PlotColours &colours, const QFont &font)
{
    painter->save();
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font);
    const double line = fm.lineSpacing();
    const double r = fm.height() * 0.25;
    double x = rect.left();
    double y = rect.top() + line * 0.5;
    for (const KeyEntry &entry : entries) {
        const double w = r * 3 + fm.horizontalAdvance(entry.text) + line;
        if (x + w > rect.right() && x > rect.left()) {
            x = rect.left();
            y += line;
        }
        painter->setPen(QPen(entry.colour.darker(130), 0.8));
        painter->setBrush(entry.open ? QBrush(entry.colour) : QBrush(Qt::NoBrush));
        drawShape(painter, QPointF(x + r, y), r, entry.open);
        painter->setPen(colours.text);
        painter->drawText(QPointF(x + r * 3, y + fm.ascent() / 2 - fm.descent() / 2), entry.text);
        x += w;
    }
    painter->restore();
}

QImage ScatterPicture::draw(Plan plan)
{
    QImage picture(plan.pixels, QImage::Format_ARGB32_Premultiplied);
    picture.setDevicePixelRatio(plan.ratio);
    picture.fill(plan.colours.background);
    {
        QPainter painter(&picture);
        plan.frame.paint(&painter, plan.colours, plan.font, plan.axisTitle, QString());
        if (!plan.frontiers.empty())
            paintFrontiers(&painter, plan.frame, std::move(plan.frontiers), plan.frontierColours, plan.antialiasFrontiers);
        paintKey(&painter, plan.keyRect, plan.key, plan.colours, plan.font);
    }
    // Each mark painted once, as a point is painted on any painter, then stamped wherever it goes.
    PointStamper stamper(&picture, plan.clip);
    const double ratio = plan.ratio;
    const double r = plan.radius;
    for (const Mark &mark : plan.marks) {
        stamper.addMark((r * 1.2 + 1) * ratio, [&](QPainter *painter) {
            setPointStyle(painter, mark.colour, mark.open, pointPen * ratio);
            drawShape(painter, QPointF(), r * ratio, mark.open);
        });
    }
    for (const Stamp &stamp : plan.stamps)
        stamper.stamp(stamp.mark, stamp.at);
    return picture;
}

} // namespace gapscope
