#pragma once

#include "domain/Dataset.h"
#include "view/SavedView.h"

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace gapscope {

class GapTableModel;

// The comparison matrix, the SWOT grids and the gap's figures of a view as native tables the
// presenter can edit, in the largest type at which they fit their box (x, y, cx, cy in EMU) and
// never below SlideTablePager::minimumSize: a table that does not fit continues on further slides.
class SlideTables
{
public:
    // One slide's table: its shapes, and the whole texts of cells shortened on it for the notes.
    struct Slide
    {
        QString shapes;
        QStringList notes;
    };

    explicit SlideTables(const Dataset &dataset);

    QList<Slide> comparison(const SavedView &view, qint64 x, qint64 y, qint64 cx, qint64 cy) const;
    // One grid per country, side by side, each under the country's name when there are several;
    // when they do not fit one slide, each country's strengths and weaknesses on one slide and its
    // opportunities and threats on the next.
    QList<Slide> swot(const QStringList &countries, const SavedView &view, qint64 x, qint64 y, qint64 cx,
                      qint64 cy) const;

    // The observations table (ObservationTableModel) without its sources, which the footer and
    // notes give: its first `maxSlides` slides; *rows receives how many rows they show.
    QList<Slide> observations(const QAbstractItemModel &model, const SavedView &view, qint64 x, qint64 y, qint64 cx,
                              qint64 cy, int maxSlides, int *rows) const;

    // The gap table summed up (GapTableModel::summaryRows): follower, date, the follower's value,
    // its share of the leader's and the time gap, as large as 18 pt allows.
    QList<Slide> gap(const GapTableModel &model, const SavedView &view, qint64 x, qint64 y, qint64 cx,
                     qint64 cy) const;

private:
    // The grids of every country on one slide, or nothing when they do not fit at the minimum size.
    QString swotGrids(const QList<QList<QStringList>> &cells, const QStringList &countries, const SavedView &view,
                      qint64 x, qint64 y, qint64 cx, qint64 cy) const;

    const Dataset &m_dataset;
};

} // namespace gapscope
