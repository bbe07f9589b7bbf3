#pragma once

#include "domain/Dataset.h"
#include "gap/GapResult.h"

#include <QAbstractTableModel>

namespace gapscope {

// The gaps of one or more followers behind one leader, one row per follower and date: follower,
// date, leader's value, follower's value, share, difference and time gap (or why there is none).
// DisplayRole is text for the language; ValueRole the number behind a cell (empty when none);
// CountryRole the follower; YearRole the year; SourceRole the follower's observation's source.
class GapTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FollowerColumn, DateColumn, LeaderColumn, FollowerValueColumn, ShareColumn, DifferenceColumn,
                  TimeGapColumn, ColumnCount };

    explicit GapTableModel(QObject *parent = nullptr);

    // `dataset` outlives the model or is replaced before it goes.
    void setResults(const Dataset *dataset, const QList<GapResult> &results);
    const QList<GapResult> &results() const { return m_results; }
    void setLanguage(Language lang);
    Language language() const { return m_lang; }

    // The result and point of a row.
    const GapResult &resultAt(int row) const;
    const GapPoint &pointAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows that sum the table up: for each follower, its last date in each of its last
    // `years` years with a value, in the table's order.
    QList<int> summaryRows(int years) const;

    // The column's heading for a leader in this language ("Leader (United States)").
    QString columnTitle(int column) const;

private:
    QString text(const GapResult &r, const GapPoint &p, int column) const;
    QVariant value(const GapPoint &p, int column) const;

    const Dataset *m_dataset = nullptr;
    QList<GapResult> m_results;
    QList<QPair<int, int>> m_rows; // result, point
    Language m_lang = Language::English;
};

} // namespace gapscope
