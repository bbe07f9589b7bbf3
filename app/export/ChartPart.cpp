#include "ChartPart.h"

#include "DrawingML.h"

#include <QFile>
#include <QTemporaryDir>

#include <array>
#include <optional>

namespace gapscope {

namespace {

constexpr int categoryAxisId = 500100;
constexpr int valueAxisId = 500200;

// A column's letters as a formula writes them: A, B, ..., Z, AA, ...
QString column(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// The cells from (row1, col) to (row2, col) of the chart's sheet, rows from 1.
QString range(const QString &sheet, int col, int row1, int row2)
{
    QString quoted = sheet;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    const QString first = QStringLiteral("$%1$%2").arg(column(col)).arg(row1);
    return QStringLiteral("'%1'!%2").arg(quoted, row1 == row2 ? first : first + QStringLiteral(":$%1$%2").arg(column(col)).arg(row2));
}

QString fill(const QColor &color)
{
    return QStringLiteral("<a:solidFill><a:srgbClr val=\"%1\"/></a:solidFill>").arg(DrawingML::hex(color));
}

QString line(const QColor &color, int width, bool dashed = false)
{
    return QStringLiteral("<a:ln w=\"%1\" cap=\"rnd\">%2%3<a:round/></a:ln>")
        .arg(width)
        .arg(fill(color), dashed ? QStringLiteral("<a:prstDash val=\"dash\"/>") : QString());
}

// The colour `color` takes pale over `background`, as the panel draws values not measured.
QColor pale(const QColor &color, const QColor &background)
{
    const double a = 90.0 / 255;
    return QColor::fromRgbF(float(background.redF() * (1 - a) + color.redF() * a),
                            float(background.greenF() * (1 - a) + color.greenF() * a),
                            float(background.blueF() * (1 - a) + color.blueF() * a));
}

QString runProperties(const QString &element, int size, const QColor &color, Language lang, bool bold)
{
    return QStringLiteral("<a:%1 lang=\"%2\" sz=\"%3\" b=\"%4\">%5<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/></a:%1>")
        .arg(element, lang == Language::Korean ? QStringLiteral("ko-KR") : QStringLiteral("en-US"))
        .arg(size)
        .arg(bold ? 1 : 0)
        .arg(fill(color));
}

// Type for the text of an axis or the legend.
QString textProperties(int size, const QColor &color, Language lang, const QString &rotation = QString())
{
    return QStringLiteral("<c:txPr><a:bodyPr%1/><a:lstStyle/><a:p><a:pPr>%2</a:pPr><a:endParaRPr lang=\"%3\"/></a:p></c:txPr>")
        .arg(rotation, runProperties(QStringLiteral("defRPr"), size, color, lang, false),
             lang == Language::Korean ? QStringLiteral("ko-KR") : QStringLiteral("en-US"));
}

QString title(const QString &text, int size, const QColor &color, Language lang, bool vertical)
{
    return QStringLiteral("<c:title><c:tx><c:rich><a:bodyPr%1/><a:lstStyle/><a:p><a:pPr>%2</a:pPr>"
                          "<a:r>%3<a:t>%4</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
        .arg(vertical ? QStringLiteral(" rot=\"-5400000\" vert=\"horz\"") : QStringLiteral(" rot=\"0\" vert=\"horz\""),
             runProperties(QStringLiteral("defRPr"), size, color, lang, false),
             runProperties(QStringLiteral("rPr"), size, color, lang, false), DrawingML::escape(text));
}

// A series' name (c:tx): the workbook's cell `cell` and its cache.
QString seriesName(const QString &cell, const QString &name)
{
    return QStringLiteral("<c:tx><c:strRef><c:f>%1</c:f><c:strCache><c:ptCount val=\"1\"/>"
                          "<c:pt idx=\"0\"><c:v>%2</c:v></c:pt></c:strCache></c:strRef></c:tx>")
        .arg(DrawingML::escape(cell), DrawingML::escape(name));
}

// The value axis's title: across in Korean, as LibreOffice turns a sideways Korean title's
// brackets and digits apart from its letters, in pieces too small to read.
QString valueTitle(const NativeChart &chart, int size, const SlideTheme &theme, Language lang)
{
    return title(chart.valueTitle, size, theme.text, lang, lang != Language::Korean);
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// A value axis (c:valAx): its id and the axis it crosses, where it sits ("l", "b"), its title and
// number format; `extent`, when given, its smallest and largest values and the step between labels.
struct ValueAxis
{
    int id = 0;
    int crossAxis = 0;
    QString position;
    bool log = false;
    QString title;
    QString format;
    QString crosses = QStringLiteral("autoZero");
    QString crossBetween = QStringLiteral("between");
    std::optional<std::array<double, 3>> extent;

    QString xml(const SlideTheme &theme, const QString &text) const
    {
        QString scaling = log ? QStringLiteral("<c:logBase val=\"10\"/>") : QString();
        scaling += QStringLiteral("<c:orientation val=\"minMax\"/>");
        if (extent)
            scaling += QStringLiteral("<c:max val=\"%1\"/><c:min val=\"%2\"/>").arg(number((*extent)[1]), number((*extent)[0]));
        return QStringLiteral("<c:valAx><c:axId val=\"%1\"/><c:scaling>%3</c:scaling><c:delete val=\"0\"/>"
                              "<c:axPos val=\"%4\"/><c:majorGridlines><c:spPr>%5</c:spPr></c:majorGridlines>%6"
                              "<c:numFmt formatCode=\"%7\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>"
                              "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>%8%9<c:crossAx val=\"%2\"/>"
                              "<c:crosses val=\"%10\"/><c:crossBetween val=\"%11\"/>%12</c:valAx>")
            .arg(id)
            .arg(crossAxis)
            .arg(scaling, position, line(theme.grid, 9525), title, DrawingML::escape(format),
                 QStringLiteral("<c:spPr><a:noFill/>%1</c:spPr>").arg(line(theme.muted, 9525)), text, crosses,
                 crossBetween,
                 extent ? QStringLiteral("<c:majorUnit val=\"%1\"/>").arg(number((*extent)[2])) : QString());
    }
};

} // namespace

bool ChartPart::embed(const WorkbookWriter::Sheet &sheet, const QString &title)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.xlsx"));
    WorkbookWriter writer;
    if (!dir.isValid() || !writer.write(path, {sheet}, title)) {
        m_error = dir.isValid() ? writer.errorString() : tr("cannot make a temporary folder for a chart's workbook");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    m_workbook = file.readAll();
    return true;
}

void ChartPart::finish(const QString &plot, const QString &text, Language lang, const QString &blanks,
                       const QString &legendEntries)
{
    const QString noFill = QStringLiteral("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>");
    const QString body = QStringLiteral(
        "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<c:date1904 val=\"0\"/><c:lang val=\"%1\"/><c:roundedCorners val=\"0\"/>"
        "<c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>%2%3</c:plotArea>"
        "<c:legend><c:legendPos val=\"b\"/>%7<c:overlay val=\"0\"/>%4</c:legend><c:plotVisOnly val=\"1\"/>"
        "<c:dispBlanksAs val=\"%5\"/></c:chart>%3%4"
        "<c:externalData r:id=\"%6\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>")
        .arg(lang == Language::Korean ? QStringLiteral("ko-KR") : QStringLiteral("en-US"), plot, noFill, text,
             blanks, workbookRelationship(), legendEntries);
    m_xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body.toUtf8();
}

bool ChartPart::build(const NativeChart &chart, const SlideTheme &theme, Language lang, int textSize)
{
    m_error.clear();
    m_xml.clear();
    m_workbook.clear();
    if (chart.kind == NativeChart::Kind::Scatter)
        return buildScatter(chart, theme, lang, textSize);
    const int rows = int(chart.categories.size());
    const int lastRow = rows + 1;
    const bool isLine = chart.kind == NativeChart::Kind::Line;

    // The workbook: the categories down the first column, a column of values per series.
    WorkbookWriter::Sheet sheet;
    sheet.name = chart.sheetName;
    sheet.header << chart.categoryTitle;
    sheet.widths << 14;
    for (const NativeChart::Series &s : chart.series) {
        if (s.legendOnly)
            continue; // no values of its own
        sheet.header << s.name;
        sheet.widths << std::clamp(double(s.name.size()) + 4, 12.0, 40.0);
    }
    sheet.frozenColumns = 1;
    for (int r = 0; r < rows; ++r) {
        QList<WorkbookWriter::Cell> cells;
        cells << (chart.yearCategories ? WorkbookWriter::Cell{chart.categories[r].toDouble(), QStringLiteral("0")}
                                       : WorkbookWriter::Cell{chart.categories[r], {}});
        for (const NativeChart::Series &s : chart.series) {
            if (!s.legendOnly)
                cells << (s.values[r] ? WorkbookWriter::Cell{*s.values[r], chart.numberFormat} : WorkbookWriter::Cell{});
        }
        sheet.rows << cells;
    }
    if (!embed(sheet, chart.valueTitle))
        return false;

    // The categories, as every series refers to them.
    QString cache;
    for (int r = 0; r < rows; ++r)
        cache += QStringLiteral("<c:pt idx=\"%1\"><c:v>%2</c:v></c:pt>").arg(r).arg(DrawingML::escape(chart.categories[r]));
    const QString categories =
        chart.yearCategories
            ? QStringLiteral("<c:cat><c:numRef><c:f>%1</c:f><c:numCache><c:formatCode>0</c:formatCode>"
                             "<c:ptCount val=\"%2\"/>%3</c:numCache></c:numRef></c:cat>")
                  .arg(DrawingML::escape(range(chart.sheetName, 0, 2, lastRow)))
                  .arg(rows)
                  .arg(cache)
            : QStringLiteral("<c:cat><c:strRef><c:f>%1</c:f><c:strCache><c:ptCount val=\"%2\"/>%3</c:strCache>"
                             "</c:strRef></c:cat>")
                  .arg(DrawingML::escape(range(chart.sheetName, 0, 2, lastRow)))
                  .arg(rows)
                  .arg(cache);

    const int lineWidth = int(theme.lineWidth * 12700);
    QString series;
    QString hidden; // the legend's entries left out
    for (int i = 0; i < chart.series.size(); ++i) {
        const NativeChart::Series &s = chart.series[i];
        QString values;
        for (int r = 0; r < rows; ++r) {
            if (s.values[r])
                values += QStringLiteral("<c:pt idx=\"%1\"><c:v>%2</c:v></c:pt>").arg(r).arg(number(*s.values[r]));
        }
        const QString name = seriesName(range(chart.sheetName, i + 1, 1, 1), s.name);
        const QString val = QStringLiteral("<c:val><c:numRef><c:f>%1</c:f><c:numCache><c:formatCode>%2</c:formatCode>"
                                           "<c:ptCount val=\"%3\"/>%4</c:numCache></c:numRef></c:val>")
                                .arg(DrawingML::escape(range(chart.sheetName, i + 1, 2, lastRow)),
                                     DrawingML::escape(chart.numberFormat))
                                .arg(rows)
                                .arg(values);
        QString points;
        if (s.legendOnly) {
            // An entry of the legend alone: its name and no values, outside the workbook.
            series += QStringLiteral("<c:ser><c:idx val=\"%1\"/><c:order val=\"%1\"/><c:tx><c:v>%2</c:v></c:tx>"
                                     "<c:spPr>%3</c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>"
                                     "<c:val><c:numLit><c:ptCount val=\"%4\"/></c:numLit></c:val><c:smooth val=\"0\"/></c:ser>")
                          .arg(i)
                          .arg(DrawingML::escape(s.name), line(s.color, lineWidth))
                          .arg(rows);
        } else if (s.grey) {
            // A country beyond the named ones: a thin grey line, left out of the legend.
            series += QStringLiteral("<c:ser><c:idx val=\"%1\"/><c:order val=\"%1\"/>%2<c:spPr>%3</c:spPr>"
                                     "<c:marker><c:symbol val=\"none\"/></c:marker>%4%5<c:smooth val=\"0\"/></c:ser>")
                          .arg(i)
                          .arg(name, line(s.color, 12700, s.dashed), categories, val);
            hidden += QStringLiteral("<c:legendEntry><c:idx val=\"%1\"/><c:delete val=\"1\"/></c:legendEntry>").arg(i);
        } else if (isLine) {
            // Circles on solid lines, triangles on dashed ones; hollow where not measured.
            const QString symbol = s.dashed ? QStringLiteral("triangle") : QStringLiteral("circle");
            const QString solidMarker = QStringLiteral("<c:marker><c:symbol val=\"%1\"/><c:size val=\"7\"/><c:spPr>%2%3</c:spPr></c:marker>")
                                            .arg(symbol, fill(s.dashed ? theme.background : s.color), line(s.color, 19050));
            const QString hollowMarker = QStringLiteral("<c:marker><c:symbol val=\"%1\"/><c:size val=\"7\"/><c:spPr>%2%3</c:spPr></c:marker>")
                                             .arg(symbol, fill(theme.background), line(s.color, 19050));
            for (int r : s.unmeasured)
                points += QStringLiteral("<c:dPt><c:idx val=\"%1\"/>%2<c:bubble3D val=\"0\"/><c:spPr>%3</c:spPr></c:dPt>")
                              .arg(r)
                              .arg(hollowMarker, line(s.color, lineWidth, s.dashed));
            series += QStringLiteral("<c:ser><c:idx val=\"%1\"/><c:order val=\"%1\"/>%2<c:spPr>%3</c:spPr>%4%5%6%7"
                                     "<c:smooth val=\"0\"/></c:ser>")
                          .arg(i)
                          .arg(name, line(s.color, lineWidth, s.dashed), solidMarker, points, categories, val);
        } else {
            // Bars in the country's colour, pale where not measured.
            for (int r : s.unmeasured)
                points += QStringLiteral("<c:dPt><c:idx val=\"%1\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/>"
                                         "<c:spPr>%2%3</c:spPr></c:dPt>")
                              .arg(r)
                              .arg(fill(pale(s.color, theme.background)), line(s.color, 9525));
            series += QStringLiteral("<c:ser><c:idx val=\"%1\"/><c:order val=\"%1\"/>%2<c:spPr>%3%4</c:spPr>"
                                     "<c:invertIfNegative val=\"0\"/>%5%6%7</c:ser>")
                          .arg(i)
                          .arg(name, fill(s.color), line(s.color.darker(120), 9525), points, categories, val);
        }
    }

    QString plot;
    const QString axes = QStringLiteral("<c:axId val=\"%1\"/><c:axId val=\"%2\"/>").arg(categoryAxisId).arg(valueAxisId);
    if (isLine) {
        plot = QStringLiteral("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>%1"
                              "<c:marker val=\"1\"/>%2</c:lineChart>")
                   .arg(series, axes);
    } else {
        const QString grouping = chart.kind == NativeChart::Kind::Bar       ? QStringLiteral("clustered")
                                 : chart.kind == NativeChart::Kind::Stacked ? QStringLiteral("stacked")
                                                                            : QStringLiteral("percentStacked");
        plot = QStringLiteral("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"%1\"/><c:varyColors val=\"0\"/>%2"
                              "<c:gapWidth val=\"60\"/>%3%4</c:barChart>")
                   .arg(grouping, series,
                        chart.kind == NativeChart::Kind::Bar ? QString() : QStringLiteral("<c:overlap val=\"100\"/>"),
                        axes);
    }
    const QString axisLine = QStringLiteral("<c:spPr><a:noFill/>%1</c:spPr>").arg(line(theme.muted, 9525));
    const QString text = textProperties(textSize, theme.text, lang);
    const QString valueFormat =
        chart.kind == NativeChart::Kind::Percent ? QStringLiteral("0%") : chart.numberFormat;
    plot += QStringLiteral("<c:catAx><c:axId val=\"%1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
                           "<c:delete val=\"0\"/><c:axPos val=\"b\"/>%3<c:numFmt formatCode=\"%4\" sourceLinked=\"0\"/>"
                           "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>"
                           "%5%6<c:crossAx val=\"%2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>"
                           "<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
                .arg(categoryAxisId)
                .arg(valueAxisId)
                .arg(title(chart.categoryTitle, textSize, theme.text, lang, false),
                     chart.yearCategories ? QStringLiteral("0") : QStringLiteral("General"), axisLine, text);
    ValueAxis values;
    values.id = valueAxisId;
    values.crossAxis = categoryAxisId;
    values.position = QStringLiteral("l");
    values.log = chart.logScale;
    values.title = valueTitle(chart, textSize, theme, lang);
    values.format = valueFormat;
    plot += values.xml(theme, text);

    finish(plot, text, lang, isLine ? QStringLiteral("span") : QStringLiteral("gap"), hidden);
    return true;
}

bool ChartPart::buildScatter(const NativeChart &chart, const SlideTheme &theme, Language lang, int textSize)
{
    // The workbook: a row per point (its series, model, date, date in years and figure), the
    // points of a series together.
    WorkbookWriter::Sheet sheet;
    sheet.name = chart.sheetName;
    sheet.header = QStringList{chart.pointHeaders.value(0), chart.pointHeaders.value(1), chart.pointHeaders.value(2),
                               chart.categoryTitle, chart.pointHeaders.value(3)};
    sheet.widths = {30, 30, 12, 12, 18};
    sheet.frozenColumns = 2;
    const QString yearFormat = QStringLiteral("0.00");
    for (const NativeChart::Series &s : chart.series) {
        for (const NativeChart::Point &p : s.points)
            sheet.rows << QList<WorkbookWriter::Cell>{{s.name, {}}, {p.label, {}}, {p.date, {}}, {p.x, yearFormat},
                                                       {p.y, chart.numberFormat}};
    }
    if (!embed(sheet, chart.valueTitle))
        return false;

    const auto numbers = [&](const QString &element, int column, int first, const NativeChart::Series &s, bool x) {
        QString cache;
        for (int i = 0; i < s.points.size(); ++i)
            cache += QStringLiteral("<c:pt idx=\"%1\"><c:v>%2</c:v></c:pt>").arg(i).arg(number(x ? s.points[i].x : s.points[i].y));
        return QStringLiteral("<c:%1><c:numRef><c:f>%2</c:f><c:numCache><c:formatCode>%3</c:formatCode>"
                              "<c:ptCount val=\"%4\"/>%5</c:numCache></c:numRef></c:%1>")
            .arg(element, DrawingML::escape(range(chart.sheetName, column, first, first + int(s.points.size()) - 1)),
                 DrawingML::escape(x ? yearFormat : chart.numberFormat))
            .arg(s.points.size())
            .arg(cache);
    };
    QString series;
    int first = 2; // the series' first row
    for (int i = 0; i < chart.series.size(); ++i) {
        const NativeChart::Series &s = chart.series[i];
        const QString name = seriesName(range(chart.sheetName, 0, first, first), s.name);
        QString look;
        if (s.marker == NativeChart::Marker::None) {
            // A frontier: a line in the country's colour.
            look = QStringLiteral("<c:spPr>%1</c:spPr><c:marker><c:symbol val=\"none\"/></c:marker>")
                       .arg(line(s.color, int(theme.lineWidth * 12700)));
        } else {
            // Points alone, in the panel's shapes: filled for open weights, hollow otherwise.
            const QString symbol = s.marker == NativeChart::Marker::Circle   ? QStringLiteral("circle")
                                   : s.marker == NativeChart::Marker::Square ? QStringLiteral("square")
                                                                             : QStringLiteral("diamond");
            look = QStringLiteral("<c:spPr><a:ln w=\"19050\"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val=\"%1\"/>"
                                  "<c:size val=\"6\"/><c:spPr>%2%3</c:spPr></c:marker>")
                       .arg(symbol, s.filled ? fill(s.color) : QStringLiteral("<a:noFill/>"),
                            line(s.filled ? s.color.darker(130) : s.color, 12700));
        }
        series += QStringLiteral("<c:ser><c:idx val=\"%1\"/><c:order val=\"%1\"/>%2%3%4%5<c:smooth val=\"0\"/></c:ser>")
                      .arg(i)
                      .arg(name, look, numbers(QStringLiteral("xVal"), 3, first, s, true),
                           numbers(QStringLiteral("yVal"), 4, first, s, false));
        first += int(s.points.size());
    }
    QString plot = QStringLiteral("<c:scatterChart><c:scatterStyle val=\"lineMarker\"/><c:varyColors val=\"0\"/>%1"
                                  "<c:axId val=\"%2\"/><c:axId val=\"%3\"/></c:scatterChart>")
                       .arg(series)
                       .arg(categoryAxisId)
                       .arg(valueAxisId);
    const QString text = textProperties(textSize, theme.text, lang);
    // Across, the dates in years with a label at each year (or every few); up, the figure.
    ValueAxis dates;
    dates.id = categoryAxisId;
    dates.crossAxis = valueAxisId;
    dates.position = QStringLiteral("b");
    dates.title = title(chart.categoryTitle, textSize, theme.text, lang, false);
    dates.format = QStringLiteral("0");
    dates.crosses = QStringLiteral("min");
    dates.crossBetween = QStringLiteral("midCat");
    dates.extent = std::array<double, 3>{chart.xFrom, chart.xTo, chart.xStep};
    ValueAxis values;
    values.id = valueAxisId;
    values.crossAxis = categoryAxisId;
    values.position = QStringLiteral("l");
    values.log = chart.logScale;
    values.title = valueTitle(chart, textSize, theme, lang);
    values.format = chart.numberFormat.contains(QLatin1Char('E')) ? QStringLiteral("0E+00") : chart.numberFormat;
    values.crosses = QStringLiteral("min");
    values.crossBetween = QStringLiteral("midCat");
    plot += dates.xml(theme, text) + values.xml(theme, text);
    finish(plot, text, lang, QStringLiteral("gap"));
    return true;
}

} // namespace gapscope
