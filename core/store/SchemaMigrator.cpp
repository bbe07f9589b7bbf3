#include "SchemaMigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace gapscope {

namespace {

// Version 1: the entities of the ecosystem.
const char *const schemaVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sources (id TEXT PRIMARY KEY, title_en TEXT NOT NULL, title_ko TEXT NOT NULL,"
    " publisher TEXT NOT NULL, document TEXT NOT NULL, section TEXT NOT NULL, url TEXT NOT NULL,"
    " date TEXT NOT NULL, licence TEXT NOT NULL, note_en TEXT NOT NULL, note_ko TEXT NOT NULL)",
    "CREATE TABLE units (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ko TEXT NOT NULL, symbol TEXT NOT NULL,"
    " pattern_en TEXT NOT NULL, pattern_ko TEXT NOT NULL)",
    "CREATE TABLE countries (code TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ko TEXT NOT NULL,"
    " region_en TEXT NOT NULL, region_ko TEXT NOT NULL, color TEXT NOT NULL)",
    "CREATE TABLE dimensions (id TEXT PRIMARY KEY, position INTEGER NOT NULL, label_en TEXT NOT NULL,"
    " label_ko TEXT NOT NULL, description_en TEXT NOT NULL, description_ko TEXT NOT NULL)",
    "CREATE TABLE actors (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ko TEXT NOT NULL,"
    " country TEXT NOT NULL, kind TEXT NOT NULL, description_en TEXT NOT NULL, description_ko TEXT NOT NULL,"
    " source TEXT NOT NULL)",
    "CREATE TABLE actor_dimensions (actor TEXT NOT NULL, dimension TEXT NOT NULL, position INTEGER NOT NULL,"
    " PRIMARY KEY (actor, dimension))",
    "CREATE TABLE ai_models (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ko TEXT NOT NULL,"
    " developer TEXT NOT NULL, country TEXT NOT NULL, released TEXT NOT NULL, open_weights INTEGER,"
    " description_en TEXT NOT NULL, description_ko TEXT NOT NULL, source TEXT NOT NULL)",
    "CREATE TABLE indicators (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ko TEXT NOT NULL,"
    " unit TEXT NOT NULL, dimension TEXT NOT NULL, description_en TEXT NOT NULL, description_ko TEXT NOT NULL)",
    "CREATE TABLE observations (id TEXT PRIMARY KEY, indicator TEXT NOT NULL, country TEXT NOT NULL,"
    " year INTEGER NOT NULL, month INTEGER NOT NULL, value DOUBLE PRECISION NOT NULL, kind TEXT NOT NULL,"
    " source TEXT NOT NULL, note_en TEXT NOT NULL, note_ko TEXT NOT NULL)",
    "CREATE INDEX observations_by_indicator ON observations (indicator, country, year)",
    "CREATE TABLE assessments (id TEXT PRIMARY KEY, country TEXT NOT NULL, dimension TEXT NOT NULL,"
    " year INTEGER NOT NULL, kind TEXT NOT NULL, text_en TEXT NOT NULL, text_ko TEXT NOT NULL,"
    " attribution_en TEXT NOT NULL, attribution_ko TEXT NOT NULL, source TEXT NOT NULL)",
    "CREATE TABLE swot_items (id TEXT PRIMARY KEY, country TEXT NOT NULL, quadrant TEXT NOT NULL,"
    " text_en TEXT NOT NULL, text_ko TEXT NOT NULL, dimension TEXT NOT NULL, year INTEGER NOT NULL,"
    " source TEXT NOT NULL)",
    "CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT NOT NULL, country TEXT NOT NULL, kind TEXT NOT NULL,"
    " text_en TEXT NOT NULL, text_ko TEXT NOT NULL, source TEXT NOT NULL)",
};

} // namespace

int SchemaMigrator::currentVersion()
{
    const QStringList tables = m_db.tables();
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(QLatin1String("meta")))
        return -1;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec() || !q.next())
        return -1;
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    return ok ? version : -1;
}

bool SchemaMigrator::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = tr("database error while migrating the schema: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool SchemaMigrator::widenDatePrecisions()
{
    return exec(QStringLiteral("UPDATE indicators SET date_precision = 'month' WHERE date_precision = 'year'"
                               " AND id IN (SELECT indicator FROM observations WHERE month <> 0)"))
        && exec(QStringLiteral("UPDATE indicators SET date_precision = 'day' WHERE date_precision <> 'day'"
                               " AND id IN (SELECT indicator FROM observations WHERE day <> 0)"));
}

bool SchemaMigrator::step(int toVersion)
{
    switch (toVersion) {
    case 1:
        for (const char *sql : schemaVersion1) {
            if (!exec(QString::fromLatin1(sql)))
                return false;
        }
        return true;
    case 2:
        // Version 2 tells bundled records from the user's own and counts edits, so that a newer
        // dataset can refresh bundled records without touching the user's work, and so that a
        // shared workspace can detect that two users saved the same record.
        for (const char *table : {"sources", "units", "countries", "dimensions", "actors", "ai_models", "indicators",
                                  "observations", "assessments", "swot_items", "events"}) {
            const QString t = QString::fromLatin1(table);
            if (!exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN origin TEXT NOT NULL DEFAULT 'bundled'").arg(t))
                || !exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN edited INTEGER NOT NULL DEFAULT 0").arg(t))
                || !exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1").arg(t)))
                return false;
        }
        return true;
    case 3:
        // Version 3 gives countries their ISO 3166-1 numeric code (to join map shapes) and the
        // other names they go by (to recognise them in imported files), kept in order.
        return exec(QStringLiteral("ALTER TABLE countries ADD COLUMN iso_numeric TEXT NOT NULL DEFAULT ''"))
            && exec(QStringLiteral("CREATE TABLE country_names (country TEXT NOT NULL, position INTEGER NOT NULL,"
                                   " name TEXT NOT NULL, PRIMARY KEY (country, position))"));
    case 4:
        // Version 4 gives AI models what Epoch AI's database says of them: organisations and
        // countries (comma-separated ids and codes), publication date, domain, task, parameters, training compute
        // and cost, accessibility, the frontier, notable and large-scale flags, link, confidence.
        for (const char *column :
             {"epoch_name TEXT NOT NULL DEFAULT ''", "epoch_source TEXT NOT NULL DEFAULT ''",
              "organisations TEXT NOT NULL DEFAULT ''", "countries TEXT NOT NULL DEFAULT ''", "published TEXT NOT NULL DEFAULT ''",
              "domain TEXT NOT NULL DEFAULT ''", "task TEXT NOT NULL DEFAULT ''", "parameters DOUBLE PRECISION",
              "training_compute DOUBLE PRECISION", "training_cost DOUBLE PRECISION",
              "accessibility TEXT NOT NULL DEFAULT ''", "frontier INTEGER NOT NULL DEFAULT 0",
              "notable INTEGER NOT NULL DEFAULT 0", "large_scale INTEGER NOT NULL DEFAULT 0",
              "link TEXT NOT NULL DEFAULT ''", "confidence TEXT NOT NULL DEFAULT ''"}) {
            if (!exec(QStringLiteral("ALTER TABLE ai_models ADD COLUMN %1").arg(QLatin1String(column))))
                return false;
        }
        return true;
    case 5:
        // Version 5 adds compute clusters (Epoch AI's GPU clusters): owners are comma-separated
        // actor ids or names; bundled like every other kind, with origin, edits and row versions.
        return exec(QStringLiteral(
            "CREATE TABLE compute_clusters (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ko TEXT NOT NULL,"
            " owners TEXT NOT NULL, country TEXT NOT NULL, status TEXT NOT NULL, first_operational TEXT NOT NULL,"
            " decommissioned TEXT NOT NULL, h100_equivalents DOUBLE PRECISION, power_mw DOUBLE PRECISION,"
            " sector TEXT NOT NULL, certainty TEXT NOT NULL, include_in_standard_analysis INTEGER NOT NULL,"
            " excluded INTEGER NOT NULL, link TEXT NOT NULL, source TEXT NOT NULL,"
            " origin TEXT NOT NULL DEFAULT 'bundled', edited INTEGER NOT NULL DEFAULT 0,"
            " row_version INTEGER NOT NULL DEFAULT 1)"));
    case 6:
        // Version 6 keeps regions and aggregates (the World, continents, groups such as the Quad)
        // apart from countries, with the names they go by in files and their members where a
        // source defines them, and dates observations to the day where the data has it. A
        // country row that was an aggregate becomes a region, keeping whose it is and its edits.
        return exec(QStringLiteral("CREATE TABLE regions (code TEXT PRIMARY KEY, name_en TEXT NOT NULL,"
                                   " name_ko TEXT NOT NULL, source TEXT NOT NULL, origin TEXT NOT NULL DEFAULT 'bundled',"
                                   " edited INTEGER NOT NULL DEFAULT 0, row_version INTEGER NOT NULL DEFAULT 1)"))
            && exec(QStringLiteral("CREATE TABLE region_names (region TEXT NOT NULL, position INTEGER NOT NULL,"
                                   " name TEXT NOT NULL, PRIMARY KEY (region, position))"))
            && exec(QStringLiteral("CREATE TABLE region_members (region TEXT NOT NULL, position INTEGER NOT NULL,"
                                   " member TEXT NOT NULL, PRIMARY KEY (region, position))"))
            && exec(QStringLiteral("INSERT INTO regions (code, name_en, name_ko, source, origin, edited, row_version)"
                                   " SELECT code, name_en, name_ko, '', origin, edited, row_version FROM countries"
                                   " WHERE region_en = 'Aggregate'"))
            && exec(QStringLiteral("DELETE FROM country_names WHERE country IN (SELECT code FROM regions)"))
            && exec(QStringLiteral("DELETE FROM countries WHERE code IN (SELECT code FROM regions)"))
            && exec(QStringLiteral("ALTER TABLE observations ADD COLUMN day INTEGER NOT NULL DEFAULT 0"));
    case 7:
        // Version 7 keeps entities of kinds the user names on import (a research domain, a
        // benchmark), each with its kind's name in English and Korean; every other table as it was.
        return exec(QStringLiteral("CREATE TABLE entities (id TEXT PRIMARY KEY, name_en TEXT NOT NULL,"
                                   " name_ko TEXT NOT NULL, kind_en TEXT NOT NULL, kind_ko TEXT NOT NULL,"
                                   " source TEXT NOT NULL, origin TEXT NOT NULL DEFAULT 'bundled',"
                                   " edited INTEGER NOT NULL DEFAULT 0, row_version INTEGER NOT NULL DEFAULT 1)"));
    case 8:
        // Version 8 says how finely each indicator's figures may be dated (year, month or day),
        // derived from the figures the workspace holds, the user's among them: a year where none
        // has a month.
        return exec(QStringLiteral("ALTER TABLE indicators ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'year'"))
            && widenDatePrecisions();
    default:
        m_error = tr("no migration to schema version %1").arg(toVersion);
        return false;
    }
}

bool SchemaMigrator::migrateTo(int target)
{
    m_error.clear();
    int version = currentVersion();
    if (version < 0) {
        m_error = tr("the database is not a GapScope workspace");
        return false;
    }
    if (version > latestVersion) {
        m_error = tr("the workspace has schema version %1, newer than this GapScope supports (%2)")
                      .arg(version)
                      .arg(latestVersion);
        return false;
    }
    while (version < target) {
        if (!m_db.transaction()) {
            m_error = tr("cannot start a transaction: %1").arg(m_db.lastError().text());
            return false;
        }
        const int next = version + 1;
        bool ok = step(next);
        if (ok) {
            QSqlQuery q(m_db);
            q.prepare(version == 0 ? QStringLiteral("INSERT INTO meta (value, key) VALUES (?, ?)")
                                   : QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
            q.addBindValue(QString::number(next));
            q.addBindValue(QStringLiteral("schema_version"));
            ok = q.exec();
            if (!ok)
                m_error = tr("cannot record the schema version: %1").arg(q.lastError().text());
        }
        if (!ok || !m_db.commit()) {
            if (ok)
                m_error = tr("cannot commit the migration: %1").arg(m_db.lastError().text());
            m_db.rollback();
            return false;
        }
        version = next;
    }
    return true;
}

} // namespace gapscope
