#pragma once

#include "DatasetTableModel.h"

namespace gapscope {

// Compute clusters (Epoch AI's GPU clusters): name, owners, country, status, first operational
// date, H100 equivalents, power, sector, certainty, source. The country filter finds a cluster by
// its country, the year range by its first operational date (a cluster without one is never
// left out by the years), the dimension filter by the compute dimension; KindRole is the status
// as Epoch writes it.
class ComputeClusterTableModel : public DatasetTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OwnersColumn, CountryColumn, StatusColumn, FirstOperationalColumn, H100eColumn,
                  PowerColumn, SectorColumn, CertaintyColumn, SourceColumn, ColumnCount };

    // The dimension clusters belong to.
    static QString dimension() { return QStringLiteral("compute"); }

    using DatasetTableModel::DatasetTableModel;

protected:
    int recordCount() const override { return int(d().clusters.size()); }
    bool accepts(int record) const override;
    int columns() const override { return ColumnCount; }
    QVariant cell(int record, int column, int role) const override;
    QString header(int column) const override;
    QString recordId(int record) const override { return d().clusters.at(record).id; }
    std::optional<RecordKind> rowKind() const override { return RecordKind::Cluster; }
    int nameColumn() const override { return NameColumn; }
};

} // namespace gapscope
