#include "CountryCatalogueReader.h"

#include "io/MoFileReader.h"
#include "io/TextFileReader.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gapscope {

bool CountryCatalogueReader::fail(const QString &file, const QString &message)
{
    m_error = {file, 0, 0, message};
    return false;
}

std::optional<QList<Country>> CountryCatalogueReader::read(const QString &jsonPath, const QString &koreanMoPath)
{
    m_error = {};
    const QString jsonName = QFileInfo(jsonPath).fileName();
    MoFileReader mo;
    const auto korean = mo.read(koreanMoPath, QFileInfo(koreanMoPath).fileName());
    if (!korean) {
        m_error = mo.parseError();
        return std::nullopt;
    }
    TextFileReader reader;
    const auto text = reader.readUtf8(jsonPath, jsonName);
    if (!text) {
        m_error = reader.parseError();
        return std::nullopt;
    }
    const QByteArray utf8 = text->toUtf8();
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        m_error = ParseError::fromJson(jsonName, utf8, jsonError);
        return std::nullopt;
    }
    const QJsonValue entries = doc.object().value(QLatin1String("3166-1"));
    if (!entries.isArray()) {
        fail(jsonName, tr("the file has no \"3166-1\" list of countries"));
        return std::nullopt;
    }
    QList<Country> countries;
    for (const QJsonValue &value : entries.toArray()) {
        const QJsonObject entry = value.toObject();
        Country c;
        c.code = entry.value(QLatin1String("alpha_3")).toString();
        c.numeric = entry.value(QLatin1String("numeric")).toString();
        const QString name = entry.value(QLatin1String("name")).toString();
        if (c.code.isEmpty() || name.isEmpty()) {
            fail(jsonName, tr("the country %1 has no alpha_3 code or no name")
                               .arg(countries.size() + 1));
            return std::nullopt;
        }
        const QString common = entry.value(QLatin1String("common_name")).toString();
        c.name.en = common.isEmpty() ? name : common;
        // A few common names have no translation (iso-codes 4.15: Iran, Laos, Syria); their
        // short name has one.
        c.name.ko = korean->value(c.name.en, korean->value(name));
        if (c.name.ko.isEmpty()) {
            fail(QFileInfo(koreanMoPath).fileName(),
                 tr("no Korean translation of \"%1\" (%2)").arg(c.name.en, c.code));
            return std::nullopt;
        }
        for (const char *key : {"name", "official_name", "common_name"}) {
            const QString english = entry.value(QLatin1String(key)).toString();
            for (const QString &alternative : {english, korean->value(english)}) {
                if (!alternative.isEmpty() && !c.alternativeNames.contains(alternative))
                    c.alternativeNames.append(alternative);
            }
        }
        countries.append(c);
    }
    return countries;
}

void CountryCatalogueReader::merge(QList<Country> &countries, const QList<Country> &catalogue)
{
    QHash<QString, qsizetype> curated;
    for (qsizetype i = 0; i < countries.size(); ++i)
        curated.insert(countries.at(i).code, i);
    for (const Country &entry : catalogue) {
        const auto it = curated.constFind(entry.code);
        if (it == curated.cend()) {
            countries.append(entry);
            continue;
        }
        Country &c = countries[*it];
        c.numeric = entry.numeric;
        c.alternativeNames = entry.alternativeNames;
    }
}

} // namespace gapscope
