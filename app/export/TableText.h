#pragma once

#include "domain/Dataset.h"
#include "model/DatasetTableModel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace gapscope {

// A table's every row as text for the clipboard, beside its picture: what each column shows, and
// each row's licence (its source's, which the table names but not its terms). As tab-separated
// lines, which spreadsheets paste into cells, and as an HTML table, which word processors and
// presentation programs paste as a table.
class TableText
{
    Q_DECLARE_TR_FUNCTIONS(TableText)

public:
    // The observations `table` shows, in its order, with `dataset`'s licences.
    TableText(const DatasetTableModel &table, const Dataset &dataset);

    QString tsv() const;
    QString html() const;
    int rowCount() const { return int(m_rows.size()); }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace gapscope
