#pragma once

#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QString>
#include <QStringList>

namespace gapscope {

class GapTableModel;

// The comparison matrix and the SWOT grids of a view as native tables the presenter can edit, in
// the largest type at which they fit their box (x, y, cx, cy in EMU).
class SlideTables
{
public:
    explicit SlideTables(const Dataset &dataset);

    QString comparison(const SavedView &view, qint64 x, qint64 y, qint64 cx, qint64 cy) const;
    // One grid per country, side by side, each under the country's name when there are several.
    QString swot(const QStringList &countries, const SavedView &view, qint64 x, qint64 y, qint64 cx,
                 qint64 cy) const;

    // The gap table summed up (GapTableModel::summaryRows): follower, date, the follower's value,
    // its share of the leader's and the time gap, as large as 18 pt allows.
    QString gap(const GapTableModel &model, const SavedView &view, qint64 x, qint64 y, qint64 cx, qint64 cy) const;

private:
    const Dataset &m_dataset;
};

} // namespace gapscope
