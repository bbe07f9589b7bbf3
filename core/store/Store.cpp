#include "Store.h"

#include "ChangeSaver.h"
#include "SchemaMigrator.h"
#include "StoreImporter.h"
#include "StoreInstaller.h"
#include "StoreReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace gapscope {

Store::Store() = default;

Store::~Store() = default;

QString Store::defaultWorkspacePath()
{
    // In the data folder under the program's name, as it always was (not under the organisation's
    // name, which Qt's AppDataLocation would add).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QCoreApplication::applicationName() + QStringLiteral("/workspace.gapscope"));
}

bool Store::open(const QString &path)
{
    m_created = false;
    m_lastUpdate.reset();
    m_updateError.clear();
    const bool existed = isServerUrl(path) || QFileInfo::exists(path);
    if (m_connection.open(path) && (m_connection.isReadOnly() || migrateOrInstall()))
        return true;
    // Every query and copy of the connection is gone by now, so it closes cleanly; a file this
    // call created is removed so that nothing half-made is left behind (a server's database is
    // never removed).
    close();
    if (!existed)
        QFile::remove(path);
    return false;
}

bool Store::migrateOrInstall()
{
    StoreInstaller installer(m_connection);
    if (!installer.migrateOrInstall())
        return false;
    m_created = installer.created();
    m_lastUpdate = installer.lastUpdate();
    m_updateError = installer.updateError();
    return true;
}

void Store::close()
{
    m_connection.close();
}

bool Store::isServerUrl(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://")) || path.startsWith(QLatin1String("postgres://"));
}

QString Store::displayName(const QString &path)
{
    // A server's address without its password, for messages and the status bar.
    if (!isServerUrl(path))
        return path;
    QUrl url(path);
    url.setPassword(QString());
    return url.toString();
}

bool Store::copyTo(const QString &path)
{
    return m_connection.copyTo(path);
}

QString Store::datasetVersion()
{
    return StoreReader(m_connection).datasetVersion();
}

int Store::schemaVersion()
{
    return SchemaMigrator(database()).currentVersion();
}

bool Store::install(const Dataset &dataset)
{
    return StoreInstaller(m_connection).install(dataset);
}

std::optional<DatasetUpdate> Store::updateBundled(const Dataset &incoming)
{
    return StoreInstaller(m_connection).updateBundled(incoming);
}

std::optional<Dataset> Store::load()
{
    return StoreReader(m_connection).load();
}

std::optional<Dataset> Store::loadWithoutObservations()
{
    return StoreReader(m_connection).loadWithoutObservations();
}

bool Store::loadObservations(Dataset &into, const std::function<bool(qint64, qint64)> &progress)
{
    return StoreReader(m_connection).loadObservations(into, progress);
}

std::optional<qint64> Store::observationCount()
{
    return StoreReader(m_connection).observationCount();
}

std::optional<bool> Store::hasObservations(qint64 count)
{
    return StoreReader(m_connection).hasObservations(count);
}

std::optional<bool> Store::isLarge()
{
    return StoreReader(m_connection).isLarge();
}

bool Store::import(const ImportBatch &batch, const std::function<bool(qint64, qint64)> &progress)
{
    return StoreImporter(m_connection).import(batch, progress);
}

std::optional<int> Store::rowVersion(const QString &table, const QString &id)
{
    return ChangeSaver(m_connection).rowVersion(table, id);
}

Store::SaveResult Store::saveObservation(const Observation &o, int expectedVersion)
{
    return ChangeSaver(m_connection).saveObservation(o, expectedVersion);
}

Store::SaveResult Store::saveChanges(const RecordChanges &changes)
{
    ChangeSaver saver(m_connection);
    const SaveResult result = saver.saveChanges(changes);
    m_conflicts = saver.conflicts();
    return result;
}

} // namespace gapscope
