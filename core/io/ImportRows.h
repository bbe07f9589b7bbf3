#pragma once

#include "CsvParser.h"
#include "EntityNameIndex.h"
#include "ImportBatch.h"
#include "ImportOptions.h"
#include "OwidMetadata.h"
#include "ParseError.h"
#include "domain/Dataset.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace gapscope {

// One value of a user's file with its fields by name (country, indicator, year or date, value,
// ...) and the 1-based column each came from.
struct ImportRow
{
    int line = 0;
    QHash<QString, QString> fields; // by lower-case column name
    QHash<QString, int> columns; // 1-based column of each field

    // The field `name` from the record's field `i`, trimmed, with its column.
    void set(const QString &name, const CsvRecord &record, qsizetype i)
    {
        fields.insert(name, record.fields[i].trimmed());
        columns.insert(name, record.columns.value(i));
    }
};

// The batch an import builds, row by row, whatever the file's layout: each row's entity, date,
// value, indicator and source checked against the workspace and the rows before it. The first
// problem is kept in the error given, with its file, line and column.
class ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    ImportRows(const Dataset &dataset, const ImportOptions &options, ImportBatch &batch, ParseError &error);

    const Dataset &dataset() const { return m_dataset; }
    const ImportOptions &options() const { return m_options; }
    ImportBatch &batch() { return m_batch; }
    const EntityNameIndex &names() const { return m_names; }
    void setMetadata(const std::optional<OwidMetadata> &metadata) { m_metadata = metadata; }
    bool hasMetadata() const { return m_metadata.has_value(); }

    // Adds the observation of `row`; a row with an empty value is left out when
    // `emptyValueIsMissing` (Our World in Data's and wide files), refused otherwise.
    bool add(const ImportRow &row, bool emptyValueIsMissing);
    bool fail(int line, int column, const QString &message);
    // A JSON file has items where a CSV file has lines: rows' lines are items' numbers, and
    // messages that name another row name its item.
    void setItems(bool items) { m_items = items; }
    bool hasItems() const { return m_items; }
    const ParseError &error() const { return m_error; }
    // A blank line of a CSV file: no field, or one empty field.
    static bool isBlank(const CsvRecord &record);
    // Whether a record has as many fields as the header, none of them too long.
    bool checkRecord(const CsvRecord &record, const CsvRecord &header);
    // Gives `read` each record of a file after its header (the first record), but blank lines,
    // once checkRecord() has found it sound, with a row of the record's line to fill: `read(record,
    // row)` returns false (with the error) to stop, and so does this.
    template<typename Read>
    bool eachRecord(const QList<CsvRecord> &records, Read &&read)
    {
        for (qsizetype r = 1; r < records.size(); ++r) {
            const CsvRecord &record = records.at(r);
            if (isBlank(record))
                continue;
            if (!checkRecord(record, records.constFirst()))
                return false;
            ImportRow row;
            row.line = record.line;
            if (!read(record, row))
                return false;
        }
        return true;
    }
    // Names, describes, gives the unit of and cites the values of an Our World in Data column
    // from the metadata that came with the file.
    void describe(ImportRow *row, const QString &header);
    // The indicator of a column named `name`, other than those `taken` by the file's other
    // columns; empty when no id is free.
    QString columnIndicator(const QString &name, const QList<QString> &taken) const;
    // The entity `text` names: the user's mapping, a country or region by code or name, or an
    // organisation's, AI model's or compute cluster's id; empty when none.
    QString entity(const QString &text) const;
    // The date of `row`: its "date" field (YYYY, YYYY-MM or YYYY-MM-DD, at that precision), or its
    // "year" and "month" fields; false (with the error) when it is none.
    bool date(const ImportRow &row, int *year, int *month, int *day);
    // The code of the country or region of `row` (its "country" field, or Our World in Data's
    // "entity"): the user's mapping, a code or a name; empty when none, with `skip` set when
    // unknown countries are skipped (and the name listed in the batch).
    QString country(const ImportRow &row, bool *skip);
    // The id of the source `text` names: a source of the workspace or the batch by id, else a
    // new source of the batch titled `text`.
    QString sourceId(const QString &text);
    // A number as data files write it (a dot for decimals) or as spreadsheets do, with commas
    // between groups of three digits ("1,234,567.5"); nothing when `text` is none.
    static std::optional<double> number(QString text);

private:
    // The entity of the kind the user named (ImportOptions::entityKind) that `text` names: the
    // workspace's or an earlier row's, else a new one in the batch. Empty when no kind is named.
    QString otherEntity(const QString &text, const QString &source);
    static QString otherEntityKey(const QString &kind, const QString &name);
    bool ensureIndicator(const ImportRow &row, const QString &id);

    const Dataset &m_dataset;
    const ImportOptions &m_options;
    ImportBatch &m_batch;
    ParseError &m_error;
    std::optional<OwidMetadata> m_metadata; // of an Our World in Data download
    QHash<QString, int> m_keys; // indicator|entity|year|month|day -> line
    QHash<QString, QString> m_existing; // the same key for the workspace's observations -> id
    EntityNameIndex m_names;
    QHash<QString, QString> m_otherEntities; // kind|name keys of entities of named kinds -> id
    bool m_items = false;
};

} // namespace gapscope
