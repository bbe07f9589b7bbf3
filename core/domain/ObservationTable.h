#pragma once

#include "Observation.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <utility>
#include <vector>

namespace gapscope {

// The dataset's observations, kept as columns rather than as a list of records: indicator,
// entity, kind and source as numbers into one pool of the distinct strings, the date packed in 32
// bits, the value, the ids in one UTF-8 block, and the few notes (and the rare dates the packing
// cannot hold) beside them by row. A million observations take some 40 bytes each where whole
// `Observation` records took about 240.
//
// Readers get an `Observation` by value (at(), operator[], iteration), or one column's value by
// row without building the record (indicatorAt(), valueAt(), ...): the way for loops over every row.
class ObservationTable
{
public:
    class const_iterator
    {
    public:
        // Yields records by value: a random-access iterator in C++20's sense, whose reference is the
        // value itself.
        using iterator_concept = std::random_access_iterator_tag;
        using iterator_category = std::input_iterator_tag;
        using value_type = Observation;
        using difference_type = qsizetype;
        using reference = Observation;
        using pointer = void;

        // operator->: the record held for the expression it is used in.
        struct Arrow
        {
            Observation o;
            const Observation *operator->() const { return &o; }
        };

        const_iterator() = default;
        const_iterator(const ObservationTable *table, qsizetype row) : m_table(table), m_row(row) {}

        Observation operator*() const { return m_table->at(m_row); }
        Arrow operator->() const { return Arrow{m_table->at(m_row)}; }
        Observation operator[](difference_type n) const { return m_table->at(m_row + n); }
        qsizetype row() const { return m_row; }

        const_iterator &operator++() { ++m_row; return *this; }
        const_iterator operator++(int) { const_iterator was = *this; ++m_row; return was; }
        const_iterator &operator--() { --m_row; return *this; }
        const_iterator operator--(int) { const_iterator was = *this; --m_row; return was; }
        const_iterator &operator+=(difference_type n) { m_row += n; return *this; }
        const_iterator &operator-=(difference_type n) { m_row -= n; return *this; }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b) { return a.m_row - b.m_row; }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_row == b.m_row; }
        friend auto operator<=>(const const_iterator &a, const const_iterator &b) { return a.m_row <=> b.m_row; }

    private:
        const ObservationTable *m_table = nullptr;
        qsizetype m_row = 0;
    };
    using iterator = const_iterator;
    using value_type = Observation;
    using size_type = qsizetype;

    ObservationTable() = default;
    ObservationTable(std::initializer_list<Observation> rows);
    ObservationTable(const QList<Observation> &rows); // NOLINT: as a QList<Observation> converts

    qsizetype size() const { return qsizetype(m_value.size()); }
    qsizetype count() const { return size(); }
    bool isEmpty() const { return m_value.empty(); }
    bool empty() const { return m_value.empty(); }

    Observation at(qsizetype row) const;
    Observation operator[](qsizetype row) const { return at(row); }
    Observation first() const { return at(0); }
    Observation constFirst() const { return at(0); }
    Observation last() const { return at(size() - 1); }
    Observation constLast() const { return at(size() - 1); }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    const_iterator constBegin() const { return begin(); }
    const_iterator constEnd() const { return end(); }
    QList<Observation> toList() const;
    // The row of the observation with `id`, or -1: a pass over the ids, for a lookup now and then.
    qsizetype indexOfId(const QString &id) const;

    // One column at `row`, without building the record.
    QString idAt(qsizetype row) const;
    QByteArrayView idUtf8At(qsizetype row) const;
    const QString &indicatorAt(qsizetype row) const { return m_strings[m_indicator[size_t(row)]]; }
    const QString &entityAt(qsizetype row) const { return m_strings[m_entity[size_t(row)]]; }
    const QString &kindAt(qsizetype row) const { return m_strings[m_kind[size_t(row)]]; }
    const QString &sourceAt(qsizetype row) const { return m_strings[m_source[size_t(row)]]; }
    int yearAt(qsizetype row) const;
    int monthAt(qsizetype row) const;
    int dayAt(qsizetype row) const;
    double valueAt(qsizetype row) const { return m_value[size_t(row)]; }
    const LocalizedText &noteAt(qsizetype row) const;
    // The numbers of the strings of the indicator and entity columns in the pool (string()).
    quint32 indicatorNumberAt(qsizetype row) const { return m_indicator[size_t(row)]; }
    quint32 entityNumberAt(qsizetype row) const { return m_entity[size_t(row)]; }
    const QString &string(quint32 number) const { return m_strings[number]; }
    qsizetype stringCount() const { return m_strings.size(); }
    // The date of `row` as one number that grows with the year, then the month, then the day; the
    // largest number (0xffffffff) for a date too wide to pack, which only a corrupt file has.
    quint32 dateKeyAt(qsizetype row) const { return m_date[size_t(row)]; }

    void reserve(qsizetype rows);
    // Gives back what the columns hold beyond their rows (after reading a workspace).
    void squeeze();
    void append(const Observation &o);
    void append(const QList<Observation> &rows);
    void append(const ObservationTable &rows);
    ObservationTable &operator+=(const Observation &o) { append(o); return *this; }
    ObservationTable &operator+=(const QList<Observation> &rows) { append(rows); return *this; }
    void replace(qsizetype row, const Observation &o);
    void insert(qsizetype row, const Observation &o);
    void removeAt(qsizetype row);
    void clear();
    // Puts the rows from `first` on in the order `order` gives: row first + k becomes what row
    // first + order[k] was (`order` a permutation of 0 .. size() - first - 1). One column at a
    // time, so that the reordering holds no more than one column's copy beside the table.
    void reorder(qsizetype first, const std::vector<quint32> &order);

    // For readers that fill the columns straight: the number of `text` in the pool (added when
    // new), then a row of those numbers with its id as UTF-8.
    quint32 intern(const QString &text);
    void appendRow(QByteArrayView idUtf8, quint32 indicator, quint32 entity, int year, int month, int day,
                   double value, quint32 kind, quint32 source, const LocalizedText &note);

    // The memory the columns and the pool hold, in bytes.
    qsizetype bytes() const;

    friend bool operator==(const ObservationTable &a, const ObservationTable &b);

private:
    // Rows whose value in a column is rare, sorted by row.
    template<typename T>
    class Sparse
    {
    public:
        const T *find(quint32 row) const;
        void set(quint32 row, T value); // an empty value removes the row
        void rowInserted(quint32 row);
        void rowRemoved(quint32 row);
        // Row first + k becomes first + newRow[k] (from reorder()).
        void moveRows(quint32 first, const std::vector<quint32> &newRow);
        void clear() { m_rows.clear(); }
        size_t bytes() const { return m_rows.capacity() * sizeof(std::pair<quint32, T>); }

    private:
        std::vector<std::pair<quint32, T>> m_rows;
    };
    struct Date
    {
        int year = 0, month = 0, day = 0;
        bool isEmpty() const { return year == 0 && month == 0 && day == 0; }
    };

    void setDate(qsizetype row, int year, int month, int day);
    void setId(qsizetype row, QByteArrayView utf8);
    Date dateAt(qsizetype row) const;

    std::vector<quint32> m_indicator, m_entity, m_kind, m_source;
    std::vector<quint32> m_date; // year, month and day packed; outOfRange where m_wideDates has it
    std::vector<double> m_value;
    std::vector<quint32> m_idEnd; // where each row's id ends in m_ids (it begins where the last ended)
    QByteArray m_ids;
    Sparse<LocalizedText> m_notes;
    Sparse<Date> m_wideDates;
    QList<QString> m_strings{QString()}; // number 0 is the null string
    QHash<QString, quint32> m_stringNumbers;
};

} // namespace gapscope
