#include "ObservationExporter.h"

#include "OutputWriter.h"
#include "RecordSerializer.h"

#include <QFileInfo>
#include <QSaveFile>

namespace gapscope {

std::optional<ObservationExporter::Format> ObservationExporter::formatFor(const QString &path, bool excel)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return excel ? Format::CsvWithBom : Format::Csv;
    return std::nullopt;
}

QByteArray ObservationExporter::write(const Dataset &dataset, const QList<int> &records, Language lang, Format format)
{
    const RecordSerializer serializer(dataset, lang);
    QList<QJsonObject> rows;
    rows.reserve(records.size());
    for (int i : records)
        rows.append(serializer.observation(dataset.observations.at(i)));
    const QString kind = QStringLiteral("observations");
    QByteArray bytes = OutputWriter::write(format == Format::Json ? OutputWriter::Format::Json : OutputWriter::Format::Csv,
                                           rows, RecordSerializer::fields(kind), RecordSerializer::tableFields(kind));
    if (format == Format::CsvWithBom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

bool ObservationExporter::save(const QString &path, const QByteArray &bytes)
{
    m_error.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace gapscope
