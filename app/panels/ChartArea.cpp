#include "ChartArea.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>

namespace gapscope {

ChartArea::ChartArea(QWidget *parent) : QStackedWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    addWidget(m_view);
    addWidget(m_message);
}

void ChartArea::showChart()
{
    setCurrentWidget(m_view);
}

void ChartArea::showMessage(const QString &message)
{
    m_message->setText(message);
    setCurrentWidget(m_message);
}

QString ChartArea::message() const
{
    return currentWidget() == m_message ? m_message->text() : QString();
}

} // namespace gapscope
