#include "ImportCommand.h"

#include "CommandOptions.h"
#include "format/DisplayText.h"
#include "io/ImportFormat.h"
#include "io/ImportReader.h"
#include "io/RecordsLayoutReader.h"
#include "store/Store.h"

#include <QIODevice>

namespace gapscope {

int ImportCommand::run(const QStringList &arguments, QIODevice *out, QIODevice *err)
{
    CommandOptions commandOptions(
        tr("Adds observations from a CSV or JSON file, or events from a timeline, to the workspace, all or nothing."), out,
        err, tr("gapscope import: %1"));
    QCommandLineParser &parser = commandOptions.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to import."));
    const QCommandLineOption layoutOption(QStringLiteral("layout"),
                                          tr("tidy, owid, wide, columns (a date and one column per entity), records (one row "
                                             "per model, organisation or cluster), json or events (a timeline: date, country, "
                                             "title, kind, description); guessed from the file when not given (never records)."),
                                          tr("LAYOUT"));
    const QCommandLineOption indicatorOption(QStringLiteral("indicator"),
                                             tr("The indicator of files that do not name it (owid, wide); of a file of one "
                                                "column per entity, an indicator id or the name of a new indicator."),
                                             tr("ID"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), tr("The unit of new indicators (USD, KRW, count, ...)."),
                                        tr("UNIT"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          tr("The source of rows that name none: a title, a URL or a source id."), tr("TEXT"));
    const QCommandLineOption dimensionOption(QStringLiteral("dimension"), tr("The dimension of new indicators."), tr("ID"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("measured, estimate, projection or target, for rows that do not say."), tr("KIND"));
    const QCommandLineOption skipOption(QStringLiteral("skip-unknown-countries"),
                                        tr("Skip rows of countries GapScope does not know, and list them."));
    const QCommandLineOption mapOption(QStringLiteral("map"), tr("Read the country NAME as CODE (repeatable)."),
                                       tr("NAME=CODE"));
    const QCommandLineOption columnOption(QStringLiteral("column"),
                                          tr("Read FIELD (country, indicator, year, value, month, date, unit, source, kind, "
                                             "note) from the column HEADER; or, in a file of one column per entity, read the "
                                             "column HEADER as the values of ENTITY (a code, id or name), as a separate "
                                             "indicator (indicator:ID, or indicator:ID@ENTITY), or skip it (repeatable)."),
                                          tr("FIELD=HEADER|HEADER=ENTITY"));
    const QCommandLineOption entityKindOption(
        QStringLiteral("entity-kind"),
        tr("Import rows that name neither a country, a region nor a record of the workspace as entities of the kind "
           "NAME (\"Research domain\"), named so in the language of --lang and, unless given, in the other."),
        tr("NAME"));
    const QCommandLineOption entityKindEnOption(QStringLiteral("entity-kind-en"),
                                                tr("The English name of --entity-kind's kind."), tr("NAME"));
    const QCommandLineOption entityKindKoOption(QStringLiteral("entity-kind-ko"),
                                                tr("The Korean name of --entity-kind's kind."), tr("NAME"));
    const QCommandLineOption addOption(QStringLiteral("add-to-existing"),
                                       tr("Add values to existing indicators that the file names otherwise. Without it, "
                                          "such a column becomes a new indicator and such a row is refused."));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             tr("The delimiter of a CSV file: comma, semicolon or tab (detected "
                                                "when not given)."),
                                             tr("DELIMITER"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         tr("The sheet of an Excel workbook (.xlsx) to read; its first sheet when not given."),
                                         tr("NAME"));
    // A table of one row per record (--layout records).
    const QCommandLineOption recordKindOption(QStringLiteral("record-kind"),
                                              tr("The kind of the records of a table of one row per record: model, "
                                                 "organisation or cluster (model when not given)."),
                                              tr("KIND"));
    const QCommandLineOption nameColumnOption(QStringLiteral("name-column"), tr("The column of the records' names."),
                                              tr("HEADER"));
    const QCommandLineOption dateColumnOption(QStringLiteral("date-column"),
                                              tr("The column of the records' dates, which date their facts."), tr("HEADER"));
    const QCommandLineOption countryColumnOption(QStringLiteral("country-column"),
                                                 tr("The column of the records' countries."), tr("HEADER"));
    const QCommandLineOption organisationColumnOption(QStringLiteral("organisation-column"),
                                                      tr("The column of the records' organisations."), tr("HEADER"));
    const QCommandLineOption factOption(QStringLiteral("fact"),
                                        tr("Read the column HEADER as a numeric fact in UNIT, observed on each record "
                                           "at its date (repeatable; without it, Epoch AI's columns the file has)."),
                                        tr("HEADER=UNIT"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Check the file and report; write nothing."));
    // Read by main() before anything prints, so that messages come in that language.
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of the messages: en or ko."), tr("LANG"));
    for (const auto &o : {layoutOption, indicatorOption, unitOption, sourceOption, dimensionOption, kindOption,
                          skipOption, mapOption, columnOption, entityKindOption, entityKindEnOption, entityKindKoOption,
                          addOption, delimiterOption, sheetOption, dryRunOption, CommandOptions::dbOption(), langOption,
                          recordKindOption, nameColumnOption, dateColumnOption, countryColumnOption, organisationColumnOption,
                          factOption})
        parser.addOption(o);

    auto usage = [&commandOptions](const QString &message) { return commandOptions.usageError(message); };
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // "import"
    if (const std::optional<int> exit = commandOptions.parse(args))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("give one file to import"));
    const QString file = parser.positionalArguments().constFirst();

    ImportReader::Options options;
    if (parser.isSet(layoutOption)) {
        const auto layout = ImportReader::layoutFromName(parser.value(layoutOption));
        if (!layout)
            return usage(tr("--layout must be tidy, owid, wide, columns, records, json or events"));
        options.layout = *layout;
    }
    options.indicator = parser.value(indicatorOption);
    options.unit = parser.value(unitOption);
    options.source = parser.value(sourceOption);
    options.dimension = parser.value(dimensionOption);
    if (parser.isSet(kindOption))
        options.kind = parser.value(kindOption);
    options.skipUnknownCountries = parser.isSet(skipOption);
    const Language lang = parser.value(langOption) == QLatin1String("ko") ? Language::Korean : Language::English;
    // The kind's name as given is the run's language's; the other language's falls back to it.
    options.entityKind = {parser.value(entityKindEnOption).trimmed(), parser.value(entityKindKoOption).trimmed()};
    if (const QString named = parser.value(entityKindOption).trimmed(); !named.isEmpty())
        (lang == Language::Korean ? options.entityKind.ko : options.entityKind.en) = named;
    if (options.entityKind.en.isEmpty())
        options.entityKind.en = options.entityKind.ko;
    if (options.entityKind.ko.isEmpty())
        options.entityKind.ko = options.entityKind.en;
    options.addToExisting = parser.isSet(addOption);
    if (parser.isSet(delimiterOption)) {
        const auto delimiter = ImportFormat::delimiterFromName(parser.value(delimiterOption));
        if (!delimiter)
            return usage(tr("--delimiter must be comma, semicolon or tab, not \"%1\"").arg(parser.value(delimiterOption)));
        options.delimiter = *delimiter;
    }
    options.sheet = parser.value(sheetOption);
    for (const QString &pair : parser.values(mapOption)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == pair.size() - 1)
            return usage(tr("--map takes NAME=CODE, not \"%1\"").arg(pair));
        options.countryMap.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed().toUpper());
    }

    for (const QString &pair : parser.values(columnOption)) {
        // FIELD=HEADER where the left is a field's name; HEADER=ENTITY (or a separate indicator, or
        // skip) otherwise. A header may hold "=": the last one splits.
        const qsizetype first = pair.indexOf(QLatin1Char('='));
        const QString field = pair.left(first).trimmed().toLower();
        if (first > 0 && ImportReader::fieldNames().contains(field)) {
            options.columns.insert(field, pair.mid(first + 1).trimmed());
            continue;
        }
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || pair.mid(eq + 1).trimmed().isEmpty())
            return usage(tr("--column takes FIELD=HEADER with FIELD one of %1, or HEADER=ENTITY, "
                            "HEADER=indicator:ID or HEADER=skip, not \"%2\"")
                             .arg(ImportReader::fieldNames().join(QLatin1String(", ")), pair));
        options.entityColumns.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }

    if (parser.isSet(recordKindOption)) {
        options.recordKind = parser.value(recordKindOption).trimmed().toLower();
        if (!RecordsLayoutReader::recordKinds().contains(options.recordKind))
            return usage(tr("--record-kind must be model, organisation or cluster, not \"%1\"").arg(options.recordKind));
    }
    options.nameColumn = parser.value(nameColumnOption);
    options.dateColumn = parser.value(dateColumnOption);
    options.countryColumn = parser.value(countryColumnOption);
    options.organisationColumn = parser.value(organisationColumnOption);
    for (const QString &pair : parser.values(factOption)) {
        // A header may hold "=": the last one splits.
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || pair.mid(eq + 1).trimmed().isEmpty())
            return usage(tr("--fact takes HEADER=UNIT, not \"%1\"").arg(pair));
        options.facts.append({pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed()});
    }

    Store store;
    if (!store.open(commandOptions.workspacePath())) {
        writeLine(err, tr("gapscope import: %1").arg(store.errorString()));
        return 1;
    }
    const auto dataset = store.load();
    if (!dataset) {
        writeLine(err, tr("gapscope import: %1").arg(store.errorString()));
        return 1;
    }
    for (auto it = options.countryMap.cbegin(); it != options.countryMap.cend(); ++it) {
        if (!dataset->country(it.value()) && !dataset->region(it.value()))
            return usage(tr("--map %1=%2: unknown country or region code \"%2\"").arg(it.key(), it.value()));
    }
    ImportReader reader(*dataset);
    const auto batch = reader.read(file, options);
    if (!batch) {
        writeLine(err, tr("gapscope import: %1").arg(reader.errorString()));
        return 1;
    }
    if (!parser.isSet(dryRunOption) && !store.import(*batch)) {
        writeLine(err, tr("gapscope import: %1").arg(store.errorString()));
        return 1;
    }
    if (batch->layout == ImportLayout::Events)
        return reportEvents(*dataset, *batch, options.layout, parser.isSet(dryRunOption), parser.value(langOption), out);
    const QString counts = QStringList{tr("%n observation(s)", nullptr, int(batch->observations.size())),
                                       tr("%n new indicator(s)", nullptr, int(batch->indicators.size())),
                                       tr("%n new source(s)", nullptr, int(batch->sources.size()))}
                               .join(tr(", "));
    const QString summary = tr("%1 from %2 (%3)").arg(counts, batch->file, ImportFormat::formatDescription(*batch));
    writeLine(out, parser.isSet(dryRunOption) ? tr("would import %1; nothing written (dry run)").arg(summary)
                                              : tr("imported %1").arg(summary));
    writeLine(out, ImportFormat::layoutDescription(*batch, options.layout));
    // Where the values go, so that nothing is added to an indicator unseen.
    // What the values are of, and when: counts per kind of entity, the dates at their precision,
    // and the column each entity's values come from.
    for (const QString &line : ImportFormat::entityCounts(*dataset, *batch, lang) + ImportFormat::newEntities(*batch, lang))
        writeLine(out, line);
    writeLine(out, ImportFormat::dateRange(*batch));
    for (const QString &line : ImportFormat::recordCounts(*dataset, *batch) + ImportFormat::keptValues(*batch)
             + ImportFormat::recordColumns(*batch))
        writeLine(out, line);
    for (const auto &[header, target] : batch->columnTargets)
        writeLine(out, tr("column \"%1\": %2").arg(header, ImportFormat::columnTarget(*dataset, target, lang)));
    for (const Indicator &i : batch->indicators)
        writeLine(out, tr("new indicator %1 (%2), dated to the %3")
                           .arg(i.id, i.name.text(lang), DisplayText::datePrecision(i.datePrecision)));
    for (const QString &id : batch->existingIndicators)
        writeLine(out, tr("adds to existing indicator %1 (%2)").arg(id, dataset->indicator(id)->name.text(lang)));
    if (batch->skippedRows)
        writeLine(out, tr("skipped %n row(s) of unknown countries: %1", nullptr, batch->skippedRows)
                           .arg(batch->skippedCountries.join(QLatin1String(", "))));
    return 0;
}

int ImportCommand::reportEvents(const Dataset &dataset, const ImportBatch &batch, ImportLayout asked, bool dryRun,
                                const QString &langName, QIODevice *out)
{
    const QString counts = tr("%n event(s)", nullptr, int(batch.events.size())) + tr(", ")
        + tr("%n new source(s)", nullptr, int(batch.sources.size()));
    const QString summary = tr("%1 from %2 (%3)").arg(counts, batch.file, ImportFormat::formatDescription(batch));
    writeLine(out, dryRun ? tr("would import %1; nothing written (dry run)").arg(summary) : tr("imported %1").arg(summary));
    writeLine(out, ImportFormat::layoutDescription(batch, asked));
    for (const QString &line : ImportFormat::eventCounts(batch))
        writeLine(out, line);
    writeLine(out, ImportFormat::dateRange(batch));
    // The first events, as the timeline will show them.
    const Language lang = langName == QLatin1String("ko") ? Language::Korean : Language::English;
    for (qsizetype i = 0; i < std::min<qsizetype>(firstEvents, batch.events.size()); ++i)
        writeLine(out, QStringLiteral("  ") + ImportFormat::eventLine(dataset, batch.events.at(i), lang));
    if (batch.events.size() > firstEvents)
        writeLine(out, QStringLiteral("  ") + tr("\u2026 and %n more event(s)", nullptr, int(batch.events.size() - firstEvents)));
    if (batch.skippedRows)
        writeLine(out, tr("skipped %n row(s) of unknown countries: %1", nullptr, batch.skippedRows)
                           .arg(batch.skippedCountries.join(QLatin1String(", "))));
    return 0;
}

} // namespace gapscope
