#include "SlideChartStyle.h"

#include "SlideText.h"
#include "SlideTheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QXYSeries>

namespace gapscope {

void SlideChartStyle::paint(QChart *chart, const SlideTheme &theme, double factor, QPainter *painter,
                            const QRectF &rect)
{
    chart->setTitle(QString()); // the slide has its own
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    const QFont body = SlideText::font(int(theme.bodySize * factor));
    const QFont axisTitle = SlideText::font(int(theme.bodySize * factor), true);
    chart->legend()->setFont(body);
    chart->legend()->setLabelColor(theme.text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(body);
        axis->setLabelsColor(theme.text);
        axis->setTitleFont(axisTitle);
        axis->setTitleBrush(theme.text);
        axis->setGridLineColor(theme.grid);
        axis->setLinePenColor(theme.muted);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series); xy && xy->type() == QAbstractSeries::SeriesTypeLine) {
            QPen pen = xy->pen();
            pen.setWidthF(theme.lineWidth * factor);
            xy->setPen(pen);
        }
    }
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->resize(rect.size());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    chart->scene()->render(painter, rect, chart->sceneBoundingRect());
    painter->restore();
}

} // namespace gapscope
