#include "DatasetTableModel.h"

#include "Roles.h"
#include "format/DisplayText.h"

#include <QLocale>
#include <algorithm>

namespace gapscope {

DatasetTableModel::DatasetTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void DatasetTableModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    datasetChanged();
    refilter();
    orderByName();
    endResetModel();
}

void DatasetTableModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    refilter();
    orderByName();
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
    m_collator = collator(lang);
    textChanged();
}

QCollator DatasetTableModel::collator(Language lang)
{
    QCollator c(lang == Language::Korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                         : QLocale(QLocale::English, QLocale::UnitedStates));
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    return c;
}

bool DatasetTableModel::recordLessThan(int left, int right, int column) const
{
    const QVariant a = cell(left, column, SortRole);
    const QVariant b = cell(right, column, SortRole);
    const auto isNumber = [](const QVariant &v) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Bool:
            return true;
        default:
            return false;
        }
    };
    if (isNumber(a) && isNumber(b))
        return a.toDouble() < b.toDouble();
    return m_collator.compare(a.toString(), b.toString()) < 0;
}

void DatasetTableModel::orderByName()
{
    const int column = nameColumn();
    if (!m_dataset || column < 0)
        return;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this, column](int a, int b) { return recordLessThan(a, b, column); });
}

QList<LocalizedText> DatasetTableModel::dimensionNames(const QStringList &ids) const
{
    QList<LocalizedText> names;
    for (const QString &id : ids) {
        if (const Dimension *dim = d().dimension(id))
            names.append(dim->label);
    }
    return names;
}

void DatasetTableModel::textChanged()
{
    if (!m_filter.text.trimmed().isEmpty()) {
        // The search matches kinds by their name in the interface language: search again.
        beginResetModel();
        refilter();
        orderByName();
        endResetModel();
    } else {
        // The same rows; those ordered by name move to the order of their new names, and sorting
        // proxies sort again with the new collation.
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<int> records;
        for (const QModelIndex &i : before)
            records.append(i.isValid() && i.row() < m_rows.size() ? m_rows.at(i.row()) : -1);
        orderByName();
        if (!before.isEmpty() && nameColumn() >= 0) {
            QHash<int, int> rowOfRecord;
            for (int r = 0; r < m_rows.size(); ++r)
                rowOfRecord.insert(m_rows.at(r), r);
            QModelIndexList after;
            for (qsizetype k = 0; k < before.size(); ++k)
                after.append(records.at(k) < 0 ? QModelIndex()
                                               : index(rowOfRecord.value(records.at(k)), before.at(k).column()));
            changePersistentIndexList(before, after);
        }
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
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
