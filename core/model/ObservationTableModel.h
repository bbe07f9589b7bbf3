#pragma once

#include "DatasetTableModel.h"
#include "query/ObservationIndex.h"

#include <vector>

namespace gapscope {

class ObservationQuery;

// The observations the filter accepts: country, indicator, year, value, unit, kind, source.
class ObservationTableModel : public DatasetTableModel
{
    Q_OBJECT

public:
    enum Column { CountryColumn, IndicatorColumn, YearColumn, ValueColumn, UnitColumn, KindColumn, SourceColumn,
                  ColumnCount };

    using DatasetTableModel::DatasetTableModel;
    // Filters through `index` (built from the same dataset, kept current by its owner) instead of
    // an index of its own; nullptr goes back to its own.
    void setIndex(const ObservationIndex *index);
    // Shows the rows of `query` (over the same dataset and index), computed once per filter for
    // the table, the chart and the status bar alike.
    void setQuery(ObservationQuery *query);

protected:
    int recordCount() const override { return int(d().observations.size()); }
    bool accepts(int record) const override;
    int columns() const override { return ColumnCount; }
    QVariant cell(int record, int column, int role) const override;
    QString header(int column) const override;
    QString recordId(int record) const override { return d().observations.idAt(record); }
    std::optional<RecordKind> rowKind() const override { return RecordKind::Observation; }
    // Through the index's columns: country and indicator by the rank of their names, dates,
    // values within their unit; the other columns record by record.
    void sortRecords(QList<int> &rows, int column, Qt::SortOrder order) const override;
    // Filters through the columnar index: a million observations in milliseconds.
    void datasetChanged() override;
    void refilter() override;
    // By value within a unit: the units (in the order of their names) first, then the values,
    // so that KRW 3.4 trillion never sorts among US dollars.
    bool recordLessThan(int left, int right, int column) const override;

private:
    const ObservationIndex &activeIndex() const { return m_shared ? *m_shared : m_own; }
    // The place of the record's unit among the units, by name in the interface language.
    int unitRank(int record) const;
    // unitRank() of each indicator of activeIndex().
    const std::vector<int> &unitRanks() const;

    // Whether the filter shows figures of organisations, models or clusters, not only countries
    // and regions: the first column is then "Entity".
    bool showsEntities() const;

    ObservationIndex m_own;
    const ObservationIndex *m_shared = nullptr;
    ObservationQuery *m_query = nullptr;
    // unitRank() of each indicator of activeIndex(), built for m_rankLanguage on first use.
    mutable std::vector<int> m_rankOfIndicator;
    mutable Language m_rankLanguage = Language::English;
    bool m_showsEntities = true;
};

} // namespace gapscope
