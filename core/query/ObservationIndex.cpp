#include "ObservationIndex.h"

#include <QThread>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <memory>
#include <numeric>
#include <thread>

namespace gapscope {

namespace {

// A row and its sort key, packed to 12 bytes for a 64-bit key (the passes move less memory).
#pragma pack(push, 4)
template<typename Key>
struct Keyed
{
    Key key;
    int row;
};
#pragma pack(pop)

// Sorts the `n` entries of `a` stably by `passes` digits of 16 bits, the least significant first:
// `digit(entry, pass)`. The counts of every pass are taken in one read of the entries; a pass
// where every entry has the same digit changes nothing and is skipped.
template<typename Entry, typename Digit>
void radixSort(std::unique_ptr<Entry[]> &a, size_t n, int passes, Digit digit)
{
    constexpr size_t digits = size_t(1) << 16;
    std::vector<quint32> counts(size_t(passes) * digits, 0);
    for (size_t i = 0; i < n; ++i) {
        for (int pass = 0; pass < passes; ++pass)
            ++counts[size_t(pass) * digits + digit(a[i], pass)];
    }
    std::unique_ptr<Entry[]> b;
    for (int pass = 0; pass < passes; ++pass) {
        quint32 *count = counts.data() + size_t(pass) * digits;
        if (count[digit(a[0], pass)] == n)
            continue;
        quint32 total = 0;
        for (size_t d = 0; d < digits; ++d) {
            const quint32 here = count[d];
            count[d] = total;
            total += here;
        }
        if (!b)
            b.reset(new Entry[n]); // not zeroed: every entry is written
        for (size_t i = 0; i < n; ++i)
            b[count[digit(a[i], pass)]++] = a[i];
        a.swap(b);
    }
}

} // namespace

int ObservationIndex::code(QHash<QString, int> &ids, QStringList &names, const QString &key)
{
    auto it = ids.find(key);
    if (it == ids.end()) {
        it = ids.insert(key, int(names.size()));
        names.append(key);
    }
    return it.value();
}

void ObservationIndex::write(const ObservationTable &rows, size_t at)
{
    const auto row = qsizetype(at);
    m_country[at] = quint32(code(m_countryByCode, m_countryCodes, rows.entityAt(row)));
    m_indicator[at] = quint16(code(m_indicatorById, m_indicatorIds, rows.indicatorAt(row)));
    m_year[at] = qint16(rows.yearAt(row));
    m_month[at] = quint8(rows.monthAt(row));
    m_day[at] = quint8(rows.dayAt(row));
    m_value[at] = rows.valueAt(row);
}

void ObservationIndex::countYear(int year, int delta)
{
    if (year == 0)
        return; // no year
    const auto it = m_yearCount.try_emplace(year, 0).first;
    it->second += delta;
    if (it->second <= 0)
        m_yearCount.erase(it);
}

void ObservationIndex::build(const Dataset &d)
{
    ++m_builds;
    const size_t n = size_t(d.observations.size());
    m_country.assign(n, 0);
    m_indicator.assign(n, 0);
    m_year.assign(n, 0);
    m_month.assign(n, 0);
    m_day.assign(n, 0);
    m_value.assign(n, 0);
    m_countryCodes.clear();
    m_indicatorIds.clear();
    m_countryByCode.clear();
    m_indicatorById.clear();
    m_entityKind.clear();
    m_entityLinks.clear();
    m_entityKindNumber.clear();
    m_entityLinkNumbers.clear();
    m_linkCodes.clear();
    m_linkByCode.clear();
    m_yearCount.clear();
    for (size_t i = 0; i < n; ++i)
        write(d.observations, i);
    // Counted through a flat histogram: a million map lookups would cost more than the rest.
    std::vector<int> perYear(size_t(1) << 16, 0);
    for (const qint16 year : m_year)
        ++perYear[size_t(quint16(year))];
    for (size_t y = 0; y < perYear.size(); ++y) {
        if (perYear[y])
            countYear(qint16(quint16(y)), perYear[y]);
    }
    describeBlocks(0, n);
    describeIndicators(d);
    describeEntities(d);
}

void ObservationIndex::describeBlocks(size_t first, size_t last)
{
    const size_t n = m_value.size();
    m_blocks.resize((n + blockRows - 1) / blockRows);
    for (size_t b = first / blockRows; b < m_blocks.size() && b <= last / blockRows; ++b) {
        Block block{std::numeric_limits<quint32>::max(), 0, std::numeric_limits<quint16>::max(), 0,
                    std::numeric_limits<qint16>::max(), std::numeric_limits<qint16>::min()};
        for (size_t i = b * blockRows; i < std::min(n, (b + 1) * blockRows); ++i) {
            block.countryMin = std::min(block.countryMin, m_country[i]);
            block.countryMax = std::max(block.countryMax, m_country[i]);
            block.indicatorMin = std::min(block.indicatorMin, m_indicator[i]);
            block.indicatorMax = std::max(block.indicatorMax, m_indicator[i]);
            block.yearMin = std::min(block.yearMin, m_year[i]);
            block.yearMax = std::max(block.yearMax, m_year[i]);
        }
        m_blocks[b] = block;
    }
}

void ObservationIndex::describeEntities(const Dataset &d)
{
    for (qsizetype i = m_entityKind.size(); i < m_countryCodes.size(); ++i) {
        const auto kind = d.entityKind(m_countryCodes.at(i));
        m_entityKind.append(kind ? entityKindId(*kind) : QString());
        m_entityKindNumber.push_back(quint8(kind ? int(*kind) : int(allEntityKinds.size())));
        m_entityLinks.push_back(d.entityCountries(m_countryCodes.at(i)));
        std::vector<quint16> links;
        for (const QString &country : m_entityLinks.back())
            links.push_back(quint16(code(m_linkByCode, m_linkCodes, country)));
        m_entityLinkNumbers.push_back(std::move(links));
    }
}

void ObservationIndex::describeIndicators(const Dataset &d)
{
    m_indicatorDimension.assign(size_t(m_indicatorIds.size()), QString());
    QStringList units;
    for (qsizetype i = 0; i < m_indicatorIds.size(); ++i) {
        const Indicator *ind = d.indicator(m_indicatorIds[i]);
        m_indicatorDimension[size_t(i)] = ind ? ind->dimension : QString();
        units.append(ind ? ind->unit : QString());
    }
    QStringList distinct = units;
    distinct.sort();
    distinct.removeDuplicates();
    m_indicatorUnitRank.resize(size_t(m_indicatorIds.size()));
    for (qsizetype i = 0; i < units.size(); ++i)
        m_indicatorUnitRank[size_t(i)] = quint16(distinct.indexOf(units[i]));
}

void ObservationIndex::insert(const Dataset &d, int row)
{
    const std::ptrdiff_t at = row;
    m_country.insert(m_country.begin() + at, 0);
    m_indicator.insert(m_indicator.begin() + at, 0);
    m_year.insert(m_year.begin() + at, 0);
    m_month.insert(m_month.begin() + at, 0);
    m_day.insert(m_day.begin() + at, 0);
    m_value.insert(m_value.begin() + at, 0);
    update(d, row);
    // The rows after it moved one on: their blocks anew (one block when it was appended).
    describeBlocks(size_t(row), m_value.size());
}

void ObservationIndex::update(const Dataset &d, int row)
{
    const qsizetype indicators = m_indicatorIds.size();
    countYear(m_year[size_t(row)], -1);
    write(d.observations, size_t(row));
    countYear(m_year[size_t(row)], 1);
    describeBlocks(size_t(row), size_t(row));
    // A new indicator, or an indicator whose dimension or unit may have changed: a few dozen.
    if (m_indicatorIds.size() != indicators || size_t(indicators) != m_indicatorDimension.size())
        describeIndicators(d);
    if (m_entityKind.size() != m_countryCodes.size())
        describeEntities(d);
}

void ObservationIndex::remove(int row)
{
    countYear(m_year[size_t(row)], -1);
    m_country.erase(m_country.begin() + row);
    m_indicator.erase(m_indicator.begin() + row);
    m_year.erase(m_year.begin() + row);
    m_month.erase(m_month.begin() + row);
    m_day.erase(m_day.begin() + row);
    m_value.erase(m_value.begin() + row);
    describeBlocks(size_t(row), m_value.size());
}

qsizetype ObservationIndex::bytes() const
{
    return qsizetype(m_country.capacity() * sizeof(quint32) + m_indicator.capacity() * sizeof(quint16)
                     + m_year.capacity() * sizeof(qint16) + m_month.capacity() * sizeof(quint8)
                     + m_day.capacity() * sizeof(quint8) + m_value.capacity() * sizeof(double)
                     + m_blocks.capacity() * sizeof(Block));
}

std::vector<quint8> ObservationIndex::entitiesPassing(const Filter &f) const
{
    // As Filter::acceptsEntity() and acceptsFocusEntity() say, on numbers.
    const size_t n = size_t(m_countryCodes.size());
    std::array<quint8, allEntityKinds.size() + 1> kindOk{};
    for (EntityKind kind : allEntityKinds)
        kindOk[size_t(kind)] = f.entityKinds.isEmpty() || f.entityKinds.contains(entityKindId(kind));
    kindOk.back() = f.entityKinds.isEmpty() || f.entityKinds.contains(QString());
    // The entities the filter names, and those its countries are.
    auto marked = [this, n](const QSet<QString> &codes) {
        std::vector<quint8> marks(n, codes.isEmpty());
        for (const QString &c : codes) {
            if (const auto it = m_countryByCode.constFind(c); it != m_countryByCode.cend())
                marks[size_t(*it)] = 1;
        }
        return marks;
    };
    const std::vector<quint8> named = marked(f.entities);
    const std::vector<quint8> chosen = marked(f.countries);
    std::vector<quint8> linkChosen(size_t(m_linkCodes.size()), 0);
    std::vector<quint8> linkFocus(size_t(m_linkCodes.size()), 0);
    for (qsizetype j = 0; j < m_linkCodes.size(); ++j) {
        linkChosen[size_t(j)] = f.countries.contains(m_linkCodes[j]);
        linkFocus[size_t(j)] = m_linkCodes[j] == f.focus.country;
    }
    const bool focused = !f.focus.isEmpty();
    const qsizetype focusEntity = focused ? m_countryByCode.value(f.focus.country, -1) : -1;
    auto anyOf = [](const std::vector<quint16> &links, const std::vector<quint8> &marks) {
        return std::any_of(links.cbegin(), links.cend(), [&marks](quint16 l) { return marks[l] != 0; });
    };
    std::vector<quint8> ok(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const std::vector<quint16> &links = m_entityLinkNumbers[i];
        ok[i] = kindOk[m_entityKindNumber[i]] && named[i] && (chosen[i] || anyOf(links, linkChosen))
            && (!focused || qsizetype(i) == focusEntity || anyOf(links, linkFocus));
    }
    return ok;
}

std::vector<int> ObservationIndex::filter(const Filter &f, size_t limit) const
{
    // One byte per entity and per indicator says whether it passes; the scan then passes over the
    // blocks whose ranges rule them out, and in the others reads small integers and compares
    // years, 64 rows to a mask without a branch per row (dates where the range has months or days,
    // in its first and last years only).
    const std::vector<quint8> countryOk = entitiesPassing(f);
    std::vector<quint8> indicatorOk(size_t(m_indicatorIds.size()), 0);
    for (qsizetype i = 0; i < m_indicatorIds.size(); ++i)
        indicatorOk[size_t(i)] = f.acceptsIndicator(m_indicatorIds[i]) && f.acceptsDimension(m_indicatorDimension[size_t(i)]);
    const int from = f.yearFrom ? f.yearFrom : -32768;
    const int to = f.yearTo ? f.yearTo : 32767;
    // How many entities and indicators before each pass: a block whose range holds none that
    // does is passed over whole.
    const auto before = [](const std::vector<quint8> &ok) {
        std::vector<quint32> count(ok.size() + 1, 0);
        for (size_t k = 0; k < ok.size(); ++k)
            count[k + 1] = count[k] + ok[k];
        return count;
    };
    const std::vector<quint32> countriesBefore = before(countryOk);
    const std::vector<quint32> indicatorsBefore = before(indicatorOk);
    const bool finer = f.hasFinerDates();
    const int firstKey = f.firstDateKey();
    const int lastKey = f.lastDateKey();
    // The rows of blocks [first, last) that pass, at most `most` of them, appended to `rows`.
    const auto scan = [&](size_t first, size_t last, size_t most, std::vector<int> &rows) {
        for (size_t b = first; b < last; ++b) {
            const Block &block = m_blocks[b];
            if (countriesBefore[block.countryMax + 1] == countriesBefore[block.countryMin]
                || indicatorsBefore[size_t(block.indicatorMax) + 1] == indicatorsBefore[block.indicatorMin]
                || !((block.yearMax >= from && block.yearMin <= to) || (block.yearMin <= 0 && block.yearMax >= 0)))
                continue;
            quint64 mask = passing(b, countryOk.data(), indicatorOk.data(), from, to);
            const size_t at = b * blockRows;
            for (; mask; mask &= mask - 1) {
                const size_t i = at + size_t(std::countr_zero(mask));
                const int y = m_year[i];
                // Years strictly inside a range with months or days pass whatever their month and
                // day; only the range's first and last years look at them (Filter::acceptsDate()).
                if (finer && y != 0 && (y == from || y == to)) {
                    const int m = m_month[i];
                    const int d = m ? m_day[i] : 0;
                    if (Filter::dateKey(y, m ? m : 1, d) > lastKey
                        || Filter::dateKey(y, m ? m : 12, d ? d : 31) < firstKey)
                        continue;
                }
                rows.push_back(int(i));
                if (rows.size() == most)
                    return;
            }
        }
    };
    // A scan of every row of a large index is shared among the processor's cores, a part of the
    // blocks each, and the parts joined in order: the window waits for it (a year changed at ten
    // million observations).
    const size_t parts = limit == std::numeric_limits<size_t>::max() && m_blocks.size() >= parallelBlocks
        ? size_t(std::clamp(QThread::idealThreadCount(), 2, 8))
        : 1;
    std::vector<std::vector<int>> found(parts);
    const size_t step = (m_blocks.size() + parts - 1) / parts;
    std::vector<std::thread> helpers;
    for (size_t p = 1; p < parts; ++p) {
        helpers.emplace_back([&, p] {
            found[p].reserve(std::min(step * blockRows, m_value.size() / 16 / parts));
            scan(p * step, std::min(m_blocks.size(), (p + 1) * step), limit, found[p]);
        });
    }
    std::vector<int> rows;
    rows.reserve(std::min(limit, m_value.size() / 16));
    scan(0, std::min(m_blocks.size(), step), limit, rows);
    for (std::thread &t : helpers)
        t.join();
    size_t total = rows.size();
    for (size_t p = 1; p < parts; ++p)
        total += found[p].size();
    rows.reserve(total);
    for (size_t p = 1; p < parts; ++p)
        rows.insert(rows.end(), found[p].begin(), found[p].end());
    return rows;
}

quint64 ObservationIndex::passing(size_t b, const quint8 *countryOk, const quint8 *indicatorOk, int from, int to) const
{
    const size_t at = b * blockRows;
    const size_t end = std::min(m_value.size(), at + blockRows);
    const quint32 *country = m_country.data();
    const quint16 *indicator = m_indicator.data();
    const qint16 *year = m_year.data();
    // y - from, as unsigned, is at most the span exactly when y is in the range (none when the
    // range is empty: its first year after its last).
    const unsigned span = unsigned(to - from);
    const quint64 range = to >= from;
    quint64 mask = 0;
    for (size_t i = at; i < end; ++i) {
        const int y = year[i];
        // Undated records (year 0) pass any year range, as Filter::acceptsYear says.
        const quint64 ok
            = countryOk[country[i]] & indicatorOk[indicator[i]] & ((range & (unsigned(y - from) <= span)) | (y == 0));
        mask |= ok << (i - at);
    }
    return mask;
}

std::vector<ObservationIndex::Cell> ObservationIndex::aggregate(const std::vector<int> &rows) const
{
    if (rows.empty())
        return {};
    int minYear = 32767;
    int maxYear = -32768;
    for (int r : rows) {
        minYear = std::min<int>(minYear, m_year[size_t(r)]);
        maxYear = std::max<int>(maxYear, m_year[size_t(r)]);
    }
    // A dense grid of countries x years: one add per row, no hashing.
    const size_t years = size_t(maxYear - minYear + 1);
    const size_t countries = size_t(m_countryCodes.size());
    std::vector<double> sums(countries * years, 0);
    std::vector<int> counts(countries * years, 0);
    for (int r : rows) {
        const size_t cell = size_t(m_country[size_t(r)]) * years + size_t(m_year[size_t(r)] - minYear);
        sums[cell] += m_value[size_t(r)];
        ++counts[cell];
    }
    std::vector<Cell> out;
    for (size_t c = 0; c < countries; ++c) {
        for (size_t y = 0; y < years; ++y) {
            const size_t cell = c * years + y;
            if (counts[cell])
                out.push_back({int(c), int(y) + minYear, sums[cell], counts[cell]});
        }
    }
    return out;
}

void ObservationIndex::sortByValue(std::span<int> rows, bool ascending) const
{
    std::vector<int> rank(m_indicatorUnitRank.begin(), m_indicatorUnitRank.end());
    sortByValue(rows, rank, ascending);
}

template<typename Key>
void ObservationIndex::sortByKey(std::span<int> rows, bool ascending, Key key) const
{
    // A stable radix sort on the key's 32 bits, 16 at a time: two passes over the rows at most
    // (one for keys below 65,536, such as ranks), no comparisons; ties keep their order either
    // way. The sign bit flipped, signed keys sort as unsigned ones.
    const size_t n = rows.size();
    if (n < 2)
        return;
    std::unique_ptr<Keyed<quint32>[]> a(new Keyed<quint32>[n]);
    for (size_t i = 0; i < n; ++i) {
        const quint32 k = quint32(qint32(key(rows[i]))) ^ 0x80000000U;
        a[i] = {ascending ? k : ~k, rows[i]};
    }
    radixSort(a, n, 2, [](const Keyed<quint32> &e, int pass) { return (e.key >> (16 * pass)) & 0xFFFF; });
    for (size_t i = 0; i < n; ++i)
        rows[i] = a[i].row;
}

void ObservationIndex::sortByCountryRank(std::span<int> rows, const std::vector<int> &rank, bool ascending) const
{
    sortByKey(rows, ascending, [this, &rank](int r) { return rank[m_country[size_t(r)]]; });
}

void ObservationIndex::sortByIndicatorRank(std::span<int> rows, const std::vector<int> &rank, bool ascending) const
{
    sortByKey(rows, ascending, [this, &rank](int r) { return rank[m_indicator[size_t(r)]]; });
}

void ObservationIndex::sortByDate(std::span<int> rows, bool ascending) const
{
    sortByKey(rows, ascending,
              [this](int r) { return Filter::dateKey(m_year[size_t(r)], m_month[size_t(r)], m_day[size_t(r)]); });
}

void ObservationIndex::sortByValue(std::span<int> rows, const std::vector<int> &unitRank, bool ascending) const
{
    // The rows grouped by unit (a stable counting sort), then within each unit by the value's
    // bits, doubles mapped to unsigned keys that sort in the same order: one scatter by the
    // keys' top 16 bits (the sign, the exponent and the mantissa's first bits), then each run of
    // rows with the same top bits sorted on its own, in the cache: a stable sort when short, a
    // radix sort on the other 48 bits, 8 at a time, when long. Every step is stable, so rows of equal value
    // keep their order. Two scatters of every row where a radix sort on all the bits takes five.
    using Entry = Keyed<quint64>;
    const size_t n = rows.size();
    if (n < 2)
        return;
    std::unique_ptr<Entry[]> a(new Entry[n]);
    std::unique_ptr<Entry[]> b(new Entry[n]); // not zeroed: every entry is written
    std::vector<quint16> unit(n);
    constexpr size_t digits = size_t(1) << 16;
    std::vector<quint32> count(digits, 0);
    for (size_t i = 0; i < n; ++i) {
        quint64 bits;
        const double v = m_value[size_t(rows[i])];
        std::memcpy(&bits, &v, sizeof bits);
        bits = (bits & 0x8000000000000000ULL) ? ~bits : (bits | 0x8000000000000000ULL);
        a[i] = {ascending ? bits : ~bits, rows[i]};
        const quint16 rank = quint16(unitRank[m_indicator[size_t(rows[i])]]);
        unit[i] = ascending ? rank : quint16(0xFFFF - rank);
        ++count[unit[i]];
    }
    // Where each unit's rows begin.
    std::vector<size_t> unitStart;
    quint32 total = 0;
    for (size_t d = 0; d < digits; ++d) {
        const quint32 here = count[d];
        count[d] = total;
        if (here)
            unitStart.push_back(total);
        total += here;
    }
    unitStart.push_back(n);
    for (size_t i = 0; i < n; ++i)
        b[count[unit[i]]++] = a[i];
    const auto less = [](const Entry &x, const Entry &y) { return x.key < y.key; };
    // The remaining 48 bits of a long run, which the cache holds: radix passes of 8 bits,
    // `from` through `spare`, a pass where every entry has the same digit skipped.
    const auto radix48 = [](Entry *from, Entry *spare, size_t m) {
        Entry *in = from;
        Entry *out = spare;
        for (int shift = 0; shift < 48; shift += 8) {
            std::array<quint32, 256> bucket{};
            for (size_t i = 0; i < m; ++i)
                ++bucket[(in[i].key >> shift) & 0xFF];
            if (bucket[(in[0].key >> shift) & 0xFF] == m)
                continue;
            quint32 sum = 0;
            for (quint32 &c : bucket) {
                const quint32 here = c;
                c = sum;
                sum += here;
            }
            for (size_t i = 0; i < m; ++i)
                out[bucket[(in[i].key >> shift) & 0xFF]++] = in[i];
            std::swap(in, out);
        }
        if (in != from)
            std::copy(in, in + m, from);
    };
    for (size_t g = 0; g + 1 < unitStart.size(); ++g) {
        const size_t begin = unitStart[g];
        const size_t end = unitStart[g + 1];
        std::fill(count.begin(), count.end(), 0);
        for (size_t i = begin; i < end; ++i)
            ++count[b[i].key >> 48];
        std::vector<std::pair<size_t, size_t>> runs; // [start, size) of each run of equal top bits
        quint32 sum = quint32(begin);
        for (size_t d = 0; d < digits; ++d) {
            const quint32 here = count[d];
            count[d] = sum;
            if (here > 1)
                runs.emplace_back(sum, here);
            sum += here;
        }
        for (size_t i = begin; i < end; ++i)
            a[count[b[i].key >> 48]++] = b[i];
        for (const auto &[start, size] : runs) {
            if (size <= 64)
                std::stable_sort(a.get() + start, a.get() + start + size, less);
            else
                radix48(a.get() + start, b.get() + start, size);
        }
    }
    for (size_t i = 0; i < n; ++i)
        rows[i] = a[i].row;
}

} // namespace gapscope
