#include "DatasetWriter.h"

#include <QSqlError>
#include <QVariant>

namespace gapscope {

namespace {

QVariant optionalBool(const std::optional<bool> &b)
{
    return b ? QVariant(int(*b)) : QVariant(QMetaType(QMetaType::Int));
}

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

QString DatasetWriter::keyColumn(const QString &table)
{
    return table == QLatin1String("countries") || table == QLatin1String("regions") ? QStringLiteral("code")
                                                                                      : QStringLiteral("id");
}

bool DatasetWriter::run(const QString &sql, std::initializer_list<QVariant> values)
{
    auto &query = m_statements[sql];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db);
        if (!query->prepare(sql)) {
            m_error = query->lastError().text();
            query.reset();
            return false;
        }
    }
    for (const QVariant &v : values) {
        // A null QString would be bound as SQL NULL; absent text is stored as ''.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query->addBindValue(QString(QLatin1String("")));
        else
            query->addBindValue(v);
    }
    if (!query->exec()) {
        m_error = query->lastError().text();
        return false;
    }
    return true;
}

bool DatasetWriter::insert(const Source &s)
{
    return run(QStringLiteral("INSERT INTO sources (id, title_en, title_ko, publisher, document, section, url, date,"
                              " licence, note_en, note_ko) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {s.id, s.title.en, s.title.ko, s.publisher, s.document, s.section, s.url, s.date, s.licence, s.note.en,
                s.note.ko});
}

bool DatasetWriter::insert(const Unit &u)
{
    return run(QStringLiteral("INSERT INTO units (id, name_en, name_ko, symbol, pattern_en, pattern_ko)"
                              " VALUES (?, ?, ?, ?, ?, ?)"),
               {u.id, u.name.en, u.name.ko, u.symbol, u.pattern.en, u.pattern.ko});
}

bool DatasetWriter::insert(const Country &c)
{
    if (!run(QStringLiteral("INSERT INTO countries (code, name_en, name_ko, region_en, region_ko, color, iso_numeric)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {c.code, c.name.en, c.name.ko, c.region.en, c.region.ko, c.color, c.numeric}))
        return false;
    return insertNames(c);
}

bool DatasetWriter::insert(const Region &r)
{
    if (!run(QStringLiteral("INSERT INTO regions (code, name_en, name_ko, source) VALUES (?, ?, ?, ?)"),
             {r.code, r.name.en, r.name.ko, r.source}))
        return false;
    for (qsizetype i = 0; i < r.alternativeNames.size(); ++i) {
        if (!run(QStringLiteral("INSERT INTO region_names (region, position, name) VALUES (?, ?, ?)"),
                 {r.code, int(i), r.alternativeNames.at(i)}))
            return false;
    }
    for (qsizetype i = 0; i < r.members.size(); ++i) {
        if (!run(QStringLiteral("INSERT INTO region_members (region, position, member) VALUES (?, ?, ?)"),
                 {r.code, int(i), r.members.at(i)}))
            return false;
    }
    return true;
}

bool DatasetWriter::insertNames(const Country &c)
{
    for (qsizetype i = 0; i < c.alternativeNames.size(); ++i) {
        if (!run(QStringLiteral("INSERT INTO country_names (country, position, name) VALUES (?, ?, ?)"),
                 {c.code, int(i), c.alternativeNames.at(i)}))
            return false;
    }
    return true;
}

bool DatasetWriter::setCatalogueFields(const Country &c)
{
    return run(QStringLiteral("UPDATE countries SET iso_numeric = ? WHERE code = ?"), {c.numeric, c.code})
        && run(QStringLiteral("DELETE FROM country_names WHERE country = ?"), {c.code}) && insertNames(c);
}

bool DatasetWriter::insert(const Dimension &d, int position)
{
    return run(QStringLiteral("INSERT INTO dimensions (id, position, label_en, label_ko, description_en,"
                              " description_ko) VALUES (?, ?, ?, ?, ?, ?)"),
               {d.id, position, d.label.en, d.label.ko, d.description.en, d.description.ko});
}

bool DatasetWriter::insert(const Actor &a)
{
    if (!run(QStringLiteral("INSERT INTO actors (id, name_en, name_ko, country, kind, description_en, description_ko,"
                            " source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {a.id, a.name.en, a.name.ko, a.country, a.kind, a.description.en, a.description.ko, a.source}))
        return false;
    for (qsizetype i = 0; i < a.dimensions.size(); ++i) {
        if (!run(QStringLiteral("INSERT INTO actor_dimensions (actor, dimension, position) VALUES (?, ?, ?)"),
                 {a.id, a.dimensions.at(i), int(i)}))
            return false;
    }
    return true;
}

bool DatasetWriter::insert(const AiModel &m)
{
    const QString comma = QStringLiteral(",");
    return run(QStringLiteral("INSERT INTO ai_models (id, name_en, name_ko, developer, country, released, open_weights,"
                              " description_en, description_ko, source, epoch_name, epoch_source, organisations,"
                              " countries, published, domain, task, parameters, training_compute, training_cost,"
                              " accessibility, frontier, notable, large_scale, link, confidence)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {m.id, m.name.en, m.name.ko, m.developer, m.country, m.released, optionalBool(m.openWeights),
                m.description.en, m.description.ko, m.source, m.epochName, m.epochSource, m.organisations.join(comma),
                m.countries.join(comma), m.published, m.domain, m.task, optionalNumber(m.parameters),
                optionalNumber(m.trainingCompute), optionalNumber(m.trainingCost), m.accessibility, int(m.frontier),
                int(m.notable), int(m.largeScale), m.link, m.confidence});
}

bool DatasetWriter::insert(const Indicator &i)
{
    return run(QStringLiteral("INSERT INTO indicators (id, name_en, name_ko, unit, dimension, description_en,"
                              " description_ko, date_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {i.id, i.name.en, i.name.ko, i.unit, i.dimension, i.description.en, i.description.ko,
                datePrecisionId(i.datePrecision)});
}

bool DatasetWriter::insert(const Observation &o)
{
    return run(QStringLiteral("INSERT INTO observations (id, indicator, country, year, month, day, value, kind,"
                              " source, note_en, note_ko) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {o.id, o.indicator, o.country, o.year, o.month, o.day, o.value, o.kind, o.source, o.note.en,
                o.note.ko});
}

bool DatasetWriter::insert(const Assessment &a)
{
    return run(QStringLiteral("INSERT INTO assessments (id, country, dimension, year, kind, text_en, text_ko,"
                              " attribution_en, attribution_ko, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {a.id, a.country, a.dimension, a.year, a.kind, a.text.en, a.text.ko, a.attribution.en, a.attribution.ko,
                a.source});
}

bool DatasetWriter::insert(const SwotItem &s)
{
    return run(QStringLiteral("INSERT INTO swot_items (id, country, quadrant, text_en, text_ko, dimension, year,"
                              " source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {s.id, s.country, QString(s.quadrant), s.text.en, s.text.ko, s.dimension, s.year, s.source});
}

bool DatasetWriter::insert(const Event &e)
{
    return run(QStringLiteral("INSERT INTO events (id, date, country, kind, text_en, text_ko, source)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {e.id, e.date, e.country, e.kind, e.text.en, e.text.ko, e.source});
}

bool DatasetWriter::insert(const ComputeCluster &c)
{
    return run(QStringLiteral("INSERT INTO compute_clusters (id, name_en, name_ko, owners, country, status,"
                              " first_operational, decommissioned, h100_equivalents, power_mw, sector, certainty,"
                              " include_in_standard_analysis, excluded, link, source)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {c.id, c.name.en, c.name.ko, c.owners.join(QLatin1Char(',')), c.country, c.status, c.firstOperational,
                c.decommissioned, optionalNumber(c.h100Equivalents), optionalNumber(c.powerMw), c.sector, c.certainty,
                int(c.includeInStandardAnalysis), int(c.exclude), c.link, c.source});
}

bool DatasetWriter::insert(const OtherEntity &e)
{
    return run(QStringLiteral("INSERT INTO entities (id, name_en, name_ko, kind_en, kind_ko, source)"
                              " VALUES (?, ?, ?, ?, ?, ?)"),
               {e.id, e.name.en, e.name.ko, e.kind.en, e.kind.ko, e.source});
}

bool DatasetWriter::remove(const QString &table, const QString &key)
{
    // Table names come from this class, never from input.
    if (table == QLatin1String("actors")
        && !run(QStringLiteral("DELETE FROM actor_dimensions WHERE actor = ?"), {key}))
        return false;
    if (table == QLatin1String("countries")
        && !run(QStringLiteral("DELETE FROM country_names WHERE country = ?"), {key}))
        return false;
    if (table == QLatin1String("regions")
        && (!run(QStringLiteral("DELETE FROM region_names WHERE region = ?"), {key})
            || !run(QStringLiteral("DELETE FROM region_members WHERE region = ?"), {key})))
        return false;
    return run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, keyColumn(table)), {key});
}

} // namespace gapscope
