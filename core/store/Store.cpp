#include "Store.h"

#include "DatasetReader.h"
#include "SchemaMigrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace gapscope {

namespace {

QAtomicInt connectionCounter;

// Binds values in order to a prepared statement and runs it.
class Statement
{
public:
    Statement(QSqlDatabase db, const QString &sql) : m_query(db) { m_ok = m_query.prepare(sql); }
    bool run(std::initializer_list<QVariant> values)
    {
        if (!m_ok)
            return false;
        for (const QVariant &v : values) {
            // A null QString would be bound as SQL NULL; absent text is stored as ''.
            if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
                m_query.addBindValue(QString(QLatin1String("")));
            else
                m_query.addBindValue(v);
        }
        return m_query.exec();
    }
    QString errorText() const { return m_query.lastError().text(); }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

QVariant optionalBoolToVariant(const std::optional<bool> &b)
{
    return b ? QVariant(int(*b)) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

Store::Store()
    : m_connection(QStringLiteral("gapscope-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Store::~Store()
{
    close();
}

QString Store::defaultWorkspacePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace.gapscope"));
}

bool Store::fail(const QString &message)
{
    m_error = message;
    return false;
}

void Store::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    m_created = false;
    const bool existed = QFileInfo::exists(path);
    if (openOrCreate(path))
        return true;
    // Every query and copy of the connection is gone by now, so it closes cleanly; a file this
    // call created is removed so that nothing half-made is left behind.
    close();
    if (!existed)
        QFile::remove(path);
    return false;
}

bool Store::openOrCreate(const QString &path)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return fail(tr("%1 is not a file").arg(path));
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return fail(tr("cannot create the folder %1").arg(info.absolutePath()));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(tr("cannot open the workspace %1: %2").arg(path, m_db.lastError().text()));

    // SQLite opens any file lazily; reading its schema tells a workspace from something else.
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return fail(tr("%1 is not a GapScope workspace or is damaged: %2").arg(path, probe.lastError().text()));
    }

    SchemaMigrator migrator(m_db);
    const int version = migrator.currentVersion();
    if (version < 0)
        return fail(tr("%1 is not a GapScope workspace").arg(path));
    if (version > 0) {
        if (!migrator.migrateTo())
            return fail(tr("cannot open the workspace %1: %2").arg(path, migrator.errorString()));
        return true;
    }
    // A new workspace starts with the bundled dataset.
    DatasetReader reader;
    const auto dataset = reader.read(DatasetReader::bundledPath());
    if (!dataset)
        return fail(tr("the bundled dataset cannot be read: %1").arg(reader.error().toString()));
    if (!migrator.migrateTo())
        return fail(migrator.errorString());
    if (!install(*dataset))
        return false;
    m_created = true;
    return true;
}

QString Store::meta(const QString &key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Store::setMeta(const QString &key, const QString &value)
{
    Statement del(m_db, QStringLiteral("DELETE FROM meta WHERE key = ?"));
    Statement ins(m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    if (!del.run({key}) || !ins.run({key, value}))
        return fail(tr("cannot write the workspace settings: %1").arg(ins.errorText()));
    return true;
}

QString Store::datasetVersion()
{
    return meta(QStringLiteral("dataset_version"));
}

int Store::schemaVersion()
{
    return SchemaMigrator(m_db).currentVersion();
}

bool Store::install(const Dataset &d)
{
    if (!m_db.transaction())
        return fail(tr("cannot start a transaction: %1").arg(m_db.lastError().text()));

    QString error;
    auto all = [&](const QString &sql, const auto &items, auto bind) {
        if (!error.isEmpty())
            return;
        Statement st(m_db, sql);
        for (const auto &item : items) {
            if (!bind(st, item)) {
                error = st.errorText();
                return;
            }
        }
    };

    all(QStringLiteral("INSERT INTO sources (id, title_en, title_ko, publisher, document, section, url, date,"
                       " licence, note_en, note_ko) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        d.sources, [](Statement &st, const Source &s) {
            return st.run({s.id, s.title.en, s.title.ko, s.publisher, s.document, s.section, s.url, s.date, s.licence,
                           s.note.en, s.note.ko});
        });
    all(QStringLiteral("INSERT INTO units (id, name_en, name_ko, symbol, pattern_en, pattern_ko) VALUES (?, ?, ?, ?, ?, ?)"),
        d.units, [](Statement &st, const Unit &u) {
            return st.run({u.id, u.name.en, u.name.ko, u.symbol, u.pattern.en, u.pattern.ko});
        });
    all(QStringLiteral("INSERT INTO countries (code, name_en, name_ko, region_en, region_ko, color)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        d.countries, [](Statement &st, const Country &c) {
            return st.run({c.code, c.name.en, c.name.ko, c.region.en, c.region.ko, c.color});
        });
    int position = 0;
    all(QStringLiteral("INSERT INTO dimensions (id, position, label_en, label_ko, description_en, description_ko)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        d.dimensions, [&position](Statement &st, const Dimension &dim) {
            return st.run({dim.id, position++, dim.label.en, dim.label.ko, dim.description.en, dim.description.ko});
        });
    all(QStringLiteral("INSERT INTO actors (id, name_en, name_ko, country, kind, description_en, description_ko,"
                       " source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        d.actors, [](Statement &st, const Actor &a) {
            return st.run({a.id, a.name.en, a.name.ko, a.country, a.kind, a.description.en, a.description.ko,
                           a.source});
        });
    if (error.isEmpty()) {
        Statement st(m_db, QStringLiteral("INSERT INTO actor_dimensions (actor, dimension, position) VALUES (?, ?, ?)"));
        for (const Actor &a : d.actors) {
            for (qsizetype i = 0; i < a.dimensions.size() && error.isEmpty(); ++i) {
                if (!st.run({a.id, a.dimensions.at(i), int(i)}))
                    error = st.errorText();
            }
        }
    }
    all(QStringLiteral("INSERT INTO ai_models (id, name_en, name_ko, developer, country, released, open_weights,"
                       " description_en, description_ko, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        d.models, [](Statement &st, const AiModel &m) {
            return st.run({m.id, m.name.en, m.name.ko, m.developer, m.country, m.released,
                           optionalBoolToVariant(m.openWeights), m.description.en, m.description.ko, m.source});
        });
    all(QStringLiteral("INSERT INTO indicators (id, name_en, name_ko, unit, dimension, description_en, description_ko)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        d.indicators, [](Statement &st, const Indicator &i) {
            return st.run({i.id, i.name.en, i.name.ko, i.unit, i.dimension, i.description.en, i.description.ko});
        });
    all(QStringLiteral("INSERT INTO observations (id, indicator, country, year, month, value, kind, source, note_en,"
                       " note_ko) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        d.observations, [](Statement &st, const Observation &o) {
            return st.run({o.id, o.indicator, o.country, o.year, o.month, o.value, o.kind, o.source, o.note.en,
                           o.note.ko});
        });
    all(QStringLiteral("INSERT INTO assessments (id, country, dimension, year, kind, text_en, text_ko, attribution_en,"
                       " attribution_ko, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        d.assessments, [](Statement &st, const Assessment &a) {
            return st.run({a.id, a.country, a.dimension, a.year, a.kind, a.text.en, a.text.ko, a.attribution.en,
                           a.attribution.ko, a.source});
        });
    all(QStringLiteral("INSERT INTO swot_items (id, country, quadrant, text_en, text_ko, dimension, year, source)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        d.swot, [](Statement &st, const SwotItem &s) {
            return st.run({s.id, s.country, QString(s.quadrant), s.text.en, s.text.ko, s.dimension, s.year, s.source});
        });
    all(QStringLiteral("INSERT INTO events (id, date, country, kind, text_en, text_ko, source) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        d.events, [](Statement &st, const Event &e) {
            return st.run({e.id, e.date, e.country, e.kind, e.text.en, e.text.ko, e.source});
        });

    if (error.isEmpty() && !setMeta(QStringLiteral("dataset_version"), d.version))
        error = m_error;
    if (!error.isEmpty() || !m_db.commit()) {
        if (error.isEmpty())
            error = m_db.lastError().text();
        m_db.rollback();
        return fail(tr("cannot write the dataset into the workspace: %1").arg(error));
    }
    return true;
}

std::optional<Dataset> Store::load()
{
    Dataset d;
    d.version = datasetVersion();
    QString error;
    auto each = [&](const QString &sql, auto row) {
        if (!error.isEmpty())
            return;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql) || !q.exec()) {
            error = q.lastError().text();
            return;
        }
        while (q.next())
            row(q);
    };
    auto s = [](const QSqlQuery &q, int i) { return q.value(i).toString(); };
    auto t = [](const QSqlQuery &q, int i) { return LocalizedText{q.value(i).toString(), q.value(i + 1).toString()}; };

    each(QStringLiteral("SELECT id, title_en, title_ko, publisher, document, section, url, date, licence, note_en,"
                        " note_ko FROM sources ORDER BY id"),
         [&](const QSqlQuery &q) {
             d.sources.append({s(q, 0), t(q, 1), s(q, 3), s(q, 4), s(q, 5), s(q, 6), s(q, 7), s(q, 8), t(q, 9)});
         });
    each(QStringLiteral("SELECT id, name_en, name_ko, symbol, pattern_en, pattern_ko FROM units ORDER BY id"),
         [&](const QSqlQuery &q) { d.units.append({s(q, 0), t(q, 1), s(q, 3), t(q, 4)}); });
    each(QStringLiteral("SELECT code, name_en, name_ko, region_en, region_ko, color FROM countries ORDER BY code"),
         [&](const QSqlQuery &q) { d.countries.append({s(q, 0), t(q, 1), t(q, 3), s(q, 5)}); });
    each(QStringLiteral("SELECT id, label_en, label_ko, description_en, description_ko FROM dimensions"
                        " ORDER BY position, id"),
         [&](const QSqlQuery &q) { d.dimensions.append({s(q, 0), t(q, 1), t(q, 3)}); });
    QHash<QString, QStringList> actorDimensions;
    each(QStringLiteral("SELECT actor, dimension FROM actor_dimensions ORDER BY actor, position"),
         [&](const QSqlQuery &q) { actorDimensions[s(q, 0)].append(s(q, 1)); });
    each(QStringLiteral("SELECT id, name_en, name_ko, country, kind, description_en, description_ko, source"
                        " FROM actors ORDER BY id"),
         [&](const QSqlQuery &q) {
             d.actors.append({s(q, 0), t(q, 1), s(q, 3), s(q, 4), actorDimensions.value(s(q, 0)), t(q, 5), s(q, 7)});
         });
    each(QStringLiteral("SELECT id, name_en, name_ko, developer, country, released, open_weights, description_en,"
                        " description_ko, source FROM ai_models ORDER BY id"),
         [&](const QSqlQuery &q) {
             const QVariant open = q.value(6);
             d.models.append({s(q, 0), t(q, 1), s(q, 3), s(q, 4), s(q, 5),
                              open.isNull() ? std::nullopt : std::optional<bool>(open.toInt() != 0), t(q, 7),
                              s(q, 9)});
         });
    each(QStringLiteral("SELECT id, name_en, name_ko, unit, dimension, description_en, description_ko"
                        " FROM indicators ORDER BY id"),
         [&](const QSqlQuery &q) { d.indicators.append({s(q, 0), t(q, 1), s(q, 3), s(q, 4), t(q, 5)}); });
    each(QStringLiteral("SELECT id, indicator, country, year, month, value, kind, source, note_en, note_ko"
                        " FROM observations ORDER BY indicator, country, year, month, id"),
         [&](const QSqlQuery &q) {
             d.observations.append({s(q, 0), s(q, 1), s(q, 2), q.value(3).toInt(), q.value(4).toInt(),
                                    q.value(5).toDouble(), s(q, 6), s(q, 7), t(q, 8)});
         });
    each(QStringLiteral("SELECT id, country, dimension, year, kind, text_en, text_ko, attribution_en, attribution_ko,"
                        " source FROM assessments ORDER BY id"),
         [&](const QSqlQuery &q) {
             d.assessments.append({s(q, 0), s(q, 1), s(q, 2), q.value(3).toInt(), s(q, 4), t(q, 5), t(q, 7), s(q, 9)});
         });
    each(QStringLiteral("SELECT id, country, quadrant, text_en, text_ko, dimension, year, source FROM swot_items"
                        " ORDER BY id"),
         [&](const QSqlQuery &q) {
             const QString quadrant = s(q, 2);
             d.swot.append({s(q, 0), s(q, 1), quadrant.isEmpty() ? QChar() : quadrant.at(0), t(q, 3), s(q, 5),
                            q.value(6).toInt(), s(q, 7)});
         });
    each(QStringLiteral("SELECT id, date, country, kind, text_en, text_ko, source FROM events ORDER BY date, id"),
         [&](const QSqlQuery &q) { d.events.append({s(q, 0), s(q, 1), s(q, 2), s(q, 3), t(q, 4), s(q, 6)}); });

    if (!error.isEmpty()) {
        fail(tr("cannot read the workspace %1: %2").arg(m_path, error));
        return std::nullopt;
    }
    d.reindex();
    return d;
}

} // namespace gapscope
