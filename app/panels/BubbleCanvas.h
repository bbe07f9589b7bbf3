#pragma once

#include "PlotCanvas.h"
#include "chart/BubbleChart.h"

namespace gapscope {

// Gapminder's bubble chart drawn with QPainter: one year's bubbles, the country's colour, the
// area in proportion to the size indicator's value (one radius without it), against axes fixed
// over every year (each logarithmic or linear); the selected country outlined with its trail
// through the years up to this one; country names where they do not overlap, the largest first;
// coloured by region, a legend of the regions where it covers no bubble of any year (a corner of
// the plot, else beside it).
// Hovering a bubble gives the country's three values with their sources; clicking it emits
// countryClicked(). paintPlot() draws the same on any painter, for exports.
class BubbleCanvas : public PlotCanvas
{
    Q_OBJECT

public:
    BubbleCanvas(const Dataset &dataset, QWidget *parent = nullptr);

    // What to show: `chart` (kept by the caller) in `year`, the selected country (or empty), the
    // axes' scales.
    void showChart(const BubbleChart *chart, int year, const QString &selected, bool logX, bool logY, Language lang);
    int year() const { return m_year; }
    // Colours each bubble by its country's region (the country catalogue's), not the country's
    // own colour; a legend then names the year's regions.
    void setColourByRegion(bool on);
    bool colourByRegion() const { return m_byRegion; }
    // The colour of the bubble of `country`.
    QColor colourOf(const QString &country) const;

    void paintPlot(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const override;
    // What hovering the bubble of `country` shows.
    QString describe(const QString &country) const;
    // The country whose bubble is under `pos` (widget coordinates), or empty.
    QString countryAt(const QPointF &pos) const;
    // Where the bubble of `country` is drawn in the widget
    // size; where the last paint (on any painter) drew it.
    QPointF widgetPoint(const QString &country) const;
    QPointF paintedPoint(const QString &country) const;
    // The points of the trail, and the regions the legend names (none when coloured by country),
    // as last painted.
    const QList<QPointF> &trail() const { return m_trail; }
    const QStringList &legend() const { return m_legend; }
    // Where the legend of the regions was last painted (empty when there was none), and the plot.
    QRectF legendBox() const { return m_legendBox; }
    QRectF paintedPlot() const { return m_lastFrame.plot; }

signals:
    void countryClicked(const QString &code);

protected:
    QString hoverAt(const QPointF &pos) override;
    void clickAt(const QPointF &pos) override;

private:
    // The plot in `rect`, and where its legend goes when the bubbles take their region's colour.
    PlotFrame frame(const QRectF &rect, const QFont &font, QRectF *legend = nullptr) const;
    double radius(const BubbleChart::Bubble &b, const PlotFrame &f) const;
    QString axisTitle(const QString &indicator) const;
    // The region (its English name; empty: none) of `country`.
    QString regionOf(const QString &country) const;
    // A region's colour: the palette's in the regions' order (grey for none).
    QColor regionColour(const QString &region) const;
    // The regions of this year's bubbles, in the order of their colours; a region's name; the size
    // of their legend; whether `box` covers a bubble of any year.
    QStringList legendRegions(const PlotFrame &f) const;
    QString regionName(const QString &region) const;
    QSizeF legendSize(const QStringList &regions, const QFont &font) const;
    bool coversBubbles(const PlotFrame &f, const QRectF &box) const;
    void paintLegend(QPainter *painter, const QRectF &box, const QStringList &regions, const Colours &colours) const;

    const BubbleChart *m_chart = nullptr;
    int m_year = 0;
    bool m_logX = true;
    bool m_logY = true;
    bool m_byRegion = false;
    QStringList m_regions; // of every year's countries, in the order they take the palette's colours
    mutable QList<QPointF> m_trail;
    mutable QStringList m_legend;
    mutable QRectF m_legendBox;
};

} // namespace gapscope
