#pragma once

#include "WorkbookWriter.h"
#include "domain/Dataset.h"
#include "query/Filter.h"

#include <QSet>

namespace gapscope {

class GapTableModel;

// The explorer's tables as an Excel workbook: the observations with their sources, the
// comparison, the SWOT and the gap's table, each on its own sheet in the order added, and on the
// second sheet every source they cite with its licence. Values are numbers in their unit's number
// format ("KRW "#,##0), dates are dates, texts are in the language asked for.
class TableWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(TableWorkbook)

public:
    TableWorkbook(const Dataset &dataset, Language lang);

    // The observations `records` (indexes into the dataset's), in that order.
    void addObservations(const QList<int> &records);
    // The country x dimension matrix of the assessments the filter accepts.
    void addComparison(const Filter &filter);
    // The SWOT items the filter accepts, a row each, by quadrant.
    void addSwot(const Filter &filter);
    // Every row of the gap's table, numbers as numbers.
    void addGap(const GapTableModel &model);

    // The sheets: the first table, the sources, then the other tables.
    QList<WorkbookWriter::Sheet> sheets() const;
    // False when the file cannot be written, with errorString() saying why.
    bool write(const QString &path);
    QString errorString() const { return m_error; }

    // An Excel number format writing `value` in `unit` as the language writes it ("KRW "#,##0.00).
    static QString numberFormat(const Unit *unit, Language lang, double value);

private:
    void cite(const QString &sourceId);
    WorkbookWriter::Sheet sourcesSheet() const;

    const Dataset &m_dataset;
    Language m_lang;
    QList<WorkbookWriter::Sheet> m_tables;
    QSet<QString> m_sources;
    QString m_error;
};

} // namespace gapscope
