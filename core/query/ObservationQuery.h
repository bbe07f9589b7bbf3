#pragma once

#include "Filter.h"
#include "ObservationIndex.h"
#include "domain/Dataset.h"
#include "domain/RecordKind.h"

#include <QObject>

#include <vector>

namespace gapscope {

class Workspace;

// The observations the filter accepts, free text included, computed once per filter change and
// read by everything that shows observations: the table, the chart and the status bar. Following
// a Workspace, it keeps the rows current as single records change, without filtering again.
class ObservationQuery : public QObject
{
    Q_OBJECT

public:
    ObservationQuery(const Dataset &dataset, const ObservationIndex &index, QObject *parent = nullptr);
    // Keeps the rows current as `workspace` (which owns the dataset and index given) changes.
    void follow(const Workspace *workspace);

    const Dataset &dataset() const { return m_dataset; }
    const ObservationIndex &index() const { return m_index; }
    const Filter &filter() const { return m_filter; }
    // Filters again when `filter` differs from the one the rows are for.
    void setFilter(const Filter &filter);
    // The positions in the dataset's observations of those accepted, in the dataset's order.
    const std::vector<int> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    bool contains(int record) const;
    // The first and last year of all the observations, accepted or not: what a year range can
    // reach (0 and 0 when none has a year). Current as records change.
    int firstYear() const { return m_index.firstYear(); }
    int lastYear() const { return m_index.lastYear(); }

    // Whether `filter` accepts the observation at `record` of `d`: country, narrowing, indicator,
    // dimension, year and free text (matched in English and Korean, on names, note, ids and kind).
    static bool accepts(const Dataset &d, const Filter &filter, int record);
    // The rows of `index` (built from `d`) that `filter` accepts: the index narrows, the free text
    // is matched on what it lets through.
    static std::vector<int> run(const Dataset &d, const ObservationIndex &index, const Filter &filter);
    // Whether `filter` accepts any row of `index`: the scan stops at the first (without free text).
    static bool any(const Dataset &d, const ObservationIndex &index, const Filter &filter);

signals:
    // The rows changed: a new filter, a record added, edited or removed, a dataset swapped.
    void changed();

private:
    void rebuild();
    void inserted(RecordKind kind, int first, int last);
    void updated(RecordKind kind, int row);
    void aboutToRemove(RecordKind kind, int row);
    void removed(RecordKind kind, int row);

    const Dataset &m_dataset;
    const ObservationIndex &m_index;
    Filter m_filter;
    std::vector<int> m_rows;
};

} // namespace gapscope
