#include "OutputWriter.h"

#include "RecordSerializer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gapscope {

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integers print without exponent or decimals; other numbers round-trip exactly.
        if (std::abs(d) < 1e18 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

void flattenInto(QHash<QString, QString> &out, const QString &prefix, const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('_') + it.key();
        if (it->isObject()) {
            flattenInto(out, key, it->toObject());
        } else if (it->isArray()) {
            QStringList items;
            for (const QJsonValue &item : it->toArray())
                items.append(scalarText(item));
            out.insert(key, items.join(QLatin1Char(';')));
        } else {
            out.insert(key, scalarText(*it));
        }
    }
}

QString truncated(const QString &text, int maxWidth)
{
    QString single = text;
    single.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (OutputWriter::displayWidth(single) <= maxWidth)
        return single;
    QString out;
    int width = 0;
    for (QChar c : single) {
        const int w = OutputWriter::displayWidth(QString(c));
        if (width + w > maxWidth - 1)
            break;
        out.append(c);
        width += w;
    }
    return out + QChar(0x2026);
}

} // namespace

bool OutputWriter::formatFromName(const QString &name, Format *format)
{
    if (name == QLatin1String("table"))
        *format = Format::Table;
    else if (name == QLatin1String("csv"))
        *format = Format::Csv;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

QString OutputWriter::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QHash<QString, QString> OutputWriter::flatten(const QJsonObject &record)
{
    QHash<QString, QString> out;
    flattenInto(out, {}, record);
    return out;
}

int OutputWriter::displayWidth(const QString &text)
{
    int width = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QByteArray OutputWriter::write(Format format, const QList<QJsonObject> &records, const QStringList &fields,
                               const QStringList &tableFields)
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const QJsonObject &r : records)
            array.append(r);
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    if (format == Format::Csv) {
        QString out;
        QStringList header;
        for (const QString &f : fields)
            header.append(csvField(f));
        out += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
        for (const QJsonObject &r : records) {
            const auto flat = flatten(r);
            QStringList row;
            for (const QString &f : fields)
                row.append(csvField(flat.value(f)));
            out += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
        }
        return out.toUtf8();
    }

    // Table: translated headings, cells cut at a readable width, columns padded by display width.
    constexpr int maxCell = 60;
    QList<QStringList> rows;
    QStringList header;
    for (const QString &f : tableFields)
        header.append(RecordSerializer::fieldLabel(f));
    rows.append(header);
    for (const QJsonObject &r : records) {
        const auto flat = flatten(r);
        QStringList row;
        for (const QString &f : tableFields)
            row.append(truncated(flat.value(f), maxCell));
        rows.append(row);
    }
    QList<int> widths(tableFields.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    }
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QString line;
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString &cell = rows.at(r).at(c);
            line += cell;
            if (c + 1 < rows.at(r).size())
                line += QString(widths[c] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        out += line + QLatin1Char('\n');
        if (r == 0) {
            QStringList rules;
            for (int w : widths)
                rules.append(QString(w, QLatin1Char('-')));
            out += rules.join(QLatin1String("  ")) + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

} // namespace gapscope
