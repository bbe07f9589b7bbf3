#pragma once

#include "DatasetTableModel.h"

namespace gapscope {

// AI models: name, developer, country, release date, open weights, description, source.
// The dimension filter selects models whose developer works on one of the dimensions.
class AiModelTableModel : public DatasetTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DeveloperColumn, CountryColumn, ReleasedColumn, OpenWeightsColumn, DescriptionColumn,
                  SourceColumn, ColumnCount };

    using DatasetTableModel::DatasetTableModel;

protected:
    int recordCount() const override { return int(d().models.size()); }
    bool accepts(int record) const override;
    int columns() const override { return ColumnCount; }
    QVariant cell(int record, int column, int role) const override;
    QString header(int column) const override;
    QString recordId(int record) const override { return d().models.at(record).id; }
    std::optional<RecordKind> rowKind() const override { return RecordKind::Model; }
    // Listed by name in the interface language's order.
    int nameColumn() const override { return NameColumn; }
};

} // namespace gapscope
