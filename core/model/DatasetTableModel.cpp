#include "DatasetTableModel.h"

#include "Roles.h"
#include "format/DisplayText.h"
#include "workspace/Workspace.h"

#include <QLocale>
#include <algorithm>
#include <vector>

namespace gapscope {

DatasetTableModel::DatasetTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void DatasetTableModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    datasetChanged();
    refilter();
    orderRows();
    endResetModel();
}

void DatasetTableModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    refilter();
    orderRows();
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

void DatasetTableModel::orderRows()
{
    if (!m_dataset)
        return;
    if (m_sortColumn >= 0) {
        sortRecords(m_rows, m_sortColumn, m_sortOrder);
        return;
    }
    const int column = nameColumn();
    if (column >= 0)
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [this, column](int a, int b) { return recordLessThan(a, b, column); });
    else if (!std::is_sorted(m_rows.begin(), m_rows.end()))
        std::sort(m_rows.begin(), m_rows.end());
}

void DatasetTableModel::sortRecords(QList<int> &rows, int column, Qt::SortOrder order) const
{
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), [this, column](int a, int b) { return recordLessThan(a, b, column); });
    else
        std::stable_sort(rows.begin(), rows.end(), [this, column](int a, int b) { return recordLessThan(b, a, column); });
}

void DatasetTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout();
}

bool DatasetTableModel::before(int a, int b) const
{
    if (m_sortColumn >= 0)
        return m_sortOrder == Qt::AscendingOrder ? recordLessThan(a, b, m_sortColumn) : recordLessThan(b, a, m_sortColumn);
    if (const int column = nameColumn(); column >= 0)
        return recordLessThan(a, b, column);
    return a < b;
}

int DatasetTableModel::insertionRow(int r) const
{
    // After the rows it ties with, as a stable sort would place a record that came last.
    return int(std::upper_bound(m_rows.begin(), m_rows.end(), r, [this](int x, int y) { return before(x, y); })
               - m_rows.begin());
}

void DatasetTableModel::relayout()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> records;
    for (const QModelIndex &i : before)
        records.append(i.isValid() && i.row() < m_rows.size() ? m_rows.at(i.row()) : -1);
    orderRows();
    if (!before.isEmpty()) {
        // Records are positions in the dataset's list: their rows in one flat list, not a hash of
        // a million entries.
        std::vector<int> rowOfRecord(size_t(m_dataset ? recordCount() : 0), -1);
        for (int r = 0; r < m_rows.size(); ++r)
            rowOfRecord[size_t(m_rows.at(r))] = r;
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k)
            after.append(records.at(k) < 0 ? QModelIndex() : index(rowOfRecord[size_t(records.at(k))], before.at(k).column()));
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DatasetTableModel::follow(const Workspace *workspace)
{
    connect(workspace, &Workspace::recordsInserted, this, &DatasetTableModel::recordsInserted);
    connect(workspace, &Workspace::recordChanged, this, &DatasetTableModel::recordChanged);
    connect(workspace, &Workspace::recordAboutToBeRemoved, this, &DatasetTableModel::recordAboutToBeRemoved);
    connect(workspace, &Workspace::recordRemoved, this, &DatasetTableModel::recordRemoved);
    connect(workspace, &Workspace::replaced, this, [this, workspace] { setDataset(&workspace->dataset()); });
    connect(workspace, &Workspace::referencesAdded, this, &DatasetTableModel::touchAll);
    setDataset(&workspace->dataset());
}

void DatasetTableModel::touchAll()
{
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void DatasetTableModel::otherRecordsChanged(RecordKind)
{
    touchAll();
}

void DatasetTableModel::recordsInserted(RecordKind kind, int first, int last)
{
    if (!m_dataset)
        return;
    if (kind != rowKind()) {
        otherRecordsChanged(kind);
        return;
    }
    const int n = last - first + 1;
    for (int &r : m_rows) {
        if (r >= first)
            r += n;
    }
    QList<int> added;
    for (int r = first; r <= last; ++r) {
        if (accepts(r))
            added.append(r);
    }
    if (added.isEmpty())
        return;
    if (!isOrdered()) {
        // In the dataset's order: one block where the records went.
        const int at = int(std::lower_bound(m_rows.begin(), m_rows.end(), first) - m_rows.begin());
        beginInsertRows({}, at, at + int(added.size()) - 1);
        m_rows.insert(at, added.size(), 0);
        std::copy(added.begin(), added.end(), m_rows.begin() + at);
        endInsertRows();
    } else if (added.size() > 256) {
        // A sorted table taking a large import: sorted again at once, not row by row.
        beginResetModel();
        m_rows += added;
        orderRows();
        endResetModel();
    } else {
        for (int r : std::as_const(added)) {
            const int at = insertionRow(r);
            beginInsertRows({}, at, at);
            m_rows.insert(at, r);
            endInsertRows();
        }
    }
}

void DatasetTableModel::recordChanged(RecordKind kind, int record)
{
    if (!m_dataset)
        return;
    if (kind != rowKind()) {
        otherRecordsChanged(kind);
        return;
    }
    const int row = int(m_rows.indexOf(record));
    const bool shown = accepts(record);
    if (row < 0) {
        if (shown) {
            const int at = insertionRow(record);
            beginInsertRows({}, at, at);
            m_rows.insert(at, record);
            endInsertRows();
        }
        return;
    }
    if (!shown) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    const bool inPlace = (row == 0 || !before(record, m_rows.at(row - 1)))
        && (row + 1 == m_rows.size() || !before(m_rows.at(row + 1), record));
    if (isOrdered() && !inPlace) {
        // Its place changed: moved there, keeping the selection on it.
        m_rows.removeAt(row);
        const int at = insertionRow(record);
        m_rows.insert(row, record);
        const int destination = at <= row ? at : at + 1;
        if (destination != row && destination != row + 1 && beginMoveRows({}, row, row, {}, destination)) {
            m_rows.removeAt(row);
            m_rows.insert(at, record);
            endMoveRows();
            emit dataChanged(index(at, 0), index(at, columnCount() - 1));
            return;
        }
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void DatasetTableModel::recordAboutToBeRemoved(RecordKind kind, int record)
{
    if (!m_dataset || kind != rowKind())
        return;
    const int row = int(m_rows.indexOf(record));
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void DatasetTableModel::recordRemoved(RecordKind kind, int record)
{
    if (!m_dataset)
        return;
    if (kind != rowKind()) {
        otherRecordsChanged(kind);
        return;
    }
    // The records after it moved up by one; the rows show the same.
    for (int &r : m_rows) {
        if (r > record)
            --r;
    }
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
        orderRows();
        endResetModel();
    } else {
        // The same rows; those ordered by name move to the order of their new names.
        relayout();
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
