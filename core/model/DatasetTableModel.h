#pragma once

#include "Filter.h"
#include "domain/Dataset.h"

#include <QAbstractTableModel>

namespace gapscope {

// A table over one kind of record of a Dataset, showing the records the Filter accepts in
// the chosen language. Subclasses say which records exist, which the filter accepts and what
// each cell shows; this class keeps the list of visible records and the plumbing.
class DatasetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DatasetTableModel(QObject *parent = nullptr);

    void setDataset(const Dataset *dataset);
    const Dataset *dataset() const { return m_dataset; }
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void setLanguage(Language lang);
    Language language() const { return m_language; }
    // Names of organisations and models in both languages, "네이버 (Naver)".
    void setBothNames(bool on);
    bool bothNames() const { return m_bothNames; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The position in the dataset's list of the record shown at `row`.
    int recordAt(int row) const { return m_rows.at(row); }
    // The row showing the record with this id, -1 when it is filtered out.
    int rowOfId(const QString &id) const;

signals:
    void filterChanged();

protected:
    virtual int recordCount() const = 0;
    virtual bool accepts(int record) const = 0;
    virtual int columns() const = 0;
    virtual QVariant cell(int record, int column, int role) const = 0;
    virtual QString header(int column) const = 0;
    virtual QString recordId(int record) const = 0;
    // Tells the views that every text changed (language, names), the rows staying the same.
    void textChanged();
    // Recomputes which records are visible; subclasses with more state extend it.
    virtual void refilter();
    // Called when the dataset is set (again), before refilter(): for indexes over it.
    virtual void datasetChanged() { }
    void setRows(QList<int> rows) { m_rows = std::move(rows); }
    bool hasDataset() const { return m_dataset != nullptr; }

    const Dataset &d() const { return *m_dataset; }
    // A name as the user wants names: in the language, or in both.
    QString name(const LocalizedText &text) const;
    Language lang() const { return m_language; }

private:
    const Dataset *m_dataset = nullptr;
    Filter m_filter;
    Language m_language = Language::English;
    bool m_bothNames = false;
    QList<int> m_rows;
};

} // namespace gapscope
