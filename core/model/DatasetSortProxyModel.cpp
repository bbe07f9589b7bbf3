#include "DatasetSortProxyModel.h"

#include "DatasetTableModel.h"

namespace gapscope {

void DatasetSortProxyModel::sort(int column, Qt::SortOrder order)
{
    if (auto *model = qobject_cast<DatasetTableModel *>(sourceModel())) {
        // The source sorts; the proxy follows its order (its own sort column stays -1).
        model->sort(column, order); // the proxy filters rows only: its columns are the source's
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

} // namespace gapscope
