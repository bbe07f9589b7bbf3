#pragma once

#include "domain/Dataset.h"

#include <QCoreApplication>
#include <optional>

namespace gapscope {

// Writes observations with their full sources to CSV (UTF-8, or UTF-8 with a byte order mark so
// that Excel opens Korean correctly) or JSON, the same records `gapscope query` prints.
class ObservationExporter
{
    Q_DECLARE_TR_FUNCTIONS(ObservationExporter)

public:
    enum class Format { Csv, CsvWithBom, Json };

    // The format a file name asks for; `excel` picks CSV with a byte order mark.
    static std::optional<Format> formatFor(const QString &path, bool excel);
    static QByteArray write(const Dataset &dataset, const QList<int> &records, Language lang, Format format);
    // Writes through a temporary file: the file appears complete or not at all. False when it
    // cannot be written, with errorString() saying why.
    bool save(const QString &path, const QByteArray &bytes);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace gapscope
