#pragma once

#include "PlotCanvas.h"
#include "ScatterPicture.h"
#include "chart/ModelScatter.h"

#include <QImage>
#include <QMutex>

#include <memory>
#include <optional>
#include <vector>

namespace gapscope {

// The models scatter drawn with QPainter, one shape per model: publication date across, the
// figure up (logarithmic or linear), colour the model's country, a circle for open weights, a
// square for closed ones and a diamond where Epoch does not say; optionally each country's
// frontier (running maximum) as steps; the selected model ringed; labels for the selected and the
// largest models where they do not overlap; the key under the plot. Hovering a point rings it and
// names the model, its organisations and its value with its source; clicking it emits
// modelClicked(). paintPlot() draws the same on any painter, every point a shape of its own, for
// exports.
//
// So that a hundred thousand points leave the window answering, the widget keeps the axes, the
// frontier, the points and the key as a picture (a ScatterPicture), drawn again only when the
// scatter, the axis, the size, the font or the colours change (the points stamped by a
// PointStamper); the selected model, the labels and the ring under the mouse are painted over it
// at every paint. From backgroundFrom() points (20,000), the picture is drawn by a worker thread
// while the window shows the previous one and goes on answering; it is shown when it comes,
// unless what it shows has changed meanwhile (then the present one is drawn).
class ScatterCanvas : public PlotCanvas
{
    Q_OBJECT

public:
    ScatterCanvas(const Dataset &dataset, QWidget *parent = nullptr);
    ~ScatterCanvas() override;

    // What to show: `scatter` (kept by the caller; shown again after every change to it, or
    // nothing), the axis and the frontier lines.
    void showScatter(const ModelScatter *scatter, bool log, bool frontier, Language lang);
    // The selected model's id (or empty).
    void setSelected(const QString &id);

    void paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const override;
    // What hovering the point at `index` shows.
    QString describe(int index) const;
    // The point under `pos` (widget coordinates, as last painted on the widget), or -1.
    int pointAt(const QPointF &pos) const;
    // The point ringed as under the mouse, or -1.
    int hovered() const { return m_hovered; }
    // Where the point at `index` is drawn in the widget, and where the last paint (on any
    // painter) drew it.
    QPointF widgetPoint(int index) const;
    QPointF paintedPoint(int index) const;
    // The labels' boxes (labels(): the models' labels and the key's texts) and the axis title as
    // last painted.
    const QList<QRectF> &labelBoxes() const { return m_labelBoxes; }
    const QString &axisTitle() const { return m_axisTitle; }
    // How many times the widget's picture of the points has been drawn and shown.
    int layerPaints() const { return m_layerPaints; }
    // Whether the picture of the points is still to come (being drawn in a worker thread).
    bool pointsPending() const { return m_scatter && m_pictureGeneration != m_generation; }
    // From how many points the picture is drawn in a worker thread.
    size_t backgroundFrom() const { return m_backgroundFrom; }
    void setBackgroundFrom(size_t points);
    // The title of the figure's axis ("Training compute (FLOP)").
    static QString measureTitle(ModelScatter::Measure measure);
    // The colour of a country's points (grey for the models of no country).
    QColor colourOf(const QString &country) const;
    // A value of the figure as a reader writes it.
    QString valueText(double value) const;

signals:
    void modelClicked(const QString &id);

protected:
    QString hoverAt(const QPointF &pos) override;
    void clickAt(const QPointF &pos) override;
    void paintEvent(QPaintEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    // What the widget's picture was drawn for.
    struct LayerKey
    {
        QSize size;
        qreal ratio = 1; // device pixels per pixel
        QFont font;
        QColor background, text, muted;
        friend bool operator==(const LayerKey &, const LayerKey &) = default;
    };

    PlotFrame frame(const QRectF &rect, const QFont &font) const;
    QPointF pointIn(const PlotFrame &f, int index) const;
    // A point's size for `font`; where points are drawn (the plot and a margin); where the key
    // goes in `rect`.
    static double radius(const QFont &font);
    static QRectF pointsClip(const PlotFrame &f, double radius);
    static QRectF keyRect(const QRectF &rect, const QFont &font);
    QString axisTitleText() const;
    QList<ScatterPicture::KeyEntry> keyEntries(const Colours &colours) const;
    // The layers of the picture: the frontier, the points (the key: ScatterPicture), and the
    // selected model and the labels over them.
    void paintFrontier(QPainter *painter, const PlotFrame &f) const;
    // Each country's points (x, y in the data) and colour, in the order of the scatter's countries.
    std::vector<std::vector<QPointF>> frontierPoints() const;
    std::vector<QColor> frontierColours() const;
    void paintPoints(QPainter *painter, const PlotFrame &f, double radius) const;
    void paintOver(QPainter *painter, const PlotFrame &f, const Colours &colours, const QFont &font) const;
    // The widget's picture worked out for the present layer key, drawn (here or by a worker)
    // and received.
    ScatterPicture::Plan picturePlan(const Colours &colours) const;
    void drawPicture(const Colours &colours);
    void receivePicture(QImage picture, quint64 generation);
    // Where each point is in the widget (NaN where it cannot be drawn), for the present size.
    const std::vector<QPointF> &widgetPoints() const;

    const ModelScatter *m_scatter = nullptr;
    bool m_log = true;
    bool m_frontier = false;
    std::vector<int> m_order; // the points in drawing order: the countries with the most models first
    std::vector<int> m_countryOf; // each point's country in the scatter's countries() (their count: none)
    QList<int> m_largest; // the points labelled besides the selected one
    int m_selectedPoint = -1;
    int m_hovered = -1;
    mutable QList<QRectF> m_labelBoxes;
    mutable QString m_axisTitle;

    // Whether the widget takes a worker's picture: not once it is gone.
    struct Delivery
    {
        QMutex mutex;
        bool closed = false;
    };

    QImage m_layer; // the picture last shown
    quint64 m_generation = 0; // of what is to be shown
    quint64 m_pictureGeneration = 0; // of m_layer
    bool m_drawing = false; // a picture on its way
    size_t m_backgroundFrom = 20000;
    std::shared_ptr<Delivery> m_delivery;
    std::optional<LayerKey> m_layerKey; // nothing: to be drawn
    PlotFrame m_layerFrame;
    int m_layerPaints = 0;
    mutable std::vector<QPointF> m_widgetPoints;
    mutable std::optional<std::pair<QSize, QFont>> m_widgetPointsFor; // nothing: to be computed
};

} // namespace gapscope
