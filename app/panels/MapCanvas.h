#pragma once

#include "PlotCanvas.h"
#include "map/MapChoropleth.h"
#include "map/WorldShapes.h"

#include <optional>

namespace gapscope {

// The map itself: every country shape of the world in the colour of its class for one year of a
// choropleth (grey without a value, paler grey outside the filter), the selected country
// outlined, and the legend (the classes in the indicator's unit, "No data", "Not in the filter")
// under it. Hovering a country shows its name, value and source; clicking it emits
// countryClicked(). The wheel, + and - and a double-click zoom in the window (0 or resetZoom()
// shows the whole world again), dragging pans; exports always show the whole world. paintPlot()
// draws the same on any painter, for exports; labels() are the legend's texts as last painted:
// the unit, the class bounds and the keys.
class MapCanvas : public PlotCanvas
{
    Q_OBJECT

public:
    MapCanvas(const Dataset &dataset, QWidget *parent = nullptr);

    // What to show: `map` (kept by the caller) in `year`, the countries `filter` accepts, and the
    // selected country (ISO alpha-3, or empty).
    void showMap(const MapChoropleth *map, int year, const Filter &filter, const QString &selected, Language lang);
    const WorldShapes *shapes() const { return m_world ? &*m_world : nullptr; }
    int year() const { return m_year; }

    // The map and its legend in `rect`, in `colours`, with `font` for the legend.
    void paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const override;
    // What hovering the shape at `index` shows.
    QString describe(int index) const;
    // The fill of the shape at `index` as painted.
    QColor fillOf(int index) const;
    // Where the place at `lonLat` (degrees) is drawn in the widget.
    QPointF widgetPoint(const QPointF &lonLat) const;
    // The shape under `pos` (widget coordinates), or -1.
    int shapeAt(const QPointF &pos) const;
    // From projected coordinates (WorldShapes) to the painter's, as last painted.
    QTransform lastTransform() const { return m_lastTransform; }

    // How much the window's map is enlarged (1: the whole world; at most maxZoom).
    double zoom() const { return m_view.m11(); }
    // Enlarges the map by `factor` (below 1: shrinks) keeping the place at `pos` (widget
    // coordinates) where it is; moves it by `delta` pixels; shows the whole world again.
    void zoomAt(const QPointF &pos, double factor);
    void panBy(const QPointF &delta);
    void resetZoom();
    static constexpr double maxZoom = 32;

signals:
    void countryClicked(const QString &code);
    void zoomChanged(double zoom);

protected:
    QString hoverAt(const QPointF &pos) override;
    void clickAt(const QPointF &pos) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The transform from projected coordinates into the map's part of `rect`, and that part's
    // height below it left for the legend.
    QTransform mapTransform(const QRectF &rect, double legendHeight) const;
    double legendHeight(const QFont &font) const;
    void paintLegend(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const;
    // The map painted through `view` (the zoom and pan, in the painter's coordinates).
    void paintMapIn(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font,
                    const QTransform &view) const;
    // From projected coordinates to the widget's, zoomed and panned.
    QTransform widgetTransform() const;

    std::optional<WorldShapes> m_world;
    const MapChoropleth *m_map = nullptr;
    int m_year = 0;
    Filter m_filter;
    mutable QTransform m_lastTransform;
    QTransform m_view; // the zoom and pan in the widget
    QPointF m_pressed; // where the left button went down
    bool m_dragging = false;
};

} // namespace gapscope
