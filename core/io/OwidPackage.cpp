#include "OwidPackage.h"

#include "ZipArchive.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>

namespace gapscope {

namespace {

// A chart's data are a few megabytes; far more is not an OWID download.
constexpr quint64 maxMemberSize = 1024ull * 1024 * 1024;

} // namespace

bool OwidPackage::isZip(const QString &path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

QString OwidPackage::metadataPathBeside(const QString &csvPath)
{
    const QFileInfo info(csvPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".metadata.json"));
}

bool OwidPackage::readMetadata(const QByteArray &json, const QString &displayName)
{
    OwidMetadata reader;
    m_metadata = reader.parse(json, displayName);
    if (!m_metadata)
        m_error = reader.parseError();
    return bool(m_metadata);
}

bool OwidPackage::readZip(const QString &path, const QString &displayName)
{
    m_csv.clear();
    m_csvName.clear();
    m_metadata.reset();
    m_error = {displayName, 0, 0, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error.message = tr("cannot open the file (%1)").arg(file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    ZipArchive zip;
    if (!zip.open(bytes)) {
        m_error.message = tr("the file is not a zip archive");
        return false;
    }
    QStringList csvs;
    QStringList metadata;
    for (const QString &name : zip.names()) {
        if (name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !name.contains(QLatin1String("__MACOSX")))
            csvs << name;
        else if (name.endsWith(QLatin1String(".metadata.json"), Qt::CaseInsensitive))
            metadata << name;
    }
    if (csvs.size() != 1) {
        m_error.message = csvs.isEmpty() ? tr("the zip archive holds no CSV file")
                                         : tr("the zip archive holds %1 CSV files (%2): unzip it and import one")
                                               .arg(csvs.size())
                                               .arg(csvs.join(QStringLiteral(", ")));
        return false;
    }
    m_csvName = csvs.constFirst();
    const auto csv = zip.read(m_csvName, maxMemberSize);
    if (!csv) {
        m_error.message = zip.problem() == ZipArchive::Problem::TooLarge
            ? tr("%1 in the zip archive is too large").arg(m_csvName)
            : tr("%1 in the zip archive cannot be read: the archive is damaged").arg(m_csvName);
        return false;
    }
    m_csv = *csv;
    // The metadata of that CSV: its own name, or the only one there is.
    QString wanted = m_csvName.chopped(4) + QStringLiteral(".metadata.json");
    if (!metadata.contains(wanted))
        wanted = metadata.size() == 1 ? metadata.constFirst() : QString();
    if (wanted.isEmpty())
        return true;
    const auto json = zip.read(wanted, maxMemberSize);
    if (!json) {
        m_error.message = tr("%1 in the zip archive cannot be read").arg(wanted);
        return false;
    }
    return readMetadata(*json, displayName + QLatin1Char('/') + wanted);
}

bool OwidPackage::readBeside(const QString &csvPath)
{
    m_metadata.reset();
    const QString path = metadataPathBeside(csvPath);
    const QString name = QFileInfo(path).fileName();
    m_error = {name, 0, 0, {}};
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error.message = tr("cannot open the file (%1)").arg(file.errorString());
        return false;
    }
    return readMetadata(file.readAll(), name);
}

} // namespace gapscope
