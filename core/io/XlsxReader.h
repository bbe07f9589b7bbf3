#pragma once

#include "CsvParser.h"
#include "ParseError.h"

#include <optional>

namespace gapscope {

// Reads one worksheet of an Excel workbook (.xlsx, Office Open XML) as the records a CSV file of
// it would give: one record per row, a field per column from A to the row's last cell, with the
// row's number as its line and the column's number (A = 1) as each field's column, so that a
// message points at the cell. Shared and inline strings are text; numbers keep the digits Excel
// wrote ("2020", "1.5E-3"); booleans are TRUE or FALSE; a number in a date format is the date
// (YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS when it has a time). Empty rows are left out.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // True when the bytes start like a zip archive, as every .xlsx does.
    static bool looksLikeXlsx(const QByteArray &start);

    // The rows of the sheet named `sheet`, or of the workbook's first sheet when it is empty.
    // Nothing when the file is not a workbook or is damaged, with parseError() and errorString().
    std::optional<QList<CsvRecord>> read(const QString &path, const QString &displayName, const QString &sheet = {});
    // The same, from the file's bytes.
    std::optional<QList<CsvRecord>> readBytes(const QByteArray &bytes, const QString &displayName,
                                              const QString &sheet = {});

    // The names of the workbook's sheets, in order, after a read.
    const QStringList &sheetNames() const { return m_sheetNames; }
    // The sheet read.
    const QString &sheetName() const { return m_sheetName; }
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    bool fail(const QString &message);

    ParseError m_error;
    QStringList m_sheetNames;
    QString m_sheetName;
};

} // namespace gapscope
