#include "DatasetTableModel.h"

#include "Roles.h"
#include "format/DisplayText.h"

namespace gapscope {

DatasetTableModel::DatasetTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void DatasetTableModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    datasetChanged();
    refilter();
    endResetModel();
}

void DatasetTableModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
    emit filterChanged();
}

void DatasetTableModel::setBothNames(bool on)
{
    if (on == m_bothNames)
        return;
    m_bothNames = on;
    textChanged();
}

QString DatasetTableModel::name(const LocalizedText &text) const
{
    return m_bothNames ? DisplayText::both(text, m_language) : text.text(m_language);
}

void DatasetTableModel::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    textChanged();
}

void DatasetTableModel::textChanged()
{
    // The free-text filter matches both languages, so the rows stay; only their text changes.
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void DatasetTableModel::refilter()
{
    m_rows.clear();
    if (!m_dataset)
        return;
    const int n = recordCount();
    for (int i = 0; i < n; ++i) {
        if (accepts(i))
            m_rows.append(i);
    }
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatasetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size() || index.column() >= columns())
        return {};
    const int record = m_rows.at(index.row());
    if (role == IdRole)
        return recordId(record);
    return cell(record, index.column(), role);
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns())
        return header(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int DatasetTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (recordId(m_rows.at(row)) == id)
            return row;
    }
    return -1;
}

} // namespace gapscope
