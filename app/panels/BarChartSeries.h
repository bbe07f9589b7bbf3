#pragma once

#include "BarValueLabels.h"
#include "domain/Dataset.h"
#include "domain/Language.h"
#include "query/IndicatorSeries.h"

#include <QHash>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QChart;
QT_END_NAMESPACE

namespace gapscope {

// Draws an indicator's series as bars into a chart: grouped, stacked or as shares of each year's
// total, a set of bars per country in its colour. A value that was not measured (an estimate, a
// projection, a target) is a pale bar, with a key in the legend; when there are few bars, each
// carries its value as the reader writes it (BarValueLabels).
class BarChartSeries
{
public:
    enum class Layout { Grouped, Stacked, Percent };
    struct Texts
    {
        QString year; // the category axis's title
        QString paleKey; // the legend's key to the pale bars
    };
    struct Drawn
    {
        QAbstractBarSeries *bars = nullptr;
        QStringList categories; // the years, as the axis writes them
        QHash<QBarSet *, QStringList> observationIds; // per set, the observation of each bar ("" for none)
        BarValueLabels *labels = nullptr; // when the bars carry their values
    };

    static Drawn draw(QChart *chart, const Dataset &dataset, Language lang, Layout layout, double scale,
                      const Unit *unit, const QList<IndicatorSeries::Series> &data, int maxLabelledBars,
                      const Texts &texts);
};

} // namespace gapscope
