#include "ExportCommand.h"

#include "DeckWriter.h"
#include "ExportWriter.h"
#include "LanguageManager.h"
#include "SlideRenderer.h"
#include "io/TableWorkbook.h"
#include "model/DatasetTableModel.h"
#include "panels/GapPanel.h"
#include "cli/CommandOptions.h"
#include "cli/FilterParser.h"
#include "gap/GapMethod.h"
#include "store/Store.h"
#include "view/SavedView.h"
#include "view/ViewFile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QIODevice>
#include <algorithm>

namespace gapscope {

namespace {

// The view of an export given no view file: the one the window opens on.
SavedView openingView()
{
    SavedView view;
    view.filter = Filter::defaultView();
    return view;
}

} // namespace

int ExportCommand::run(const QStringList &arguments, QIODevice *out, QIODevice *err)
{
    CommandOptions options(
        tr("Writes a chart, table, comparison, SWOT, gap, map, models scatter or bubble chart to PNG, SVG, PDF or "
           "PowerPoint (.pptx), with its title, filter and sources, without a display; a table, comparison, SWOT or "
           "gap also to an Excel workbook (.xlsx) with its sources on a second sheet."),
        out, err, tr("gapscope export: %1"));
    QCommandLineParser &parser = options.parser();
    const QCommandLineOption viewOption(QStringLiteral("view"), tr("Start from the saved view FILE (.gapview); "
                                                                   "repeat it to put several views in one deck."),
                                        tr("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write to FILE; the extension picks the format."),
                                       tr("FILE"));
    const QCommandLineOption panelOption(QStringLiteral("panel"), tr("What to show: chart, table, comparison, swot, gap, map, scatter or bubble."),
                                         tr("PANEL"));
    const QCommandLineOption chartOption(QStringLiteral("chart"), tr("Chart kind: line, bar, stacked or percent."),
                                         tr("KIND"));
    const QCommandLineOption indicatorOption(QStringLiteral("indicator"), tr("The indicator to chart."), tr("ID"));
    const QCommandLineOption countryOption(
        QStringLiteral("country"),
        tr("Only these countries (ISO alpha-3 codes) or regions (OWID_WRL…), or all. Without --view: USA, CHN and "
           "KOR, as the window opens."),
        tr("CODES"));
    const QCommandLineOption entityKindOption(
        QStringLiteral("kind"),
        tr("Only the figures of these kinds of entity: country, region, organisation, model, cluster. Without --view: "
           "country,region, as the window opens."),
        tr("KINDS"));
    const QCommandLineOption dimensionOption(QStringLiteral("dimension"), tr("Only these dimensions."), tr("IDS"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        tr("Only the years FROM:TO; for a map or bubble chart, one year Y shows that year."),
                                        tr("FROM:TO"));
    const QCommandLineOption searchOption(QStringLiteral("search"), tr("Only records whose text contains TEXT."),
                                          tr("TEXT"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        tr("Picture size: 16:9, 4:3, square, a4 or WxH in pixels."), tr("SIZE"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("Pixels per point: 1, 2 or 3."), tr("N"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), tr("Resolution recorded in the file."), tr("DPI"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), tr("light, dark or slide."), tr("THEME"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of the picture: en or ko."), tr("LANG"));
    const QCommandLineOption titleOption(QStringLiteral("title"), tr("A title instead of the indicator's name."),
                                         tr("TEXT"));
    const QCommandLineOption logOption(QStringLiteral("log"), tr("Logarithmic value axis (line charts)."));
    const QCommandLineOption leaderOption(QStringLiteral("leader"),
                                          tr("The gap's leader (an ISO alpha-3 code); USA unless given."), tr("CODE"));
    const QCommandLineOption followerOption(
        QStringLiteral("follower"), tr("The gap's followers (ISO alpha-3 codes); CHN and KOR unless given."),
        tr("CODES"));
    const QCommandLineOption methodOption(
        QStringLiteral("method"),
        tr("How the gap reads the series: frontier (the largest value to date) or values; the indicator's default "
           "unless given."),
        tr("METHOD"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure"),
        tr("The models scatter's figure: compute (training compute, the default), parameters or cost."),
        tr("FIGURE"));
    const QCommandLineOption frontierOption(QStringLiteral("frontier"),
                                            tr("Draw each country's frontier (running maximum) on the models scatter."));
    const QCommandLineOption xOption(QStringLiteral("x-indicator"), tr("The bubble chart's indicator across."),
                                     tr("ID"));
    const QCommandLineOption yOption(QStringLiteral("y-indicator"), tr("The bubble chart's indicator up."), tr("ID"));
    const QCommandLineOption bubbleSizeOption(QStringLiteral("size-indicator"),
                                              tr("The indicator of the bubbles' size, or none."), tr("ID"));
    const QCommandLineOption colourOption(QStringLiteral("colour"),
                                          tr("The bubbles' colour: country (the default) or region."), tr("BY"));
    const QCommandLineOption chartAsOption(
        QStringLiteral("chart-as"),
        tr("How a chart or models scatter goes into a deck (.pptx): native (the default: a chart PowerPoint and "
           "LibreOffice edit, its data in an embedded workbook) or picture. Maps, bubble charts, the gap's chart and "
           "a models scatter of more than eight countries are pictures either way."),
        tr("HOW"));
    const QCommandLineOption dbOption = CommandOptions::dbOption();
    for (const auto &o : {viewOption, outOption, panelOption, chartOption, indicatorOption, countryOption,
                          entityKindOption, dimensionOption, yearOption, searchOption, sizeOption, scaleOption,
                          dpiOption, themeOption,
                          langOption, titleOption, logOption, leaderOption, followerOption, methodOption, measureOption,
                          frontierOption, xOption, yOption, bubbleSizeOption, colourOption, chartAsOption, dbOption})
        parser.addOption(o);

    auto usage = [&options](const QString &message) { return options.usageError(message); };
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "export"
    if (const auto exit = options.parse(args))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    const QString outPath = parser.value(outOption);
    if (outPath.isEmpty())
        return usage(tr("--out FILE is required"));
    const auto format = ExportWriter::formatOf(outPath);
    const bool workbook = QFileInfo(outPath).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    if (!format && !workbook)
        return usage(tr("%1: unknown format; use .png, .svg, .pdf, .pptx or .xlsx").arg(outPath));
    const QString chartAs = parser.value(chartAsOption);
    if (parser.isSet(chartAsOption) && chartAs != QLatin1String("native") && chartAs != QLatin1String("picture"))
        return usage(tr("--chart-as must be native or picture"));
    if (parser.isSet(chartAsOption) && (workbook || *format != ExportWriter::Format::Pptx))
        return usage(tr("--chart-as is for decks: write to a .pptx file"));

    // The views: from files, or one default view; options then apply to each.
    QList<SavedView> views;
    ViewFile reader;
    for (const QString &file : parser.values(viewOption)) {
        auto view = reader.read(file);
        if (!view)
            return usage(reader.errorString());
        views.append(*view);
    }
    if (views.isEmpty())
        views.append(openingView()); // what the window opens on, not every country at once
    if (views.size() > 1 && (workbook || *format != ExportWriter::Format::Pptx))
        return usage(tr("several views go into a deck: write to a .pptx file"));

    Store store;
    const QString db = options.workspacePath();
    if (!store.open(db)) {
        writeLine(err, tr("gapscope export: %1").arg(store.errorString()));
        return 1;
    }
    const auto dataset = store.load();
    if (!dataset) {
        writeLine(err, tr("gapscope export: %1").arg(store.errorString()));
        return 1;
    }

    for (SavedView &v : views) {
        if (parser.isSet(panelOption)) {
            const auto panel = SavedView::panelFromName(parser.value(panelOption));
            if (!panel)
                return usage(tr("--panel must be chart, table, comparison, swot, gap, map, scatter or bubble"));
            v.panel = *panel;
        }
        if (parser.isSet(chartOption)) {
            const QString name = parser.value(chartOption) == QLatin1String("bars") ? QStringLiteral("bar")
                                                                                   : parser.value(chartOption);
            const auto kind = SavedView::chartKindFromName(name);
            if (!kind)
                return usage(tr("--chart must be line, bar, stacked or percent"));
            v.chartKind = *kind;
        }
        if (parser.isSet(indicatorOption))
            v.indicator = parser.value(indicatorOption);
        const bool measured = v.panel == SavedView::Panel::Chart || v.panel == SavedView::Panel::Gap
            || v.panel == SavedView::Panel::Map;
        if (measured && !dataset->indicator(v.indicator))
            return usage(tr("unknown indicator \"%1\"").arg(v.indicator));
        if (parser.isSet(xOption))
            v.bubble.x = parser.value(xOption);
        if (parser.isSet(yOption))
            v.bubble.y = parser.value(yOption);
        if (parser.isSet(bubbleSizeOption))
            v.bubble.size = parser.value(bubbleSizeOption) == QLatin1String("none") ? QString() : parser.value(bubbleSizeOption);
        if (parser.isSet(colourOption)) {
            const QString by = parser.value(colourOption).trimmed();
            if (by != QLatin1String("country") && by != QLatin1String("region"))
                return usage(tr("--colour must be country or region"));
            v.bubble.byRegion = by == QLatin1String("region");
        }
        if (v.panel == SavedView::Panel::Bubble) {
            for (const QString &id : {v.bubble.x, v.bubble.y, v.bubble.size}) {
                if (!id.isEmpty() && !dataset->indicator(id))
                    return usage(tr("unknown indicator \"%1\"").arg(id));
            }
        }
        // A map's or bubble chart's one year: the year it shows, not a filter of the years.
        const bool mapYear = (v.panel == SavedView::Panel::Map || v.panel == SavedView::Panel::Bubble)
            && parser.isSet(yearOption) && !parser.value(yearOption).contains(QLatin1Char(':'));
        if (mapYear) {
            bool ok = false;
            const int year = parser.value(yearOption).trimmed().toInt(&ok);
            if (!ok || year < 1 || year > 9999)
                return usage(tr("--year must be a year or FROM:TO"));
            (v.panel == SavedView::Panel::Map ? v.mapYear : v.bubble.year) = year;
        }
        FilterParser filter(*dataset);
        const bool allCountries = parser.value(countryOption).trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
        if ((parser.isSet(countryOption) && !allCountries && !filter.setCountries(parser.value(countryOption)))
            || (parser.isSet(entityKindOption) && !filter.setKinds(parser.value(entityKindOption)))
            || (parser.isSet(dimensionOption) && !filter.setDimensions(parser.value(dimensionOption)))
            || (parser.isSet(yearOption) && !mapYear && !filter.setYears(parser.value(yearOption))))
            return usage(filter.errorString());
        if (parser.isSet(countryOption))
            v.filter.countries = allCountries ? QSet<QString>() : filter.filter().countries;
        if (v.panel == SavedView::Panel::Swot && parser.isSet(countryOption) && !allCountries) {
            // The SWOT of the countries given that have one, in their order: one, or two side by side.
            QStringList withSwot;
            for (const QString &code : filter.countryCodes(parser.value(countryOption)).value_or(QStringList())) {
                const bool has = std::any_of(dataset->swot.cbegin(), dataset->swot.cend(),
                                             [&code](const SwotItem &item) { return item.country == code; });
                if (has && !withSwot.contains(code))
                    withSwot << code;
            }
            if (withSwot.size() > 2)
                return usage(tr("a SWOT shows one country or two side by side: --country names %1 with one")
                                 .arg(withSwot.join(QLatin1Char(','))));
            if (!withSwot.isEmpty())
                v.swotCountries = withSwot;
        }
        if (parser.isSet(entityKindOption))
            v.filter.entityKinds = filter.filter().entityKinds;
        if (parser.isSet(dimensionOption))
            v.filter.dimensions = filter.filter().dimensions;
        if (parser.isSet(yearOption) && !mapYear) {
            // Whole years: --year replaces a view's range to the month or the day.
            v.filter.yearFrom = filter.filter().yearFrom;
            v.filter.yearTo = filter.filter().yearTo;
            v.filter.monthFrom = v.filter.dayFrom = v.filter.monthTo = v.filter.dayTo = 0;
        }
        if (parser.isSet(searchOption))
            v.filter.text = parser.value(searchOption);
        for (const QString &code : std::as_const(v.filter.countries)) {
            if (!isCountryOrRegion(dataset->entityKind(code)))
                return usage(tr("unknown country code \"%1\"").arg(code));
        }
        if (parser.isSet(sizeOption)) {
            const auto size = SavedView::sizeFromName(parser.value(sizeOption));
            if (!size)
                return usage(tr("--size must be 16:9, 4:3, square, a4 or WxH from 200x150 to %1x%1")
                                 .arg(SavedView::maxSide));
            v.size = *size;
        }
        if (parser.isSet(scaleOption)) {
            bool ok = false;
            const int scale = parser.value(scaleOption).toInt(&ok);
            if (!ok || scale < 1 || scale > 3)
                return usage(tr("--scale must be 1, 2 or 3"));
            v.scale = scale;
        }
        if (parser.isSet(dpiOption)) {
            bool ok = false;
            const int dpi = parser.value(dpiOption).toInt(&ok);
            if (!ok || dpi < 36 || dpi > 1200)
                return usage(tr("--dpi must be a whole number from 36 to 1200"));
            v.dpi = dpi;
        }
        if (parser.isSet(themeOption)) {
            const auto theme = SavedView::themeFromName(parser.value(themeOption));
            if (!theme)
                return usage(tr("--theme must be light, dark or slide"));
            v.theme = *theme;
        }
        if (parser.isSet(langOption) && !languageFromCode(parser.value(langOption), &v.language))
            return usage(tr("--lang must be en or ko"));
        if (parser.isSet(titleOption))
            v.title = parser.value(titleOption);
        if (parser.isSet(logOption))
            v.logScale = true;
        if (parser.isSet(measureOption)) {
            const auto measure = ModelScatter::measureFromName(parser.value(measureOption));
            if (!measure)
                return usage(tr("--measure must be compute, parameters or cost"));
            v.scatter.measure = *measure;
        }
        if (parser.isSet(frontierOption))
            v.scatterFrontier = true;
        FilterParser codes(*dataset);
        if (parser.isSet(leaderOption)) {
            const auto leader = codes.countryCodes(parser.value(leaderOption));
            if (!leader || leader->size() != 1)
                return usage(leader ? tr("--leader must be one country code") : codes.errorString());
            v.gapLeader = leader->constFirst();
        }
        if (parser.isSet(followerOption)) {
            const auto followers = codes.countryCodes(parser.value(followerOption));
            if (!followers)
                return usage(codes.errorString());
            v.gapFollowers = *followers;
        }
        if (parser.isSet(methodOption)) {
            GapMethod method;
            if (!gapMethodFromName(parser.value(methodOption), &method))
                return usage(tr("--method must be frontier or values"));
            v.gapMethod = gapMethodName(method);
        }
    }

    bool ok = false;
    QString error;
    QStringList written{outPath};
    if (workbook) {
        const SavedView &view = views.constFirst();
        static const QList<SavedView::Panel> tables{SavedView::Panel::Table, SavedView::Panel::Comparison,
                                                    SavedView::Panel::Swot, SavedView::Panel::Gap};
        if (!tables.contains(view.panel))
            return usage(tr("a workbook (.xlsx) holds a table: use --panel table, comparison, swot or gap"));
        m_languages->setLanguage(view.language);
        TableWorkbook book(*dataset, view.language);
        SlideRenderer renderer(*dataset, view);
        if (view.panel == SavedView::Panel::Table) {
            QList<int> records;
            const DatasetTableModel *table = renderer.tableModel();
            for (int r = 0; r < table->rowCount(); ++r)
                records.append(table->recordAt(r));
            book.addObservations(records);
        } else if (view.panel == SavedView::Panel::Comparison) {
            book.addComparison(view.filter);
        } else if (view.panel == SavedView::Panel::Swot) {
            Filter shown = view.filter;
            const QStringList countries = renderer.swotCountries();
            shown.countries = QSet<QString>(countries.cbegin(), countries.cend());
            book.addSwot(shown);
        } else {
            book.addGap(*renderer.gapPanel()->model());
        }
        ok = book.write(outPath);
        error = book.errorString();
    } else if (*format == ExportWriter::Format::Pptx) {
        DeckWriter deck(*dataset, m_languages);
        deck.setChartsAs(chartAs == QLatin1String("picture") ? DeckWriter::ChartsAs::Picture : DeckWriter::ChartsAs::Native);
        ok = deck.write(views, outPath);
        error = deck.errorString();
    } else {
        m_languages->setLanguage(views.constFirst().language);
        ExportWriter writer(*dataset);
        ok = writer.write(views.constFirst(), outPath);
        error = writer.errorString();
        written = writer.writtenFiles();
    }
    if (!ok) {
        writeLine(err, tr("gapscope export: %1").arg(error));
        return 1;
    }
    for (const QString &file : std::as_const(written))
        writeLine(out, tr("wrote %1").arg(QFileInfo(file).filePath()));
    return 0;
}

} // namespace gapscope
