#include "StoreReader.h"

#include "ObservationOrder.h"
#include "ObservationRows.h"
#include "SqliteObservationReader.h"
#include "Store.h"
#include "StoreConnection.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gapscope {

StoreReader::StoreReader(StoreConnection &connection) : m_connection(connection), m_db(connection.database()) { }

QString StoreReader::datasetVersion()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("dataset_version"));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

std::optional<Dataset> StoreReader::load()
{
    std::optional<Dataset> d = loadWithoutObservations();
    if (!d || !loadObservations(*d))
        return std::nullopt;
    return d;
}

std::optional<qint64> StoreReader::observationCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM observations")) || !q.next()) {
        m_connection.failToRead(q);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<bool> StoreReader::hasObservations(qint64 count)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT 1 FROM observations LIMIT 1 OFFSET ?"))) {
        m_connection.failToRead(q);
        return std::nullopt;
    }
    q.addBindValue(std::max<qint64>(0, count - 1));
    if (!q.exec()) {
        m_connection.failToRead(q);
        return std::nullopt;
    }
    return q.next();
}

std::optional<bool> StoreReader::isLarge()
{
    const QString path = m_connection.path();
    if (Store::isServerUrl(path))
        return hasObservations(50000);
    // The bundled dataset alone, with Epoch AI's 1,265 models, makes a file of about 4 MiB.
    constexpr qint64 large = 16 * 1024 * 1024;
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size() >= large;
}

QString StoreReader::observationsQuery()
{
    return observationsInFileOrderQuery() + QStringLiteral(" ORDER BY indicator, country, year, month, day, id");
}

QString StoreReader::observationsInFileOrderQuery()
{
    return QStringLiteral("SELECT id, indicator, country, year, month, value, kind, source, note_en, note_ko,"
                          " row_version, day FROM observations");
}

bool StoreReader::loadObservations(Dataset &d, const std::function<bool(qint64, qint64)> &progress)
{
    m_connection.setCancelled(false);
    qint64 total = 0;
    if (progress) {
        const auto count = observationCount();
        if (!count)
            return false;
        total = *count;
    }
    ObservationRows rows(d, total, progress);
    if (sqlite3 *handle = SqliteObservationReader::handleOf(m_db)) {
        QString error;
        const qsizetype first = d.observations.size();
        switch (SqliteObservationReader::read(handle, observationsInFileOrderQuery(), rows, error)) {
        case SqliteObservationReader::Result::Read:
            break;
        case SqliteObservationReader::Result::Cancelled:
            m_connection.setCancelled(true);
            return false;
        case SqliteObservationReader::Result::Failed:
            return m_connection.fail(
                Store::tr("cannot read the workspace %1: %2").arg(Store::displayName(m_connection.path()), error));
        }
        rows.finish(d);
        if (const std::vector<quint32> order = ObservationOrder::of(d.observations, first); !order.empty())
            d.observations.reorder(first, order);
        return true;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Their row versions come in the same pass.
    if (!q.prepare(observationsQuery()) || !q.exec()) {
        m_connection.failToRead(q);
        return false;
    }
    const auto interned = [&q](StringInterner &interner, int column) { return interner.intern(q.value(column).toString()); };
    while (q.next()) {
        if (!rows.add(q.value(0).toString().toUtf8(), interned(rows.indicators, 1), interned(rows.entities, 2),
                      q.value(3).toInt(), q.value(4).toInt(), q.value(11).toInt(), q.value(5).toDouble(),
                      interned(rows.kinds, 6), interned(rows.sources, 7),
                      LocalizedText{interned(rows.notes, 8), interned(rows.notes, 9)}, q.value(10).toInt())) {
            m_connection.setCancelled(true);
            return false;
        }
    }
    if (q.lastError().isValid()) {
        m_connection.failToRead(q);
        return false;
    }
    rows.finish(d);
    return true;
}

std::optional<Dataset> StoreReader::loadWithoutObservations()
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
    QHash<QString, QStringList> countryNames;
    each(QStringLiteral("SELECT country, name FROM country_names ORDER BY country, position"),
         [&](const QSqlQuery &q) { countryNames[s(q, 0)].append(s(q, 1)); });
    each(QStringLiteral("SELECT code, name_en, name_ko, region_en, region_ko, color, iso_numeric FROM countries"
                        " ORDER BY code"),
         [&](const QSqlQuery &q) {
             d.countries.append({s(q, 0), t(q, 1), t(q, 3), s(q, 5), s(q, 6), countryNames.value(s(q, 0))});
         });
    QHash<QString, QStringList> regionNames;
    each(QStringLiteral("SELECT region, name FROM region_names ORDER BY region, position"),
         [&](const QSqlQuery &q) { regionNames[s(q, 0)].append(s(q, 1)); });
    QHash<QString, QStringList> regionMembers;
    each(QStringLiteral("SELECT region, member FROM region_members ORDER BY region, position"),
         [&](const QSqlQuery &q) { regionMembers[s(q, 0)].append(s(q, 1)); });
    each(QStringLiteral("SELECT code, name_en, name_ko, source FROM regions ORDER BY code"), [&](const QSqlQuery &q) {
        d.regions.append({s(q, 0), t(q, 1), regionMembers.value(s(q, 0)), regionNames.value(s(q, 0)), s(q, 3)});
    });
    each(QStringLiteral("SELECT id, name_en, name_ko, kind_en, kind_ko, source FROM entities ORDER BY id"),
         [&](const QSqlQuery &q) { d.otherEntities.append({s(q, 0), t(q, 1), t(q, 3), s(q, 5)}); });
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
                        " description_ko, source, epoch_name, epoch_source, organisations, countries, published, domain, task,"
                        " parameters, training_compute, training_cost, accessibility, frontier, notable, large_scale,"
                        " link, confidence FROM ai_models ORDER BY id"),
         [&](const QSqlQuery &q) {
             const auto list = [&](int column) { return s(q, column).split(QLatin1Char(','), Qt::SkipEmptyParts); };
             const auto number = [&q](int column) {
                 const QVariant v = q.value(column);
                 return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
             };
             const QVariant open = q.value(6);
             AiModel m;
             m.id = s(q, 0);
             m.name = t(q, 1);
             m.developer = s(q, 3);
             m.country = s(q, 4);
             m.released = s(q, 5);
             m.openWeights = open.isNull() ? std::nullopt : std::optional<bool>(open.toInt() != 0);
             m.description = t(q, 7);
             m.source = s(q, 9);
             m.epochName = s(q, 10);
             m.epochSource = s(q, 11);
             m.organisations = list(12);
             m.countries = list(13);
             m.published = s(q, 14);
             m.domain = s(q, 15);
             m.task = s(q, 16);
             m.parameters = number(17);
             m.trainingCompute = number(18);
             m.trainingCost = number(19);
             m.accessibility = s(q, 20);
             m.frontier = q.value(21).toInt() != 0;
             m.notable = q.value(22).toInt() != 0;
             m.largeScale = q.value(23).toInt() != 0;
             m.link = s(q, 24);
             m.confidence = s(q, 25);
             d.models.append(m);
         });
    each(QStringLiteral("SELECT id, name_en, name_ko, unit, dimension, description_en, description_ko, date_precision"
                        " FROM indicators ORDER BY id"),
         [&](const QSqlQuery &q) {
             d.indicators.append({s(q, 0), t(q, 1), s(q, 3), s(q, 4), t(q, 5),
                                  datePrecisionFromId(s(q, 7)).value_or(DatePrecision::Year)});
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

    each(QStringLiteral("SELECT id, name_en, name_ko, owners, country, status, first_operational, decommissioned,"
                        " h100_equivalents, power_mw, sector, certainty, include_in_standard_analysis, excluded, link,"
                        " source FROM compute_clusters ORDER BY id"),
         [&](const QSqlQuery &q) {
             const auto number = [&q](int column) {
                 const QVariant v = q.value(column);
                 return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
             };
             d.clusters.append({s(q, 0), t(q, 1), s(q, 3).split(QLatin1Char(','), Qt::SkipEmptyParts), s(q, 4),
                                s(q, 5), s(q, 6), s(q, 7), number(8), number(9), s(q, 10), s(q, 11),
                                q.value(12).toInt() != 0, q.value(13).toInt() != 0, s(q, 14), s(q, 15)});
         });

    // Row versions, for saving edits where others edit too.
    for (const char *table : {"sources", "actors", "ai_models", "events", "assessments", "swot_items", "compute_clusters"}) {
        const QString name = QLatin1String(table);
        each(QStringLiteral("SELECT id, row_version FROM %1").arg(name),
             [&](const QSqlQuery &q) { d.rowVersions.insert(name + QLatin1Char('/') + s(q, 0), q.value(1).toInt()); });
    }
    if (!error.isEmpty()) {
        m_connection.fail(
            Store::tr("cannot read the workspace %1: %2").arg(Store::displayName(m_connection.path()), error));
        return std::nullopt;
    }
    d.reindex();
    return d;
}

} // namespace gapscope
