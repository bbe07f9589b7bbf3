#pragma once

#include <QStackedWidget>

class QChart;
class QChartView;
class QLabel;

namespace gapscope {

// Where a panel draws its chart: the chart in an antialiased view, legend at the bottom, no
// animation; or, when there is nothing to draw, a centred message saying why.
class ChartArea : public QStackedWidget
{
    Q_OBJECT

public:
    explicit ChartArea(QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    void showChart();
    void showMessage(const QString &message);
    // The message shown instead of the chart, or nothing when the chart is shown.
    QString message() const;

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace gapscope
