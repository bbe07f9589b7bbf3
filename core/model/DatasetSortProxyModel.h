#pragma once

#include <QSortFilterProxyModel>

namespace gapscope {

// Sorts a DatasetTableModel as the model says its records compare (DatasetTableModel::lessThan):
// texts with the collation of the interface language, values within their unit. Filtering by
// role and pattern is QSortFilterProxyModel's.
class DatasetSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace gapscope
