#pragma once

#include "PlotCanvas.h"
#include "chart/ModelScatter.h"

namespace gapscope {

// The models scatter drawn with QPainter, one shape per model (so that a hundred thousand stay
// quick): publication date across, the figure up (logarithmic or linear), colour the model's
// country, a circle for open weights, a square for closed ones and a diamond where Epoch does
// not say; optionally each country's frontier (running maximum) as steps; the selected model
// ringed; labels for the selected and the largest models where they do not overlap; the key
// under the plot. Hovering a point names the model, its organisations and its value with its
// source; clicking it emits modelClicked(). paintPlot() draws the same on any painter, for
// exports.
class ScatterCanvas : public PlotCanvas
{
    Q_OBJECT

public:
    ScatterCanvas(const Dataset &dataset, QWidget *parent = nullptr);

    // What to show: `scatter` (kept by the caller), the selected model's id (or empty), the axis
    // and the frontier lines.
    void showScatter(const ModelScatter *scatter, const QString &selected, bool log, bool frontier, Language lang);

    void paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const override;
    // What hovering the point at `index` shows.
    QString describe(int index) const;
    // The point under `pos` (widget coordinates, as last painted on the widget), or -1.
    int pointAt(const QPointF &pos) const;
    // Where the point at `index` is drawn in the widget, and where the last paint (on any
    // painter) drew it.
    QPointF widgetPoint(int index) const;
    QPointF paintedPoint(int index) const;
    // The labels' boxes (labels(): the models' labels and the key's texts) and the axis title as
    // last painted.
    const QList<QRectF> &labelBoxes() const { return m_labelBoxes; }
    const QString &axisTitle() const { return m_axisTitle; }
    // The title of the figure's axis ("Training compute (FLOP)").
    static QString measureTitle(ModelScatter::Measure measure);
    // The colour of a country's points (grey for the models of no country).
    QColor colourOf(const QString &country) const;
    // A value of the figure as a reader writes it.
    QString valueText(double value) const;

signals:
    void modelClicked(const QString &id);

protected:
    QString describeAt(const QPointF &pos) const override;
    void clickAt(const QPointF &pos) override;

private:
    PlotFrame frame(const QRectF &rect, const QFont &font) const;
    QPointF pointIn(const PlotFrame &f, int index) const;
    void paintPoints(QPainter *painter, const PlotFrame &f, const Colours &colours, double radius) const;
    void paintLabels(QPainter *painter, const PlotFrame &f, const Colours &colours, double radius) const;
    void paintKey(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const;

    const ModelScatter *m_scatter = nullptr;
    bool m_log = true;
    bool m_frontier = false;
    mutable QList<QRectF> m_labelBoxes;
    mutable QString m_axisTitle;
};

} // namespace gapscope
