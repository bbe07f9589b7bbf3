#pragma once

#include "DatasetTableModel.h"
#include "ObservationIndex.h"

namespace gapscope {

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

protected:
    int recordCount() const override { return int(d().observations.size()); }
    bool accepts(int record) const override;
    int columns() const override { return ColumnCount; }
    QVariant cell(int record, int column, int role) const override;
    QString header(int column) const override;
    QString recordId(int record) const override { return d().observations.at(record).id; }
    // Filters through the columnar index: a million observations in milliseconds.
    void datasetChanged() override;
    void refilter() override;

private:
    const ObservationIndex &activeIndex() const { return m_shared ? *m_shared : m_own; }

    ObservationIndex m_own;
    const ObservationIndex *m_shared = nullptr;
};

} // namespace gapscope
