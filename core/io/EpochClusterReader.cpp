#include "EpochClusterReader.h"

#include "CsvParser.h"
#include "EpochRecords.h"

#include <QHash>
#include <QMap>

#include <cmath>

namespace gapscope {

std::optional<QList<EpochCluster>> EpochClusterReader::read(const QString &text, const QString &file)
{
    m_error = {};
    CsvParser parser;
    if (!parser.parse(text)) {
        m_error = {file, parser.errorLine(), parser.errorColumn(), parser.errorString()};
        return std::nullopt;
    }
    const QList<CsvRecord> &records = parser.records();
    if (records.isEmpty()) {
        m_error = {file, 0, 0, tr("the file is empty")};
        return std::nullopt;
    }
    const CsvRecord &header = records.constFirst();
    QHash<QString, qsizetype> column;
    for (const char *name : {"Name", "Status", "Certainty", "Owner", "Country", "First Operational Date",
                             "Decommissioned Date (if applicable)", "H100 equivalents", "Power Capacity (MW)", "Sector",
                             "Include in Standard Analysis", "Exclude", "Source 1"}) {
        const QString n = QLatin1String(name);
        const qsizetype at = header.fields.indexOf(n);
        if (at < 0) {
            m_error = {file, header.line, 1, tr("the header has no column \"%1\"").arg(n)};
            return std::nullopt;
        }
        column.insert(n, at);
    }
    QList<EpochCluster> clusters;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (rec.fields.size() != header.fields.size()) {
            m_error = {file, rec.line, 1,
                      tr("expected %1 fields but found %2").arg(header.fields.size()).arg(rec.fields.size())};
            return std::nullopt;
        }
        const auto c = [&column](const char *name) { return column.value(QLatin1String(name)); };
        const auto cell = [&rec, &c](const char *name) { return rec.fields.at(c(name)).trimmed(); };
        std::optional<double> numbers[2];
        const char *numberColumns[2] = {"H100 equivalents", "Power Capacity (MW)"};
        for (int i = 0; i < 2; ++i) {
            const QString raw = cell(numberColumns[i]);
            if (raw.isEmpty())
                continue;
            bool ok = false;
            const double v = raw.toDouble(&ok);
            if (!ok || !std::isfinite(v)) {
                m_error = {file, rec.line, rec.columns.at(c(numberColumns[i])), tr("\"%1\" is not a number").arg(raw)};
                return std::nullopt;
            }
            numbers[i] = v;
        }
        EpochCluster cluster;
        cluster.name = cell("Name");
        cluster.status = cell("Status");
        cluster.certainty = cell("Certainty");
        cluster.owners = cell("Owner");
        const QString country = cell("Country");
        if (!country.isEmpty()) {
            cluster.country = m_countries.code(country);
            if (cluster.country.isEmpty()) {
                m_error = {file, rec.line, rec.columns.at(c("Country")), tr("unknown country \"%1\"").arg(country)};
                return std::nullopt;
            }
        }
        cluster.firstOperational = cell("First Operational Date");
        cluster.decommissioned = cell("Decommissioned Date (if applicable)");
        cluster.h100Equivalents = numbers[0];
        cluster.powerMw = numbers[1];
        cluster.sector = cell("Sector");
        cluster.includeInStandardAnalysis = cell("Include in Standard Analysis") == QLatin1String("True");
        cluster.exclude = !cell("Exclude").isEmpty() && cell("Exclude") != QLatin1String("False");
        cluster.link = cell("Source 1");
        clusters.append(cluster);
    }
    return clusters;
}

QList<ComputeCluster> EpochClusterReader::records(const QList<EpochCluster> &clusters, const QList<Actor> &actors,
                                                  const QString &source)
{
    QHash<QString, QString> actorByName; // key(name) -> actor id
    for (const Actor &a : actors)
        actorByName.insert(CountryNameIndex::key(a.name.en), a.id);
    QHash<QString, int> uses;
    QList<ComputeCluster> out;
    out.reserve(clusters.size());
    for (const EpochCluster &c : clusters) {
        ComputeCluster r;
        const QString base = QStringLiteral("cluster-") + EpochRecords::slug(c.name);
        const int n = ++uses[base];
        r.id = n == 1 ? base : base + QLatin1Char('-') + QString::number(n);
        r.name = {c.name, c.name};
        for (const QString &owner : c.owners.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = owner.trimmed();
            const QString id = actorByName.value(CountryNameIndex::key(name));
            r.owners.append(id.isEmpty() ? name : id);
        }
        r.country = c.country;
        r.status = c.status;
        r.firstOperational = c.firstOperational;
        r.decommissioned = c.decommissioned;
        r.h100Equivalents = c.h100Equivalents;
        r.powerMw = c.powerMw;
        r.sector = c.sector;
        r.certainty = c.certainty;
        r.includeInStandardAnalysis = c.includeInStandardAnalysis;
        r.exclude = c.exclude;
        r.link = c.link;
        r.source = source;
        out.append(r);
    }
    return out;
}

QList<Observation> EpochClusterReader::h100eOperational(const QList<EpochCluster> &clusters, const QString &indicator,
                                                        const QString &source, const LocalizedText &note)
{
    QList<const EpochCluster *> counted;
    int latest = 0;
    QMap<QString, int> firstYear;
    for (const EpochCluster &c : clusters) {
        const int year = c.firstOperational.left(4).toInt();
        if (!c.includeInStandardAnalysis || c.exclude || c.country.isEmpty() || !c.h100Equivalents || year == 0)
            continue;
        counted.append(&c);
        latest = std::max(latest, year);
        firstYear[c.country] = firstYear.contains(c.country) ? std::min(firstYear.value(c.country), year) : year;
    }
    QList<Observation> out;
    for (auto it = firstYear.cbegin(); it != firstYear.cend(); ++it) {
        for (int year = it.value(); year <= latest; ++year) {
            double total = 0;
            for (const EpochCluster *c : std::as_const(counted)) {
                const int gone = c->decommissioned.left(4).toInt();
                if (c->country == it.key() && c->firstOperational.left(4).toInt() <= year && (gone == 0 || gone > year))
                    total += *c->h100Equivalents;
            }
            out.append({QStringLiteral("%1-%2-%3").arg(indicator, it.key().toLower()).arg(year), indicator, it.key(), year,
                        0, total, QStringLiteral("estimate"), source, note});
        }
    }
    return out;
}

} // namespace gapscope
