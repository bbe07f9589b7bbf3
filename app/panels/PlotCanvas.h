#pragma once

#include "PlotFrame.h"
#include "domain/Dataset.h"

#include <QWidget>

namespace gapscope {

// A view painted with QPainter (the models scatter, the bubble chart, the map): paintPlot() draws
// it on any painter, for the widget and for exports; hovering shows what hoverAt() says of what is
// under the mouse as a tooltip, a left click goes to clickAt().
class PlotCanvas : public QWidget
{
    Q_OBJECT

public:
    using Colours = PlotColours;

    PlotCanvas(const Dataset &dataset, QWidget *parent = nullptr);

    virtual void paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const = 0;
    // The texts written in the plot (beside points, in its key or legend), as last painted.
    const QStringList &labels() const { return m_labels; }

protected:
    // What hovering `pos` (widget coordinates) shows, empty for nothing (a canvas may also mark
    // what is under the mouse); a left click at `pos`.
    virtual QString hoverAt(const QPointF &pos) = 0;
    virtual void clickAt(const QPointF &pos) = 0;
    // The window's colours, to paint the widget in.
    Colours windowColours() const;

    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

    const Dataset &m_dataset;
    QString m_selected;
    Language m_language = Language::English;
    mutable QStringList m_labels;
    mutable PlotFrame m_lastFrame; // the last paint's, on any painter
};

} // namespace gapscope
