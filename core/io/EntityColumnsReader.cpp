#include "EntityColumnsReader.h"

#include <QSet>

namespace gapscope {

namespace {
const QString indicatorPrefix = QStringLiteral("indicator:");
}

QString EntityColumnsReader::proposal(const QString &header, const EntityNameIndex &names)
{
    return names.inHeader(header);
}

qsizetype EntityColumnsReader::dateColumn(const QStringList &names)
{
    for (const char *field : {"date", "year", "month", "day"}) {
        const qsizetype at = names.indexOf(QLatin1String(field));
        if (at >= 0)
            return at;
    }
    return 0;
}

bool EntityColumnsReader::namesEntities(const QStringList &header, const EntityNameIndex &names)
{
    QStringList lower;
    for (const QString &h : header)
        lower << h.trimmed().toLower();
    const qsizetype date = dateColumn(lower);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i != date && !proposal(header[i], names).isEmpty())
            return header.size() >= 2;
    }
    return false;
}

bool EntityColumnsReader::target(const QString &header, int line, int column, Target *out)
{
    const EntityNameIndex &names = m_rows.names();
    const QHash<QString, QString> &given = m_rows.options().entityColumns;
    auto mapped = given.cend();
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (it.key().trimmed().compare(header, Qt::CaseInsensitive) == 0)
            mapped = it;
    }
    if (mapped == given.cend()) {
        out->entity = proposal(header, names);
        if (out->entity.isEmpty())
            return fail(line, column, tr("column \"%1\" names no country or region GapScope knows: map it to an entity, "
                                         "to a separate indicator, or skip it")
                                          .arg(header));
        return true;
    }
    const QString text = mapped.value().trimmed();
    if (text.compare(QLatin1String("skip"), Qt::CaseInsensitive) == 0)
        return true;
    if (!text.startsWith(indicatorPrefix, Qt::CaseInsensitive)) {
        out->entity = m_rows.entity(text);
        if (out->entity.isEmpty())
            return fail(line, column, tr("column \"%1\": unknown entity \"%2\"").arg(header, text));
        return true;
    }
    // A separate indicator: of the entity after "@", or of the one the header names.
    const QString rest = text.mid(indicatorPrefix.size());
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    out->indicator = rest.left(at).trimmed();
    const QString entityText = at < 0 ? QString() : rest.mid(at + 1).trimmed();
    if (out->indicator.isEmpty())
        return fail(line, column, tr("column \"%1\": \"indicator:\" needs the indicator's id").arg(header));
    out->entity = entityText.isEmpty() ? proposal(header, names) : m_rows.entity(entityText);
    if (out->entity.isEmpty() && entityText.isEmpty())
        return fail(line, column, tr("column \"%1\" is a separate indicator, but its header names no entity: "
                                     "give one as indicator:%2@ENTITY")
                                      .arg(header, out->indicator));
    if (out->entity.isEmpty())
        return fail(line, column, tr("column \"%1\": unknown entity \"%2\"").arg(header, entityText));
    return true;
}

bool EntityColumnsReader::read(const QList<CsvRecord> &records, const QStringList &names)
{
    if (records.isEmpty())
        return fail(0, 0, tr("the file is empty"));
    const CsvRecord &header = records.constFirst();
    const ImportOptions &options = m_rows.options();
    const qsizetype dateCol = dateColumn(names);
    // The values' indicator, asked once: one of the workspace's by its id, or a new one by its name.
    const QString given = options.indicator.trimmed();
    if (given.isEmpty())
        return fail(header.line, 0, tr("give the indicator of the values: an indicator id of the workspace or the name of a new one"));
    const bool known = m_rows.dataset().indicator(given) != nullptr;
    const QString indicator = known ? given : m_rows.columnIndicator(given, {});
    if (indicator.isEmpty())
        return fail(header.line, 0, tr("no indicator id is free for \"%1\": give another name").arg(given));

    QList<std::pair<qsizetype, Target>> targets;
    QHash<QString, int> held; // entity|indicator -> column
    ImportBatch &batch = m_rows.batch();
    batch.columnTargets.clear();
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        if (i == dateCol)
            continue;
        const QString name = header.fields[i].trimmed();
        const int column = header.columns.value(i);
        Target t;
        if (!target(name, header.line, column, &t))
            return false;
        if (t.entity.isEmpty()) {
            batch.columnTargets.append({name, QStringLiteral("skip")});
            continue;
        }
        const QString key = t.entity + QLatin1Char('|') + (t.indicator.isEmpty() ? indicator : t.indicator);
        if (held.contains(key))
            return fail(header.line, column, tr("columns \"%1\" and \"%2\" hold the same entity and indicator")
                                                 .arg(header.fields.value(held.value(key)).trimmed(), name));
        held.insert(key, int(i));
        batch.columnTargets.append({name, t.indicator.isEmpty() ? t.entity : indicatorPrefix + t.indicator + QLatin1Char('@') + t.entity});
        targets.append({i, t});
    }
    if (targets.isEmpty())
        return fail(header.line, 0, tr("every column is skipped: nothing to import"));

    return m_rows.eachRecord(records, [&](const CsvRecord &rec, ImportRow &row) {
        row.set(QStringLiteral("date"), rec, dateCol);
        for (const auto &[c, t] : std::as_const(targets)) {
            ImportRow one = row;
            one.fields.insert(QStringLiteral("entity_id"), t.entity);
            one.fields.insert(QStringLiteral("indicator"), t.indicator.isEmpty() ? indicator : t.indicator);
            if (t.indicator.isEmpty() && !known)
                one.fields.insert(QStringLiteral("indicator_name_en"), given);
            one.columns.insert(QStringLiteral("indicator"), header.columns.value(c));
            one.columns.insert(QStringLiteral("country"), header.columns.value(c));
            one.set(QStringLiteral("value"), rec, c);
            if (!m_rows.add(one, true))
                return false;
        }
        return true;
    });
}

} // namespace gapscope
