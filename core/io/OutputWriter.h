#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace gapscope {

// Writes records (JSON objects from RecordSerializer) as JSON (UTF-8, stable field names),
// CSV (RFC 4180: quoted where needed, CRLF line ends, nested objects flattened to
// parent_child columns) or an aligned text table for a terminal.
class OutputWriter
{
public:
    enum class Format { Table, Csv, Json };

    static bool formatFromName(const QString &name, Format *format);

    // `fields`: the flat column names, in order; `tableFields`: the subset a table shows.
    static QByteArray write(Format format, const QList<QJsonObject> &records, const QStringList &fields,
                            const QStringList &tableFields);

    static QString csvField(const QString &value);
    // Flattens nested objects ("source": {"id": ..}) into "source_id" and arrays into "a;b".
    static QHash<QString, QString> flatten(const QJsonObject &record);
    // Columns a string takes in a terminal: East Asian wide characters take two.
    static int displayWidth(const QString &text);
};

} // namespace gapscope
