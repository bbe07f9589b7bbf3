#include "EpochModelReader.h"

#include "CsvParser.h"
#include "cli/FilterParser.h"

#include <QRegularExpression>

#include <cmath>

namespace gapscope {

namespace {

void appendOnce(QStringList &list, const QString &item)
{
    if (!list.contains(item))
        list.append(item);
}

} // namespace

bool EpochModelReader::fail(const QString &file, int line, int column, const QString &message)
{
    m_error = {file, line, column, message};
    return false;
}

std::optional<QList<EpochModel>> EpochModelReader::read(const QString &notableText, const QString &notableName,
                                                        const QString &largeScaleText, const QString &largeScaleName)
{
    m_models.clear();
    m_rowOf.clear();
    m_error = {};
    if (!readFile(notableText, notableName, true) || !readFile(largeScaleText, largeScaleName, false))
        return std::nullopt;
    return m_models;
}

bool EpochModelReader::readFile(const QString &text, const QString &file, bool notable)
{
    CsvParser parser;
    if (!parser.parse(text))
        return fail(file, parser.errorLine(), parser.errorColumn(), parser.errorString());
    const QList<CsvRecord> &records = parser.records();
    if (records.isEmpty())
        return fail(file, 0, 0, tr("the file is empty"));
    const CsvRecord &header = records.constFirst();
    // Columns every file has, and those only the notable file has (-1 where absent).
    QHash<QString, qsizetype> column;
    for (const char *name : {"Model", "Organization", "Publication date", "Domain", "Task", "Parameters",
                             "Training compute (FLOP)", "Confidence", "Link", "Country (of organization)",
                             "Model accessibility"}) {
        const QString n = QLatin1String(name);
        const qsizetype at = header.fields.indexOf(n);
        if (at < 0)
            return fail(file, header.line, 1, tr("the header has no column \"%1\"").arg(n));
        column.insert(n, at);
    }
    for (const char *name : {"Organization categorization", "Training compute cost (2023 USD)", "Frontier model"})
        column.insert(QLatin1String(name), header.fields.indexOf(QLatin1String(name)));
    const auto at = [&column](const char *name) { return column.value(QLatin1String(name)); };

    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (rec.fields.size() != header.fields.size())
            return fail(file, rec.line, 1,
                        tr("expected %1 fields but found %2").arg(header.fields.size()).arg(rec.fields.size()));
        const auto cell = [&rec](qsizetype c) { return c < 0 ? QString() : rec.fields.at(c).trimmed(); };
        const auto number = [&](const char *name, std::optional<double> &into) {
            const qsizetype c = at(name);
            const QString raw = cell(c);
            if (raw.isEmpty())
                return true;
            bool ok = false;
            const double v = raw.toDouble(&ok);
            if (!ok || !std::isfinite(v))
                return fail(file, rec.line, rec.columns.at(c), tr("\"%1\" is not a number").arg(raw));
            into = v;
            return true;
        };

        EpochModel m;
        m.name = cell(at("Model"));
        if (m.name.isEmpty())
            return fail(file, rec.line, rec.columns.at(at("Model")), tr("a model without a name"));
        m.published = cell(at("Publication date"));
        if (!m.published.isEmpty() && !day.match(m.published).hasMatch())
            return fail(file, rec.line, rec.columns.at(at("Publication date")),
                        tr("\"%1\" is not a date (YYYY-MM-DD)").arg(m.published));
        const QStringList organisations = FilterParser::split(cell(at("Organization")));
        const QStringList kinds = FilterParser::split(cell(at("Organization categorization")));
        const QStringList countryNames = FilterParser::split(cell(at("Country (of organization)")));
        QStringList codes;
        for (const QString &name : countryNames) {
            if (name == QLatin1String("Multinational")) {
                codes.append(QString());
                continue;
            }
            const QString code = m_countries.code(name);
            if (code.isEmpty())
                return fail(file, rec.line, rec.columns.at(at("Country (of organization)")),
                            tr("unknown country \"%1\"").arg(name));
            codes.append(code);
            appendOnce(m.countries, code);
        }
        for (qsizetype i = 0; i < organisations.size(); ++i) {
            if (m.organisations.contains(organisations.at(i)))
                continue;
            m.organisations.append(organisations.at(i));
            m.organisationKinds.append(kinds.size() == organisations.size() ? kinds.at(i) : QString());
            if (codes.size() == organisations.size() && !codes.at(i).isEmpty())
                m.organisationCountry.insert(organisations.at(i), codes.at(i));
        }
        m.domain = cell(at("Domain"));
        m.task = cell(at("Task"));
        if (!number("Parameters", m.parameters) || !number("Training compute (FLOP)", m.trainingCompute)
            || !number("Training compute cost (2023 USD)", m.trainingCost))
            return false;
        m.accessibility = cell(at("Model accessibility"));
        m.frontier = cell(at("Frontier model")) == QLatin1String("True");
        m.link = cell(at("Link"));
        m.confidence = cell(at("Confidence"));
        m.notable = notable;
        m.largeScale = !notable;

        const auto found = m_rowOf.constFind(m.name);
        if (found == m_rowOf.cend()) {
            m_rowOf.insert(m.name, m_models.size());
            m_models.append(m);
            continue;
        }
        EpochModel &known = m_models[*found];
        if (known.largeScale == m.largeScale)
            return fail(file, rec.line, rec.columns.at(at("Model")), tr("a second row for the model \"%1\"").arg(m.name));
        // In both files: one model, its notable row first, completed by the large-scale row.
        known.largeScale = true;
        const auto complete = [](auto &into, const auto &from) {
            if (!into.has_value())
                into = from;
        };
        complete(known.parameters, m.parameters);
        complete(known.trainingCompute, m.trainingCompute);
        for (auto [into, from] : {std::pair{&known.published, &m.published}, std::pair{&known.domain, &m.domain},
                                  std::pair{&known.task, &m.task}, std::pair{&known.accessibility, &m.accessibility},
                                  std::pair{&known.link, &m.link}, std::pair{&known.confidence, &m.confidence}}) {
            if (into->isEmpty())
                *into = *from;
        }
    }
    return true;
}

} // namespace gapscope
