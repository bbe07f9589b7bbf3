#pragma once

#include "query/Filter.h"
#include "domain/Dataset.h"

#include <QAbstractItemModel>

namespace gapscope {

// The SWOT items the filter accepts as a tree: four quadrants (Strengths, Weaknesses,
// Opportunities, Threats, always present so that a 2x2 grid keeps its shape), each with its
// items as children. Columns: text, country, dimension, year, source.
class SwotModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, CountryColumn, DimensionColumn, YearColumn, SourceColumn, ColumnCount };
    static constexpr QChar quadrants[4] = {u'S', u'W', u'O', u'T'};

    explicit SwotModel(QObject *parent = nullptr);

    void setDataset(const Dataset *dataset);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void setLanguage(Language lang);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex quadrantIndex(QChar quadrant) const;

signals:
    void filterChanged();

private:
    void refilter();

    const Dataset *m_dataset = nullptr;
    Filter m_filter;
    Language m_language = Language::English;
    QList<int> m_items[4]; // positions in the dataset's swot list, per quadrant
};

} // namespace gapscope
