#include "DeckSupport.h"
#include "ExplorerFixture.h"
#include "export/DeckWriter.h"
#include "export/ExportWriter.h"
#include "export/SlideRenderer.h"
#include "FilterListSupport.h"
#include "workspace/Workspace.h"
#include "export/ExportDialog.h"
#include "export/SlideTheme.h"
#include "panels/BarValueLabels.h"
#include "panels/CheckListPopup.h"
#include "panels/ComparisonPanel.h"
#include "panels/FilterBar.h"
#include "panels/SwotPanel.h"
#include "view/ViewFile.h"
#include "io/XlsxReader.h"
#include "model/GapTableModel.h"
#include "panels/GapPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QMimeData>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QBarSeries>
#include <QTest>
#include <QToolButton>

using namespace gapscope;

// What leaves the window and what comes back: export and copy from the window, a saved view
// reopened exactly, the table as CSV and JSON, chart kinds and log scale, the filter and
// layout kept for the next run.
class TestWindowExport : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(); }
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }
    void exportFromTheWindow();
    void savedViewReopensExactly();
    void tableExportsToCsvAndJson();
    void longTableCopiedWithEveryRow();
    void tableExportsToExcel();
    void chartKindsAndLogScale();
    void valuesShowTheirKind();
    void barsSayTheirValues();
    void barLabelsNeverOverlap();
    void filterAndLayoutPersist();
    void deckInAnotherLanguageLeavesTheInterface();
    void windowExportsThroughItsIndex();
};

void TestWindowExport::exportFromTheWindow()
{
    // Ctrl+E opens the export dialog on the chart, with a 16:9 preview of what will be written.
    QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->previewImage().size(), QSize(1920, 1080));
    QVERIFY(!dialog->preview()->pixmap().isNull());
    QCOMPARE(dialog->view().filter, m_window->state()->filter());

    // 4:3 and the dark theme, picked by keyboard: the preview follows at once.
    dialog->sizePicker()->setFocus();
    QTest::keyClick(dialog->sizePicker(), Qt::Key_Down);
    QCOMPARE(dialog->view().size, QSize(1600, 1200));
    QCOMPARE(dialog->previewImage().size(), QSize(1600, 1200));
    QTest::keyClick(dialog->themePicker(), Qt::Key_Down);
    QCOMPARE(dialog->previewImage().pixelColor(1, 1), SlideTheme::of(SavedView::Theme::Dark).background);
    QTest::keyClick(dialog->scalePicker(), Qt::Key_Down);
    QCOMPARE(dialog->view().scale, 2);

    // What is saved is what was previewed, at the scale asked for.
    QTemporaryDir dir;
    QVERIFY(dialog->saveTo(dir.filePath("chart.png")));
    const QImage written(dir.filePath("chart.png"));
    QCOMPARE(written.size(), QSize(3200, 2400));
    QCOMPARE(written.scaled(1600, 1200).pixelColor(1, 1), dialog->previewImage().pixelColor(1, 1));
    QVERIFY(dialog->saveTo(dir.filePath("chart.pptx")));
    QVERIFY(QFile(dir.filePath("chart.pptx")).size() > 10000);

    // Copy puts the picture and its SVG on the clipboard; so does Ctrl+Shift+C in the window.
    QApplication::clipboard()->clear();
    m_window->copyChartAction()->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasImage());
    QVERIFY(mime->data("image/svg+xml").contains("<svg"));
    QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(1920, 1080));

    // Every panel offers export in its context menu.
    for (QWidget *panel : std::initializer_list<QWidget *>{m_window->chartPanel(), m_window->tablePanel(),
                                                          m_window->comparisonPanel(), m_window->swotPanel()}) {
        QCOMPARE(panel->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList texts;
        for (QAction *a : panel->actions())
            texts << a->text();
        QCOMPARE(texts.mid(0, 2), (QStringList{"Export…", "Copy as picture"}));
    }
    m_window->swotPanel()->actions().first()->trigger();
    QCOMPARE(m_window->findChild<ExportDialog *>()->view().panel, SavedView::Panel::Swot);
}

void TestWindowExport::savedViewReopensExactly()
{
    SavedView v = m_window->currentView();
    v.filter.countries = {"CHN"};
    v.filter.yearFrom = 2018;
    v.filter.yearTo = 2020;
    v.chartKind = SavedView::ChartKind::Bar;
    QTemporaryDir dir;
    ViewFile file;
    QVERIFY2(file.write(dir.filePath("v.gapview"), v), qPrintable(file.errorString()));
    const auto loaded = file.read(dir.filePath("v.gapview"));
    QVERIFY2(loaded, qPrintable(file.errorString()));
    m_window->applyView(*loaded);
    QCOMPARE(m_window->state()->filter(), v.filter);
    QCOMPARE(m_window->chartPanel()->kind(), ChartPanel::Kind::Bar);
    QCOMPARE(m_window->filterBar()->fromYear()->value(), 2018);
    QTRY_COMPARE(m_window->filterBar()->chips()->findChildren<QToolButton *>().size(), 2); // China, the years
    QCOMPARE(m_window->currentView(), v);
}

void TestWindowExport::tableExportsToCsvAndJson()
{
    test::toggleListItem(m_window->filterBar()->countryList(), "United States");
    const int rows = tableRows();
    QVERIFY(rows > 0);
    QTemporaryDir dir;
    // Excel's CSV: a byte order mark, then RFC 4180 with the full source on every row.
    QVERIFY2(m_window->exportTable(dir.filePath("excel.csv"), true), qPrintable(m_window->errorString()));
    QFile excel(dir.filePath("excel.csv"));
    QVERIFY(excel.open(QIODevice::ReadOnly));
    const QByteArray bytes = excel.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows + 1);
    QVERIFY(lines.first().startsWith("id,indicator,"));
    QVERIFY(lines.first().contains("source_title"));
    // Plain UTF-8 CSV and JSON, in the interface's language.
    m_languages->setLanguage(Language::Korean);
    QVERIFY(m_window->exportTable(dir.filePath("plain.csv"), false));
    QFile plain(dir.filePath("plain.csv"));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const QByteArray plainBytes = plain.readAll();
    QVERIFY(!plainBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(plainBytes).contains(QStringLiteral("대한민국")));
    QVERIFY(m_window->exportTable(dir.filePath("rows.json"), false));
    QFile json(dir.filePath("rows.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), rows);
    QVERIFY(!array.first().toObject().value("source").toObject().value("title").toString().isEmpty());
    QVERIFY(!m_window->exportTable(dir.filePath("rows.txt"), false));
    QVERIFY2(m_window->errorString().contains("rows.txt"), qPrintable(m_window->errorString()));
    m_languages->setLanguage(Language::English);
}

void TestWindowExport::longTableCopiedWithEveryRow()
{
    // Every country's figures: more rows than one picture can hold even in the smallest type.
    QVERIFY(showWindow(test::bundledDataset(), QStringLiteral("bundled.gapscope")));
    SavedView view = m_window->currentView();
    view.filter = Filter();
    m_window->applyView(view);
    const int rows = tableRows();
    QVERIFY2(rows > 1000, qPrintable(QString::number(rows)));
    QApplication::clipboard()->clear();
    QAction *copy = m_window->tablePanel()->actions().value(1);
    QVERIFY(copy && copy->text() == u"Copy as picture");
    copy->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasImage());
    // The picture says how many of the rows it shows (its SVG keeps its texts).
    const QString svg = QString::fromUtf8(mime->data("image/svg+xml"));
    static const QRegularExpression note(QStringLiteral("Rows 1–([\\d,]+) of ([\\d,]+)"));
    const QRegularExpressionMatch shown = note.match(svg);
    QVERIFY2(shown.hasMatch(), qPrintable(svg.right(2000)));
    QCOMPARE(QString(shown.captured(2)).remove(u',').toInt(), rows);
    QVERIFY(QString(shown.captured(1)).remove(u',').toInt() < rows);
    // Every row as tab-separated text, in the table's order, with its licence.
    QVERIFY(mime->hasText());
    const QStringList lines = mime->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows + 1);
    const QStringList header = lines.first().split(u'\t');
    QCOMPARE(header.constLast(), QStringLiteral("Licence"));
    QCOMPARE(header.constFirst(), m_window->tablePanel()->view()->model()->headerData(0, Qt::Horizontal).toString());
    const QAbstractItemModel *shownModel = m_window->tablePanel()->view()->model();
    for (int r : {0, rows / 2, rows - 1}) {
        const QStringList cells = lines.at(r + 1).split(u'\t');
        QCOMPARE(cells.size(), header.size());
        QCOMPARE(cells.constFirst(), shownModel->index(r, 0).data().toString());
        QVERIFY2(cells.constLast().startsWith(u"CC") || cells.constLast() == u"not stated", qPrintable(lines.at(r + 1)));
    }
    QVERIFY(mime->text().contains(QStringLiteral("\tCC BY")));
    // And as an HTML table of the same rows.
    QVERIFY(mime->hasHtml());
    QCOMPARE(mime->html().count(QStringLiteral("<tr>")), rows + 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"every row as text"));
    // In Korean too: the note, the text's licence column and the status.
    m_languages->setLanguage(Language::Korean);
    copy->trigger();
    mime = QApplication::clipboard()->mimeData();
    const QString korean = QString::fromUtf8(mime->data("image/svg+xml"));
    static const QRegularExpression koreanNote(QStringLiteral(u"전체 ([\\d,]+)행 중 1–([\\d,]+)행"));
    const QRegularExpressionMatch koreanShown = koreanNote.match(korean);
    QVERIFY2(koreanShown.hasMatch(), qPrintable(korean.right(2000)));
    QCOMPARE(QString(koreanShown.captured(1)).remove(u',').toInt(), rows);
    QCOMPARE(mime->text().section(u'\n', 0, 0).section(u'\t', -1), QStringLiteral(u"라이선스"));
    m_languages->setLanguage(Language::English);
    // A short table fits its picture: no note, and the same text.
    view.filter.countries = {"KOR"};
    view.filter.yearFrom = view.filter.yearTo = 2023;
    m_window->applyView(view);
    QVERIFY(tableRows() > 0 && tableRows() < 40);
    copy->trigger();
    mime = QApplication::clipboard()->mimeData();
    QVERIFY(!QString::fromUtf8(mime->data("image/svg+xml")).contains(u"Rows 1–"));
    QCOMPARE(mime->text().split(u'\n', Qt::SkipEmptyParts).size(), tableRows() + 1);
}

void TestWindowExport::tableExportsToExcel()
{
    const int rows = tableRows();
    QVERIFY(rows > 0);
    QTemporaryDir dir;
    // Every table of the window in one workbook, the sources on the second sheet.
    const QString path = dir.filePath("tables.xlsx");
    QVERIFY2(m_window->exportTable(path, false), qPrintable(m_window->errorString()));
    XlsxReader reader;
    const auto observations = reader.read(path, "tables.xlsx");
    QVERIFY2(observations, qPrintable(reader.errorString()));
    QCOMPARE(observations->size(), rows + 1);
    const int gapRows = m_window->gapPanel()->model()->rowCount();
    QStringList sheets{"Observations", "Sources", "Comparison", "SWOT"};
    if (gapRows > 0)
        sheets << "Gap";
    QCOMPARE(reader.sheetNames(), sheets);
    if (gapRows > 0) {
        const auto gap = reader.read(path, "tables.xlsx", "Gap");
        QVERIFY(gap);
        QCOMPARE(gap->size(), gapRows + 1);
    }
    // In Korean, as the interface speaks.
    m_languages->setLanguage(Language::Korean);
    QVERIFY(m_window->exportTable(dir.filePath("korean.xlsx"), false));
    const auto korean = reader.read(dir.filePath("korean.xlsx"), "korean.xlsx");
    QVERIFY(korean);
    QCOMPARE(reader.sheetNames().value(1), QStringLiteral("출처"));
    QVERIFY(korean->value(1).fields.value(0).contains(QRegularExpression(QStringLiteral("[가-힣]"))));
    m_languages->setLanguage(Language::English);
}

void TestWindowExport::chartKindsAndLogScale()
{
    ChartPanel *chart = m_window->chartPanel();
    // One bar series, one set per country, and the legend's key to pale bars (CSET's figures are estimates).
    chart->setKind(ChartPanel::Kind::Bar);
    QCOMPARE(chart->chart()->series().size(), 2);
    QCOMPARE(chart->chart()->series().value(0)->type(), QAbstractSeries::SeriesTypeBar);
    chart->setKind(ChartPanel::Kind::Percent);
    QCOMPARE(chart->chart()->series().size(), 2);
    chart->setKind(ChartPanel::Kind::Line);
    chart->setLogScale(true);
    QCOMPARE(chartSeriesNames(), (QStringList{"United States", "China", "South Korea"}));
    // Powers of ten, labelled in the unit's words ("1 billion") on a category axis.
    bool sawLog = false;
    for (QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical))
        sawLog |= axis->type() == QAbstractAxis::AxisTypeCategory;
    QVERIFY(sawLog);
    for (QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical))
        QVERIFY2(axis->titleText().contains("constant 2021 US dollars"), qPrintable(axis->titleText()));
}

void TestWindowExport::filterAndLayoutPersist()
{
    test::toggleListItem(m_window->filterBar()->countryList(), "United States");
    m_window->filterBar()->fromYear()->setValue(2019);
    m_window->chartPanel()->setKind(ChartPanel::Kind::Stacked);
    QDockWidget *timeline = m_window->findChild<QDockWidget *>("TimelineDock");
    timeline->hide();
    m_window->close();

    QVERIFY(showWindow(test::miniDataset(), "mini.gapscope"));
    QCOMPARE(m_window->state()->filter().countries, (QSet<QString>{"CHN", "KOR"}));
    QCOMPARE(m_window->state()->filter().yearFrom, 2019);
    QCOMPARE(m_window->filterBar()->fromYear()->value(), 2019);
    QCOMPARE(m_window->chartPanel()->kind(), ChartPanel::Kind::Stacked);
    QVERIFY(!m_window->findChild<QDockWidget *>("TimelineDock")->isVisible());
}

void TestWindowExport::deckInAnotherLanguageLeavesTheInterface()
{
    // One slide in the interface's English, one in Korean, from the English window.
    SavedView english = m_window->currentView(SavedView::Panel::Swot);
    SavedView korean = english;
    korean.language = Language::Korean;
    struct LanguageChanges : QObject
    {
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            count += event->type() == QEvent::LanguageChange;
            return false;
        }
    } changes;
    for (QObject *o : std::initializer_list<QObject *>{m_window, m_window->chartPanel(), m_window->swotPanel(),
                                                       m_window->filterBar()})
        o->installEventFilter(&changes);
    QSignalSpy switched(m_languages, &LanguageManager::languageChanged);
    const QFont font = QApplication::font();
    QSettings().remove("ui/language");
    QTemporaryDir dir;
    const QString path = dir.filePath("two-languages.pptx");
    DeckWriter deck(m_window->dataset(), m_languages);
    QVERIFY2(deck.write({english, korean}, path), qPrintable(deck.errorString()));
    QCoreApplication::processEvents();

    // The window was never told of another language: not retranslated, refonted or saved.
    QCOMPARE(changes.count, 0);
    QCOMPARE(switched.count(), 0);
    QCOMPARE(m_languages->language(), Language::English);
    QCOMPARE(interfaceLanguage(), Language::English);
    QCOMPARE(QApplication::font(), font);
    QVERIFY(!QSettings().contains("ui/language"));
    QCOMPARE(m_window->docks().first()->windowTitle(), QStringLiteral("Chart"));
    QCOMPARE(QCoreApplication::translate("gapscope::SlideRenderer", "Source: %1"), QStringLiteral("Source: %1"));

    // Each slide in its own language.
    QString problem;
    const QHash<QString, QByteArray> parts = test::zipParts(path, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString first = QString::fromUtf8(parts.value("ppt/slides/slide1.xml"));
    const QString second = QString::fromUtf8(parts.value("ppt/slides/slide2.xml"));
    QVERIFY2(first.contains("SWOT: South Korea") && first.contains("Source:"), qPrintable(first.left(2000)));
    QVERIFY2(second.contains(QStringLiteral("SWOT: 대한민국")) && second.contains(QStringLiteral("출처:")),
             qPrintable(second.left(2000)));
    QVERIFY(!second.contains("Source:"));
}

void TestWindowExport::valuesShowTheirKind()
{
    ChartPanel *panel = m_window->chartPanel();
    QChart *chart = panel->chart();
    auto legend = [panel] { return panel->legendLabels(); };
    // CSET's investment figures are estimates: solid lines with hollow points, and the legend says so.
    QCOMPARE(panel->indicator(), QStringLiteral("private_ai_investment"));
    int hollow = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->count() > 0)
            QCOMPARE(line->pen().style(), Qt::SolidLine);
        if (auto *points = qobject_cast<QScatterSeries *>(s); points && points->count() > 0 && points->color() == Qt::white)
            ++hollow;
    }
    QCOMPARE(hollow, 3);
    QVERIFY2(legend().contains("Estimate (hollow circle)"), qPrintable(legend().join(',')));
    QVERIFY(!legend().contains("Projection or target (dashed, triangle)"));
    // Nothing is cut at the ends: the axis reaches past the first and last years.
    const auto *years = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(years);
    QVERIFY2(years->min() < 2014 && years->max() > 2023, qPrintable(QStringLiteral("%1-%2").arg(years->min()).arg(years->max())));

    // South Korea's AI market in 2025 is a projection: a dashed line, and its key in the legend.
    panel->setIndicator("ai_market_size_krw");
    bool dashed = false;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->count() > 0 && line->name() == "South Korea")
            dashed |= line->pen().style() != Qt::SolidLine;
    }
    QVERIFY(dashed);
    QVERIFY2(legend().contains("Projection or target (dashed, triangle)"), qPrintable(legend().join(',')));
    QCOMPARE(chartSeriesNames(), QStringList{"South Korea"}); // one legend entry per country
}

void TestWindowExport::barsSayTheirValues()
{
    ChartPanel *panel = m_window->chartPanel();
    panel->setIndicator("ai_market_size_krw");
    panel->setKind(ChartPanel::Kind::Bar);
    // One bar, a projection: pale, with its key, and its value written on it in words.
    QCOMPARE(panel->barValueLabels(), QStringList{"KRW 3.4 trillion"});
    QVERIFY2(panel->legendLabels().contains("Estimate, projection or target (pale)"), qPrintable(panel->legendLabels().join(',')));
    auto *bars = qobject_cast<QAbstractBarSeries *>(panel->chart()->series().value(0));
    QVERIFY(bars && bars->count() == 1);
    QVERIFY(bars->barSets().constFirst()->isBarSelected(0));
    QList<QGraphicsSimpleTextItem *> shown;
    for (QGraphicsItem *item : panel->chart()->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->isVisible())
            shown << text;
    }
    QCOMPARE(shown.size(), 1);
    // It stands on its bar: inside the plot area, above the middle of the category.
    const QRectF plot = panel->chart()->plotArea();
    const QRectF label = shown.constFirst()->sceneBoundingRect();
    QVERIFY2(plot.contains(label.center()), qPrintable(QStringLiteral("%1,%2").arg(label.center().x()).arg(label.center().y())));
    QVERIFY2(std::abs(label.center().x() - plot.center().x()) < plot.width() / 40,
             qPrintable(QStringLiteral("label at %1, plot centre %2").arg(label.center().x()).arg(plot.center().x())));
    QVERIFY(label.bottom() < plot.bottom() - plot.height() / 2);
    m_languages->setLanguage(Language::Korean);
    QCOMPARE(panel->barValueLabels(), QStringList{QStringLiteral("3.4조 원")});
    m_languages->setLanguage(Language::English);

    // CSET's investment figures are estimates: every bar pale. Few bars carry their values, many do not.
    panel->setIndicator("private_ai_investment");
    m_window->filterBar()->fromYear()->setValue(2021);
    QCOMPARE(panel->barValueLabels().size(), 9); // three countries, three years
    bars = qobject_cast<QAbstractBarSeries *>(panel->chart()->series().value(0));
    QVERIFY(bars && bars->count() == 3);
    for (QBarSet *set : bars->barSets())
        QCOMPARE(set->selectedBars().size(), 3);
    panel->setKind(ChartPanel::Kind::Percent);
    const QStringList shares = panel->barValueLabels();
    QCOMPARE(shares.size(), 9);
    for (const QString &share : shares)
        QVERIFY2(share.endsWith('%'), qPrintable(share));
    m_window->filterBar()->fromYear()->setValue(2014);
    QVERIFY(panel->barValueLabels().isEmpty()); // thirty bars
    panel->setKind(ChartPanel::Kind::Line);
    QVERIFY(panel->barValueLabels().isEmpty());
}

void TestWindowExport::barLabelsNeverOverlap()
{
    // Twelve bars side by side, with labels far wider than the bars, in a narrow chart.
    QChart chart;
    auto *series = new QBarSeries;
    QList<BarValueLabels::Bar> bars;
    for (int set = 0; set < 3; ++set) {
        auto *values = new QBarSet(QString::number(set));
        for (int category = 0; category < 4; ++category) {
            const double value = 10 + category * 3 + set * (set == 1 ? 20 : 1);
            *values << value;
            bars.append({category, set, 0, value, QStringLiteral("KRW %1.0 trillion").arg(value)});
        }
        series->append(values);
    }
    chart.addSeries(series);
    chart.createDefaultAxes();
    chart.resize(420, 300);
    BarValueLabels labels(&chart, series, bars, 3, false);
    chart.resize(400, 300); // placed again as the plot area changes
    QCoreApplication::processEvents();
    const QList<QRectF> shown = labels.shownRects();
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.size() < bars.size(), qPrintable(QString::number(shown.size())));
    for (qsizetype i = 0; i < shown.size(); ++i) {
        for (qsizetype j = i + 1; j < shown.size(); ++j)
            QVERIFY2(!shown[i].intersects(shown[j]), qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
    }
    // The tallest bar keeps its label.
    const double width = series->barWidth();
    const QPointF tallest = chart.mapToPosition(QPointF(3 - width / 2 + 1.5 * width / 3, bars[7].top), series);
    QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                        [&](const QRectF &r) { return std::abs(r.center().x() - tallest.x()) < 1.0; }));
}

void TestWindowExport::windowExportsThroughItsIndex()
{
    // The window's export dialog draws through the window's index of the observations, where the
    // command line builds one per view; on the bundled data both draw the same pictures: the
    // chart's PNG (pixels and texts) and SVG as the dialog and the command line write them, and
    // the first page of every panel drawn from the observations.
    QVERIFY(showWindow(test::bundledDataset(), QStringLiteral("bundled.gapscope")));
    const ObservationIndex &windowIndex = m_window->workspace()->index();
    QCOMPARE(windowIndex.size(), m_window->dataset().observations.size());
    QTemporaryDir dir;
    ExportDialog *dialog = m_window->showExport(SavedView::Panel::Chart);
    QVERIFY(dialog);
    QCOMPARE(dialog->observationIndex(), &windowIndex);
    const SavedView chart = dialog->view();
    ExportWriter own(m_window->dataset()); // as the command line writes it
    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
        const QString fromWindow = dir.filePath("window." + suffix);
        const QString fromOwn = dir.filePath("own." + suffix);
        QVERIFY2(dialog->saveTo(fromWindow), qPrintable(dialog->errorString()));
        QVERIFY2(own.write(chart, fromOwn), qPrintable(own.errorString()));
        QFile a(fromWindow);
        QFile b(fromOwn);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }
    dialog->close();

    for (const SavedView::Panel panel : {SavedView::Panel::Chart, SavedView::Panel::Table, SavedView::Panel::Gap,
                                         SavedView::Panel::Map, SavedView::Panel::Bubble}) {
        SavedView view = m_window->currentView(panel);
        view.size = QSize(960, 540);
        SlideRenderer given(m_window->dataset(), view, &windowIndex);
        QCOMPARE(&given.index(), &windowIndex);
        SlideRenderer building(m_window->dataset(), view);
        QVERIFY(&building.index() != &windowIndex);
        QCOMPARE(building.index().size(), windowIndex.size());
        QCOMPARE(given.emptyMessage(), building.emptyMessage());
        QCOMPARE(given.sources(), building.sources());
        // Drawn once before: the bubble chart's first picture in a process draws its large year a
        // little differently (the glyphs' first rendering at that size), whichever the index.
        building.image();
        const QImage a = given.image();
        const QImage b = building.image();
        QVERIFY(!a.isNull());
        QVERIFY2(a == b, qPrintable(QString::number(int(panel))));
    }
}

QTEST_MAIN(TestWindowExport)
#include "tst_windowexport.moc"
