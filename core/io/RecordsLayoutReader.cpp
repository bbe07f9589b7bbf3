#include "RecordsLayoutReader.h"

#include "CountryNameIndex.h"
#include "EpochRecords.h"
#include "IndicatorId.h"
#include "MatchedRecordFill.h"
#include "cli/FilterParser.h"

#include <QCryptographicHash>

namespace gapscope {

namespace {

QString key(const QString &text)
{
    return CountryNameIndex::key(text);
}

// The headers each role goes by, best first, and Epoch AI's fact columns: header, indicator, unit.
const QHash<QString, QStringList> &roleHeaders()
{
    static const QHash<QString, QStringList> headers{
        {QStringLiteral("name"), {QStringLiteral("Model"), QStringLiteral("Name"), QStringLiteral("System"),
                                  QStringLiteral("Organization"), QStringLiteral("Organisation")}},
        {QStringLiteral("date"), {QStringLiteral("Publication date"), QStringLiteral("Date"),
                                  QStringLiteral("First Operational Date"), QStringLiteral("Year")}},
        {QStringLiteral("country"), {QStringLiteral("Country"), QStringLiteral("Country (of organization)")}},
        {QStringLiteral("organisation"), {QStringLiteral("Organization"), QStringLiteral("Organisation"),
                                          QStringLiteral("Owner"), QStringLiteral("Developer")}}};
    return headers;
}

struct KnownFact
{
    const char *kind;
    const char *header;
    const char *indicator;
    const char *unit;
};

constexpr KnownFact knownFacts[] = {
    {"model", "Training compute (FLOP)", "model_training_compute", "FLOP"},
    {"model", "Parameters", "model_parameters", "parameters"},
    {"model", "Training compute cost (2023 USD)", "model_training_cost", "USD_2023"},
    {"cluster", "H100 equivalents", "cluster_h100_equivalents", "H100e"},
    {"cluster", "Power Capacity (MW)", "cluster_power", "MW"},
};

const KnownFact *knownFact(const QString &kind, const QString &header)
{
    for (const KnownFact &f : knownFacts) {
        if (kind == QLatin1String(f.kind) && key(header) == key(QLatin1String(f.header)))
            return &f;
    }
    return nullptr;
}

// The record's field a column fills, by its header's key: kind|key -> field.
QString fieldOf(const QString &kind, const QString &header)
{
    static const QHash<QString, QString> fields{
        {QStringLiteral("model|domain"), QStringLiteral("domain")},
        {QStringLiteral("model|task"), QStringLiteral("task")},
        {QStringLiteral("model|modelaccessibility"), QStringLiteral("accessibility")},
        {QStringLiteral("model|accessibility"), QStringLiteral("accessibility")},
        {QStringLiteral("model|link"), QStringLiteral("link")},
        {QStringLiteral("model|url"), QStringLiteral("link")},
        {QStringLiteral("model|confidence"), QStringLiteral("confidence")},
        {QStringLiteral("cluster|status"), QStringLiteral("status")},
        {QStringLiteral("cluster|sector"), QStringLiteral("sector")},
        {QStringLiteral("cluster|certainty"), QStringLiteral("certainty")},
        {QStringLiteral("cluster|link"), QStringLiteral("link")},
        {QStringLiteral("cluster|url"), QStringLiteral("link")},
        {QStringLiteral("cluster|source1"), QStringLiteral("link")},
        {QStringLiteral("cluster|decommissioneddateifapplicable"), QStringLiteral("decommissioned")},
    };
    return fields.value(kind + QLatin1Char('|') + key(header));
}

} // namespace

QString RecordsLayoutReader::roleName(const QString &role)
{
    if (role == u"name")
        return tr("the name");
    if (role == u"date")
        return tr("the date");
    if (role == u"country")
        return tr("the country");
    if (role == u"organisation")
        return tr("the organisation");
    return role.startsWith(u"fact:") ? tr("a fact in %1").arg(role.mid(5)) : tr("an attribute");
}

QStringList RecordsLayoutReader::recordKinds()
{
    return {QStringLiteral("model"), QStringLiteral("organisation"), QStringLiteral("cluster")};
}

QString RecordsLayoutReader::proposedColumn(const QString &role, const QString &kind, const QStringList &header)
{
    QStringList candidates = roleHeaders().value(role);
    // An organisation's own name is its name; its table has no organisation column.
    if (kind == QLatin1String("organisation") && role == QLatin1String("organisation"))
        return {};
    if (kind != QLatin1String("organisation") && role == QLatin1String("name")) {
        candidates.removeAll(QStringLiteral("Organization"));
        candidates.removeAll(QStringLiteral("Organisation"));
    }
    for (const QString &c : std::as_const(candidates)) {
        for (const QString &h : header) {
            if (key(h) == key(c))
                return h;
        }
    }
    return {};
}

QString RecordsLayoutReader::knownUnit(const QString &kind, const QString &header)
{
    const KnownFact *f = knownFact(kind, header);
    return f ? QLatin1String(f->unit) : QString();
}

QList<std::pair<QString, QString>> RecordsLayoutReader::proposedFacts(const QString &kind, const QStringList &header)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &h : header) {
        if (const KnownFact *f = knownFact(kind, h))
            out.append({h, QLatin1String(f->unit)});
    }
    return out;
}

QStringList RecordsLayoutReader::numericColumns(const QList<CsvRecord> &records)
{
    if (records.isEmpty())
        return {};
    const QStringList &header = records.constFirst().fields;
    QStringList out;
    for (qsizetype c = 0; c < header.size(); ++c) {
        bool filled = false;
        bool numbers = true;
        for (qsizetype r = 1; numbers && r < records.size(); ++r) {
            const QString cell = records.at(r).fields.value(c).trimmed();
            if (cell.isEmpty())
                continue;
            filled = true;
            numbers = ImportRows::number(cell).has_value();
        }
        if (filled && numbers)
            out << header.at(c).trimmed();
    }
    return out;
}

bool RecordsLayoutReader::columns(const CsvRecord &header)
{
    const ImportOptions &o = m_rows.options();
    m_kind = o.recordKind.isEmpty() ? QStringLiteral("model") : o.recordKind;
    if (!recordKinds().contains(m_kind))
        return fail(0, 0, tr("unknown record kind \"%1\": use model, organisation or cluster").arg(m_kind));
    for (const QString &f : header.fields)
        m_header << f.trimmed();
    auto columnOf = [this](const QString &name) -> qsizetype {
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            if (m_header.at(i) == name.trimmed())
                return i;
        }
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            if (key(m_header.at(i)) == key(name))
                return i;
        }
        return -1;
    };
    const std::pair<QString, QString> roles[] = {{QStringLiteral("name"), o.nameColumn},
                                                 {QStringLiteral("date"), o.dateColumn},
                                                 {QStringLiteral("country"), o.countryColumn},
                                                 {QStringLiteral("organisation"), o.organisationColumn}};
    ImportBatch &batch = m_rows.batch();
    batch.recordKind = m_kind;
    QHash<qsizetype, QString> became;
    for (const auto &[role, given] : roles) {
        const QString header = given.isEmpty() && o.proposeRecordColumns ? proposedColumn(role, m_kind, m_header) : given;
        const qsizetype at = header.isEmpty() ? -1 : columnOf(header);
        if (!given.isEmpty() && at < 0)
            return fail(1, 0, tr("no column \"%1\" for %2: the header has %3").arg(given, roleName(role), m_header.join(QLatin1String(", "))));
        m_role.insert(role, at);
        if (at >= 0)
            became.insert(at, role);
    }
    if (m_role.value(QStringLiteral("name")) < 0)
        return fail(1, 0, tr("no column holds the records' names: choose the name column (the header has %1)")
                              .arg(m_header.join(QLatin1String(", "))));
    const auto facts = o.facts.isEmpty() && o.proposeRecordColumns ? proposedFacts(m_kind, m_header) : o.facts;
    for (const auto &[name, unit] : facts) {
        const qsizetype at = columnOf(name);
        if (at < 0)
            return fail(1, 0, tr("no column \"%1\" for a fact: the header has %2").arg(name, m_header.join(QLatin1String(", "))));
        if (became.contains(at))
            return fail(1, header.columns.value(at), tr("the column \"%1\" is already %2").arg(name, roleName(became.value(at))));
        if (unit.trimmed().isEmpty())
            return fail(1, header.columns.value(at), tr("the fact \"%1\" needs its unit").arg(name));
        // Epoch AI's columns go where the bundled Epoch facts are, any other into the indicator of its name.
        const KnownFact *known = knownFact(m_kind, m_header.at(at));
        QString indicator = known && m_rows.dataset().indicator(QLatin1String(known->indicator)) ? QLatin1String(known->indicator)
                                                                                                   : QString();
        if (indicator.isEmpty())
            indicator = m_rows.columnIndicator(m_header.at(at), m_factIndicator.values());
        if (indicator.isEmpty())
            return fail(1, header.columns.value(at), tr("no indicator id is free for column \"%1\"").arg(name));
        m_facts.append({at, unit.trimmed()});
        m_factIndicator.insert(at, indicator);
        became.insert(at, QStringLiteral("fact:") + unit.trimmed());
    }
    if (!m_facts.isEmpty() && m_role.value(QStringLiteral("date")) < 0)
        return fail(1, 0, tr("facts are dated by the record's date: choose the date column"));
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        if (!became.contains(i)) {
            m_attributes.append(i);
            became.insert(i, QStringLiteral("attribute"));
        }
        batch.recordColumns.append({m_header.at(i), became.value(i)});
    }
    return true;
}

QString RecordsLayoutReader::matched(const QString &name, const QStringList &organisations) const
{
    QSet<QString> wanted;
    for (const QString &o : organisations)
        wanted.insert(key(o));
    const QString k = key(name);
    // The workspace's and the batch's records of that name, with the names of their organisations.
    auto orgNames = [this](const QStringList &ids) {
        QSet<QString> names;
        for (const QString &id : ids) {
            names.insert(key(id));
            if (const Actor *a = m_rows.dataset().actor(id)) {
                names.insert(key(a->name.en));
                names.insert(key(a->name.ko));
            }
            for (const Actor &a : m_rows.batch().actors) {
                if (a.id == id)
                    names.insert(key(a.name.en));
            }
        }
        return names;
    };
    auto fits = [&](const QStringList &names, const QStringList &orgs) {
        if (std::none_of(names.cbegin(), names.cend(), [&k](const QString &n) { return !n.isEmpty() && key(n) == k; }))
            return false;
        return wanted.isEmpty() || orgs.isEmpty() || orgNames(orgs).intersects(wanted);
    };
    const Dataset &d = m_rows.dataset();
    const ImportBatch &b = m_rows.batch();
    if (m_kind == QLatin1String("model")) {
        for (const QList<AiModel> *list : {&d.models, &b.models}) {
            for (const AiModel &m : *list) {
                QStringList orgs = m.organisations;
                if (!m.developer.isEmpty())
                    orgs.prepend(m.developer);
                if (fits({m.name.en, m.name.ko, m.epochName}, orgs))
                    return m.id;
            }
        }
    } else if (m_kind == QLatin1String("cluster")) {
        for (const QList<ComputeCluster> *list : {&d.clusters, &b.clusters}) {
            for (const ComputeCluster &c : *list) {
                if (fits({c.name.en, c.name.ko}, c.owners))
                    return c.id;
            }
        }
    } else {
        for (const QList<Actor> *list : {&d.actors, &b.actors}) {
            for (const Actor &a : *list) {
                if (fits({a.name.en, a.name.ko}, {}))
                    return a.id;
            }
        }
    }
    return {};
}

QString RecordsLayoutReader::newId(const QString &prefix, const QString &name)
{
    // A name without ASCII letters or digits (a Korean one) by its hash.
    QString slug = EpochRecords::slug(name);
    if (slug.isEmpty())
        slug = QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    const QString base = prefix + slug;
    QString id = base;
    // Unique among the workspace's entities and the batch's records.
    for (int n = 2; m_ids.contains(id) || m_rows.dataset().entityKind(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    m_ids.insert(id);
    return id;
}

QString RecordsLayoutReader::actorNamed(const QString &name) const
{
    const ImportBatch &batch = m_rows.batch();
    for (const QList<Actor> *list : {&m_rows.dataset().actors, &batch.actors}) {
        for (const Actor &a : *list) {
            if (key(a.name.en) == key(name) || key(a.name.ko) == key(name))
                return a.id;
        }
    }
    return {};
}

QString RecordsLayoutReader::organisation(const QString &name, const QString &country, const QString &source)
{
    const QString known = actorNamed(name);
    if (!known.isEmpty())
        return known;
    ImportBatch &b = m_rows.batch();
    Actor a;
    a.id = newId(QStringLiteral("user-organisation-"), name);
    a.name = {name, name};
    a.country = country;
    a.kind = QStringLiteral("institution");
    const QString imported = tr("Imported from %1").arg(b.file);
    a.description = {imported, imported};
    a.source = source;
    b.actors.append(a);
    return a.id;
}

bool RecordsLayoutReader::read(const QList<CsvRecord> &records)
{
    if (records.isEmpty())
        return fail(0, 0, tr("the file is empty"));
    if (!columns(records.constFirst()))
        return false;
    return m_rows.eachRecord(records, [this](const CsvRecord &rec, const ImportRow &row) { return readRow(rec, row); });
}

bool RecordsLayoutReader::readRow(const CsvRecord &rec, const ImportRow &row)
{
    auto cell = [&rec](qsizetype at) { return at < 0 ? QString() : rec.fields.at(at).trimmed(); };
    auto columnOf = [&rec](qsizetype at) { return at < 0 ? 0 : rec.columns.value(at); };
    const qsizetype nameAt = m_role.value(QStringLiteral("name"));
    const qsizetype dateAt = m_role.value(QStringLiteral("date"));
    const qsizetype countryAt = m_role.value(QStringLiteral("country"));
    const qsizetype orgAt = m_role.value(QStringLiteral("organisation"));
    const QString name = cell(nameAt);
    if (name.isEmpty())
        return fail(rec.line, columnOf(nameAt), tr("the name is empty: every record needs one"));
    const ImportOptions &o = m_rows.options();
    ImportBatch &batch = m_rows.batch();
    // Countries: each a country GapScope knows, by code or name, or mapped.
    QStringList countries;
    for (const QString &text : FilterParser::split(cell(countryAt))) {
        const QString mapped = o.countryMap.value(text);
        const QString code = mapped.isEmpty() ? m_rows.names().code(text) : mapped;
        if (code.isEmpty() || !m_rows.dataset().country(code)) {
            if (o.skipUnknownCountries) {
                ++batch.skippedRows;
                if (!batch.skippedCountries.contains(text))
                    batch.skippedCountries << text;
                return true;
            }
            return fail(rec.line, columnOf(countryAt),
                        tr("unknown country \"%1\": use an ISO alpha-3 code or a name GapScope knows, map it, or skip "
                           "unknown countries")
                            .arg(text.left(60)));
        }
        if (!countries.contains(code))
            countries << code;
    }
    QString date = cell(dateAt);
    if (!date.isEmpty()) {
        ImportRow dated = row;
        dated.set(QStringLiteral("date"), rec, dateAt);
        int year = 0, month = 0, day = 0;
        if (!m_rows.date(dated, &year, &month, &day))
            return false;
    }
    const QString sourceText = o.source.trimmed();
    if (sourceText.isEmpty())
        return fail(rec.line, columnOf(nameAt), tr("no source: every record needs one (a source given with the import)"));
    const QString source = m_rows.sourceId(sourceText);
    const QStringList organisations = FilterParser::split(cell(orgAt));

    // The other columns: the record's own fields where it has them, else a new record's description.
    QHash<QString, QString> fields;
    QStringList notes;
    for (qsizetype at : std::as_const(m_attributes)) {
        const QString value = cell(at);
        if (value.isEmpty())
            continue;
        const QString field = fieldOf(m_kind, m_header.at(at));
        if (!field.isEmpty())
            fields.insert(field, value);
        else
            notes << m_header.at(at) + QStringLiteral(": ") + value;
    }

    QString id = matched(name, organisations);
    const bool isNew = id.isEmpty();
    QString factNote;
    if (!isNew) {
        if (!m_newIds.contains(id)) {
            if (!batch.matchedRecords.contains(id))
                batch.matchedRecords.append(id);
            // A record of the workspace: its empty fields filled, an organisation's country too.
            if (m_kind == QLatin1String("organisation") && !countries.isEmpty())
                fields.insert(QStringLiteral("country"), countries.constFirst());
            MatchedRecordFill(m_rows.dataset(), batch).fill(m_kind, id, fields);
        }
    } else {
        const QString imported = tr("Imported from %1").arg(batch.file);
        const QString text = notes.isEmpty() ? imported : imported + QLatin1Char('\n') + notes.join(QLatin1Char('\n'));
        const LocalizedText description{text, text};
        if (m_kind == QLatin1String("model")) {
            AiModel m;
            m.id = id = newId(QStringLiteral("user-model-"), name);
            m.name = {name, name};
            for (const QString &org : organisations)
                m.organisations << organisation(org, countries.value(0), source);
            m.developer = m.organisations.value(0);
            m.countries = countries;
            m.country = countries.value(0);
            m.released = date;
            m.domain = fields.value(QStringLiteral("domain"));
            m.task = fields.value(QStringLiteral("task"));
            m.accessibility = fields.value(QStringLiteral("accessibility"));
            if (!m.accessibility.isEmpty())
                m.openWeights = m.accessibility.startsWith(QLatin1String("Open weights"), Qt::CaseInsensitive);
            m.link = fields.value(QStringLiteral("link"));
            m.confidence = fields.value(QStringLiteral("confidence"));
            m.description = description;
            m.source = source;
            batch.models.append(m);
        } else if (m_kind == QLatin1String("cluster")) {
            ComputeCluster c;
            c.id = id = newId(QStringLiteral("user-cluster-"), name);
            c.name = {name, name};
            for (const QString &org : organisations) {
                const QString actor = actorNamed(org);
                c.owners << (actor.isEmpty() ? org : actor);
            }
            c.country = countries.value(0);
            c.firstOperational = date;
            c.status = fields.value(QStringLiteral("status"));
            c.sector = fields.value(QStringLiteral("sector"));
            c.certainty = fields.value(QStringLiteral("certainty"));
            c.link = fields.value(QStringLiteral("link"));
            c.decommissioned = fields.value(QStringLiteral("decommissioned"));
            c.source = source;
            // A cluster has no description: what has no field is the note of its facts.
            factNote = notes.join(QStringLiteral("; "));
            batch.clusters.append(c);
        } else {
            Actor a;
            a.id = id = newId(QStringLiteral("user-organisation-"), name);
            a.name = {name, name};
            a.country = countries.value(0);
            a.kind = QStringLiteral("institution");
            a.description = description;
            a.source = source;
            batch.actors.append(a);
        }
        m_newIds.insert(id);
    }
    if (!m_facts.isEmpty() && date.isEmpty()) {
        for (const auto &[at, unit] : std::as_const(m_facts)) {
            if (!cell(at).isEmpty())
                return fail(rec.line, columnOf(dateAt), tr("the date is empty: the facts of a record are dated by it"));
        }
    }
    return addFacts(rec, row, id, isNew, factNote);
}

bool RecordsLayoutReader::addFacts(const CsvRecord &rec, const ImportRow &base, const QString &entity, bool isNew,
                                   const QString &note)
{
    ImportBatch &batch = m_rows.batch();
    for (const auto &[at, unit] : std::as_const(m_facts)) {
        const QString indicator = m_factIndicator.value(at);
        ImportRow row = base;
        row.fields.insert(QStringLiteral("entity_id"), entity);
        row.fields.insert(QStringLiteral("indicator"), indicator);
        row.columns.insert(QStringLiteral("indicator"), rec.columns.value(at));
        row.fields.insert(QStringLiteral("unit"), unit);
        row.columns.insert(QStringLiteral("unit"), rec.columns.value(at));
        const KnownFact *known = knownFact(m_kind, m_header.at(at));
        const bool bundled = known && indicator == QLatin1String(known->indicator);
        if (!bundled)
            row.fields.insert(QStringLiteral("indicator_name_en"), m_header.at(at));
        row.set(QStringLiteral("date"), rec, m_role.value(QStringLiteral("date")));
        row.set(QStringLiteral("value"), rec, at);
        row.fields.insert(QStringLiteral("note"), note);
        const qsizetype before = batch.observations.size();
        if (!m_rows.add(row, true))
            return false;
        if (!bundled || !isNew || batch.observations.size() == before)
            continue;
        // A new record's figure, as Epoch's records have it: what the models scatter draws.
        const double value = batch.observations.constLast().value;
        if (m_kind == QLatin1String("model")) {
            AiModel &m = batch.models.last();
            std::optional<double> *figure[] = {&m.trainingCompute, &m.parameters, &m.trainingCost};
            *figure[&*known - knownFacts] = value;
        } else {
            ComputeCluster &c = batch.clusters.last();
            (indicator == QLatin1String("cluster_power") ? c.powerMw : c.h100Equivalents) = value;
        }
    }
    return true;
}

} // namespace gapscope
