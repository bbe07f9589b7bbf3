#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QChart;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace gapscope {

// Writes each bar's value on a bar chart, as the reader writes it ("KRW 3.4 trillion", "3.4조 원"):
// above the bar when bars stand side by side, inside its segment when they are stacked (where
// the segment is tall enough for the text). The labels follow the chart's plot area, so they stay
// on their bars when the chart is resized (as an export does) and take the font and colour of the
// axes' labels. They belong to the series and go with it.
class BarValueLabels : public QObject
{
    Q_OBJECT

public:
    struct Bar
    {
        int category = 0; // the bar's place on the category axis
        int set = 0; // which bar set (country) it belongs to
        double bottom = 0; // in the series' values: where the bar (segment) starts and ends
        double top = 0;
        QString text;
    };

    BarValueLabels(QChart *chart, QAbstractBarSeries *series, const QList<Bar> &bars, int sets, bool stacked);
    ~BarValueLabels() override;

    // The labels shown, in the order of the bars.
    QStringList texts() const;
    // Where the labels that are shown are, in the chart's scene: a label that would not fit its
    // place or would overlap a taller bar's label is not shown.
    QList<QRectF> shownRects() const;

private:
    void place();

    QPointer<QChart> m_chart;
    QAbstractBarSeries *m_series = nullptr;
    QList<Bar> m_bars;
    QList<QGraphicsSimpleTextItem *> m_items;
    int m_sets = 1;
    bool m_stacked = false;
};

} // namespace gapscope
