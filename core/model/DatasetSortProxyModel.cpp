#include "DatasetSortProxyModel.h"

#include "DatasetTableModel.h"

namespace gapscope {

bool DatasetSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *model = qobject_cast<const DatasetTableModel *>(sourceModel()))
        return model->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace gapscope
