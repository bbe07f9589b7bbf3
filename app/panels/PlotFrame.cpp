#include "PlotFrame.h"

#include "TickLabel.h"
#include "chart/AxisTicks.h"
#include "format/ValueFormatter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace gapscope {

PlotFrame::Axis PlotFrame::valueAxis(const Extent &extent, bool log, int count, Language lang)
{
    Axis a;
    a.log = log;
    a.ticks = AxisTicks::ticks(log ? extent.minPositive : std::min(0.0, extent.min), extent.max, log, count);
    for (double t : std::as_const(a.ticks))
        a.labels << ValueFormatter::number(t, lang);
    if (a.ticks.size() >= 2) {
        a.from = log ? std::log10(a.ticks.constFirst()) : a.ticks.constFirst();
        a.to = log ? std::log10(a.ticks.constLast()) : a.ticks.constLast();
    }
    return a;
}

PlotFrame::Axis PlotFrame::yearAxis(double min, double max)
{
    Axis a;
    a.from = std::floor(min);
    a.to = std::max(a.from + 1, std::ceil(max + 1e-9));
    for (int year = int(a.from); year <= int(a.to); ++year) {
        a.ticks << year;
        a.labels << QString::number(year);
    }
    return a;
}

void PlotFrame::layout(const QRectF &rect, const QFont &font, double below)
{
    const QFontMetricsF fm(font);
    const double line = fm.lineSpacing();
    double widest = 0;
    for (const QString &label : std::as_const(yAxis.labels))
        widest = std::max(widest, TickLabel(label, font).width());
    // The last label of the horizontal axis is centred under the plot's right edge ("1 million"):
    // room for its half.
    const double lastHalf = xAxis.labels.isEmpty() ? 0 : TickLabel(xAxis.labels.constLast(), font).width() / 2;
    plot = rect.adjusted(widest + line * 0.8, line * 1.6, -std::max(line, lastHalf + fm.averageCharWidth()),
                         -line * 2.4 - below);
}

QPointF PlotFrame::map(double x, double y) const
{
    const double vx = xAxis.log ? std::log10(x) : x;
    const double vy = yAxis.log ? std::log10(y) : y;
    return {plot.left() + (vx - xAxis.from) / (xAxis.to - xAxis.from) * plot.width(),
            plot.bottom() - (vy - yAxis.from) / (yAxis.to - yAxis.from) * plot.height()};
}

void PlotFrame::paint(QPainter *painter, const PlotColours &colours, const QFont &font, const QString &yTitle,
                      const QString &xTitle) const
{
    const QColor &text = colours.text;
    const QColor &muted = colours.muted;
    painter->save();
    painter->setFont(font);
    const QFontMetricsF fm(font);
    QColor grid = muted;
    grid.setAlphaF(0.35);
    const double xLow = xAxis.log ? std::pow(10.0, xAxis.from) : xAxis.from;
    const double yLow = yAxis.log ? std::pow(10.0, yAxis.from) : yAxis.from;
    for (int i = 0; i < yAxis.ticks.size(); ++i) {
        const double y = map(xLow, yAxis.ticks.at(i)).y();
        painter->setPen(QPen(grid, 0.8));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const TickLabel label(yAxis.labels.at(i), font);
        painter->setPen(text);
        label.draw(painter, QPointF(plot.left() - label.width() - fm.averageCharWidth(), y + fm.ascent() / 2 - fm.descent() / 2));
    }
    double lastRight = -1e300;
    for (int i = 0; i < xAxis.ticks.size(); ++i) {
        const double x = map(xAxis.ticks.at(i), yLow).x();
        painter->setPen(QPen(grid, 0.8));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const TickLabel label(xAxis.labels.at(i), font);
        const double width = label.width();
        if (x - width / 2 < lastRight + fm.averageCharWidth() * 2)
            continue;
        lastRight = x + width / 2;
        painter->setPen(text);
        label.draw(painter, QPointF(x - width / 2, plot.bottom() + fm.ascent() + 3));
    }
    painter->setPen(QPen(muted, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(plot);
    painter->setPen(text);
    painter->drawText(QPointF(plot.left(), plot.top() - fm.descent() - fm.lineSpacing() * 0.4), yTitle);
    if (!xTitle.isEmpty())
        painter->drawText(QPointF(plot.right() - fm.horizontalAdvance(xTitle),
                                  plot.bottom() + fm.lineSpacing() + fm.ascent() + 3),
                          xTitle);
    painter->restore();
}

} // namespace gapscope
