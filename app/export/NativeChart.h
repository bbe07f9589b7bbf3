#pragma once

#include "domain/Dataset.h"
#include "query/Filter.h"
#include "query/IndicatorSeries.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gapscope {

class ChartPanel;

// What a native chart of a deck shows, as the explorer's chart panel draws it: the categories
// (years, or dates where months are known), one series per country in its colour with its values
// in the value axis's units (the panel's multiple: "USD (billions)"), the points that were not
// measured, the axis titles and the values' number format. A country's projections and targets
// are a second, dashed series named after it, joined to its last measured point, as the panel
// draws them dashed. ChartPart writes it as a DrawingML chart with its embedded workbook.
class NativeChart
{
    Q_DECLARE_TR_FUNCTIONS(NativeChart)

public:
    enum class Kind { Line, Bar, Stacked, Percent };
    struct Series
    {
        QString name;
        QColor color;
        bool dashed = false;              // a projection or target
        QList<std::optional<double>> values; // one per category, none where the country has no value
        QList<int> unmeasured;            // categories whose value is an estimate, projection or target
    };

    // The chart the panel shows, of the series it draws (`data`, the panel's indicator under
    // `filter`); none when the panel shows no chart.
    static std::optional<NativeChart> of(const Dataset &dataset, const ChartPanel &panel,
                                         const QList<IndicatorSeries::Series> &data, const Filter &filter,
                                         Language lang);

    Kind kind = Kind::Line;
    bool logScale = false;
    QString categoryTitle;
    QString valueTitle;
    // Whether the categories are whole years (written as numbers), else dates as text.
    bool yearCategories = true;
    QStringList categories;
    QList<Series> series;
    // The values' format, as Excel writes number formats ("#,##0.0").
    QString numberFormat;
    // The name of the embedded workbook's sheet.
    QString sheetName;
};

} // namespace gapscope
