#include "ImportFormat.h"

#include "CsvParser.h"
#include "OwidPackage.h"
#include "RecordsLayoutReader.h"
#include "TextFileReader.h"
#include "XlsxReader.h"
#include "format/DisplayText.h"

#include <QHash>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>

namespace gapscope {

bool ImportFormat::isWorkbook(const QString &path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return true;
    if (OwidPackage::isZip(path))
        return false; // a zip of a CSV file and its metadata
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && XlsxReader::looksLikeXlsx(file.read(4));
}

namespace {

// The records of a CSV file or workbook sheet: only the first (the header) when `headerOnly`.
QList<CsvRecord> table(const QString &path, QChar delimiter, const QString &sheet, bool headerOnly)
{
    if (ImportFormat::isWorkbook(path)) {
        XlsxReader reader;
        const auto records = reader.read(path, path, sheet);
        return records ? *records : QList<CsvRecord>();
    }
    OwidPackage package;
    if (OwidPackage::isZip(path) && !package.readZip(path, path))
        return {};
    const auto text = OwidPackage::isZip(path) ? TextFileReader().decodeText(package.csv(), path)
                                               : TextFileReader().readText(path, path);
    if (!text)
        return {};
    // For the header, parse up to the first line end outside quotes.
    CsvParser parser;
    parser.setDelimiter(delimiter.isNull() ? CsvParser::detectDelimiter(*text) : delimiter);
    const qsizetype end = headerOnly ? text->indexOf(QLatin1Char('\n')) : -1;
    if (!parser.parse(end < 0 ? *text : text->left(end + 1)))
        return {};
    return parser.records();
}

} // namespace

QStringList ImportFormat::header(const QString &path, QChar delimiter, const QString &sheet)
{
    const QList<CsvRecord> records = table(path, delimiter, sheet, true);
    QStringList out;
    if (!records.isEmpty()) {
        for (const QString &f : records.constFirst().fields)
            out << f.trimmed();
    }
    return out;
}

QStringList ImportFormat::numericColumns(const QString &path, QChar delimiter, const QString &sheet)
{
    return RecordsLayoutReader::numericColumns(table(path, delimiter, sheet, false));
}

QStringList ImportFormat::sheetNames(const QString &path)
{
    if (!isWorkbook(path))
        return {};
    XlsxReader reader;
    return reader.read(path, path) ? reader.sheetNames() : QStringList();
}

QString ImportFormat::formatDescription(const ImportBatch &batch)
{
    if (!batch.sheet.isEmpty())
        return tr("Excel workbook, sheet \u201c%1\u201d").arg(batch.sheet);
    if (batch.delimiter == u';')
        return tr("%1, semicolon-separated").arg(batch.encoding);
    if (batch.delimiter == u'\t')
        return tr("%1, tab-separated").arg(batch.encoding);
    return batch.encoding;
}

QStringList ImportFormat::entityCounts(const Dataset &dataset, const ImportBatch &batch, Language lang)
{
    std::array<int, allEntityKinds.size()> observations{};
    std::array<QSet<QString>, allEntityKinds.size()> entities;
    // Entities of kinds the user named, by the kind's name, in the order first met.
    QHash<QString, LocalizedText> newKinds;
    for (const OtherEntity &e : batch.entities)
        newKinds.insert(e.id, e.kind);
    QStringList namedKinds;
    QHash<QString, std::pair<int, QSet<QString>>> named;
    // The records a table of one row per record adds are entities too.
    QHash<QString, EntityKind> added;
    for (const Actor &a : batch.actors)
        added.insert(a.id, EntityKind::Organisation);
    for (const AiModel &m : batch.models)
        added.insert(m.id, EntityKind::Model);
    for (const ComputeCluster &c : batch.clusters)
        added.insert(c.id, EntityKind::Cluster);
    for (const Observation &o : batch.observations) {
        const OtherEntity *known = dataset.otherEntity(o.country);
        if (known || newKinds.contains(o.country)) {
            const QString kind = (known ? known->kind : newKinds.value(o.country)).text(lang);
            if (!named.contains(kind))
                namedKinds << kind;
            ++named[kind].first;
            named[kind].second.insert(o.country);
            continue;
        }
        auto kind = dataset.entityKind(o.country);
        if (!kind && added.contains(o.country))
            kind = added.value(o.country);
        if (!kind)
            continue;
        ++observations[size_t(*kind)];
        entities[size_t(*kind)].insert(o.country);
    }
    QStringList lines;
    for (EntityKind kind : allEntityKinds) {
        const int n = observations[size_t(kind)];
        if (n)
            lines << tr("%1 (%2): %n observation(s)", nullptr, n)
                         .arg(DisplayText::entityKinds(entityKindId(kind)))
                         .arg(entities[size_t(kind)].size());
    }
    for (const QString &kind : std::as_const(namedKinds)) {
        const auto &[n, ids] = named.value(kind);
        lines << tr("%1 (%2): %n observation(s)", nullptr, n).arg(kind).arg(ids.size());
    }
    return lines;
}

QStringList ImportFormat::newEntities(const ImportBatch &batch, Language lang)
{
    QStringList lines;
    for (const OtherEntity &e : batch.entities)
        lines << tr("new %1: %2 (%3)").arg(e.kind.text(lang), e.name.text(lang), e.id);
    return lines;
}

QString ImportFormat::dateRange(const ImportBatch &batch)
{
    if (batch.observations.isEmpty() && !batch.events.isEmpty()) {
        // ISO dates sort as text; a year before its months.
        const auto [first, last] = std::minmax_element(batch.events.cbegin(), batch.events.cend(),
                                                       [](const Event &a, const Event &b) { return a.date < b.date; });
        return tr("dates %1 to %2").arg(first->date, last->date);
    }
    if (batch.observations.isEmpty())
        return {};
    auto order = [](const Observation &o) { return std::tuple(o.year, o.month, o.day); };
    const auto [first, last] = std::minmax_element(batch.observations.cbegin(), batch.observations.cend(),
                                                   [&order](const Observation &a, const Observation &b) { return order(a) < order(b); });
    return tr("dates %1 to %2").arg(DisplayText::isoPeriod(first->year, first->month, first->day),
                                    DisplayText::isoPeriod(last->year, last->month, last->day));
}

QString ImportFormat::columnTarget(const Dataset &dataset, const QString &target, Language lang)
{
    if (target == u"skip")
        return tr("skipped");
    auto entity = [&dataset, lang](const QString &id) {
        return tr("%1 (%2, %3)").arg(dataset.entityName(id).text(lang), id, DisplayText::entityKindOf(dataset, id, lang));
    };
    if (target.startsWith(u"indicator:")) {
        const qsizetype at = target.lastIndexOf(QLatin1Char('@'));
        return tr("separate indicator %1 of %2").arg(target.mid(10, at - 10), entity(target.mid(at + 1)));
    }
    return entity(target);
}

namespace {

// The kind of entity records of a table's kind (model, organisation, cluster) are.
EntityKind recordEntityKind(const QString &recordKind)
{
    if (recordKind == u"organisation")
        return EntityKind::Organisation;
    return recordKind == u"cluster" ? EntityKind::Cluster : EntityKind::Model;
}

} // namespace

QStringList ImportFormat::recordCounts(const Dataset &dataset, const ImportBatch &batch)
{
    if (batch.recordKind.isEmpty())
        return {};
    QStringList lines;
    for (const auto &[kind, added] : {std::pair(EntityKind::Organisation, batch.actors.size()),
                                      std::pair(EntityKind::Model, batch.models.size()),
                                      std::pair(EntityKind::Cluster, batch.clusters.size())}) {
        const EntityKind of = kind; // a structured binding cannot be captured before C++20's P1091 (clang 14)
        const auto matched = std::count_if(batch.matchedRecords.cbegin(), batch.matchedRecords.cend(),
                                           [&](const QString &id) { return dataset.entityKind(id) == of; });
        if (!added && !matched)
            continue;
        QString line = tr("%1: %2 new, %3 matched").arg(DisplayText::entityKinds(entityKindId(kind))).arg(added).arg(matched);
        // Only records of the batch's kind are matched: its fields filled and values kept.
        if (matched && kind == recordEntityKind(batch.recordKind)) {
            line += tr(", %n field(s) filled on matched records", nullptr, batch.filledFields);
            if (!batch.keptValues.isEmpty())
                line += tr(", %n value(s) of the workspace kept", nullptr, int(batch.keptValues.size()));
        }
        lines << line;
    }
    for (const Unit &u : batch.units)
        lines << tr("new unit %1").arg(u.id);
    return lines;
}

QStringList ImportFormat::keptValues(const ImportBatch &batch)
{
    const QString kind = batch.recordKind == u"organisation" ? tr("organisation")
        : batch.recordKind == u"cluster"                     ? tr("cluster")
                                                             : tr("model");
    // The field by its name in the interface language ("domain", "분야"), its id where none is known.
    const QHash<QString, QString> names{{QStringLiteral("domain"), tr("domain", "a model's field")},
                                        {QStringLiteral("task"), tr("task", "a model's field")},
                                        {QStringLiteral("accessibility"), tr("accessibility", "a model's field")},
                                        {QStringLiteral("link"), tr("link", "a record's field")},
                                        {QStringLiteral("confidence"), tr("confidence", "a model's field")},
                                        {QStringLiteral("status"), tr("status", "a cluster's field")},
                                        {QStringLiteral("sector"), tr("sector", "a cluster's field")},
                                        {QStringLiteral("certainty"), tr("certainty", "a cluster's field")},
                                        {QStringLiteral("decommissioned"), tr("decommissioned", "a cluster's field")},
                                        {QStringLiteral("country"), tr("country", "an organisation's field")}};
    QStringList lines;
    for (const ImportBatch::KeptValue &k : batch.keptValues)
        lines << tr("%1 (%2): field '%3' keeps '%4', the file says '%5'")
                     .arg(k.record, kind, names.value(k.field, k.field), k.kept, k.file);
    return lines;
}

QStringList ImportFormat::recordColumns(const ImportBatch &batch)
{
    QStringList lines;
    for (const auto &[header, role] : batch.recordColumns)
        lines << tr("column \u201c%1\u201d: %2").arg(header, RecordsLayoutReader::roleName(role));
    return lines;
}

std::optional<QChar> ImportFormat::delimiterFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"comma" || n == u",")
        return QChar(u',');
    if (n == u"semicolon" || n == u";")
        return QChar(u';');
    if (n == u"tab" || name == u"\t")
        return QChar(u'\t');
    return std::nullopt;
}

QString ImportFormat::layoutDescription(const ImportBatch &batch, ImportLayout asked)
{
    const QString name = ImportReader::layoutName(batch.layout);
    return asked == ImportLayout::Auto ? tr("layout: %1, guessed from the file").arg(name) : tr("layout: %1").arg(name);
}

QStringList ImportFormat::eventCounts(const ImportBatch &batch)
{
    QStringList kinds;
    QHash<QString, int> counts;
    for (const Event &e : batch.events) {
        if (!counts.contains(e.kind))
            kinds << e.kind;
        ++counts[e.kind];
    }
    QStringList lines;
    for (const QString &kind : std::as_const(kinds))
        lines << tr("%1: %n event(s)", nullptr, counts.value(kind)).arg(DisplayText::eventKind(kind));
    return lines;
}

QString ImportFormat::eventLine(const Dataset &dataset, const Event &event, Language lang)
{
    return QStringLiteral("%1 \u00b7 %2 \u00b7 %3 \u00b7 %4")
        .arg(event.date, dataset.entityName(event.country).text(lang), DisplayText::eventKind(event.kind), event.text.text(lang));
}

} // namespace gapscope
