#pragma once

#include "CsvParser.h"
#include "ImportRows.h"

namespace gapscope {

// A file of one column per entity: a date (or year) column, then one value column per country,
// region, organisation, AI model or compute cluster of one indicator, as in a monthly comparison
// `Month,Korea score,Japan score,Difference`. Each other column is mapped to an entity, to a
// separate indicator (of the entity its header names, or of the one given) or skipped
// (ImportOptions::entityColumns); a column the user did not map is proposed from the country or
// region its header names, and refused when it names none. The indicator of the values is asked
// once: an indicator id of the workspace, or the name of a new one.
class EntityColumnsReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    explicit EntityColumnsReader(ImportRows &rows) : m_rows(rows) { }
    // `names` are the header's fields, lower-cased, with the columns the user mapped to fields
    // (date, year) renamed after them.
    bool read(const QList<CsvRecord> &records, const QStringList &names);

    // What a column is proposed to hold from its header: the code of the country or region it
    // names, or "skip".
    static QString proposal(const QString &header, const EntityNameIndex &names);
    // Whether a header looks like a date column followed by columns named after countries or
    // regions.
    static bool namesEntities(const QStringList &header, const EntityNameIndex &names);
    // The date column of a header: the one mapped to date or year, one named so, else the first.
    static qsizetype dateColumn(const QStringList &names);

private:
    struct Target
    {
        QString entity;
        QString indicator; // empty: the values' indicator
        QString indicatorName;
    };
    bool fail(int line, int column, const QString &message) { return m_rows.fail(line, column, message); }
    // What the column of `header` at `column` holds; false (with the error) when it names no
    // entity GapScope knows. A skipped column has no entity.
    bool target(const QString &header, int line, int column, Target *out);

    ImportRows &m_rows;
};

} // namespace gapscope
