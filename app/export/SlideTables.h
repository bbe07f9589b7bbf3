#pragma once

#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QString>
#include <QStringList>

namespace gapscope {

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

private:
    const Dataset &m_dataset;
};

} // namespace gapscope
