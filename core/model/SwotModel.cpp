#include "SwotModel.h"

#include "Roles.h"
#include "format/DisplayText.h"

namespace gapscope {

// Quadrant rows have internalId 0; an item's internalId is its quadrant's row + 1.

SwotModel::SwotModel(QObject *parent) : QAbstractItemModel(parent) { }

void SwotModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    refilter();
    endResetModel();
}

void SwotModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
    emit filterChanged();
}

void SwotModel::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    for (int q = 0; q < 4; ++q) {
        emit dataChanged(index(q, 0), index(q, ColumnCount - 1));
        if (!m_items[q].isEmpty())
            emit dataChanged(index(0, 0, index(q, 0)), index(int(m_items[q].size()) - 1, ColumnCount - 1, index(q, 0)));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SwotModel::refilter()
{
    for (auto &items : m_items)
        items.clear();
    if (!m_dataset)
        return;
    for (int i = 0; i < m_dataset->swot.size(); ++i) {
        const SwotItem &s = m_dataset->swot.at(i);
        const Country *country = m_dataset->country(s.country);
        if (!m_filter.acceptsCountry(s.country) || !m_filter.acceptsDimension(s.dimension)
            || !m_filter.acceptsYear(s.year)
            || !m_filter.acceptsText({s.text, country ? country->name : LocalizedText()}, {s.id, s.country})
            || !m_filter.acceptsFocus({s.text}))
            continue;
        for (int q = 0; q < 4; ++q) {
            if (quadrants[q] == s.quadrant)
                m_items[q].append(i);
        }
    }
}

QModelIndex SwotModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < 4 ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || row >= m_items[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SwotModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SwotModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 4;
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_items[parent.row()].size());
    return 0;
}

int SwotModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex SwotModel::quadrantIndex(QChar quadrant) const
{
    for (int q = 0; q < 4; ++q) {
        if (quadrants[q] == quadrant)
            return index(q, 0);
    }
    return {};
}

QVariant SwotModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || !m_dataset)
        return {};
    if (index.internalId() == 0) {
        const QChar q = quadrants[index.row()];
        if (role == QuadrantRole || role == IdRole)
            return QString(q);
        if (index.column() == TextColumn && (role == Qt::DisplayRole || role == SortRole))
            return DisplayText::quadrant(q);
        return {};
    }
    const int quadrant = int(index.internalId() - 1);
    const SwotItem &s = m_dataset->swot.at(m_items[quadrant].at(index.row()));
    switch (role) {
    case IdRole:
        return s.id;
    case QuadrantRole:
        return QString(s.quadrant);
    case CountryRole:
        return s.country;
    case DimensionRole:
        return s.dimension;
    case YearRole:
        return s.year;
    case SourceRole:
        return s.source;
    case Qt::ToolTipRole:
        return DisplayText::source(*m_dataset, s.source, m_language);
    case SortRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return s.text.text(m_language);
        case CountryColumn:
            return DisplayText::country(*m_dataset, s.country, m_language);
        case DimensionColumn:
            return DisplayText::dimension(*m_dataset, s.dimension, m_language);
        case YearColumn:
            return role == SortRole ? QVariant(s.year) : QVariant(QString::number(s.year));
        case SourceColumn:
            return DisplayText::source(*m_dataset, s.source, m_language);
        }
        return {};
    default:
        return {};
    }
}

QVariant SwotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Item");
    case CountryColumn:
        return tr("Country");
    case DimensionColumn:
        return tr("Dimension");
    case YearColumn:
        return tr("Year");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace gapscope
