#pragma once

#include "query/Filter.h"
#include "domain/Dataset.h"
#include "domain/RecordKind.h"

#include <QAbstractTableModel>
#include <QCollator>

#include <optional>

namespace gapscope {

class Workspace;

// A table over one kind of record of a Dataset, showing the records the Filter accepts in
// the chosen language. Subclasses say which records exist, which the filter accepts and what
// each cell shows; this class keeps the list of visible records and the plumbing.
//
// Following a Workspace, it updates the rows an edit touches (beginInsertRows, dataChanged,
// beginMoveRows, beginRemoveRows) and resets only when the filter changes or the dataset is
// swapped. It sorts itself (sort()), keeping its order as records come and go.
class DatasetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DatasetTableModel(QObject *parent = nullptr);

    void setDataset(const Dataset *dataset);
    const Dataset *dataset() const { return m_dataset; }
    // Shows the workspace's dataset and follows its changes record by record.
    void follow(const Workspace *workspace);
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
    // Orders the rows by `column` (-1: by name, or in the dataset's order), as lessThan() says.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The position in the dataset's list of the record shown at `row`.
    int recordAt(int row) const { return m_rows.at(row); }
    // The row showing the record with this id, -1 when it is filtered out.
    int rowOfId(const QString &id) const;

    // Whether the record at `left` sorts before the one at `right` by `column` (rows of this
    // model): numbers as numbers, texts with the collation of the interface language. Sorting
    // proxies ask this instead of comparing display texts themselves.
    bool lessThan(int left, int right, int column) const
    {
        return recordLessThan(m_rows.at(left), m_rows.at(right), column);
    }
    // How names are ordered in `lang`: its collation, ignoring case, digits as numbers.
    static QCollator collator(Language lang);

signals:
    void filterChanged();

protected:
    virtual int recordCount() const = 0;
    virtual bool accepts(int record) const = 0;
    virtual int columns() const = 0;
    virtual QVariant cell(int record, int column, int role) const = 0;
    virtual QString header(int column) const = 0;
    virtual QString recordId(int record) const = 0;
    // The kind of record a row shows, or nothing when rows are not records (the comparison).
    virtual std::optional<RecordKind> rowKind() const = 0;
    // Records of `kind` (not the rows' kind, or any kind when rows are not records) changed: by
    // default every cell may show something new (a source's or organisation's name).
    virtual void otherRecordsChanged(RecordKind kind);
    // Sorts `rows` (positions in the dataset's list) by `column`; subclasses with a faster way
    // than comparing records one pair at a time override it.
    virtual void sortRecords(QList<int> &rows, int column, Qt::SortOrder order) const;
    // Tells the views that every text changed (language, names): rows ordered by name take the
    // order of the new names; a free-text search that matched a kind by its name is run again.
    void textChanged();
    // The column whose text orders the rows when the user sorts by none (the name), or -1 for
    // the dataset's order.
    virtual int nameColumn() const { return -1; }
    // lessThan() for two records (positions in the dataset's list).
    virtual bool recordLessThan(int left, int right, int column) const;
    const QCollator &collator() const { return m_collator; }
    // Recomputes which records are visible; subclasses with more state extend it.
    virtual void refilter();
    // Called when the dataset is set (again), before refilter(): for indexes over it.
    virtual void datasetChanged() { }
    void setRows(QList<int> rows) { m_rows = std::move(rows); }
    const QList<int> &rows() const { return m_rows; }
    // Tells the views that every cell may show something new.
    void touchAll();
    bool hasDataset() const { return m_dataset != nullptr; }

    const Dataset &d() const { return *m_dataset; }
    // A name as the user wants names: in the language, or in both.
    QString name(const LocalizedText &text) const;
    // The names, in both languages, of the dimensions `ids`, for the free-text search.
    QList<LocalizedText> dimensionNames(const QStringList &ids) const;
    Language lang() const { return m_language; }

private:
    // Orders m_rows as the model is sorted: by the sort column, else by nameColumn(), else not.
    void orderRows();
    bool isOrdered() const { return m_sortColumn >= 0 || nameColumn() >= 0; }
    // Whether record `a` goes before record `b` in that order.
    bool before(int a, int b) const;
    // Where record `r` goes in m_rows (as ordered) when inserted.
    int insertionRow(int r) const;
    // Reorders m_rows, keeping persistent indexes on their records.
    void relayout();
    void recordsInserted(RecordKind kind, int first, int last);
    void recordChanged(RecordKind kind, int row);
    void recordAboutToBeRemoved(RecordKind kind, int row);
    void recordRemoved(RecordKind kind, int row);

    const Dataset *m_dataset = nullptr;
    Filter m_filter;
    Language m_language = Language::English;
    bool m_bothNames = false;
    QCollator m_collator = collator(Language::English);
    QList<int> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace gapscope
