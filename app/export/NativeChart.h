#pragma once

#include "domain/Dataset.h"
#include "query/Filter.h"
#include "query/IndicatorSeries.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace gapscope {

class ChartPanel;
class ScatterPanel;

// What a native chart of a deck shows, as the explorer's chart panel draws it: the categories
// (years, or dates where months are known), one series per country in its colour with its values
// in the value axis's units (the panel's multiple: "USD (billions)"), the points that were not
// measured, the axis titles and the values' number format. A country's projections and targets
// are a second, dashed series named after it, joined to its last measured point, as the panel
// draws them dashed. The models scatter is a scatter chart instead: its points are the models at
// their publication dates (in years, across) and figures (up), a series per country and kind of
// weights (a filled circle for open weights, an open square for closed ones, an open diamond
// where Epoch does not say), each country's frontier a series of steps. A line chart of more than
// LineChartSeries::namedCurves countries names those whose last value is highest, as the panel
// does: the others are thin grey lines under them, with one legend entry for all. ChartPart
// writes it as a DrawingML chart with its embedded workbook.
class NativeChart
{
    Q_DECLARE_TR_FUNCTIONS(NativeChart)

public:
    enum class Kind { Line, Bar, Stacked, Percent, Scatter };
    // A scatter's marker; None for a line (a frontier).
    enum class Marker { Circle, Square, Diamond, None };
    // A point of a scatter: x in years (2023.5 is July 2023), the figure, the model and its date
    // (a QDate, a partial date as text, or nothing).
    struct Point
    {
        double x = 0;
        double y = 0;
        QString label;
        QVariant date;
    };
    struct Series
    {
        QString name;
        QColor color;
        bool dashed = false;              // a projection or target
        QList<std::optional<double>> values; // one per category, none where the country has no value
        QList<int> unmeasured;            // categories whose value is an estimate, projection or target
        // Scatters only: the series' points, its marker and whether the marker is filled.
        QList<Point> points;
        Marker marker = Marker::Circle;
        bool filled = true;
        // Lines only: a country beyond the named ones, a thin grey line without points or legend
        // entry; and the one legend entry naming them all, which has no values of its own.
        bool grey = false;
        bool legendOnly = false;
    };
    // The most countries a scatter's legend names; a scatter of more goes into a deck as the
    // picture, whose key says "n other countries".
    static constexpr int scatterCountries = 8;

    // The chart the panel shows, of the series it draws (`data`, the panel's indicator under
    // `filter`); none when the panel shows no chart.
    static std::optional<NativeChart> of(const Dataset &dataset, const ChartPanel &panel,
                                         const QList<IndicatorSeries::Series> &data, const Filter &filter,
                                         Language lang);
    // The models scatter the panel shows; none when it is empty or has more than
    // scatterCountries countries.
    static std::optional<NativeChart> of(const Dataset &dataset, const ScatterPanel &panel, Language lang);

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
    // Scatters only: the x axis's years (from, to, between labels), and the workbook's headers of
    // the series, model, date and figure columns (the x column's is categoryTitle).
    double xFrom = 0;
    double xTo = 0;
    double xStep = 1;
    QStringList pointHeaders;
};

} // namespace gapscope
