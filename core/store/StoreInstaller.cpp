#include "StoreInstaller.h"

#include "DatasetWriter.h"
#include "io/DatasetReader.h"
#include "SchemaMigrator.h"
#include "Store.h"
#include "StoreConnection.h"
#include "StoreReader.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gapscope {

namespace {

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

// Brings the bundled records of one kind in line with `incoming`, leaving records that the user
// added or edited as they are. The lists are read by position (`at()`), so that a table of
// observations, which builds each record as it is asked for, is never copied whole.
template<typename Current, typename Incoming, typename Key, typename Insert>
bool syncBundled(QSqlDatabase db, DatasetWriter &writer, const Current &current, const Incoming &incoming, Key key,
                 Insert insert, DatasetUpdate &report, QString *error)
{
    if (incoming.isEmpty() && current.isEmpty())
        return true;
    const QString table = DatasetWriter::table(incoming.isEmpty() ? current.at(0) : incoming.at(0));
    QSet<QString> userOwned;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE origin <> 'bundled' OR edited <> 0")
                    .arg(DatasetWriter::keyColumn(table), table))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        userOwned.insert(q.value(0).toString());

    QHash<QString, qsizetype> currentByKey;
    currentByKey.reserve(current.size());
    for (qsizetype i = 0; i < current.size(); ++i)
        currentByKey.insert(key(current.at(i)), i);
    QSet<QString> incomingKeys;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        decltype(auto) item = incoming.at(i);
        const QString k = key(item);
        incomingKeys.insert(k);
        const qsizetype existing = currentByKey.value(k, -1);
        if (existing < 0) {
            if (!insert(item, int(i))) {
                *error = writer.errorString();
                return false;
            }
            ++report.added;
        } else if (userOwned.contains(k)) {
            ++report.kept;
        } else if (!(current.at(existing) == item)) {
            if (!writer.remove(table, k) || !insert(item, int(i))) {
                *error = writer.errorString();
                return false;
            }
            ++report.updated;
        }
    }
    for (qsizetype i = 0; i < current.size(); ++i) {
        const QString k = key(current.at(i));
        if (!incomingKeys.contains(k) && !userOwned.contains(k)) {
            if (!writer.remove(table, k)) {
                *error = writer.errorString();
                return false;
            }
            ++report.removed;
        }
    }
    return true;
}

// The countries the user added or edited keep their fields, but those without an ISO numeric code
// and alternative names gain the catalogue's: they are reference data, not the user's work.
bool completeCountries(DatasetWriter &writer, const QList<Country> &current, const QList<Country> &incoming,
                       QString *error)
{
    QHash<QString, const Country *> incomingByCode;
    for (const Country &c : incoming)
        incomingByCode.insert(c.code, &c);
    for (const Country &c : current) {
        const Country *catalogued = incomingByCode.value(c.code);
        if (!catalogued || !c.numeric.isEmpty() || !c.alternativeNames.isEmpty()
            || (catalogued->numeric.isEmpty() && catalogued->alternativeNames.isEmpty()))
            continue;
        if (!writer.setCatalogueFields(*catalogued)) {
            *error = writer.errorString();
            return false;
        }
    }
    return true;
}

} // namespace

bool StoreInstaller::widenDatePrecisions(QString *error)
{
    // A bundled indicator replaced by a newer dataset's still allows the dates of the user's figures.
    SchemaMigrator migrator(m_db);
    if (migrator.widenDatePrecisions())
        return true;
    *error = migrator.errorString();
    return false;
}

StoreInstaller::StoreInstaller(StoreConnection &connection) : m_connection(connection), m_db(connection.database())
{
}

bool StoreInstaller::migrateOrInstall()
{
    const QString name = Store::displayName(m_connection.path());
    SchemaMigrator migrator(m_db);
    const int version = migrator.currentVersion();
    if (version < 0)
        return m_connection.fail(Store::tr("%1 is not a GapScope workspace").arg(name));
    if (version > 0) {
        if (!migrator.migrateTo())
            return m_connection.fail(Store::tr("cannot open the workspace %1: %2").arg(name, migrator.errorString()));
        refreshFromBundledDataset();
        return true;
    }
    // A new workspace starts with the bundled dataset.
    DatasetReader reader;
    const auto dataset = reader.read(DatasetReader::bundledPath());
    if (!dataset)
        return m_connection.fail(Store::tr("the bundled dataset cannot be read: %1").arg(reader.errorString()));
    if (!migrator.migrateTo())
        return m_connection.fail(migrator.errorString());
    if (!install(*dataset))
        return false;
    m_created = true;
    return true;
}

void StoreInstaller::refreshFromBundledDataset()
{
    if (m_connection.isReadOnly())
        return;
    // A newer GapScope ships a newer dataset: refresh the bundled records, keep the user's. A
    // workspace that never held the bundled dataset (no dataset version) is left alone.
    const QString current = StoreReader(m_connection).datasetVersion();
    if (current.isEmpty() || DatasetUpdate::compareVersions(DatasetReader::bundledVersion(), current) <= 0)
        return;
    DatasetReader reader;
    const auto bundled = reader.read(DatasetReader::bundledPath());
    if (!bundled) {
        m_updateError = Store::tr("the bundled dataset cannot be read: %1").arg(reader.errorString());
        return;
    }
    const QString error = m_connection.errorString();
    m_lastUpdate = updateBundled(*bundled);
    if (!m_lastUpdate) {
        // The workspace stays as it was and opens; the caller shows why it was not refreshed.
        m_updateError = m_connection.errorString();
        m_connection.setErrorString(error);
    }
}

bool StoreInstaller::setMeta(const QString &key, const QString &value)
{
    Statement del(m_db, QStringLiteral("DELETE FROM meta WHERE key = ?"));
    Statement ins(m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    if (!del.run({key}) || !ins.run({key, value}))
        return m_connection.fail(Store::tr("cannot write the workspace settings: %1").arg(ins.errorText()));
    return true;
}

bool StoreInstaller::install(const Dataset &d)
{
    if (!m_db.transaction())
        return m_connection.fail(Store::tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
    DatasetWriter writer(m_db);
    bool ok = true;
    auto all = [&](const auto &items) {
        for (qsizetype i = 0; ok && i < items.size(); ++i)
            ok = writer.insert(items.at(i));
    };
    all(d.sources);
    all(d.units);
    all(d.countries);
    all(d.regions);
    for (qsizetype i = 0; ok && i < d.dimensions.size(); ++i)
        ok = writer.insert(d.dimensions.at(i), int(i));
    all(d.actors);
    all(d.models);
    all(d.indicators);
    all(d.observations);
    all(d.assessments);
    all(d.swot);
    all(d.events);
    all(d.clusters);
    all(d.otherEntities);
    QString error = ok ? QString() : writer.errorString();
    if (ok && !setMeta(QStringLiteral("dataset_version"), d.version))
        error = m_connection.errorString();
    if (!error.isEmpty() || !m_db.commit()) {
        if (error.isEmpty())
            error = m_db.lastError().text();
        m_db.rollback();
        return m_connection.fail(Store::tr("cannot write the dataset into the workspace: %1").arg(error));
    }
    return true;
}

std::optional<DatasetUpdate> StoreInstaller::updateBundled(const Dataset &incoming)
{
    const auto current = StoreReader(m_connection).load();
    if (!current)
        return std::nullopt;
    if (!m_db.transaction()) {
        m_connection.fail(Store::tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
        return std::nullopt;
    }
    DatasetUpdate report;
    report.fromVersion = current->version;
    report.toVersion = incoming.version;
    DatasetWriter writer(m_db);
    QString error;
    const auto byId = [](const auto &r) { return r.id; };
    const auto plain = [&writer](const auto &r, int) { return writer.insert(r); };
    const bool ok =
        syncBundled(m_db, writer, current->sources, incoming.sources, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->units, incoming.units, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->countries, incoming.countries, [](const Country &c) { return c.code; },
                       plain, report, &error)
        && completeCountries(writer, current->countries, incoming.countries, &error)
        && syncBundled(m_db, writer, current->regions, incoming.regions, [](const Region &r) { return r.code; }, plain,
                       report, &error)
        && syncBundled(m_db, writer, current->dimensions, incoming.dimensions, byId,
                       [&writer](const Dimension &dim, int position) { return writer.insert(dim, position); }, report,
                       &error)
        && syncBundled(m_db, writer, current->actors, incoming.actors, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->models, incoming.models, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->indicators, incoming.indicators, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->observations, incoming.observations, byId, plain, report,
                       &error)
        && syncBundled(m_db, writer, current->assessments, incoming.assessments, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->swot, incoming.swot, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->events, incoming.events, byId, plain, report, &error)
        && syncBundled(m_db, writer, current->clusters, incoming.clusters, byId, plain, report, &error)
        && widenDatePrecisions(&error)
        && setMeta(QStringLiteral("dataset_version"), incoming.version);
    if (!ok || !m_db.commit()) {
        if (error.isEmpty())
            error = m_connection.errorString().isEmpty() ? m_db.lastError().text() : m_connection.errorString();
        m_db.rollback();
        m_connection.fail(Store::tr("cannot update the bundled records of the workspace: %1").arg(error));
        return std::nullopt;
    }
    return report;
}

} // namespace gapscope
