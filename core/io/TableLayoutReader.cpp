#include "TableLayoutReader.h"

#include "EntityColumnsReader.h"
#include "EventLayoutReader.h"
#include "RecordsLayoutReader.h"

#include <QRegularExpression>

namespace gapscope {

namespace {

bool isYear(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("^(1[89]|20|21)\\d\\d$"));
    return year.match(text.trimmed()).hasMatch();
}

} // namespace

bool TableLayoutReader::isPeriod(const QString &text)
{
    static const QRegularExpression date(QStringLiteral("^(1[89]|20|21)\\d\\d-\\d\\d(-\\d\\d)?$"));
    return isYear(text) || date.match(text.trimmed()).hasMatch();
}

bool TableLayoutReader::read(const QList<CsvRecord> &records, ImportLayout layout)
{
    if (records.isEmpty())
        return fail(0, 0, tr("the file is empty"));
    if (layout == ImportLayout::Records) {
        m_rows.batch().layout = layout;
        return RecordsLayoutReader(m_rows).read(records);
    }
    const ImportOptions &options = m_rows.options();
    const CsvRecord &header = records.constFirst();
    QStringList names;
    for (const QString &f : header.fields)
        names << f.trimmed().toLower();
    // Columns the user mapped take the field's name; a column that had that name steps aside.
    for (auto it = options.columns.cbegin(); it != options.columns.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const qsizetype from = names.indexOf(it.value().trimmed().toLower());
        if (from < 0)
            return fail(header.line, 0, tr("no column \"%1\" for %2").arg(it.value(), it.key()));
        const qsizetype clash = names.indexOf(it.key());
        if (clash >= 0 && clash != from)
            names[clash] = QStringLiteral("(unused) ") + names[clash];
        names[from] = it.key();
    }
    auto has = [&names](const char *name) { return names.contains(QLatin1String(name)); };

    if (layout == ImportLayout::Auto && !options.entityColumns.isEmpty())
        layout = ImportLayout::Columns;
    // A timeline's header: a date, a title and a kind.
    if (layout == ImportLayout::Auto && EventLayoutReader::namesEvents(names))
        layout = ImportLayout::Events;
    if (layout == ImportLayout::Auto || layout == ImportLayout::Tidy) {
        // Our World in Data's files announce themselves; dates as column names mean wide; a date
        // and columns named after countries or regions, one column per entity.
        if (has("entity") && has("code") && (has("year") || has("day") || has("date")))
            layout = ImportLayout::Owid;
        else if (std::any_of(header.fields.cbegin(), header.fields.cend(), isPeriod) && !has("year") && !has("date"))
            layout = ImportLayout::Wide;
        else if (layout == ImportLayout::Auto && !has("country") && !has("entity")
                 && EntityColumnsReader::namesEntities(header.fields, m_rows.names()))
            layout = ImportLayout::Columns;
        else
            layout = ImportLayout::Tidy;
    }
    m_rows.batch().layout = layout;
    if (layout == ImportLayout::Columns)
        return EntityColumnsReader(m_rows).read(records, names);
    if (layout == ImportLayout::Events)
        return EventLayoutReader(m_rows).read(records, names);
    // Our World in Data's daily files have a Day column where others have Year.
    if (layout == ImportLayout::Owid && has("day") && !has("year") && !has("date"))
        names[names.indexOf(QStringLiteral("day"))] = QStringLiteral("date");

    QStringList required;
    if (layout == ImportLayout::Tidy)
        required = {QStringLiteral("country"), QStringLiteral("indicator"), QStringLiteral("value")};
    else if (layout == ImportLayout::Owid)
        required = {QStringLiteral("entity"), QStringLiteral("code")};
    else
        required = {QStringLiteral("country")};
    if (layout != ImportLayout::Wide && !has("date"))
        required.insert(2, QStringLiteral("year"));
    for (const QString &r : required) {
        if (!names.contains(r))
            return fail(header.line, 0, tr("missing column \"%1\" (the header has: %2)").arg(r, header.fields.join(QLatin1String(", "))));
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.indexOf(names[i]) != i)
            return fail(header.line, header.columns.value(i), tr("column \"%1\" appears twice").arg(header.fields[i]));
    }

    QList<int> valueColumns; // owid: value columns; wide: date columns
    QHash<int, QString> columnIndicators; // owid: the indicator of each value column
    const QStringList owidKeys{QStringLiteral("entity"), QStringLiteral("code"), QStringLiteral("year"), QStringLiteral("date")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (layout == ImportLayout::Owid && !owidKeys.contains(names[i])) {
            valueColumns << int(i);
            if (options.indicator.isEmpty()) {
                const QString name = header.fields[i].trimmed();
                const QString id = m_rows.columnIndicator(name, columnIndicators.values());
                if (id.isEmpty())
                    return fail(header.line, header.columns.value(i),
                                tr("no indicator id is free for column \"%1\": give the indicator with the import").arg(name));
                columnIndicators.insert(int(i), id);
            }
        }
        if (layout == ImportLayout::Wide && isPeriod(names[i])) {
            // A month or day as a column's name is checked once, where it is written.
            ImportRow named;
            named.line = header.line;
            named.set(QStringLiteral("date"), header, i);
            int year = 0, month = 0, day = 0;
            if (!isYear(names[i]) && !m_rows.date(named, &year, &month, &day))
                return false;
            valueColumns << int(i);
        }
    }
    if (layout != ImportLayout::Tidy && valueColumns.isEmpty())
        return fail(header.line, 0, layout == ImportLayout::Owid ? tr("no value column after Entity, Code and Year")
                                                                 : tr("no year columns"));
    if (layout == ImportLayout::Owid && valueColumns.size() > 1 && !options.indicator.isEmpty())
        return fail(header.line, 0, tr("the file has %1 value columns: one indicator id cannot name them all").arg(valueColumns.size()));
    if (layout == ImportLayout::Wide && !has("indicator") && options.indicator.isEmpty())
        return fail(header.line, 0, tr("a wide file needs an \"indicator\" column or an indicator given with the import"));

    return m_rows.eachRecord(records, [&](const CsvRecord &rec, ImportRow &row) {
        if (layout == ImportLayout::Tidy) {
            for (qsizetype i = 0; i < names.size(); ++i)
                row.set(names[i], rec, i);
            return m_rows.add(row, false);
        }
        // One row holds several values: one row each.
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!valueColumns.contains(int(i)))
                row.set(names[i], rec, i);
        }
        for (int c : std::as_const(valueColumns)) {
            ImportRow one = row;
            if (layout == ImportLayout::Owid) {
                one.fields.insert(QStringLiteral("country"), row.fields.value(QStringLiteral("code")).isEmpty()
                                                                 ? row.fields.value(QStringLiteral("entity"))
                                                                 : row.fields.value(QStringLiteral("code")));
                one.columns.insert(QStringLiteral("country"), row.columns.value(QStringLiteral("code")));
                QString indicator = options.indicator;
                if (indicator.isEmpty()) {
                    indicator = columnIndicators.value(c);
                    one.fields.insert(QStringLiteral("indicator_name_en"), header.fields[c].trimmed());
                }
                if (m_rows.hasMetadata())
                    m_rows.describe(&one, header.fields[c]);
                one.fields.insert(QStringLiteral("indicator"), indicator);
            } else {
                // A year column keeps its field's name, a month or day column is a date.
                const QString field = isYear(header.fields[c]) ? QStringLiteral("year") : QStringLiteral("date");
                one.fields.insert(field, header.fields[c].trimmed());
                one.columns.insert(field, header.columns.value(c));
                if (!row.fields.contains(QStringLiteral("indicator")))
                    one.fields.insert(QStringLiteral("indicator"), options.indicator);
            }
            one.set(QStringLiteral("value"), rec, c);
            if (!m_rows.add(one, true))
                return false;
        }
        return true;
    });
}

} // namespace gapscope
