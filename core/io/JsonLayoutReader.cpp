#include "JsonLayoutReader.h"

#include "EventLayoutReader.h"
#include "TableLayoutReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gapscope {

bool JsonLayoutReader::read(const QString &text)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        // Name the line and column of the offset (in UTF-8 bytes) where parsing stopped.
        const QByteArray bytes = text.toUtf8().left(parse.offset);
        const int line = int(bytes.count('\n')) + 1;
        const int column = int(QString::fromUtf8(bytes.mid(bytes.lastIndexOf('\n') + 1)).size()) + 1;
        return m_rows.fail(line, column, tr("not valid JSON: %1").arg(parse.errorString()));
    }
    // Items, not lines: what names another row names its item.
    m_rows.setItems(true);
    // A timeline: named so, asked for, or an array whose items have a timeline's fields.
    const QJsonValue events = doc.object().value(QStringLiteral("events"));
    if (events.isArray())
        return readEvents(events.toArray());
    if (m_rows.options().layout == ImportLayout::Events) {
        if (!doc.isArray())
            return m_rows.fail(1, 1, tr("expected an array of events, or an object with an \"events\" array"));
        return readEvents(doc.array());
    }
    if (doc.isArray()) {
        QStringList keys;
        for (const QJsonValue &item : doc.array()) {
            for (const QString &key : item.toObject().keys())
                keys << key.toLower();
        }
        if (EventLayoutReader::namesEvents(keys))
            return readEvents(doc.array());
    }
    QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("observations")).toArray();
    if (!doc.isArray() && !doc.object().value(QStringLiteral("observations")).isArray())
        return m_rows.fail(1, 1, tr("expected an array of observations, or an object with an \"observations\" array"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            return m_rows.fail(0, 0, tr("item %1 is not an object").arg(i + 1));
        ImportRow row;
        row.line = int(i + 1);
        const QJsonObject o = items[i].toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QString text;
            if (!valueText(it.value(), i, it.key(), &text))
                return false;
            row.fields.insert(it.key().toLower(), text);
        }
        if (!m_rows.add(row, false)) {
            // Items have no line: name the item instead.
            const QString message = m_rows.error().message;
            return m_rows.fail(0, 0, tr("item %1: %2").arg(i + 1).arg(message));
        }
    }
    return true;
}

bool JsonLayoutReader::valueText(const QJsonValue &value, qsizetype item, const QString &key, QString *text)
{
    if (!value.isString() && !value.isDouble() && !value.isNull())
        return m_rows.fail(0, 0, tr("item %1: \"%2\" must be a text or a number").arg(item + 1).arg(key));
    *text = value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : value.toString();
    return true;
}

bool JsonLayoutReader::readEvents(const QJsonArray &items)
{
    if (items.isEmpty())
        return m_rows.fail(0, 0, tr("the file has no events"));
    // The header: every key of any item (each item's in the order JSON objects keep, sorted); a
    // record per item, its line the item's number.
    CsvRecord header;
    QHash<QString, qsizetype> columnOf;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            return m_rows.fail(0, 0, tr("item %1 is not an object").arg(i + 1));
        for (const QString &key : items[i].toObject().keys()) {
            if (!columnOf.contains(key.toLower())) {
                columnOf.insert(key.toLower(), header.fields.size());
                header.fields << key;
                header.columns << 0;
            }
        }
    }
    QList<CsvRecord> records{header};
    for (qsizetype i = 0; i < items.size(); ++i) {
        CsvRecord record;
        record.line = int(i + 1);
        record.fields = QStringList(header.fields.size(), QString());
        record.columns = QList<int>(header.fields.size(), 0);
        const QJsonObject o = items[i].toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!valueText(it.value(), i, it.key(), &record.fields[columnOf.value(it.key().toLower())]))
                return false;
        }
        records << record;
    }
    if (TableLayoutReader(m_rows).read(records, ImportLayout::Events))
        return true;
    // Items have no line: name the item instead.
    const ParseError error = m_rows.error();
    return m_rows.fail(0, 0, error.line > 0 ? tr("item %1: %2").arg(error.line).arg(error.message) : error.message);
}

} // namespace gapscope
