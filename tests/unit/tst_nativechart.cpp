#include "CountryColors.h"
#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "SlideCheck.h"
#include "TestSupport.h"
#include "export/DeckWriter.h"
#include "export/DrawingML.h"
#include "export/ExportDialog.h"
#include "panels/LineChartSeries.h"
#include "chart/ModelScatter.h"
#include "io/XlsxReader.h"
#include "model/AiModelTableModel.h"
#include "io/ZipArchive.h"
#include "view/SavedView.h"

#include <QComboBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace gapscope;

// Charts go into decks as native charts: a DrawingML chart part with its series, categories,
// axis titles and colours, whose relationships and content types resolve, and whose embedded
// workbook holds the chart's numbers; LibreOffice renders it with its axis titles and legend,
// in English and Korean; the command line and the export dialog choose native or picture.
class TestNativeChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartPartIsComplete_data();
    void chartPartIsComplete();
    void workbookHoldsTheChartsNumbers();
    void projectionsAreDashed();
    void lineOfEveryCountryNamesTen_data();
    void lineOfEveryCountryNamesTen();
    void libreOfficeRendersTheChart_data();
    void libreOfficeRendersTheChart();
    void scatterPartIsComplete();
    void scatterWorkbookHoldsEveryModel();
    void scatterOfManyCountriesIsAPicture();
    void commandLineChoosesNativeOrPicture();
    void dialogChoosesNativeOrPicture();

private:
    SavedView chartView(SavedView::ChartKind kind, Language lang) const;
    // The models scatter of the three countries, training compute on a log axis, with frontiers.
    SavedView scatterView(Language lang) const;
    // The points that view shows, as the panel finds them.
    ModelScatter scatterPoints(const SavedView &view) const;
    // What is wrong with the deck `name` as LibreOffice renders it: words of `expected` missing
    // from the page (the chart's axis titles and legend are not in the slide's own texts), or the
    // slide unreadable by the rules of the independent slide check; empty when nothing is.
    QString renderedProblem(const QString &name, const QStringList &expected) const;
    // The deck's parts, read back through the project's own zip reader.
    QHash<QString, QByteArray> write(const SavedView &view, const QString &name,
                                     DeckWriter::ChartsAs as = DeckWriter::ChartsAs::Native);

    Dataset m_dataset;
    LanguageManager m_languages;
    InterfaceFont m_font{&m_languages};
    QTemporaryDir m_dir;
};

namespace {

// The Target of the relationship `id` in the relationships part `rels`.
QString target(const QByteArray &rels, const QString &id)
{
    for (QXmlStreamReader xml(rels); !xml.atEnd();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"
            && xml.attributes().value(QStringLiteral("Id")) == id)
            return xml.attributes().value(QStringLiteral("Target")).toString();
    }
    return {};
}

// The element paths of an XML part ("chartSpace/chart/plotArea/lineChart/ser"), each once, in
// the order they first appear.
QStringList elementPaths(const QByteArray &part)
{
    QStringList paths;
    QStringList stack;
    for (QXmlStreamReader xml(part); !xml.atEnd();) {
        xml.readNext();
        if (xml.isStartElement()) {
            stack << xml.name().toString();
            const QString path = stack.join(QLatin1Char('/'));
            if (!paths.contains(path))
                paths << path;
        } else if (xml.isEndElement()) {
            stack.removeLast();
        }
    }
    return paths;
}

// The values of every c:v under `element` (e.g. "val") of series `series`, by point index.
QMap<int, QString> cached(const QByteArray &chart, int series, const QString &element)
{
    QMap<int, QString> out;
    int ser = -1;
    bool inside = false;
    int idx = -1;
    for (QXmlStreamReader xml(chart); !xml.atEnd();) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"ser")
            ++ser;
        else if (xml.isStartElement() && xml.name() == element && ser == series)
            inside = true;
        else if (xml.isEndElement() && xml.name() == element)
            inside = false;
        else if (inside && xml.isStartElement() && xml.name() == u"pt")
            idx = xml.attributes().value(QStringLiteral("idx")).toInt();
        else if (inside && xml.isStartElement() && xml.name() == u"v")
            out.insert(idx, xml.readElementText());
    }
    return out;
}

// The series' names in the chart's order, with the part of the XML each takes.
QList<std::pair<QString, QString>> seriesOf(const QByteArray &chart)
{
    QList<std::pair<QString, QString>> out;
    static const QRegularExpression name(QStringLiteral("<c:tx>.*?<c:v>([^<]*)</c:v>"));
    for (const QString &ser : QString::fromUtf8(chart).split(QStringLiteral("<c:ser>")).mid(1))
        out.append({name.match(ser).captured(1), ser.section(QStringLiteral("</c:ser>"), 0, 0)});
    return out;
}

} // namespace

void TestNativeChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // the export dialog's remembered choices of an earlier run
    m_dataset = test::bundledDataset();
    m_languages.setLanguage(Language::English);
    QVERIFY(m_dir.isValid());
}

SavedView TestNativeChart::chartView(SavedView::ChartKind kind, Language lang) const
{
    SavedView view;
    view.panel = SavedView::Panel::Chart;
    view.chartKind = kind;
    view.filter.countries = {"USA", "CHN", "KOR"};
    view.filter.yearFrom = 2014;
    view.filter.yearTo = 2023;
    view.indicator = "private_ai_investment";
    view.language = lang;
    view.size = QSize(1920, 1080);
    return view;
}

SavedView TestNativeChart::scatterView(Language lang) const
{
    SavedView view;
    view.panel = SavedView::Panel::Scatter;
    view.filter.countries = {"USA", "CHN", "KOR"};
    view.scatterLog = true;
    view.scatterFrontier = true;
    view.language = lang;
    view.size = QSize(1920, 1080);
    return view;
}

ModelScatter TestNativeChart::scatterPoints(const SavedView &view) const
{
    ModelScatter scatter;
    scatter.build(m_dataset, view.filter, view.scatter);
    return scatter;
}

QString TestNativeChart::renderedProblem(const QString &name, const QStringList &expected) const
{
    const QString soffice = test::slideCheckTool("soffice");
    if (soffice.isEmpty())
        return QStringLiteral("soffice (libreoffice-impress-nogui) is needed: install packaging/debian-deps.txt");
    QTemporaryDir out;
    QProcess convert;
    convert.start(soffice, {"--headless", "-env:UserInstallation=" + QUrl::fromLocalFile(out.filePath("profile")).toString(),
                            "--convert-to", "pdf", "--outdir", out.path(), m_dir.filePath(name)});
    if (!convert.waitForFinished(240000))
        return QStringLiteral("soffice did not finish");
    const QString text = test::pdfText(out.filePath(QFileInfo(name).completeBaseName() + ".pdf"));
    if (text.isEmpty())
        return QStringLiteral("LibreOffice did not render the deck");
    for (const QString &word : expected) {
        if (!text.contains(word))
            return word + QStringLiteral(" not in:\n") + text;
    }
    QString error;
    const QList<test::RenderedSlide> slides = test::renderAndMeasure(m_dir.filePath(name), &error);
    if (!error.isEmpty() || slides.size() != 1)
        return error.isEmpty() ? QStringLiteral("%1 slides rendered").arg(slides.size()) : error;
    qInfo("%s", qPrintable(slides.constFirst().summary));
    return slides.constFirst().problem;
}

QHash<QString, QByteArray> TestNativeChart::write(const SavedView &view, const QString &name, DeckWriter::ChartsAs as)
{
    const QString path = m_dir.filePath(name);
    DeckWriter deck(m_dataset, &m_languages);
    deck.setChartsAs(as);
    if (!deck.write({view}, path))
        qWarning("%s", qPrintable(deck.errorString()));
    return test::archiveParts(path);
}

void TestNativeChart::chartPartIsComplete_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("plot");
    QTest::addColumn<QString>("grouping");
    QTest::newRow("line") << int(SavedView::ChartKind::Line) << "lineChart" << "standard";
    QTest::newRow("bar") << int(SavedView::ChartKind::Bar) << "barChart" << "clustered";
    QTest::newRow("stacked") << int(SavedView::ChartKind::Stacked) << "barChart" << "stacked";
    QTest::newRow("share") << int(SavedView::ChartKind::Percent) << "barChart" << "percentStacked";
}

void TestNativeChart::chartPartIsComplete()
{
    QFETCH(int, kind);
    QFETCH(QString, plot);
    QFETCH(QString, grouping);
    const QHash<QString, QByteArray> parts = write(chartView(SavedView::ChartKind(kind), Language::English),
                                                   QStringLiteral("chart-%1.pptx").arg(kind));
    QVERIFY(!parts.isEmpty());
    QCOMPARE(test::deckProblem(m_dir.filePath(QStringLiteral("chart-%1.pptx").arg(kind))), QString());

    // The slide shows the chart through a graphic frame whose relationship leads to the chart part.
    const QByteArray slide = parts.value("ppt/slides/slide1.xml");
    static const QRegularExpression frame(QStringLiteral(
        "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart [^>]*r:id=\"([^\"]+)\""));
    const auto m = frame.match(QString::fromUtf8(slide));
    QVERIFY2(m.hasMatch(), slide.left(400).constData());
    QCOMPARE(target(parts.value("ppt/slides/_rels/slide1.xml.rels"), m.captured(1)), QStringLiteral("../charts/chart1.xml"));
    QVERIFY(!slide.contains("<p:pic>")); // not a picture as well
    const QByteArray chart = parts.value("ppt/charts/chart1.xml");
    QVERIFY(!chart.isEmpty());
    const QByteArray types = parts.value("[Content_Types].xml");
    QVERIFY(types.contains("<Override PartName=\"/ppt/charts/chart1.xml\" "
                           "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"));
    QVERIFY(types.contains("<Default Extension=\"xlsx\" "
                           "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"));

    // The chart's workbook: c:externalData names a relationship leading to the embedded workbook.
    static const QRegularExpression external(QStringLiteral("<c:externalData r:id=\"([^\"]+)\"><c:autoUpdate val=\"0\"/>"));
    const auto e = external.match(QString::fromUtf8(chart));
    QVERIFY(e.hasMatch());
    const QString workbook = target(parts.value("ppt/charts/_rels/chart1.xml.rels"), e.captured(1));
    QCOMPARE(workbook, QStringLiteral("../embeddings/Microsoft_Excel_Worksheet1.xlsx"));
    QVERIFY(parts.contains("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"));

    // Every element a chart needs, where the schema puts it.
    const QStringList paths = elementPaths(chart);
    const QString p = QStringLiteral("chartSpace/chart/plotArea/") + plot;
    for (const QString &required :
         {QStringLiteral("chartSpace/chart/plotArea/layout"), p + "/grouping", p + "/ser/idx", p + "/ser/order",
          p + "/ser/tx/strRef/f", p + "/ser/tx/strRef/strCache/pt/v", p + "/ser/spPr", p + "/ser/cat", p + "/ser/val/numRef/f",
          p + "/ser/val/numRef/numCache/formatCode", p + "/ser/val/numRef/numCache/ptCount", p + "/ser/val/numRef/numCache/pt/v",
          p + "/axId", QStringLiteral("chartSpace/chart/plotArea/catAx/axId"),
          QStringLiteral("chartSpace/chart/plotArea/catAx/crossAx"), QStringLiteral("chartSpace/chart/plotArea/catAx/title/tx/rich"),
          QStringLiteral("chartSpace/chart/plotArea/valAx/axId"), QStringLiteral("chartSpace/chart/plotArea/valAx/scaling/orientation"),
          QStringLiteral("chartSpace/chart/plotArea/valAx/title/tx/rich"), QStringLiteral("chartSpace/chart/plotArea/valAx/numFmt"),
          QStringLiteral("chartSpace/chart/plotArea/valAx/crossAx"), QStringLiteral("chartSpace/chart/legend/legendPos"),
          QStringLiteral("chartSpace/externalData/autoUpdate")})
        QVERIFY2(paths.contains(required), qPrintable(required));
    QVERIFY(chart.contains(QStringLiteral("<c:grouping val=\"%1\"/>").arg(grouping).toUtf8()));
    // Three countries, each in its own colour, the axis titles with the unit.
    QCOMPARE(chart.count("<c:ser>"), 3);
    for (const char *code : {"USA", "CHN", "KOR"}) {
        const QString colour = QStringLiteral("<a:srgbClr val=\"%1\"/>").arg(DrawingML::hex(CountryColors::color(m_dataset, code)));
        QVERIFY2(chart.contains(colour.toUtf8()), code);
    }
    QVERIFY(chart.contains("<a:t>Year</a:t>"));
    if (kind == int(SavedView::ChartKind::Percent))
        QVERIFY(chart.contains("<a:t>Share of the total (%)</a:t>") && chart.contains("formatCode=\"0%\""));
    else
        QVERIFY2(chart.contains("<a:t>US dollars (billions)</a:t>") || chart.contains("(billions)</a:t>"), chart.constData());
    // The series' names and categories are the workbook's cells the formulas name.
    QVERIFY(chart.contains("<c:f>&apos;Chart data&apos;!$B$1</c:f>") || chart.contains("<c:f>'Chart data'!$B$1</c:f>"));
}

void TestNativeChart::workbookHoldsTheChartsNumbers()
{
    const QHash<QString, QByteArray> parts = write(chartView(SavedView::ChartKind::Bar, Language::English), "numbers.pptx");
    const QByteArray chart = parts.value("ppt/charts/chart1.xml");
    XlsxReader reader;
    const auto rows = reader.readBytes(parts.value("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"), "chart workbook");
    QVERIFY2(rows, qPrintable(reader.errorString()));
    QCOMPARE(reader.sheetNames(), QStringList{"Chart data"});
    QVERIFY(rows->size() >= 2);
    const QStringList header = rows->constFirst().fields;
    QCOMPARE(header.value(0), QStringLiteral("Year"));
    QCOMPARE(header.mid(1), (QStringList{"United States", "China", "South Korea"}));
    // Every cell is the observation of its country and year, in billions as the axis says, and
    // the chart's cache of it.
    const QHash<QString, QString> codes{{"United States", "USA"}, {"China", "CHN"}, {"South Korea", "KOR"}};
    int compared = 0;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList &cells = rows->at(r).fields;
        const int year = cells.value(0).toInt();
        QVERIFY(year >= 2014 && year <= 2023);
        QCOMPARE(cached(chart, 0, "cat").value(int(r - 1)), cells.value(0));
        for (int c = 1; c < header.size(); ++c) {
            std::optional<Observation> found;
            for (const Observation &o : m_dataset.observations) {
                if (o.indicator == u"private_ai_investment" && o.country == codes.value(header[c]) && o.year == year)
                    found = o;
            }
            const QString cell = cells.value(c);
            QCOMPARE(cell.isEmpty(), !found);
            if (!found)
                continue;
            QVERIFY2(std::abs(cell.toDouble() * 1e9 - found->value) <= 1e-6 * std::abs(found->value),
                     qPrintable(QStringLiteral("%1 %2: %3").arg(header[c]).arg(year).arg(cell)));
            QCOMPARE(cached(chart, c - 1, "val").value(int(r - 1)).toDouble(), cell.toDouble());
            ++compared;
        }
    }
    QVERIFY2(compared >= 25, qPrintable(QString::number(compared)));
}

void TestNativeChart::projectionsAreDashed()
{
    // China's market: an estimate for 2026 and a projection for 2030, dashed as in the app.
    SavedView view = chartView(SavedView::ChartKind::Line, Language::English);
    view.indicator = "ai_market_size_usd";
    view.filter.yearFrom = 2020;
    view.filter.yearTo = 2030;
    const QByteArray chart = write(view, "projection.pptx").value("ppt/charts/chart1.xml");
    const QString xml = QString::fromUtf8(chart);
    int dashed = 0;
    for (const QString &ser : xml.split(QStringLiteral("<c:ser>")).mid(1)) {
        const bool projection = ser.contains(QStringLiteral("(projection or target)</c:v>"));
        const bool dash = ser.section(QStringLiteral("<c:marker>"), 0, 0).contains(QStringLiteral("<a:prstDash val=\"dash\"/>"));
        QCOMPARE(dash, projection);
        dashed += dash;
        if (ser.contains(QStringLiteral("China (projection")))
            QVERIFY(ser.contains(DrawingML::hex(CountryColors::color(m_dataset, "CHN"))));
    }
    QVERIFY(dashed >= 1);
    // Bars of values not measured are pale: a data point of their own colour.
    view.chartKind = SavedView::ChartKind::Bar;
    QVERIFY(write(view, "projection-bars.pptx").value("ppt/charts/chart1.xml").contains("<c:dPt>"));
}

void TestNativeChart::lineOfEveryCountryNamesTen_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("others");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("English") << int(Language::English) << QStringLiteral("other countries (grey)")
                             << QStringList{"United", "States", "China"};
    QTest::newRow("Korean") << int(Language::Korean) << QStringLiteral("그 밖의 국가") << QStringList{"미국", "중국"};
}

void TestNativeChart::lineOfEveryCountryNamesTen()
{
    // Every country's investment: the legend names the ten whose last value is highest, as the
    // panel does; the others are thin grey lines left out of the legend, with one entry for all,
    // and the workbook still holds every country's numbers.
    QFETCH(int, language);
    QFETCH(QString, others);
    QFETCH(QStringList, named);
    const Language lang = Language(language);
    SavedView view = chartView(SavedView::ChartKind::Line, lang);
    view.filter.countries.clear(); // every country
    const QString name = QStringLiteral("every-country-%1.pptx").arg(languageCode(lang));
    const QHash<QString, QByteArray> parts = write(view, name);
    const QByteArray chart = parts.value("ppt/charts/chart1.xml");
    QVERIFY(chart.contains("<c:lineChart>"));
    const QList<std::pair<QString, QString>> series = seriesOf(chart);
    QSet<int> hidden;
    static const QRegularExpression entry(QStringLiteral("<c:legendEntry><c:idx val=\"(\\d+)\"/><c:delete val=\"1\"/></c:legendEntry>"));
    for (auto it = entry.globalMatch(QString::fromUtf8(chart)); it.hasNext();)
        hidden.insert(it.next().captured(1).toInt());
    const QString grey = QStringLiteral("<a:srgbClr val=\"%1\"/>").arg(DrawingML::hex(LineChartSeries::otherColor()));
    QStringList shown;
    int greyLines = 0;
    for (int i = 0; i < series.size(); ++i) {
        const bool isGrey = series[i].second.section(QStringLiteral("<c:marker>"), 0, 0).contains(grey);
        if (!hidden.contains(i))
            shown << series[i].first;
        else
            QVERIFY2(isGrey, qPrintable(series[i].first)); // only grey lines leave the legend
        if (isGrey && hidden.contains(i)) {
            ++greyLines;
            QVERIFY(series[i].second.contains(QStringLiteral("<c:symbol val=\"none\"/>"))); // no points
            QVERIFY(i < series.size() - 11); // drawn first, under the named countries
        }
    }
    QVERIFY2(greyLines > 50, qPrintable(QString::number(greyLines)));
    // Ten countries named (and their projections, if any), then the one entry for the others.
    QStringList countries = shown;
    countries.removeIf([](const QString &s) { return s.contains(QLatin1Char('(')) || s.contains(u"그 밖의"); });
    QCOMPARE(countries.size(), LineChartSeries::namedCurves);
    QVERIFY2(shown.constLast().contains(others), qPrintable(shown.join(u'|')));
    QVERIFY(series.constLast().second.contains(QStringLiteral("<c:numLit>"))); // no values of its own
    // The workbook has a column per country, named or grey, and none for the legend's entry.
    XlsxReader reader;
    const auto rows = reader.readBytes(parts.value("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"), "chart workbook");
    QVERIFY2(rows, qPrintable(reader.errorString()));
    QCOMPARE(rows->constFirst().fields.size(), series.size()); // the date column, then all but the entry
    // LibreOffice draws it readably, with the named countries and the entry for the others.
    QStringList expected = named;
    expected << others.section(QLatin1Char(' '), 0, 1);
    const QString problem = renderedProblem(name, expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestNativeChart::libreOfficeRendersTheChart_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<bool>("scatter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("English") << int(Language::English) << false
                             << QStringList{"Year", "billions", "United", "States", "China", "South", "Korea", "2014", "2023"};
    QTest::newRow("Korean") << int(Language::Korean) << false
                            << QStringList{"연도", "억", "미국", "중국", "대한민국", "2014", "2023"};
    // The models scatter: its axis titles with their units, and its legend.
    QTest::newRow("scatter English") << int(Language::English) << true
                                     << QStringList{"Publication", "(year)", "Training", "(FLOP),", "logarithmic", "United",
                                                    "States,", "China,", "open", "closed", "weights", "frontier", "1E+"};
    QTest::newRow("scatter Korean") << int(Language::Korean) << true
                                    << QStringList{"발표일", "연도", "훈련", "연산량", "로그", "미국", "중국", "오픈", "비공개",
                                                   "웨이트", "최전선", "1E+"};
}

void TestNativeChart::libreOfficeRendersTheChart()
{
    QFETCH(int, language);
    QFETCH(bool, scatter);
    QFETCH(QStringList, expected);
    const Language lang = Language(language);
    const QString name = QStringLiteral("render-%1%2.pptx").arg(languageCode(lang), scatter ? "-scatter" : "");
    const QHash<QString, QByteArray> parts = write(scatter ? scatterView(lang) : chartView(SavedView::ChartKind::Line, lang), name);
    QVERIFY(parts.value("ppt/charts/chart1.xml").contains(scatter ? "<c:scatterChart>" : "<c:lineChart>"));
    const QString problem = renderedProblem(name, expected);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestNativeChart::scatterPartIsComplete()
{
    const SavedView view = scatterView(Language::English);
    const QHash<QString, QByteArray> parts = write(view, "scatter.pptx");
    QVERIFY(!parts.isEmpty());
    QCOMPARE(test::deckProblem(m_dir.filePath("scatter.pptx")), QString());
    const QByteArray slide = parts.value("ppt/slides/slide1.xml");
    QVERIFY(slide.contains("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"));
    QVERIFY(!slide.contains("<p:pic>"));
    QCOMPARE(target(parts.value("ppt/slides/_rels/slide1.xml.rels"), "rIdChart"), QStringLiteral("../charts/chart1.xml"));
    QCOMPARE(target(parts.value("ppt/charts/_rels/chart1.xml.rels"), "rId1"),
             QStringLiteral("../embeddings/Microsoft_Excel_Worksheet1.xlsx"));
    QVERIFY(parts.contains("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"));
    QVERIFY(parts.value("[Content_Types].xml").contains("<Override PartName=\"/ppt/charts/chart1.xml\" "));

    const QByteArray chart = parts.value("ppt/charts/chart1.xml");
    const QStringList paths = elementPaths(chart);
    const QString p = QStringLiteral("chartSpace/chart/plotArea/scatterChart");
    for (const QString &required :
         {p + "/scatterStyle", p + "/ser/idx", p + "/ser/order", p + "/ser/tx/strRef/f", p + "/ser/tx/strRef/strCache/pt/v",
          p + "/ser/spPr", p + "/ser/marker/symbol", p + "/ser/xVal/numRef/f", p + "/ser/xVal/numRef/numCache/pt/v",
          p + "/ser/yVal/numRef/f", p + "/ser/yVal/numRef/numCache/formatCode", p + "/ser/yVal/numRef/numCache/pt/v",
          p + "/axId", QStringLiteral("chartSpace/chart/plotArea/valAx/axId"),
          QStringLiteral("chartSpace/chart/plotArea/valAx/scaling/logBase"),
          QStringLiteral("chartSpace/chart/plotArea/valAx/scaling/min"),
          QStringLiteral("chartSpace/chart/plotArea/valAx/title/tx/rich"),
          QStringLiteral("chartSpace/chart/plotArea/valAx/crossAx"), QStringLiteral("chartSpace/chart/plotArea/valAx/majorUnit"),
          QStringLiteral("chartSpace/chart/legend/legendPos"), QStringLiteral("chartSpace/externalData/autoUpdate")})
        QVERIFY2(paths.contains(required), qPrintable(required));
    // Two value axes, dates across in whole years and the figure up on a log axis, with units.
    QCOMPARE(chart.count("<c:valAx>"), 2);
    QCOMPARE(chart.count("<c:logBase val=\"10\"/>"), 1);
    QVERIFY(chart.contains("<a:t>Publication date (year)</a:t>"));
    QVERIFY(chart.contains("<a:t>Training compute (FLOP), logarithmic scale</a:t>"));
    QVERIFY(chart.contains("<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/>"));

    // A series per country and kind of weights in the country's colour, shaped as in the panel,
    // and a frontier line per country.
    const ModelScatter scatter = scatterPoints(view);
    const QHash<QString, QString> names{{"USA", "United States"}, {"CHN", "China"}, {"KOR", "South Korea"}};
    const auto series = seriesOf(chart);
    int points = 0;
    for (const QString &code : scatter.countries()) {
        const QString colour = DrawingML::hex(CountryColors::color(m_dataset, code));
        const struct
        {
            std::optional<bool> open;
            QString suffix, symbol;
        } kinds[] = {{true, ", open weights", "circle"}, {false, ", closed weights", "square"},
                     {std::nullopt, ", weights not stated", "diamond"}};
        for (const auto &kind : kinds) {
            const int expected = int(std::count_if(scatter.points().cbegin(), scatter.points().cend(), [&](const auto &pt) {
                return pt.country == code && pt.openWeights == kind.open;
            }));
            const auto found = std::find_if(series.cbegin(), series.cend(),
                                            [&](const auto &s) { return s.first == names.value(code) + kind.suffix; });
            QCOMPARE(found != series.cend(), expected > 0);
            if (found == series.cend())
                continue;
            QVERIFY2(found->second.contains(QStringLiteral("<c:symbol val=\"%1\"/>").arg(kind.symbol)), qPrintable(found->first));
            QVERIFY2(found->second.contains(colour), qPrintable(found->first));
            // Filled for open weights, hollow otherwise; no line between the points.
            QCOMPARE(found->second.section("<c:marker>", 1).section("<c:spPr>", 1).startsWith("<a:solidFill>"),
                     kind.open.value_or(false));
            QVERIFY(found->second.startsWith(QStringLiteral("<c:idx")) && found->second.contains("<a:ln w=\"19050\"><a:noFill/></a:ln>"));
            QCOMPARE(found->second.section("<c:xVal>", 1).section("<c:ptCount val=\"", 1).section('"', 0, 0).toInt(), expected);
            points += expected;
        }
        const auto frontier = std::find_if(series.cbegin(), series.cend(),
                                           [&](const auto &s) { return s.first == names.value(code) + ", frontier"; });
        QVERIFY2(frontier != series.cend(), qPrintable(code));
        QVERIFY(frontier->second.contains("<c:symbol val=\"none\"/>") && frontier->second.contains(colour));
    }
    QCOMPARE(points, int(scatter.points().size()));
    QVERIFY(points >= 20);
}

void TestNativeChart::scatterWorkbookHoldsEveryModel()
{
    const SavedView view = scatterView(Language::English);
    const QByteArray chart = write(view, "scatter-numbers.pptx").value("ppt/charts/chart1.xml");
    XlsxReader reader;
    const auto rows = reader.readBytes(test::archiveParts(m_dir.filePath("scatter-numbers.pptx"))
                                           .value("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"),
                                       "chart workbook");
    QVERIFY2(rows, qPrintable(reader.errorString()));
    QCOMPARE(rows->constFirst().fields,
             (QStringList{"Series", "Model", "Date", "Publication date (year)", "Training compute (FLOP)"}));
    // Each series' points are its rows, in order: the chart's caches are the workbook's cells.
    const auto series = seriesOf(chart);
    qsizetype row = 1;
    QSet<QString> models;
    for (int s = 0; s < series.size(); ++s) {
        const QMap<int, QString> xs = cached(chart, s, "xVal");
        const QMap<int, QString> ys = cached(chart, s, "yVal");
        QVERIFY(!xs.isEmpty());
        QCOMPARE(ys.size(), xs.size());
        for (int i = 0; i < xs.size(); ++i, ++row) {
            QVERIFY(row < rows->size());
            const QStringList &cells = rows->at(row).fields;
            QCOMPARE(cells.value(0), series[s].first);
            QVERIFY(std::abs(cells.value(3).toDouble() - xs.value(i).toDouble()) < 1e-9);
            QVERIFY(std::abs(cells.value(4).toDouble() / ys.value(i).toDouble() - 1) < 1e-12);
            if (series[s].first.endsWith(", frontier"))
                continue;
            // A model's own point: its name, publication date and training compute as Epoch gives them.
            const auto model = std::find_if(m_dataset.models.cbegin(), m_dataset.models.cend(),
                                            [&](const AiModel &m) { return m.name.text(Language::English) == cells.value(1)
                                                                           && m.trainingCompute
                                                                           && std::abs(*m.trainingCompute / cells.value(4).toDouble() - 1) < 1e-12; });
            QVERIFY2(model != m_dataset.models.cend(), qPrintable(cells.join(" | ")));
            QCOMPARE(cells.value(2), AiModelTableModel::released(*model));
            models.insert(model->id);
        }
    }
    QCOMPARE(row, rows->size());
    QCOMPARE(models.size(), qsizetype(scatterPoints(view).points().size()));
}

void TestNativeChart::scatterOfManyCountriesIsAPicture()
{
    // Every country: more than a legend names, so the slide shows the panel's picture and its key.
    SavedView view = scatterView(Language::English);
    view.filter.countries.clear();
    QVERIFY(scatterPoints(view).countries().size() > 8);
    const QHash<QString, QByteArray> parts = write(view, "scatter-all.pptx");
    QVERIFY(!parts.contains("ppt/charts/chart1.xml"));
    QVERIFY(parts.contains("ppt/media/image1.png"));
    // Picture when asked, too.
    QVERIFY(!write(scatterView(Language::English), "scatter-picture.pptx", DeckWriter::ChartsAs::Picture)
                 .contains("ppt/charts/chart1.xml"));
}

void TestNativeChart::commandLineChoosesNativeOrPicture()
{
    QTemporaryDir data;
    const QStringList base{"export", "--chart", "stacked", "--indicator", "private_ai_investment", "--country",
                           "USA,CHN,KOR", "--year", "2014:2023"};
    const QString native = m_dir.filePath("cli-native.pptx");
    test::ProgramRun run = test::runGapscope(base + QStringList{"--out", native}, data.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(test::archiveParts(native).contains("ppt/charts/chart1.xml"));
    const QString picture = m_dir.filePath("cli-picture.pptx");
    run = test::runGapscope(base + QStringList{"--chart-as", "picture", "--out", picture}, data.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QHash<QString, QByteArray> parts = test::archiveParts(picture);
    QVERIFY(!parts.contains("ppt/charts/chart1.xml"));
    QVERIFY(parts.contains("ppt/media/image1.png"));
    // A wrong choice, or one for a picture file, writes nothing and says why.
    const QString wrong = m_dir.filePath("cli-wrong.pptx");
    run = test::runGapscope(base + QStringList{"--chart-as", "drawing", "--out", wrong}, data.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--chart-as"));
    QVERIFY(!QFileInfo::exists(wrong));
    run = test::runGapscope(base + QStringList{"--chart-as", "native", "--out", m_dir.filePath("cli.png")}, data.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath("cli.png")));
    // The models scatter is native by default, a picture when asked.
    const QStringList scatter{"export", "--panel", "scatter", "--country", "USA,CHN,KOR", "--frontier"};
    const QString scatterNative = m_dir.filePath("cli-scatter.pptx");
    run = test::runGapscope(scatter + QStringList{"--out", scatterNative}, data.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(test::archiveParts(scatterNative).value("ppt/charts/chart1.xml").contains("<c:scatterChart>"));
    const QString scatterPicture = m_dir.filePath("cli-scatter-picture.pptx");
    run = test::runGapscope(scatter + QStringList{"--chart-as", "picture", "--out", scatterPicture}, data.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!test::archiveParts(scatterPicture).contains("ppt/charts/chart1.xml"));
}

void TestNativeChart::dialogChoosesNativeOrPicture()
{
    ExportDialog dialog(m_dataset, chartView(SavedView::ChartKind::Line, Language::English), &m_languages);
    QComboBox *as = dialog.chartsAsPicker();
    QCOMPARE(as->count(), 2);
    QCOMPARE(as->currentIndex(), 0);
    QVERIFY(dialog.saveTo(m_dir.filePath("dialog-native.pptx")));
    QVERIFY(test::archiveParts(m_dir.filePath("dialog-native.pptx")).contains("ppt/charts/chart1.xml"));
    as->setCurrentIndex(1);
    QVERIFY(dialog.saveTo(m_dir.filePath("dialog-picture.pptx")));
    QVERIFY(!test::archiveParts(m_dir.filePath("dialog-picture.pptx")).contains("ppt/charts/chart1.xml"));
    // In Korean too.
    m_languages.setLanguage(Language::Korean);
    QCOMPARE(as->itemText(0), QStringLiteral("네이티브 차트(편집 가능)"));
    QCOMPARE(as->currentIndex(), 1);
    m_languages.setLanguage(Language::English);

    // The choice is remembered: the next dialog, and the next run's (the settings file), offer it.
    QSettings().sync();
    QCOMPARE(QSettings(QSettings().fileName(), QSettings::NativeFormat).value("export/chartAs").toString(),
             QStringLiteral("picture"));
    {
        ExportDialog next(m_dataset, chartView(SavedView::ChartKind::Line, Language::English), &m_languages);
        QCOMPARE(next.chartsAsPicker()->currentIndex(), 1);
        QVERIFY(next.saveTo(m_dir.filePath("dialog-remembered.pptx")));
        QVERIFY(!test::archiveParts(m_dir.filePath("dialog-remembered.pptx")).contains("ppt/charts/chart1.xml"));
        // Picked with the keyboard, as a user would: native again, remembered at once.
        next.chartsAsPicker()->setFocus();
        QTest::keyClick(next.chartsAsPicker(), Qt::Key_Up);
        QCOMPARE(next.chartsAsPicker()->currentIndex(), 0);
    }
    ExportDialog third(m_dataset, chartView(SavedView::ChartKind::Line, Language::English), &m_languages);
    QCOMPARE(third.chartsAsPicker()->currentIndex(), 0);
}

QTEST_MAIN(TestNativeChart)
#include "tst_nativechart.moc"
