#include "ObservationTable.h"

#include <algorithm>
#include <cstring>

namespace gapscope {

namespace {

// A date in 32 bits: the year (offset by yearBias) in the top 23, the month in the next 4, the day
// in the last 5. A date outside that (a corrupt one, to be refused by validation) is kept aside.
constexpr int yearBias = 1 << 22;
constexpr quint32 outOfRange = 0xffffffffu;

quint32 pack(int year, int month, int day)
{
    const qint64 biased = qint64(year) + yearBias;
    if (biased < 0 || biased > (1 << 23) - 2 || month < 0 || month > 15 || day < 0 || day > 31)
        return outOfRange;
    return (quint32(biased) << 9) | (quint32(month) << 5) | quint32(day);
}

const LocalizedText noNote;

} // namespace

template<typename T>
const T *ObservationTable::Sparse<T>::find(quint32 row) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
                                     [](const std::pair<quint32, T> &e, quint32 r) { return e.first < r; });
    return it != m_rows.cend() && it->first == row ? &it->second : nullptr;
}

template<typename T>
void ObservationTable::Sparse<T>::set(quint32 row, T value)
{
    // Rows are mostly appended: the last one first.
    if (!value.isEmpty() && (m_rows.empty() || m_rows.back().first < row)) {
        m_rows.emplace_back(row, std::move(value));
        return;
    }
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), row,
                                     [](const std::pair<quint32, T> &e, quint32 r) { return e.first < r; });
    const bool there = it != m_rows.end() && it->first == row;
    if (value.isEmpty()) {
        if (there)
            m_rows.erase(it);
    } else if (there) {
        it->second = std::move(value);
    } else {
        m_rows.emplace(it, row, std::move(value));
    }
}

template<typename T>
void ObservationTable::Sparse<T>::rowInserted(quint32 row)
{
    for (auto &e : m_rows)
        e.first += e.first >= row ? 1 : 0;
}

template<typename T>
void ObservationTable::Sparse<T>::rowRemoved(quint32 row)
{
    set(row, T());
    for (auto &e : m_rows)
        e.first -= e.first > row ? 1 : 0;
}

template<typename T>
void ObservationTable::Sparse<T>::moveRows(quint32 first, const std::vector<quint32> &newRow)
{
    for (auto &e : m_rows)
        e.first = e.first >= first ? first + newRow[e.first - first] : e.first;
    std::sort(m_rows.begin(), m_rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

ObservationTable::ObservationTable(std::initializer_list<Observation> rows)
{
    reserve(qsizetype(rows.size()));
    for (const Observation &o : rows)
        append(o);
}

ObservationTable::ObservationTable(const QList<Observation> &rows)
{
    append(rows);
}

Observation ObservationTable::at(qsizetype row) const
{
    const Date date = dateAt(row);
    return Observation{idAt(row),      indicatorAt(row), entityAt(row), date.year,   date.month,
                       valueAt(row),   kindAt(row),      sourceAt(row), noteAt(row), date.day};
}

QList<Observation> ObservationTable::toList() const
{
    QList<Observation> rows;
    rows.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        rows.append(at(i));
    return rows;
}

qsizetype ObservationTable::indexOfId(const QString &id) const
{
    const QByteArray utf8 = id.toUtf8();
    quint32 begin = 0;
    for (size_t i = 0; i < m_idEnd.size(); ++i) {
        const quint32 end = m_idEnd[i];
        if (end - begin == quint32(utf8.size())
            && std::memcmp(m_ids.constData() + begin, utf8.constData(), size_t(utf8.size())) == 0)
            return qsizetype(i);
        begin = end;
    }
    return -1;
}

QByteArrayView ObservationTable::idUtf8At(qsizetype row) const
{
    const quint32 begin = row == 0 ? 0 : m_idEnd[size_t(row) - 1];
    return QByteArrayView(m_ids.constData() + begin, qsizetype(m_idEnd[size_t(row)] - begin));
}

QString ObservationTable::idAt(qsizetype row) const
{
    return QString::fromUtf8(idUtf8At(row));
}

ObservationTable::Date ObservationTable::dateAt(qsizetype row) const
{
    const quint32 packed = m_date[size_t(row)];
    if (packed == outOfRange)
        return *m_wideDates.find(quint32(row));
    return Date{int(packed >> 9) - yearBias, int((packed >> 5) & 0xf), int(packed & 0x1f)};
}

int ObservationTable::yearAt(qsizetype row) const
{
    const quint32 packed = m_date[size_t(row)];
    return packed == outOfRange ? dateAt(row).year : int(packed >> 9) - yearBias;
}

int ObservationTable::monthAt(qsizetype row) const
{
    const quint32 packed = m_date[size_t(row)];
    return packed == outOfRange ? dateAt(row).month : int((packed >> 5) & 0xf);
}

int ObservationTable::dayAt(qsizetype row) const
{
    const quint32 packed = m_date[size_t(row)];
    return packed == outOfRange ? dateAt(row).day : int(packed & 0x1f);
}

const LocalizedText &ObservationTable::noteAt(qsizetype row) const
{
    const LocalizedText *note = m_notes.find(quint32(row));
    return note ? *note : noNote;
}

void ObservationTable::reserve(qsizetype rows)
{
    const size_t n = size_t(std::max<qsizetype>(rows, 0));
    for (auto *column : {&m_indicator, &m_entity, &m_kind, &m_source, &m_date, &m_idEnd})
        column->reserve(n);
    m_value.reserve(n);
}

void ObservationTable::squeeze()
{
    for (auto *column : {&m_indicator, &m_entity, &m_kind, &m_source, &m_date, &m_idEnd})
        column->shrink_to_fit();
    m_value.shrink_to_fit();
    m_ids.squeeze();
}

quint32 ObservationTable::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    auto it = m_stringNumbers.constFind(text);
    if (it == m_stringNumbers.cend()) {
        it = m_stringNumbers.insert(text, quint32(m_strings.size()));
        m_strings.append(text);
    }
    return it.value();
}

void ObservationTable::appendRow(QByteArrayView idUtf8, quint32 indicator, quint32 entity, int year, int month,
                                 int day, double value, quint32 kind, quint32 source, const LocalizedText &note)
{
    const auto row = quint32(size());
    m_indicator.push_back(indicator);
    m_entity.push_back(entity);
    m_kind.push_back(kind);
    m_source.push_back(source);
    m_value.push_back(value);
    m_date.push_back(0);
    setDate(row, year, month, day);
    m_ids.append(idUtf8);
    m_idEnd.push_back(quint32(m_ids.size()));
    if (!note.isEmpty())
        m_notes.set(row, note);
}

void ObservationTable::append(const Observation &o)
{
    appendRow(o.id.toUtf8(), intern(o.indicator), intern(o.country), o.year, o.month, o.day, o.value, intern(o.kind),
              intern(o.source), o.note);
}

void ObservationTable::append(const QList<Observation> &rows)
{
    reserve(size() + rows.size());
    for (const Observation &o : rows)
        append(o);
}

void ObservationTable::append(const ObservationTable &rows)
{
    reserve(size() + rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        append(rows.at(i));
}

void ObservationTable::setDate(qsizetype row, int year, int month, int day)
{
    const quint32 packed = pack(year, month, day);
    m_date[size_t(row)] = packed;
    m_wideDates.set(quint32(row), packed == outOfRange ? Date{year, month, day} : Date());
}

void ObservationTable::setId(qsizetype row, QByteArrayView utf8)
{
    const QByteArrayView was = idUtf8At(row);
    if (was == utf8)
        return;
    const qsizetype begin = was.data() - m_ids.constData();
    const qsizetype delta = utf8.size() - was.size();
    m_ids.replace(begin, was.size(), utf8.data(), utf8.size());
    for (size_t i = size_t(row); i < m_idEnd.size(); ++i)
        m_idEnd[i] = quint32(qint64(m_idEnd[i]) + delta);
}

void ObservationTable::replace(qsizetype row, const Observation &o)
{
    const auto r = size_t(row);
    m_indicator[r] = intern(o.indicator);
    m_entity[r] = intern(o.country);
    m_kind[r] = intern(o.kind);
    m_source[r] = intern(o.source);
    m_value[r] = o.value;
    setDate(row, o.year, o.month, o.day);
    setId(row, o.id.toUtf8());
    m_notes.set(quint32(row), o.note);
}

void ObservationTable::insert(qsizetype row, const Observation &o)
{
    if (row == size()) {
        append(o);
        return;
    }
    const auto at = std::ptrdiff_t(row);
    for (auto *column : {&m_indicator, &m_entity, &m_kind, &m_source, &m_date})
        column->insert(column->begin() + at, 0);
    m_value.insert(m_value.begin() + at, 0.0);
    // An empty id first, its end where the row before ends.
    m_idEnd.insert(m_idEnd.begin() + at, row == 0 ? 0 : m_idEnd[size_t(row) - 1]);
    m_notes.rowInserted(quint32(row));
    m_wideDates.rowInserted(quint32(row));
    replace(row, o);
}

void ObservationTable::removeAt(qsizetype row)
{
    setId(row, QByteArrayView());
    const auto at = std::ptrdiff_t(row);
    for (auto *column : {&m_indicator, &m_entity, &m_kind, &m_source, &m_date, &m_idEnd})
        column->erase(column->begin() + at);
    m_value.erase(m_value.begin() + at);
    m_notes.rowRemoved(quint32(row));
    m_wideDates.rowRemoved(quint32(row));
}

void ObservationTable::clear()
{
    *this = ObservationTable();
}

namespace {

template<typename T>
void gather(std::vector<T> &column, size_t first, const std::vector<quint32> &order)
{
    std::vector<T> moved(column.size());
    std::copy(column.cbegin(), column.cbegin() + qsizetype(first), moved.begin());
    for (size_t k = 0; k < order.size(); ++k)
        moved[first + k] = column[first + order[k]];
    column.swap(moved);
}

} // namespace

void ObservationTable::reorder(qsizetype first, const std::vector<quint32> &order)
{
    Q_ASSERT(qsizetype(order.size()) == size() - first);
    const auto from = size_t(first);
    for (auto *column : {&m_indicator, &m_entity, &m_kind, &m_source, &m_date})
        gather(*column, from, order);
    gather(m_value, from, order);
    // The ids: their bytes in the new order, and where each now ends.
    QByteArray ids;
    ids.reserve(m_ids.size());
    const quint32 start = from == 0 ? 0 : m_idEnd[from - 1];
    ids.append(m_ids.constData(), qsizetype(start));
    std::vector<quint32> idEnd(m_idEnd.cbegin(), m_idEnd.cbegin() + qsizetype(from));
    idEnd.reserve(m_idEnd.size());
    for (const quint32 k : order) {
        ids.append(idUtf8At(first + qsizetype(k)));
        idEnd.push_back(quint32(ids.size()));
    }
    m_ids = std::move(ids);
    m_idEnd = std::move(idEnd);
    std::vector<quint32> newRow(order.size());
    for (size_t k = 0; k < order.size(); ++k)
        newRow[order[k]] = quint32(k);
    m_notes.moveRows(quint32(from), newRow);
    m_wideDates.moveRows(quint32(from), newRow);
}

qsizetype ObservationTable::bytes() const
{
    size_t total = m_value.capacity() * sizeof(double) + size_t(m_ids.capacity()) + m_notes.bytes()
        + m_wideDates.bytes();
    for (const auto *column : {&m_indicator, &m_entity, &m_kind, &m_source, &m_date, &m_idEnd})
        total += column->capacity() * sizeof(quint32);
    return qsizetype(total);
}

bool operator==(const ObservationTable &a, const ObservationTable &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.valueAt(i) != b.valueAt(i) || a.idUtf8At(i) != b.idUtf8At(i) || a.indicatorAt(i) != b.indicatorAt(i)
            || a.entityAt(i) != b.entityAt(i) || a.kindAt(i) != b.kindAt(i) || a.sourceAt(i) != b.sourceAt(i)
            || a.yearAt(i) != b.yearAt(i) || a.monthAt(i) != b.monthAt(i) || a.dayAt(i) != b.dayAt(i)
            || a.noteAt(i) != b.noteAt(i))
            return false;
    }
    return true;
}

} // namespace gapscope
