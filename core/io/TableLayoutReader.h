#pragma once

#include "CsvParser.h"
#include "ImportRows.h"

namespace gapscope {

// The rows of a CSV file or workbook sheet in the layouts with a header (ImportReader lists
// them): the columns the user mapped take their fields' names, the layout is recognised from the
// header when not given, and each value becomes a row of the batch.
class TableLayoutReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    explicit TableLayoutReader(ImportRows &rows) : m_rows(rows) { }
    bool read(const QList<CsvRecord> &records, ImportLayout layout);
    // A year ("2024"), month ("2024-03") or day ("2024-03-15") as a wide file's column header.
    static bool isPeriod(const QString &text);

private:
    bool fail(int line, int column, const QString &message) { return m_rows.fail(line, column, message); }

    ImportRows &m_rows;
};

} // namespace gapscope
