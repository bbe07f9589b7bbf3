#include "ImportRows.h"

#include "DatePrecisionCheck.h"
#include "IndicatorId.h"
#include "format/DisplayText.h"

#include <cmath>

#include <QCryptographicHash>
#include <QDate>
#include <QRegularExpression>

namespace gapscope {

namespace {

QString key(const QString &indicator, const QString &entity, int year, int month, int day)
{
    return indicator + QLatin1Char('|') + entity + QLatin1Char('|') + QString::number(year) + QLatin1Char('|')
        + QString::number(month) + QLatin1Char('|') + QString::number(day);
}

constexpr qsizetype maxField = 100000;

const QStringList kinds{QStringLiteral("measured"), QStringLiteral("estimate"), QStringLiteral("projection"),
                        QStringLiteral("target")};

} // namespace

ImportRows::ImportRows(const Dataset &dataset, const ImportOptions &options, ImportBatch &batch, ParseError &error)
    : m_dataset(dataset), m_options(options), m_batch(batch), m_error(error), m_names(dataset)
{
    const ObservationTable &rows = m_dataset.observations;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        m_existing.insert(key(rows.indicatorAt(i), rows.entityAt(i), rows.yearAt(i), rows.monthAt(i), rows.dayAt(i)),
                          rows.idAt(i));
    }
    for (const OtherEntity &e : m_dataset.otherEntities) {
        for (const QString &kind : {e.kind.en, e.kind.ko}) {
            for (const QString &name : {e.name.en, e.name.ko})
                m_otherEntities.insert(otherEntityKey(kind, name), e.id);
        }
    }
}

QString ImportRows::otherEntityKey(const QString &kind, const QString &name)
{
    return CountryNameIndex::key(kind) + QLatin1Char('|') + CountryNameIndex::key(name);
}

QString ImportRows::otherEntity(const QString &text, const QString &source)
{
    const LocalizedText &kind = m_options.entityKind;
    if (kind.en.trimmed().isEmpty() && kind.ko.trimmed().isEmpty())
        return {};
    for (const QString &kindName : {kind.en, kind.ko}) {
        const QString known = m_otherEntities.value(otherEntityKey(kindName, text));
        if (!known.isEmpty())
            return known;
    }
    // A new entity: its id made of its kind's and its own name, told apart by the name's hash
    // where another entity has that id.
    const QString kindId = IndicatorId::fromName(kind.en.trimmed().isEmpty() ? kind.ko : kind.en);
    QString id = kindId + QLatin1Char('.') + IndicatorId::fromName(text);
    const auto taken = [this](const QString &id) {
        return m_dataset.entityKind(id)
            || std::any_of(m_batch.entities.cbegin(), m_batch.entities.cend(), [&id](const OtherEntity &e) { return e.id == id; });
    };
    if (taken(id))
        id = kindId + QLatin1Char('.') + IndicatorId::withSuffix(text);
    if (taken(id))
        return {};
    OtherEntity e;
    e.id = id;
    e.name = {text, text};
    e.kind = {kind.en.trimmed(), kind.ko.trimmed()};
    e.source = source;
    m_batch.entities.append(e);
    m_otherEntities.insert(otherEntityKey(kind.en, text), id);
    m_otherEntities.insert(otherEntityKey(kind.ko, text), id);
    return id;
}

bool ImportRows::fail(int line, int column, const QString &message)
{
    m_error = {m_batch.file, line, column, message};
    return false;
}

bool ImportRows::isBlank(const CsvRecord &record)
{
    return record.fields.isEmpty() || (record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty());
}

bool ImportRows::checkRecord(const CsvRecord &rec, const CsvRecord &header)
{
    if (rec.fields.size() != header.fields.size())
        return fail(rec.line, rec.columns.value(std::min(rec.fields.size(), header.fields.size()) - 1),
                    tr("%1 fields where the header has %2").arg(rec.fields.size()).arg(header.fields.size()));
    for (qsizetype i = 0; i < rec.fields.size(); ++i) {
        if (rec.fields[i].size() > maxField)
            return fail(rec.line, rec.columns.value(i), tr("a field of %1 characters; the limit is %2").arg(rec.fields[i].size()).arg(maxField));
    }
    return true;
}

QString ImportRows::entity(const QString &text) const
{
    const QString trimmed = text.trimmed();
    const QString mapped = m_options.countryMap.value(trimmed);
    if (!mapped.isEmpty())
        return m_dataset.country(mapped) || m_dataset.region(mapped) ? mapped : QString();
    const QString code = m_names.code(trimmed);
    if (!code.isEmpty())
        return code;
    return m_dataset.entityKind(trimmed) ? trimmed : QString();
}

QString ImportRows::country(const ImportRow &row, bool *skip)
{
    *skip = false;
    // A file of one column per entity has found the column's entity already.
    const QString resolved = row.fields.value(QStringLiteral("entity_id"));
    if (!resolved.isEmpty())
        return resolved;
    // Our World in Data's rows name a country or region twice: by code and by name (entity).
    QStringList candidates{row.fields.value(QStringLiteral("country")).trimmed()};
    if (row.fields.contains(QStringLiteral("entity")))
        candidates << row.fields.value(QStringLiteral("entity")).trimmed();
    for (const QString &text : std::as_const(candidates)) {
        const QString mapped = m_options.countryMap.value(text);
        if (!mapped.isEmpty())
            return m_dataset.country(mapped) || m_dataset.region(mapped) ? mapped : QString();
    }
    for (const QString &text : std::as_const(candidates)) {
        const QString code = m_names.code(text);
        if (!code.isEmpty())
            return code;
    }
    const QString text = candidates.constLast();
    if (!text.isEmpty()) {
        const QString sourceText = row.fields.value(QStringLiteral("source")).isEmpty()
            ? m_options.source : row.fields.value(QStringLiteral("source"));
        const QString other = otherEntity(text, sourceText.trimmed().isEmpty() ? QString() : sourceId(sourceText.trimmed()));
        if (!other.isEmpty())
            return other;
    }
    if (m_options.skipUnknownCountries) {
        *skip = true;
        if (!m_batch.skippedCountries.contains(text))
            m_batch.skippedCountries << text;
    }
    return {};
}

bool ImportRows::date(const ImportRow &row, int *year, int *month, int *day)
{
    auto column = [&row](const char *name) { return row.columns.value(QLatin1String(name)); };
    const QString dateText = row.fields.value(QStringLiteral("date")).trimmed();
    if (!dateText.isEmpty() || row.fields.contains(QStringLiteral("date"))) {
        // A year, a month or a day, as ISO 8601 writes them: the observation keeps that precision.
        static const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
        const QRegularExpressionMatch m = iso.match(dateText);
        *year = m.hasMatch() ? m.captured(1).toInt() : 0;
        *month = m.hasMatch() ? m.captured(2).toInt() : 0;
        *day = m.hasMatch() ? m.captured(3).toInt() : 0;
        if (!m.hasMatch() || *year < 1800 || *year > 2200 || (m.hasCaptured(2) && (*month < 1 || *month > 12))
            || (m.hasCaptured(3) && !QDate(*year, *month, *day).isValid()))
            return fail(row.line, column("date"),
                        tr("\"%1\" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY").arg(dateText.left(40)));
        return true;
    }
    bool ok = false;
    *year = row.fields.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || *year < 1800 || *year > 2200)
        return fail(row.line, column("year"), tr("\"%1\" is not a year").arg(row.fields.value(QStringLiteral("year"))));
    *month = 0;
    *day = 0;
    const QString monthText = row.fields.value(QStringLiteral("month"));
    if (!monthText.isEmpty()) {
        *month = monthText.toInt(&ok);
        if (!ok || *month < 1 || *month > 12)
            return fail(row.line, column("month"), tr("\"%1\" is not a month (1 to 12)").arg(monthText));
    }
    return true;
}

void ImportRows::describe(ImportRow *row, const QString &header)
{
    // What the metadata says of the column, unless the import says otherwise.
    const OwidMetadata::Column *meta = m_metadata->column(header);
    if (!meta)
        return;
    if (!meta->title.isEmpty())
        row->fields.insert(QStringLiteral("indicator_name_en"), meta->title);
    if (!meta->description.isEmpty())
        row->fields.insert(QStringLiteral("description"), meta->description);
    if (m_options.unit.isEmpty() && !meta->unit.isEmpty())
        row->fields.insert(QStringLiteral("unit"), meta->unit);
    if (m_options.source.isEmpty()) {
        const Source s = m_metadata->source(*meta, m_batch.file);
        if (!m_dataset.source(s.id)
            && std::none_of(m_batch.sources.cbegin(), m_batch.sources.cend(), [&s](const Source &b) { return b.id == s.id; }))
            m_batch.sources.append(s);
        row->fields.insert(QStringLiteral("source"), s.id);
    }
}

QString ImportRows::sourceId(const QString &text)
{
    if (m_dataset.source(text)
        || std::any_of(m_batch.sources.cbegin(), m_batch.sources.cend(), [&text](const Source &s) { return s.id == text; }))
        return text;
    const QString id = QStringLiteral("user-source-")
        + QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const bool known = m_dataset.source(id)
        || std::any_of(m_batch.sources.cbegin(), m_batch.sources.cend(), [&id](const Source &s) { return s.id == id; });
    if (!known) {
        Source s;
        s.id = id;
        s.title = {text, text};
        s.document = text;
        if (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://")))
            s.url = text;
        s.note = {tr("Imported from %1").arg(m_batch.file), tr("Imported from %1").arg(m_batch.file)};
        m_batch.sources.append(s);
    }
    return id;
}

QString ImportRows::columnIndicator(const QString &name, const QList<QString> &taken) const
{
    // The id of the name, or, when an indicator of another name has it, the id with the name's
    // hash: never the values of one indicator added to another unless the user says so.
    for (const QString &id : {IndicatorId::fromName(name), IndicatorId::withSuffix(name)}) {
        if (taken.contains(id))
            continue;
        const Indicator *known = m_dataset.indicator(id);
        if (!known || m_options.addToExisting || IndicatorId::sameName(known->name.en, name)
            || IndicatorId::sameName(known->name.ko, name))
            return id;
    }
    return {};
}

bool ImportRows::ensureIndicator(const ImportRow &row, const QString &id)
{
    const int line = row.line;
    const int column = row.columns.value(QStringLiteral("indicator"));
    const QString unitText = row.fields.value(QStringLiteral("unit"), m_options.unit).trimmed();
    const QString unit = unitText.isEmpty() ? m_options.unit : unitText;
    if (const Indicator *known = m_dataset.indicator(id)) {
        if (!unit.isEmpty() && unit != known->unit)
            return fail(line, row.columns.value(QStringLiteral("unit"), column),
                        tr("indicator \"%1\" is in %2; this row says %3: values are never converted").arg(id, known->unit, unit));
        // The file's name for it must be the workspace's, or the user must have chosen to add.
        for (const char *field : {"indicator_name_en", "indicator_name_ko"}) {
            const QString named = row.fields.value(QLatin1String(field)).trimmed();
            if (named.isEmpty() || m_options.addToExisting || IndicatorId::sameName(named, known->name.en)
                || IndicatorId::sameName(named, known->name.ko))
                continue;
            return fail(line, row.columns.value(QLatin1String(field), column),
                        tr("indicator \"%1\" is \"%2\" in the workspace; this file names it \"%3\": give these values "
                           "another indicator id, or choose to add them to the existing indicator")
                            .arg(id, known->name.en, named));
        }
        if (!m_batch.existingIndicators.contains(id))
            m_batch.existingIndicators.append(id);
        return true;
    }
    for (const Indicator &i : std::as_const(m_batch.indicators)) {
        if (i.id == id) {
            if (!unit.isEmpty() && unit != i.unit)
                return fail(line, row.columns.value(QStringLiteral("unit"), column),
                            tr("indicator \"%1\" is in %2 on an earlier row; this row says %3").arg(id, i.unit, unit));
            return true;
        }
    }
    if (!IndicatorId::isValid(id))
        return fail(line, column,
                    tr("\"%1\" is not an indicator id: use lower-case letters (of any script), digits, \"_\" and \"-\"").arg(id));
    if (unit.isEmpty())
        return fail(line, column, tr("indicator \"%1\" is new: give its unit (a \"unit\" column, or a unit with the import)").arg(id));
    if (!m_dataset.unit(unit)
        && std::none_of(m_batch.units.cbegin(), m_batch.units.cend(), [&unit](const Unit &u) { return u.id == unit; })) {
        Unit u;
        u.id = unit;
        u.name = {unit, unit};
        m_batch.units.append(u);
    }
    const QString dimension = row.fields.value(QStringLiteral("dimension"), m_options.dimension);
    if (!dimension.isEmpty() && !m_dataset.dimension(dimension))
        return fail(line, row.columns.value(QStringLiteral("dimension"), column), tr("unknown dimension \"%1\"").arg(dimension));
    Indicator i;
    i.id = id;
    const QString en = row.fields.value(QStringLiteral("indicator_name_en"));
    const QString ko = row.fields.value(QStringLiteral("indicator_name_ko"));
    i.name = {en.isEmpty() ? id : en, ko.isEmpty() ? (en.isEmpty() ? id : en) : ko};
    i.unit = unit;
    i.dimension = dimension;
    const QString imported = tr("Imported from %1").arg(m_batch.file);
    const QString described = row.fields.value(QStringLiteral("description"));
    i.description = described.isEmpty() ? LocalizedText{imported, imported}
                                        : LocalizedText{described + QLatin1Char('\n') + imported, described + QLatin1Char('\n') + imported};
    m_batch.indicators.append(i);
    return true;
}

std::optional<double> ImportRows::number(QString text)
{
    // Numbers as written in data files: a dot for decimals; or as spreadsheets write them, with
    // commas between groups of three digits ("1,234,567.5").
    static const QRegularExpression plain(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    static const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?$"));
    if (grouped.match(text).hasMatch())
        text.remove(QLatin1Char(','));
    bool ok = false;
    const double value = plain.match(text).hasMatch() ? text.toDouble(&ok) : 0;
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool ImportRows::add(const ImportRow &row, bool emptyValueIsMissing)
{
    const int line = row.line;
    auto column = [&row](const char *name) { return row.columns.value(QLatin1String(name)); };
    const QString valueText = row.fields.value(QStringLiteral("value"));
    if (valueText.isEmpty()) {
        if (emptyValueIsMissing)
            return true; // Our World in Data and wide files leave missing values empty
        return fail(line, column("value"), tr("the value is empty"));
    }
    bool skip = false;
    const QString code = country(row, &skip);
    if (skip) {
        ++m_batch.skippedRows;
        return true;
    }
    if (code.isEmpty())
        return fail(line, column("country"), tr("unknown country \"%1\": use an ISO alpha-3 code or a name GapScope knows, "
                                                "map it, skip unknown countries, or import such rows as entities of "
                                                "a kind you name (--entity-kind)")
                                                 .arg(row.fields.value(QStringLiteral("entity"), row.fields.value(QStringLiteral("country")))));
    const QString indicator = row.fields.value(QStringLiteral("indicator")).trimmed();
    if (indicator.isEmpty())
        return fail(line, column("indicator"), tr("the indicator is empty"));
    if (!ensureIndicator(row, indicator))
        return false;

    int year = 0, month = 0, day = 0;
    if (!date(row, &year, &month, &day))
        return false;
    // A workspace's indicator takes no date finer than it allows; a new one takes the finest of the
    // file's (ImportReader).
    if (const Indicator *known = m_dataset.indicator(indicator)) {
        const QString finer = DatePrecisionCheck::problem(*known, year, month, day);
        if (!finer.isEmpty())
            return fail(line, column(row.fields.contains(QStringLiteral("date")) ? "date" : "month"), finer);
    }
    const std::optional<double> parsed = number(valueText);
    if (!parsed)
        return fail(line, column("value"), tr("\"%1\" is not a number").arg(valueText.left(40)));
    const double value = *parsed;

    QString kind = row.fields.value(QStringLiteral("kind")).toLower();
    if (kind.isEmpty())
        kind = m_options.kind;
    if (!kinds.contains(kind))
        return fail(line, column("kind"), tr("unknown kind \"%1\": use measured, estimate, projection or target").arg(kind));
    const QString sourceText = row.fields.value(QStringLiteral("source")).isEmpty() ? m_options.source
                                                                                    : row.fields.value(QStringLiteral("source"));
    if (sourceText.trimmed().isEmpty())
        return fail(line, column("source"), tr("no source: every value needs one (a \"source\" column, or a source given with the import)"));

    const QString k = key(indicator, code, year, month, day);
    const QString when = DisplayText::isoPeriod(year, month, day);
    if (m_keys.contains(k))
        return fail(line, column("value"), (m_items ? tr("duplicate: %1, %2, %3 already appears in item %4")
                                                    : tr("duplicate: %1, %2, %3 already appears on line %4"))
                                               .arg(indicator, code)
                                               .arg(when)
                                               .arg(m_keys.value(k)));
    if (m_existing.contains(k))
        return fail(line, column("value"), tr("the workspace already has %1 for %2 in %3 (%4)")
                                               .arg(indicator, code, when)
                                               .arg(m_existing.value(k)));
    m_keys.insert(k, line);

    Observation o;
    o.id = QStringLiteral("user-%1-%2-%3").arg(indicator, code.toLower()).arg(year);
    if (month)
        o.id += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (day)
        o.id += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    o.indicator = indicator;
    o.country = code;
    o.year = year;
    o.month = month;
    o.day = day;
    o.value = value;
    o.kind = kind;
    o.source = sourceId(sourceText.trimmed());
    const QString note = row.fields.value(QStringLiteral("note"));
    o.note = {note, note};
    m_batch.observations.append(o);
    return true;
}

} // namespace gapscope
