#pragma once

#include "DatasetTableModel.h"

namespace gapscope {

// Organisations of the ecosystem: name, country, kind, dimensions, description, source.
class ActorTableModel : public DatasetTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountryColumn, KindColumn, DimensionsColumn, DescriptionColumn, SourceColumn,
                  ColumnCount };

    using DatasetTableModel::DatasetTableModel;

protected:
    int recordCount() const override { return int(d().actors.size()); }
    bool accepts(int record) const override;
    int columns() const override { return ColumnCount; }
    QVariant cell(int record, int column, int role) const override;
    QString header(int column) const override;
    QString recordId(int record) const override { return d().actors.at(record).id; }
    std::optional<RecordKind> rowKind() const override { return RecordKind::Actor; }
    // Listed by name in the interface language's order.
    int nameColumn() const override { return NameColumn; }
};

} // namespace gapscope
