#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace gapscope {

// Writes tables as an Excel workbook (.xlsx) with libxlsxwriter: one worksheet per table, its
// header row in bold and frozen, texts wrapped in wide columns, numbers as numbers in the number
// format given (the unit's), dates as dates. The file appears complete or not at all.
class WorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookWriter)

public:
    // A cell: a QString, a double (written in `format`, an Excel number format) or a QDate
    // (written in `format`, "yyyy-mm-dd" unless given); a null value leaves the cell empty.
    struct Cell
    {
        QVariant value;
        QString format;
    };
    struct Sheet
    {
        QString name; // at most 31 characters, none of []:*?/\ (Excel's rules); shortened when longer
        QStringList header;
        QList<double> widths; // in characters, one per column
        QList<QList<Cell>> rows;
        int frozenColumns = 0; // columns kept in view beside the frozen header row
    };

    // False when the file cannot be written, with errorString() saying why.
    bool write(const QString &path, const QList<Sheet> &sheets, const QString &title);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace gapscope
