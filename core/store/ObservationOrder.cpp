#include "ObservationOrder.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <cstring>

namespace gapscope {

namespace {

// UTF-8 bytes compared as SQLite's BINARY collation compares them: byte by byte, unsigned, the
// shorter first where one begins the other.
bool lessBytes(QByteArrayView a, QByteArrayView b)
{
    // An empty text's bytes may be no pointer at all, which memcmp must not be given.
    const qsizetype common = std::min(a.size(), b.size());
    const int c = common > 0 ? std::memcmp(a.data(), b.data(), size_t(common)) : 0;
    return c < 0 || (c == 0 && a.size() < b.size());
}

// Each string of the table's pool numbered in the order of its UTF-8 bytes.
std::vector<quint32> stringRanks(const ObservationTable &table)
{
    const auto count = size_t(table.stringCount());
    std::vector<QByteArray> bytes(count);
    for (size_t n = 0; n < count; ++n)
        bytes[n] = table.string(quint32(n)).toUtf8();
    std::vector<quint32> byBytes(count);
    for (size_t n = 0; n < count; ++n)
        byBytes[n] = quint32(n);
    std::sort(byBytes.begin(), byBytes.end(), [&bytes](quint32 a, quint32 b) { return lessBytes(bytes[a], bytes[b]); });
    std::vector<quint32> rank(count);
    for (size_t r = 0; r < count; ++r)
        rank[byBytes[r]] = quint32(r);
    return rank;
}

// Dense ranks of the strings one column uses (`number` gives a row's string): consecutive, so
// that two columns' ranks fit one 32-bit number together.
template<typename Number>
std::vector<quint32> columnRanks(const std::vector<quint32> &poolRank, qsizetype first, qsizetype last, Number number,
                                 quint32 &distinct)
{
    std::vector<quint32> used(poolRank.size(), 0);
    for (qsizetype row = first; row < last; ++row)
        used[number(row)] = 1;
    std::vector<quint32> byRank(poolRank.size(), 0);
    for (size_t n = 0; n < poolRank.size(); ++n)
        byRank[poolRank[n]] = used[n] ? quint32(n) + 1 : 0;
    distinct = 0;
    for (const quint32 n : byRank) {
        if (n != 0)
            used[n - 1] = distinct++;
    }
    return used;
}

// A stable sort of `rows` by `keys[row]`, least significant byte first, passing over the bytes
// in which every key is the same.
void radixSort(std::vector<quint32> &rows, const std::vector<quint64> &keys)
{
    quint64 all = ~quint64(0), any = 0;
    for (const quint64 k : keys) {
        all &= k;
        any |= k;
    }
    const quint64 varying = all ^ any;
    std::vector<quint32> other(rows.size());
    for (int shift = 0; shift < 64; shift += 8) {
        if (((varying >> shift) & 0xff) == 0)
            continue;
        std::array<size_t, 257> start{};
        for (const quint32 row : rows)
            ++start[((keys[row] >> shift) & 0xff) + 1];
        for (size_t d = 1; d < start.size(); ++d)
            start[d] += start[d - 1];
        for (const quint32 row : rows)
            other[start[(keys[row] >> shift) & 0xff]++] = row;
        rows.swap(other);
    }
}

} // namespace

std::vector<quint32> ObservationOrder::of(const ObservationTable &table, qsizetype first)
{
    const qsizetype last = table.size();
    const auto n = size_t(std::max<qsizetype>(0, last - first));
    if (n < 2)
        return {};
    const std::vector<quint32> poolRank = stringRanks(table);
    quint32 indicators = 0, entities = 0;
    const std::vector<quint32> indicatorRank = columnRanks(
        poolRank, first, last, [&table](qsizetype row) { return table.indicatorNumberAt(row); }, indicators);
    const std::vector<quint32> entityRank = columnRanks(
        poolRank, first, last, [&table](qsizetype row) { return table.entityNumberAt(row); }, entities);
    const auto id = [&table, first](quint32 k) { return table.idUtf8At(first + qsizetype(k)); };

    std::vector<quint32> rows(n);
    for (size_t k = 0; k < n; ++k)
        rows[k] = quint32(k);
    bool packable = quint64(indicators) * entities <= quint64(0xffffffffu);
    std::vector<quint64> keys;
    if (packable) {
        // Indicator and entity in the high 32 bits, the packed date in the low.
        keys.resize(n);
        bool sorted = true;
        for (size_t k = 0; k < n && packable; ++k) {
            const qsizetype row = first + qsizetype(k);
            const quint32 date = table.dateKeyAt(row);
            packable = date != 0xffffffffu;
            keys[k] = (quint64(indicatorRank[table.indicatorNumberAt(row)] * quint64(entities)
                               + entityRank[table.entityNumberAt(row)])
                       << 32)
                | date;
            sorted = sorted
                && (k == 0 || keys[k - 1] < keys[k] || (keys[k - 1] == keys[k] && !lessBytes(id(quint32(k)), id(quint32(k - 1)))));
        }
        if (packable && sorted)
            return {};
    }
    if (!packable) {
        // A date too wide to pack (a corrupt file, refused later) or too many distinct strings:
        // the same order compared field by field.
        const auto tuple = [&](quint32 k) {
            const qsizetype row = first + qsizetype(k);
            return std::tuple(indicatorRank[table.indicatorNumberAt(row)], entityRank[table.entityNumberAt(row)],
                              table.yearAt(row), table.monthAt(row), table.dayAt(row));
        };
        std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
            const auto ta = tuple(a), tb = tuple(b);
            return ta < tb || (ta == tb && lessBytes(id(a), id(b)));
        });
        return rows;
    }
    radixSort(rows, keys);
    // Rows of the same indicator, entity and date by id.
    for (size_t begin = 0; begin < n;) {
        size_t end = begin + 1;
        while (end < n && keys[rows[end]] == keys[rows[begin]])
            ++end;
        if (end - begin > 1)
            std::sort(rows.begin() + qsizetype(begin), rows.begin() + qsizetype(end),
                      [&id](quint32 a, quint32 b) { return lessBytes(id(a), id(b)); });
        begin = end;
    }
    return rows;
}

} // namespace gapscope
