#include "JsonLayoutReader.h"

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
            const QJsonValue v = it.value();
            if (!v.isString() && !v.isDouble() && !v.isNull())
                return m_rows.fail(0, 0, tr("item %1: \"%2\" must be a text or a number").arg(i + 1).arg(it.key()));
            row.fields.insert(it.key().toLower(), v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString());
        }
        if (!m_rows.add(row, false)) {
            // Items have no line: name the item instead.
            const QString message = m_rows.error().message;
            return m_rows.fail(0, 0, tr("item %1: %2").arg(i + 1).arg(message));
        }
    }
    return true;
}

} // namespace gapscope
