#include "GapTableModel.h"

#include <algorithm>

#include "Roles.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"
#include "gap/GapText.h"

namespace gapscope {

GapTableModel::GapTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void GapTableModel::setResults(const Dataset *dataset, const QList<GapResult> &results)
{
    beginResetModel();
    m_dataset = dataset;
    m_results = results;
    m_rows.clear();
    for (int r = 0; r < m_results.size(); ++r) {
        for (int p = 0; p < m_results.at(r).points.size(); ++p)
            m_rows.append({r, p});
    }
    endResetModel();
}

void GapTableModel::setLanguage(Language lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const GapResult &GapTableModel::resultAt(int row) const
{
    return m_results.at(m_rows.at(row).first);
}

const GapPoint &GapTableModel::pointAt(int row) const
{
    return resultAt(row).points.at(m_rows.at(row).second);
}

QList<int> GapTableModel::summaryRows(int years) const
{
    QList<int> out;
    for (int r = 0; r < m_results.size(); ++r) {
        // The follower's rows from its last backwards, keeping the first met of each year.
        QList<int> kept;
        for (int row = int(m_rows.size()) - 1; row >= 0 && kept.size() < years; --row) {
            if (m_rows.at(row).first != r)
                continue;
            const int year = pointAt(row).year;
            if (kept.isEmpty() || pointAt(kept.constLast()).year != year)
                kept.append(row);
        }
        std::reverse(kept.begin(), kept.end());
        out.append(kept);
    }
    return out;
}

int GapTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GapTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GapTableModel::columnTitle(int column) const
{
    const QString leader = m_dataset && !m_results.isEmpty()
        ? DisplayText::country(*m_dataset, m_results.first().leader, m_lang)
        : QString();
    switch (column) {
    case FollowerColumn:
        return tr("Follower");
    case DateColumn:
        return tr("Date");
    case LeaderColumn:
        return leader.isEmpty() ? tr("Leader") : tr("Leader (%1)").arg(leader);
    case FollowerValueColumn:
        return tr("Follower's value");
    case ShareColumn:
        return tr("Share of leader");
    case DifferenceColumn:
        return tr("Difference");
    case TimeGapColumn:
        return m_results.isEmpty() ? tr("Time gap") : GapText::timeGapUnit(m_results.first().precision);
    }
    return {};
}

QVariant GapTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString GapTableModel::text(const GapResult &r, const GapPoint &p, int column) const
{
    const Indicator *indicator = m_dataset ? m_dataset->indicator(r.indicator) : nullptr;
    const Unit *unit = m_dataset && indicator ? m_dataset->unit(indicator->unit) : nullptr;
    switch (column) {
    case FollowerColumn:
        return m_dataset ? DisplayText::country(*m_dataset, r.follower, m_lang) : r.follower;
    case DateColumn:
        return DisplayText::period(p.year, p.month, m_lang);
    case LeaderColumn:
        return p.leaderValue ? ValueFormatter::withUnit(*p.leaderValue, unit, m_lang) : tr("no data");
    case FollowerValueColumn:
        return ValueFormatter::withUnit(p.followerValue, unit, m_lang);
    case ShareColumn:
        return p.share ? GapText::share(*p.share, m_lang) : QString();
    case DifferenceColumn:
        return p.difference ? ValueFormatter::withUnit(*p.difference, unit, m_lang) : QString();
    case TimeGapColumn:
        return GapText::timeGap(p, r.precision, m_lang);
    }
    return {};
}

QVariant GapTableModel::value(const GapPoint &p, int column) const
{
    switch (column) {
    case DateColumn:
        return p.year * 100 + p.month;
    case LeaderColumn:
        return p.leaderValue ? QVariant(*p.leaderValue) : QVariant();
    case FollowerValueColumn:
        return p.followerValue;
    case ShareColumn:
        return p.share ? QVariant(*p.share) : QVariant();
    case DifferenceColumn:
        return p.difference ? QVariant(*p.difference) : QVariant();
    case TimeGapColumn:
        return p.hasTimeGap() ? QVariant(p.timeGap) : QVariant();
    }
    return {};
}

QVariant GapTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GapResult &r = resultAt(index.row());
    const GapPoint &p = pointAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, p, index.column());
    case Qt::ToolTipRole:
        if (m_dataset && p.record >= 0)
            return DisplayText::source(*m_dataset, m_dataset->observations.sourceAt(p.record), m_lang);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= LeaderColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case ValueRole:
    case SortRole:
        return index.column() == FollowerColumn ? QVariant(r.follower) : value(p, index.column());
    case CountryRole:
        return r.follower;
    case YearRole:
        return p.year;
    case IndicatorRole:
        return r.indicator;
    case SourceRole:
        return m_dataset && p.record >= 0 ? QVariant(m_dataset->observations.sourceAt(p.record)) : QVariant();
    }
    return {};
}

} // namespace gapscope
