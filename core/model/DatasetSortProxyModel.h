#pragma once

#include <QSortFilterProxyModel>

namespace gapscope {

// The view's model over a DatasetTableModel: sorting is the source model's (DatasetTableModel::
// sort: texts with the collation of the interface language, values within their unit, through
// the observation index where there is one), so that the proxy keeps the source's order and never
// sorts every row itself. Filtering by role and pattern is QSortFilterProxyModel's.
class DatasetSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
};

} // namespace gapscope
