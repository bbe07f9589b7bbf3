#include "OwidMetadata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace gapscope {

namespace {

QString firstText(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString text = o.value(QLatin1String(key)).toString().trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// A licence as OWID's metadata may write it: a name, or an object with a name.
QString licenceOf(const QJsonObject &o)
{
    for (const char *key : {"license", "licence"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (v.isObject() && !v.toObject().value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return v.toObject().value(QStringLiteral("name")).toString().trimmed();
    }
    return {};
}

} // namespace

std::optional<OwidMetadata> OwidMetadata::parse(const QByteArray &json, const QString &displayName)
{
    m_error = {displayName, 0, 0, {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        m_error = ParseError::fromJson(displayName, json, error);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (!doc.isObject() || !columns.isObject() || columns.toObject().isEmpty()) {
        m_error.message = tr("not Our World in Data metadata: no \"columns\" object describing the values");
        return std::nullopt;
    }
    OwidMetadata out;
    const QJsonObject chart = root.value(QStringLiteral("chart")).toObject();
    out.m_chartTitle = firstText(chart, {"title"});
    QUrl url(firstText(chart, {"originalChartUrl"}));
    url.setQuery(QString());
    out.m_chartUrl = url.toString();
    const QString chartCitation = firstText(chart, {"citation"});
    const QJsonObject all = columns.toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (!it.value().isObject()) {
            m_error.message = tr("the metadata of the column \"%1\" is not an object").arg(it.key());
            return std::nullopt;
        }
        const QJsonObject c = it.value().toObject();
        Column column;
        column.title = firstText(c, {"titleShort", "titleLong"});
        column.unit = firstText(c, {"unit"});
        column.shortUnit = firstText(c, {"shortUnit"});
        QStringList description{firstText(c, {"descriptionShort", "descriptionProcessing"})};
        for (const QJsonValue &point : c.value(QStringLiteral("descriptionKey")).toArray()) {
            if (!point.toString().trimmed().isEmpty())
                description << point.toString().trimmed();
        }
        description.removeAll(QString());
        column.description = description.join(QLatin1Char('\n'));
        column.citation = firstText(c, {"citationLong", "citationShort"});
        if (column.citation.isEmpty())
            column.citation = chartCitation;
        column.lastUpdated = firstText(c, {"lastUpdated"});
        column.licence = licenceOf(c);
        if (column.licence.isEmpty())
            column.licence = licenceOf(root);
        out.m_columns.insert(it.key().trimmed(), column);
    }
    out.m_error = m_error;
    return out;
}

Source OwidMetadata::source(const Column &column, const QString &importedFrom) const
{
    Source s;
    const QString key = column.citation + QLatin1Char('\n') + m_chartUrl;
    s.id = QStringLiteral("owid-")
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QString title = m_chartTitle.isEmpty() ? column.title : m_chartTitle;
    s.title = {title, title};
    s.publisher = QStringLiteral("Our World in Data");
    s.document = column.citation;
    s.url = m_chartUrl;
    s.date = column.lastUpdated;
    s.licence = column.licence;
    s.note = {tr("Imported from %1").arg(importedFrom), tr("Imported from %1").arg(importedFrom)};
    return s;
}

const OwidMetadata::Column *OwidMetadata::column(const QString &header) const
{
    const auto it = m_columns.constFind(header.trimmed());
    return it == m_columns.constEnd() ? nullptr : &it.value();
}

} // namespace gapscope
