#include "ImportReader.h"

#include "CountryNameIndex.h"
#include "CsvParser.h"
#include "ImportFormat.h"
#include "IndicatorId.h"
#include "OwidPackage.h"
#include "TextFileReader.h"
#include "XlsxReader.h"

#include <cmath>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gapscope {

namespace {

constexpr qsizetype maxField = 100000;

QString key(const QString &indicator, const QString &country, int year, int month)
{
    return indicator + QLatin1Char('|') + country + QLatin1Char('|') + QString::number(year) + QLatin1Char('|')
        + QString::number(month);
}

bool isYear(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("^(1[89]|20|21)\\d\\d$"));
    return year.match(text.trimmed()).hasMatch();
}

const QStringList kinds{QStringLiteral("measured"), QStringLiteral("estimate"), QStringLiteral("projection"),
                        QStringLiteral("target")};

} // namespace

QStringList ImportReader::fieldNames()
{
    return {QStringLiteral("country"), QStringLiteral("indicator"), QStringLiteral("year"), QStringLiteral("value"),
            QStringLiteral("month"), QStringLiteral("unit"), QStringLiteral("source"), QStringLiteral("kind"),
            QStringLiteral("note")};
}

std::optional<ImportReader::Layout> ImportReader::layoutFromName(const QString &name)
{
    for (Layout l : {Layout::Auto, Layout::Tidy, Layout::Owid, Layout::Wide, Layout::Json}) {
        if (layoutName(l) == name)
            return l;
    }
    return std::nullopt;
}

QString ImportReader::layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Auto:
        return QStringLiteral("auto");
    case Layout::Tidy:
        return QStringLiteral("tidy");
    case Layout::Owid:
        return QStringLiteral("owid");
    case Layout::Wide:
        return QStringLiteral("wide");
    case Layout::Json:
        return QStringLiteral("json");
    }
    return {};
}

bool ImportReader::fail(int line, int column, const QString &message)
{
    m_error = {m_batch.file, line, column, message};
    return false;
}

std::optional<ImportBatch> ImportReader::read(const QString &path, const Options &options)
{
    m_options = options;
    m_batch = ImportBatch();
    m_batch.file = QFileInfo(path).fileName();
    m_error = ParseError();
    m_keys.clear();
    m_existing.clear();
    for (const Observation &o : m_dataset.observations)
        m_existing.insert(key(o.indicator, o.country, o.year, o.month), o.id);
    // Every name of every country, looked up once per row: a file may have a million rows.
    m_countryNames = CountryNameIndex(m_dataset.countries);

    if (!m_options.kind.isEmpty() && !kinds.contains(m_options.kind)) {
        fail(0, 0, tr("unknown kind \"%1\": use measured, estimate, projection or target").arg(m_options.kind));
        return std::nullopt;
    }
    if (ImportFormat::isWorkbook(path)) {
        XlsxReader workbook;
        const auto records = workbook.read(path, m_batch.file, m_options.sheet);
        if (!records) {
            m_error = workbook.parseError();
            return std::nullopt;
        }
        m_batch.sheet = workbook.sheetName();
        if (records->isEmpty()) {
            fail(0, 0, tr("the sheet \"%1\" is empty").arg(m_batch.sheet));
            return std::nullopt;
        }
        if (m_options.layout == Layout::Json) {
            fail(0, 0, tr("a workbook is not JSON"));
            return std::nullopt;
        }
        if (!readRecords(*records, m_options.layout))
            return std::nullopt;
        return finish();
    }
    // Our World in Data's download: a zip, or a CSV with its .metadata.json beside it.
    OwidPackage package;
    if (!(OwidPackage::isZip(path) ? package.readZip(path, m_batch.file) : package.readBeside(path))) {
        m_error = package.parseError();
        return std::nullopt;
    }
    m_metadata = package.metadata();
    TextFileReader reader;
    const auto text = OwidPackage::isZip(path)
        ? reader.decodeText(package.csv(), m_batch.file + QLatin1Char('/') + package.csvName())
        : reader.readText(path, m_batch.file);
    m_batch.encoding = reader.encoding();
    if (!text) {
        m_error = reader.parseError();
        return std::nullopt;
    }
    if (text->trimmed().isEmpty()) {
        fail(0, 0, tr("the file is empty"));
        return std::nullopt;
    }
    Layout layout = m_options.layout;
    if (layout == Layout::Auto) {
        layout = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || text->trimmed().startsWith(QLatin1Char('['))
                || text->trimmed().startsWith(QLatin1Char('{'))
            ? Layout::Json
            : Layout::Tidy;
    }
    const bool ok = layout == Layout::Json ? readJson(*text) : readCsv(*text, layout);
    if (!ok)
        return std::nullopt;
    return finish();
}

std::optional<ImportBatch> ImportReader::finish()
{
    if (m_batch.observations.isEmpty()) {
        fail(0, 0, m_batch.skippedRows ? tr("every row was skipped: no known country") : tr("the file has no values"));
        return std::nullopt;
    }
    return m_batch;
}

bool ImportReader::readCsv(const QString &text, Layout layout)
{
    CsvParser parser;
    m_batch.delimiter = m_options.delimiter.isNull() ? CsvParser::detectDelimiter(text) : m_options.delimiter;
    parser.setDelimiter(m_batch.delimiter);
    if (!parser.parse(text))
        return fail(parser.errorLine(), parser.errorColumn(), parser.errorString());
    return readRecords(parser.records(), layout);
}

bool ImportReader::readRecords(const QList<CsvRecord> &records, Layout layout)
{
    if (records.isEmpty())
        return fail(0, 0, tr("the file is empty"));
    const CsvRecord &header = records.constFirst();
    QStringList names;
    for (const QString &f : header.fields)
        names << f.trimmed().toLower();
    // Columns the user mapped take the field's name; a column that had that name steps aside.
    for (auto it = m_options.columns.cbegin(); it != m_options.columns.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const qsizetype from = names.indexOf(it.value().trimmed().toLower());
        if (from < 0)
            return fail(header.line, 0, tr("no column \"%1\" for %2").arg(it.value(), it.key()));
        const qsizetype clash = names.indexOf(it.key());
        if (clash >= 0 && clash != from)
            names[clash] = QStringLiteral("(unused) ") + names[clash];
        names[from] = it.key();
    }
    auto has = [&names](const char *name) { return names.contains(QLatin1String(name)); };

    if (layout == Layout::Auto || layout == Layout::Tidy) {
        // Our World in Data's files announce themselves; years as column names mean wide.
        if (has("entity") && has("code") && has("year"))
            layout = Layout::Owid;
        else if (std::any_of(header.fields.cbegin(), header.fields.cend(), isYear) && !has("year"))
            layout = Layout::Wide;
        else
            layout = Layout::Tidy;
    }

    QStringList required;
    if (layout == Layout::Tidy)
        required = {QStringLiteral("country"), QStringLiteral("indicator"), QStringLiteral("year"), QStringLiteral("value")};
    else if (layout == Layout::Owid)
        required = {QStringLiteral("entity"), QStringLiteral("code"), QStringLiteral("year")};
    else
        required = {QStringLiteral("country")};
    for (const QString &r : required) {
        if (!names.contains(r))
            return fail(header.line, 0, tr("missing column \"%1\" (the header has: %2)").arg(r, header.fields.join(QLatin1String(", "))));
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.indexOf(names[i]) != i)
            return fail(header.line, header.columns.value(i), tr("column \"%1\" appears twice").arg(header.fields[i]));
    }

    QList<int> valueColumns; // owid: value columns; wide: year columns
    QHash<int, QString> columnIndicators; // owid: the indicator of each value column
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (layout == Layout::Owid && !QStringList{"entity", "code", "year"}.contains(names[i])) {
            valueColumns << int(i);
            if (m_options.indicator.isEmpty()) {
                const QString name = header.fields[i].trimmed();
                const QString id = columnIndicator(name, columnIndicators.values());
                if (id.isEmpty())
                    return fail(header.line, header.columns.value(i),
                                tr("no indicator id is free for column \"%1\": give the indicator with the import").arg(name));
                columnIndicators.insert(int(i), id);
            }
        }
        if (layout == Layout::Wide && isYear(names[i]))
            valueColumns << int(i);
    }
    if (layout != Layout::Tidy && valueColumns.isEmpty())
        return fail(header.line, 0, layout == Layout::Owid ? tr("no value column after Entity, Code and Year")
                                                           : tr("no year columns"));
    if (layout == Layout::Owid && valueColumns.size() > 1 && !m_options.indicator.isEmpty())
        return fail(header.line, 0, tr("the file has %1 value columns: one indicator id cannot name them all").arg(valueColumns.size()));
    if (layout == Layout::Wide && !has("indicator") && m_options.indicator.isEmpty())
        return fail(header.line, 0, tr("a wide file needs an \"indicator\" column or an indicator given with the import"));

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records[r];
        if (rec.fields.size() == 1 && rec.fields.constFirst().trimmed().isEmpty())
            continue; // a blank line
        if (rec.fields.size() != header.fields.size())
            return fail(rec.line, rec.columns.value(std::min(rec.fields.size(), header.fields.size()) - 1),
                        tr("%1 fields where the header has %2").arg(rec.fields.size()).arg(header.fields.size()));
        for (qsizetype i = 0; i < rec.fields.size(); ++i) {
            if (rec.fields[i].size() > maxField)
                return fail(rec.line, rec.columns.value(i), tr("a field of %1 characters; the limit is %2").arg(rec.fields[i].size()).arg(maxField));
        }
        Row row;
        row.line = rec.line;
        auto set = [&row, &rec](const QString &name, qsizetype i) {
            row.fields.insert(name, rec.fields[i].trimmed());
            row.columns.insert(name, rec.columns.value(i));
        };
        if (layout == Layout::Tidy) {
            for (qsizetype i = 0; i < names.size(); ++i)
                set(names[i], i);
            if (!addRow(row, false))
                return false;
            continue;
        }
        // One row holds several values: one row each.
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!valueColumns.contains(int(i)))
                set(names[i], i);
        }
        for (int c : std::as_const(valueColumns)) {
            Row one = row;
            if (layout == Layout::Owid) {
                one.fields.insert(QStringLiteral("country"), row.fields.value(QStringLiteral("code")).isEmpty()
                                                                 ? row.fields.value(QStringLiteral("entity"))
                                                                 : row.fields.value(QStringLiteral("code")));
                one.columns.insert(QStringLiteral("country"), row.columns.value(QStringLiteral("code")));
                QString indicator = m_options.indicator;
                if (indicator.isEmpty()) {
                    indicator = columnIndicators.value(c);
                    one.fields.insert(QStringLiteral("indicator_name_en"), header.fields[c].trimmed());
                }
                if (m_metadata)
                    describe(&one, header.fields[c]);
                one.fields.insert(QStringLiteral("indicator"), indicator);
            } else {
                one.fields.insert(QStringLiteral("year"), header.fields[c].trimmed());
                one.columns.insert(QStringLiteral("year"), header.columns.value(c));
                if (!row.fields.contains(QStringLiteral("indicator")))
                    one.fields.insert(QStringLiteral("indicator"), m_options.indicator);
            }
            one.fields.insert(QStringLiteral("value"), rec.fields[c].trimmed());
            one.columns.insert(QStringLiteral("value"), rec.columns.value(c));
            if (!addRow(one, true))
                return false;
        }
    }
    return true;
}

bool ImportReader::readJson(const QString &text)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        // Name the line and column of the offset (in UTF-8 bytes) where parsing stopped.
        const QByteArray bytes = text.toUtf8().left(parse.offset);
        const int line = int(bytes.count('\n')) + 1;
        const int column = int(QString::fromUtf8(bytes.mid(bytes.lastIndexOf('\n') + 1)).size()) + 1;
        return fail(line, column, tr("not valid JSON: %1").arg(parse.errorString()));
    }
    QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("observations")).toArray();
    if (!doc.isArray() && !doc.object().value(QStringLiteral("observations")).isArray())
        return fail(1, 1, tr("expected an array of observations, or an object with an \"observations\" array"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            return fail(0, 0, tr("item %1 is not an object").arg(i + 1));
        Row row;
        row.line = int(i + 1);
        const QJsonObject o = items[i].toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            if (!v.isString() && !v.isDouble() && !v.isNull())
                return fail(0, 0, tr("item %1: \"%2\" must be a text or a number").arg(i + 1).arg(it.key()));
            row.fields.insert(it.key().toLower(), v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString());
        }
        if (!addRow(row, false)) {
            // Items have no line: name the item instead.
            m_error.message = tr("item %1: %2").arg(i + 1).arg(m_error.message);
            m_error.line = 0;
            m_error.column = 0;
            return false;
        }
    }
    return true;
}

QString ImportReader::country(const Row &row, const QString &field, bool *skip)
{
    *skip = false;
    // Our World in Data's rows name a country twice: by code and by name (entity).
    QStringList candidates{row.fields.value(field).trimmed()};
    if (row.fields.contains(QStringLiteral("entity")))
        candidates << row.fields.value(QStringLiteral("entity")).trimmed();
    for (const QString &text : std::as_const(candidates)) {
        const QString mapped = m_options.countryMap.value(text);
        if (!mapped.isEmpty())
            return m_dataset.country(mapped) ? mapped : QString();
    }
    for (const QString &text : std::as_const(candidates)) {
        if (text.size() >= 3 && m_dataset.country(text.toUpper()))
            return text.toUpper();
        const QString code = m_countryNames.code(text);
        if (!code.isEmpty())
            return code;
    }
    const QString text = candidates.constLast();
    if (m_options.skipUnknownCountries) {
        *skip = true;
        if (!m_batch.skippedCountries.contains(text))
            m_batch.skippedCountries << text;
    }
    return {};
}

void ImportReader::describe(Row *row, const QString &header)
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

QString ImportReader::sourceId(const QString &text)
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

QString ImportReader::columnIndicator(const QString &name, const QList<QString> &taken) const
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

bool ImportReader::ensureIndicator(const Row &row, const QString &id)
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

bool ImportReader::addRow(const Row &row, bool emptyValueIsMissing)
{
    const int line = row.line;
    auto column = [&row](const char *name) { return row.columns.value(QLatin1String(name)); };
    QString valueText = row.fields.value(QStringLiteral("value"));
    if (valueText.isEmpty()) {
        if (emptyValueIsMissing)
            return true; // Our World in Data and wide files leave missing values empty
        return fail(line, column("value"), tr("the value is empty"));
    }
    bool skip = false;
    const QString code = country(row, QStringLiteral("country"), &skip);
    if (skip) {
        ++m_batch.skippedRows;
        return true;
    }
    if (code.isEmpty())
        return fail(line, column("country"), tr("unknown country \"%1\": use an ISO alpha-3 code or a name GapScope knows, "
                                                "map it, or skip unknown countries")
                                                 .arg(row.fields.value(QStringLiteral("entity"), row.fields.value(QStringLiteral("country")))));
    const QString indicator = row.fields.value(QStringLiteral("indicator")).trimmed();
    if (indicator.isEmpty())
        return fail(line, column("indicator"), tr("the indicator is empty"));
    if (!ensureIndicator(row, indicator))
        return false;

    bool ok = false;
    const int year = row.fields.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1800 || year > 2200)
        return fail(line, column("year"), tr("\"%1\" is not a year").arg(row.fields.value(QStringLiteral("year"))));
    int month = 0;
    const QString monthText = row.fields.value(QStringLiteral("month"));
    if (!monthText.isEmpty()) {
        month = monthText.toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return fail(line, column("month"), tr("\"%1\" is not a month (1 to 12)").arg(monthText));
    }
    // Numbers as written in data files: a dot for decimals; or as spreadsheets write them, with
    // commas between groups of three digits ("1,234,567.5").
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    static const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?$"));
    if (grouped.match(valueText).hasMatch())
        valueText.remove(QLatin1Char(','));
    if (!number.match(valueText).hasMatch())
        return fail(line, column("value"), tr("\"%1\" is not a number").arg(valueText.left(40)));
    const double value = valueText.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail(line, column("value"), tr("\"%1\" is not a number").arg(valueText.left(40)));

    QString kind = row.fields.value(QStringLiteral("kind")).toLower();
    if (kind.isEmpty())
        kind = m_options.kind;
    if (!kinds.contains(kind))
        return fail(line, column("kind"), tr("unknown kind \"%1\": use measured, estimate, projection or target").arg(kind));
    const QString sourceText = row.fields.value(QStringLiteral("source")).isEmpty() ? m_options.source
                                                                                    : row.fields.value(QStringLiteral("source"));
    if (sourceText.trimmed().isEmpty())
        return fail(line, column("source"), tr("no source: every value needs one (a \"source\" column, or a source given with the import)"));

    const QString k = key(indicator, code, year, month);
    if (m_keys.contains(k))
        return fail(line, column("value"), tr("duplicate: %1, %2, %3 already appears on line %4")
                                               .arg(indicator, code)
                                               .arg(month ? QStringLiteral("%1-%2").arg(year).arg(month) : QString::number(year))
                                               .arg(m_keys.value(k)));
    if (m_existing.contains(k))
        return fail(line, column("value"), tr("the workspace already has %1 for %2 in %3 (%4)")
                                               .arg(indicator, code)
                                               .arg(year)
                                               .arg(m_existing.value(k)));
    m_keys.insert(k, line);

    Observation o;
    o.id = QStringLiteral("user-%1-%2-%3").arg(indicator, code.toLower()).arg(year);
    if (month)
        o.id += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    o.indicator = indicator;
    o.country = code;
    o.year = year;
    o.month = month;
    o.value = value;
    o.kind = kind;
    o.source = sourceId(sourceText.trimmed());
    const QString note = row.fields.value(QStringLiteral("note"));
    o.note = {note, note};
    m_batch.observations.append(o);
    return true;
}

} // namespace gapscope
