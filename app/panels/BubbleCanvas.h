#pragma once

#include "PlotFrame.h"
#include "chart/BubbleChart.h"
#include "domain/Dataset.h"

#include <QWidget>

namespace gapscope {

// Gapminder's bubble chart drawn with QPainter: one year's bubbles, the country's colour, the
// area in proportion to the size indicator's value (one radius without it), against axes fixed
// over every year (each logarithmic or linear); the selected country outlined with its trail
// through the years up to this one; country names where they do not overlap, the largest first.
// Hovering a bubble gives the country's three values with their sources; clicking it emits
// countryClicked(). paintBubbles() draws the same on any painter, for exports.
class BubbleCanvas : public QWidget
{
    Q_OBJECT

public:
    using Colours = PlotColours;

    BubbleCanvas(const Dataset &dataset, QWidget *parent = nullptr);

    // What to show: `chart` (kept by the caller) in `year`, the selected country (or empty), the
    // axes' scales.
    void showChart(const BubbleChart *chart, int year, const QString &selected, bool logX, bool logY, Language lang);
    int year() const { return m_year; }

    void paintBubbles(QPainter *painter, const QRectF &rect, const Colours &colours, const QFont &font) const;
    // What hovering the bubble of `country` shows.
    QString describe(const QString &country) const;
    // The country whose bubble is under `pos` (widget coordinates), or empty.
    QString countryAt(const QPointF &pos) const;
    // Where the bubble of `country` is drawn in the widget
    // size; where the last paint (on any painter) drew it.
    QPointF widgetPoint(const QString &country) const;
    QPointF paintedPoint(const QString &country) const;
    // The countries named and the points of the trail, as last painted.
    const QStringList &labels() const { return m_labels; }
    const QList<QPointF> &trail() const { return m_trail; }

signals:
    void countryClicked(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    PlotFrame frame(const QRectF &rect, const QFont &font) const;
    double radius(const BubbleChart::Bubble &b, const PlotFrame &f) const;
    QString axisTitle(const QString &indicator) const;

    const Dataset &m_dataset;
    const BubbleChart *m_chart = nullptr;
    int m_year = 0;
    QString m_selected;
    bool m_logX = true;
    bool m_logY = true;
    Language m_language = Language::English;
    mutable QStringList m_labels;
    mutable QList<QPointF> m_trail;
    mutable PlotFrame m_lastFrame;
};

} // namespace gapscope
