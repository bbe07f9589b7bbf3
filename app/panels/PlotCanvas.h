#pragma once

#include "PlotFrame.h"
#include "domain/Dataset.h"

#include <QWidget>

namespace gapscope {

// A plot painted with QPainter in a PlotFrame (the models scatter, the bubble chart): paintPlot()
// draws it on any painter, for the widget and for exports; hovering shows what describeAt() says
// of the point under the mouse, a left click goes to clickAt().
class PlotCanvas : public QWidget
{
    Q_OBJECT

public:
    using Colours = PlotColours;

    PlotCanvas(const Dataset &dataset, QWidget *parent = nullptr);

    virtual void paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const = 0;
    // The texts written beside points, as last painted.
    const QStringList &labels() const { return m_labels; }

protected:
    // What hovering `pos` (widget coordinates) shows, empty for nothing; a left click at `pos`.
    virtual QString describeAt(const QPointF &pos) const = 0;
    virtual void clickAt(const QPointF &pos) = 0;

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
