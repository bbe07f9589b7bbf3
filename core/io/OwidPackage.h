#pragma once

#include "OwidMetadata.h"
#include "ParseError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace gapscope {

// What Our World in Data's "download data" gives: a zip holding the chart's CSV, its
// .metadata.json and a readme; or, unzipped, the CSV with its .metadata.json beside it
// ("chart.csv" and "chart.metadata.json").
class OwidPackage
{
    Q_DECLARE_TR_FUNCTIONS(OwidPackage)

public:
    // Whether `path` names a zip file (by its extension).
    static bool isZip(const QString &path);
    // The .metadata.json beside the CSV file `csvPath`, whether it exists or not.
    static QString metadataPathBeside(const QString &csvPath);

    // Reads the zip `path`: its one CSV file and, when it has one, its metadata. False, with
    // parseError(), when it is no zip, holds no CSV or several, or its metadata is unreadable.
    bool readZip(const QString &path, const QString &displayName);
    // Reads the metadata beside the CSV file `csvPath` when there is one: true when there is none
    // or it reads; false, with parseError(), when it is there but unreadable.
    bool readBeside(const QString &csvPath);

    QByteArray csv() const { return m_csv; } // from a zip
    QString csvName() const { return m_csvName; } // from a zip: the CSV's name in it
    const std::optional<OwidMetadata> &metadata() const { return m_metadata; }
    const ParseError &parseError() const { return m_error; }

private:
    bool readMetadata(const QByteArray &json, const QString &displayName);

    QByteArray m_csv;
    QString m_csvName;
    std::optional<OwidMetadata> m_metadata;
    ParseError m_error;
};

} // namespace gapscope
