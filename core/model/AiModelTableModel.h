#pragma once

#include "DatasetTableModel.h"

namespace gapscope {

// AI models: name, developer, country (all of a model's countries, as Epoch AI lists them),
// release date, open weights, training compute and parameters (Epoch's figures), description,
// source. The country filter finds a model by any of its countries; the dimension filter selects
// models whose developer works on one of the dimensions.
class AiModelTableModel : public DatasetTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DeveloperColumn, CountryColumn, ReleasedColumn, OpenWeightsColumn,
                  TrainingComputeColumn, ParametersColumn, DescriptionColumn, SourceColumn, ColumnCount };

    using DatasetTableModel::DatasetTableModel;

    // The record's release date, or else Epoch AI's publication date.
    static QString released(const AiModel &m);
    // Whether `filter` accepts `m` (the table's rows, the models scatter's points): any of its
    // countries, its release year, its developer's dimensions, the free text.
    static bool acceptsModel(const Dataset &d, const Filter &filter, const AiModel &m);

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
