#pragma once

#include "DatasetTableModel.h"

namespace gapscope {

// Events in date order: date, country, kind, text, source.
class EventTableModel : public DatasetTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, CountryColumn, KindColumn, TextColumn, SourceColumn, ColumnCount };

    using DatasetTableModel::DatasetTableModel;

protected:
    int recordCount() const override { return int(d().events.size()); }
    bool accepts(int record) const override;
    int columns() const override { return ColumnCount; }
    QVariant cell(int record, int column, int role) const override;
    QString header(int column) const override;
    QString recordId(int record) const override { return d().events.at(record).id; }
    std::optional<RecordKind> rowKind() const override { return RecordKind::Event; }
};

} // namespace gapscope
