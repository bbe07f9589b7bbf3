#include "OwidCsvReader.h"

#include "CsvParser.h"

#include <QSet>
#include <cmath>

namespace gapscope {

std::optional<QList<Observation>> OwidCsvReader::read(const QString &text, const QString &displayName,
                                                      const Options &options)
{
    m_error = {};
    m_skipped = 0;
    CsvParser parser;
    if (!parser.parse(text)) {
        m_error = {displayName, parser.errorLine(), parser.errorColumn(), parser.errorString()};
        return std::nullopt;
    }
    const QList<CsvRecord> &records = parser.records();
    if (records.isEmpty()) {
        m_error = {displayName, 0, 0, tr("the file is empty")};
        return std::nullopt;
    }
    const CsvRecord &header = records.constFirst();
    const auto columnOf = [&](const QString &name) { return header.fields.indexOf(name); };
    const qsizetype codeCol = columnOf(QStringLiteral("Code"));
    const qsizetype yearCol = columnOf(QStringLiteral("Year"));
    const qsizetype valueCol = columnOf(options.column);
    // The entity's name is needed only to leave some out; without it the column may be missing.
    const qsizetype namedEntityCol = columnOf(QStringLiteral("Entity"));
    const qsizetype entityCol = options.skipEntities.isEmpty() && options.entityCodes.isEmpty() ? 0 : namedEntityCol;
    for (const auto &[col, name] : {std::pair{codeCol, QStringLiteral("Code")},
                                    std::pair{yearCol, QStringLiteral("Year")},
                                    std::pair{valueCol, options.column},
                                    std::pair{entityCol, QStringLiteral("Entity")}}) {
        if (col < 0) {
            m_error = {displayName, header.line, 1, tr("the header has no column \"%1\"").arg(name)};
            return std::nullopt;
        }
    }

    QList<Observation> observations;
    observations.reserve(records.size() - 1);
    QSet<QString> seen;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (rec.fields.size() != header.fields.size()) {
            m_error = {displayName, rec.line, 1,
                      tr("expected %1 fields but found %2").arg(header.fields.size()).arg(rec.fields.size())};
            return std::nullopt;
        }
        if (!options.skipEntities.isEmpty() && options.skipEntities.contains(rec.fields.at(entityCol))) {
            ++m_skipped;
            continue;
        }
        QString code = rec.fields.at(codeCol).trimmed();
        if (code.isEmpty() && namedEntityCol >= 0)
            code = options.entityCodes.value(rec.fields.at(namedEntityCol).trimmed());
        if (code.isEmpty()) {
            m_error = {displayName, rec.line, rec.columns.at(codeCol),
                      namedEntityCol < 0 ? tr("a row without a country code")
                                         : tr("\"%1\" has no country code").arg(rec.fields.at(namedEntityCol))};
            return std::nullopt;
        }
        if (options.isKnownEntity && !options.isKnownEntity(code)) {
            m_error = {displayName, rec.line, rec.columns.at(codeCol),
                      tr("unknown country or region code \"%1\"").arg(code)};
            return std::nullopt;
        }
        bool ok = false;
        const int year = rec.fields.at(yearCol).trimmed().toInt(&ok);
        if (!ok || year < 1000 || year > 9999) {
            m_error = {displayName, rec.line, rec.columns.at(yearCol),
                      tr("\"%1\" is not a year").arg(rec.fields.at(yearCol))};
            return std::nullopt;
        }
        const QString rawValue = rec.fields.at(valueCol).trimmed();
        if (rawValue.isEmpty())
            continue; // grapher files leave a cell empty where a country has no value for a column
        const double value = rawValue.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            m_error = {displayName, rec.line, rec.columns.at(valueCol), tr("\"%1\" is not a number").arg(rawValue)};
            return std::nullopt;
        }
        const QString id = QStringLiteral("%1-%2-%3").arg(options.indicator, code.toLower()).arg(year);
        if (seen.contains(id)) {
            m_error = {displayName, rec.line, rec.columns.at(yearCol),
                      tr("a second value for %1 in %2").arg(code).arg(year)};
            return std::nullopt;
        }
        seen.insert(id);
        Observation obs;
        obs.id = id;
        obs.indicator = options.indicator;
        obs.country = code;
        obs.year = year;
        obs.value = value;
        obs.kind = options.kind;
        obs.source = options.source;
        observations.append(obs);
    }
    return observations;
}

} // namespace gapscope
