#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gapscope::test {

// A row of one of the raw Epoch files: column name -> cell.
using Row = QHash<QString, QString>;

// The raw Epoch file `file` (in the bundled dataset's epoch/ folder, GAPSCOPE_DATASET_DIR), read
// here without GapScope's readers, so that expectations are counted straight from it.
inline QList<Row> rawRows(const QString &file)
{
    QFile f(QStringLiteral(GAPSCOPE_DATASET_DIR "/epoch/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    const QString text = QString::fromUtf8(f.readAll());
    // RFC 4180: quoted fields with doubled quotes, line breaks inside quotes.
    QList<QStringList> records(1);
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += c, ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            records.last().append(field), field.clear();
        } else if (c == u'\n') {
            records.last().append(field), field.clear();
            records.append(QStringList());
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !records.last().isEmpty())
        records.last().append(field);
    else
        records.removeLast();
    QList<Row> rows;
    const QStringList header = records.takeFirst();
    for (const QStringList &r : std::as_const(records)) {
        Row row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), r.value(c));
        rows.append(row);
    }
    return rows;
}

} // namespace gapscope::test
