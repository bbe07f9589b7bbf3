#include "CommandLineTool.h"

#include "CommandOptions.h"
#include "FilterParser.h"
#include "io/OutputWriter.h"
#include "io/RecordSerializer.h"
#include "model/ActorTableModel.h"
#include "model/AiModelTableModel.h"
#include "model/ComputeClusterTableModel.h"
#include "model/EventTableModel.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "model/SwotModel.h"
#include "store/Store.h"

#include <QIODevice>
#include <QSet>

namespace gapscope {

namespace {

// The records a table model shows after filtering, as positions in the dataset's list.
QList<int> filteredRecords(DatasetTableModel &model, const Dataset &d, const Filter &filter)
{
    model.setDataset(&d);
    model.setFilter(filter);
    QList<int> records;
    for (int row = 0; row < model.rowCount(); ++row)
        records.append(model.recordAt(row));
    return records;
}

// Every entity's id: countries, regions, organisations, models, clusters, in that order.
QStringList entityIds(const Dataset &d)
{
    QStringList ids;
    for (const Country &c : d.countries)
        ids.append(c.code);
    for (const Region &r : d.regions)
        ids.append(r.code);
    for (const Actor &a : d.actors)
        ids.append(a.id);
    for (const AiModel &m : d.models)
        ids.append(m.id);
    for (const ComputeCluster &c : d.clusters)
        ids.append(c.id);
    for (const OtherEntity &e : d.otherEntities)
        ids.append(e.id);
    return ids;
}

} // namespace

bool CommandLineTool::isCommand(const QString &argument)
{
    return argument == QLatin1String("list") || argument == QLatin1String("query");
}

QStringList CommandLineTool::listKinds()
{
    return {"countries", "regions", "entities", "dimensions", "indicators", "actors", "models", "clusters",
            "events", "swot", "assessments", "sources"};
}

std::optional<Dataset> CommandLineTool::openWorkspace(const QString &path, QIODevice *err)
{
    Store store;
    if (!store.open(path)) {
        writeLine(err, tr("gapscope: %1").arg(store.errorString()));
        return std::nullopt;
    }
    // Notes go to stderr so that scripts reading stdout are not disturbed.
    if (store.lastUpdate())
        writeLine(err, tr("gapscope: %1").arg(store.lastUpdate()->summary()));
    if (!store.updateError().isEmpty())
        writeLine(err, tr("gapscope: the workspace was not updated to the bundled dataset: %1").arg(store.updateError()));
    auto loaded = store.load();
    if (!loaded)
        writeLine(err, tr("gapscope: %1").arg(store.errorString()));
    return loaded;
}

int CommandLineTool::run(const QStringList &arguments, QIODevice *out, QIODevice *err)
{
    CommandOptions options(tr("Lists the records of a GapScope workspace and queries its observations."), out, err);
    const QCommandLineOption countryOption(
        QStringLiteral("country"),
        tr("Only these countries or regions (ISO alpha-3 or region codes), with the organisations, models and clusters"
           " that count for them."),
        tr("CODES"));
    const QCommandLineOption entityOption(QStringLiteral("entity"),
                                          tr("Only these entities: countries, regions, organisations, models,"
                                             " clusters or entities of kinds you named, by id (gapscope list entities)."),
                                          tr("IDS"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        tr("Only entities of these kinds: country, region, organisation, model,"
                                           " cluster, other; or the name of a kind you named on import"
                                           " (\"Research domain\")."),
                                        tr("KINDS"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("Only the dates FROM:TO, as years, months or days (2024-01:2025-06)."),
                                        tr("FROM:TO"));
    const QCommandLineOption dimensionOption(QStringLiteral("dimension"), tr("Only these dimensions."), tr("IDS"));
    const QCommandLineOption indicatorOption(QStringLiteral("indicator"), tr("Only these indicators."), tr("IDS"));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("Only the years FROM:TO."), tr("FROM:TO"));
    const QCommandLineOption searchOption(QStringLiteral("search"), tr("Only records whose text contains TEXT."),
                                          tr("TEXT"));
    QCommandLineParser &parser = options.parser();
    parser.addOptions({CommandOptions::dbOption(), countryOption, entityOption, kindOption, dimensionOption, indicatorOption,
                       yearOption, dateOption, searchOption, CommandOptions::formatOption(), CommandOptions::langOption()});
    parser.addPositionalArgument(QStringLiteral("command"), tr("list KIND, or query"));

    if (const std::optional<int> exit = options.parse(arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!isCommand(command))
        return options.usageError(tr("unknown command \"%1\": use list or query").arg(command));

    QString kind = QStringLiteral("observations");
    if (command == QLatin1String("list")) {
        if (positional.size() != 2 || !listKinds().contains(positional.at(1)))
            return options.usageError(tr("list needs one of: %1").arg(listKinds().join(QLatin1String(", "))));
        kind = positional.at(1);
        if (parser.isSet(indicatorOption) && kind != QLatin1String("indicators"))
            return options.usageError(tr("--indicator applies to query and list indicators only"));
    } else if (positional.size() != 1) {
        return options.usageError(
            tr("query takes no further arguments: %1").arg(positional.mid(1).join(QLatin1Char(' '))));
    }

    const bool isQuery = command == QLatin1String("query");
    const auto format = options.format(isQuery ? OutputWriter::Format::Csv : OutputWriter::Format::Table);
    if (!format)
        return CommandOptions::usageExit;
    const auto lang = options.language();
    if (!lang)
        return CommandOptions::usageExit;

    const auto loaded = openWorkspace(options.workspacePath(), err);
    if (!loaded)
        return 1;
    const Dataset &d = *loaded;

    FilterParser filters(d);
    if ((parser.isSet(countryOption) && !filters.setCountries(parser.value(countryOption)))
        || (parser.isSet(dimensionOption) && !filters.setDimensions(parser.value(dimensionOption)))
        || (parser.isSet(indicatorOption) && !filters.setIndicators(parser.value(indicatorOption)))
        || (parser.isSet(yearOption) && !filters.setYears(parser.value(yearOption)))
        || (parser.isSet(entityOption) && !filters.setEntities(parser.value(entityOption)))
        || (parser.isSet(kindOption) && !filters.setKinds(parser.value(kindOption)))
        || (parser.isSet(dateOption) && !filters.setDates(parser.value(dateOption))))
        return options.usageError(filters.errorString());
    filters.setText(parser.value(searchOption));
    const Filter &f = filters.filter();

    const RecordSerializer serializer(d, *lang);
    QList<QJsonObject> records;
    auto cite = [&](const QJsonObject &o) { records.append(o); };

    if (kind == QLatin1String("observations")) {
        ObservationTableModel model;
        for (int i : filteredRecords(model, d, f))
            cite(serializer.observation(d.observations.at(i)));
    } else if (kind == QLatin1String("actors")) {
        ActorTableModel model;
        for (int i : filteredRecords(model, d, f))
            cite(serializer.actor(d.actors.at(i)));
    } else if (kind == QLatin1String("models")) {
        AiModelTableModel model;
        for (int i : filteredRecords(model, d, f))
            cite(serializer.model(d.models.at(i)));
    } else if (kind == QLatin1String("clusters")) {
        ComputeClusterTableModel model;
        for (int i : filteredRecords(model, d, f))
            cite(serializer.cluster(d.clusters.at(i)));
    } else if (kind == QLatin1String("events")) {
        EventTableModel model;
        for (int i : filteredRecords(model, d, f))
            cite(serializer.event(d.events.at(i)));
    } else if (kind == QLatin1String("swot")) {
        SwotModel model;
        model.setDataset(&d);
        model.setFilter(f);
        for (int q = 0; q < 4; ++q) {
            const QModelIndex quadrant = model.index(q, 0);
            for (int row = 0; row < model.rowCount(quadrant); ++row) {
                const QString id = model.index(row, 0, quadrant).data(IdRole).toString();
                for (const SwotItem &s : d.swot) {
                    if (s.id == id)
                        cite(serializer.swot(s));
                }
            }
        }
    } else if (kind == QLatin1String("assessments")) {
        for (const Assessment &a : d.assessments) {
            if (f.acceptsCountry(a.country) && f.acceptsDimension(a.dimension) && f.acceptsYear(a.year)
                && f.acceptsText({a.text, a.attribution}, {a.id, a.country, a.dimension, a.kind}))
                cite(serializer.assessment(a));
        }
    } else if (kind == QLatin1String("countries")) {
        for (const Country &c : d.countries) {
            const QStringList words = QStringList{c.code} + c.alternativeNames;
            const LocalizedText texts[] = {c.name, c.region};
            if (f.acceptsCountry(c.code) && f.acceptsText(texts, std::span<const QString>(words.constData(), words.size())))
                records.append(serializer.country(c));
        }
    } else if (kind == QLatin1String("regions")) {
        for (const Region &r : d.regions) {
            const QStringList words = QStringList{r.code} + r.alternativeNames + r.members;
            const LocalizedText texts[] = {r.name};
            if ((f.countries.isEmpty() || f.countries.contains(r.code))
                && f.acceptsText(texts, std::span<const QString>(words.constData(), words.size())))
                records.append(serializer.region(r));
        }
    } else if (kind == QLatin1String("entities")) {
        for (const QString &id : entityIds(d)) {
            const auto entityKind = d.entityKind(id);
            const QStringList linked = d.entityCountries(id);
            const OtherEntity *other = d.otherEntity(id);
            const LocalizedText texts[] = {d.entityName(id), other ? other->kind : LocalizedText()};
            const QString words[] = {id};
            if (f.acceptsEntity(id, entityKindId(*entityKind), linked) && f.acceptsText(texts, words))
                records.append(serializer.entity(id));
        }
    } else if (kind == QLatin1String("dimensions")) {
        for (const Dimension &dim : d.dimensions) {
            if (f.acceptsDimension(dim.id) && f.acceptsText({dim.label, dim.description}, {dim.id}))
                records.append(serializer.dimension(dim));
        }
    } else if (kind == QLatin1String("indicators")) {
        for (const Indicator &i : d.indicators) {
            if (f.acceptsDimension(i.dimension) && f.acceptsIndicator(i.id)
                && f.acceptsText({i.name, i.description}, {i.id}))
                records.append(serializer.indicator(i));
        }
    } else if (kind == QLatin1String("sources")) {
        // With a filter, the sources cited by the records it accepts; without, all of them.
        QSet<QString> cited;
        if (!f.countries.isEmpty() || !f.dimensions.isEmpty() || f.yearFrom || f.yearTo) {
            ObservationTableModel observations;
            for (int i : filteredRecords(observations, d, f))
                cited.insert(d.observations.sourceAt(i));
            ActorTableModel actors;
            for (int i : filteredRecords(actors, d, f))
                cited.insert(d.actors.at(i).source);
            EventTableModel events;
            for (int i : filteredRecords(events, d, f))
                cited.insert(d.events.at(i).source);
            ComputeClusterTableModel clusters;
            for (int i : filteredRecords(clusters, d, f))
                cited.insert(d.clusters.at(i).source);
            for (const SwotItem &s : d.swot) {
                if (f.acceptsCountry(s.country) && f.acceptsDimension(s.dimension) && f.acceptsYear(s.year))
                    cited.insert(s.source);
            }
            for (const Assessment &a : d.assessments) {
                if (f.acceptsCountry(a.country) && f.acceptsDimension(a.dimension) && f.acceptsYear(a.year))
                    cited.insert(a.source);
            }
        }
        for (const Source &s : d.sources) {
            if ((cited.isEmpty() && (f.countries.isEmpty() && f.dimensions.isEmpty() && !f.yearFrom && !f.yearTo))
                || cited.contains(s.id)) {
                if (f.acceptsText({s.title, s.note}, {s.id, s.document, s.section, s.publisher}))
                    records.append(serializer.sourceRecord(s));
            }
        }
    }

    out->write(OutputWriter::write(*format, records, RecordSerializer::fields(kind), RecordSerializer::tableFields(kind)));
    return 0;
}

} // namespace gapscope
