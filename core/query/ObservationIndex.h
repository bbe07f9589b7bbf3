#pragma once

#include "Filter.h"
#include "domain/Dataset.h"

#include <QHash>
#include <limits>
#include <map>
#include <span>
#include <vector>

namespace gapscope {

// The observations as compact columns (entity, indicator, year, month, day as small integers, the
// value as a double: 18 bytes each, and a quarter of a byte for the ranges of each block of 64)
// for filtering, grouping and sorting a million of them fast.
// Filtering works on ids, codes and dates; the free text is left to the caller. The entity of an
// observation is a country, a region, an organisation, an AI model or a compute cluster: the
// "country" names below stand for all of them.
class ObservationIndex
{
public:
    void build(const Dataset &dataset);
    // Keeps the index current as one observation changes, without a rebuild: the observation at
    // `row` of `dataset` was appended (or inserted), changed, or is about to be removed.
    void insert(const Dataset &dataset, int row);
    void update(const Dataset &dataset, int row);
    void remove(int row);
    qsizetype size() const { return qsizetype(m_value.size()); }
    // How often build() ran on this index: the incremental path (insert, update, remove) never
    // adds to it.
    int builds() const { return m_builds; }
    // The first and the last year of the observations (0 and 0 when none has a year), kept as
    // they change.
    int firstYear() const { return m_yearCount.empty() ? 0 : m_yearCount.begin()->first; }
    int lastYear() const { return m_yearCount.empty() ? 0 : m_yearCount.rbegin()->first; }
    // Bytes the columns take.
    qsizetype bytes() const;

    // The positions (in the dataset's list) of the observations the filter accepts, in order: the
    // first `limit` of them (1 to ask whether there are any, which stops at the first).
    std::vector<int> filter(const Filter &f, size_t limit = std::numeric_limits<size_t>::max()) const;
    // From this many blocks of 64 rows on (a quarter of a million rows), a scan without a limit
    // is shared among threads.
    static constexpr size_t parallelBlocks = 4096;

    struct Cell
    {
        int country = 0; // index into countries()
        int year = 0;
        double sum = 0;
        int count = 0;
        double mean() const { return count ? sum / count : 0; }
    };
    // Sum and mean per country and year over `rows`, by country then year.
    std::vector<Cell> aggregate(const std::vector<int> &rows) const;
    // Sorts `rows` by unit (unit ids in code point order), then by value within a unit, so that
    // values in different units never interleave; ties keep their order. Descending reverses
    // both.
    void sortByValue(std::span<int> rows, bool ascending = true) const;

    const QStringList &countries() const { return m_countryCodes; }
    const QStringList &indicators() const { return m_indicatorIds; }
    const std::vector<double> &values() const { return m_value; }
    const std::vector<quint32> &countryColumn() const { return m_country; }
    const std::vector<quint16> &indicatorColumn() const { return m_indicator; }
    const std::vector<qint16> &yearColumn() const { return m_year; }

    // Sorts `rows` stably by a small rank per country or per indicator (e.g. the place of its name
    // in the interface language's collation), or by date: what the table sorts by, without
    // comparing texts row by row.
    void sortByCountryRank(std::span<int> rows, const std::vector<int> &rankOfCountry, bool ascending) const;
    void sortByIndicatorRank(std::span<int> rows, const std::vector<int> &rankOfIndicator, bool ascending) const;
    void sortByDate(std::span<int> rows, bool ascending) const;
    // sortByValue() with units ranked by `unitRankOfIndicator` (e.g. units by their names in the
    // interface language) instead of by their ids.
    void sortByValue(std::span<int> rows, const std::vector<int> &unitRankOfIndicator, bool ascending) const;
    const std::vector<quint8> &monthColumn() const { return m_month; }
    const std::vector<quint8> &dayColumn() const { return m_day; }
    // The kind (entityKindId()) of each entity of countries(), and the countries it counts for.
    const QStringList &entityKinds() const { return m_entityKind; }
    const std::vector<QStringList> &entityLinks() const { return m_entityLinks; }

private:
    int code(QHash<QString, int> &ids, QStringList &names, const QString &key);
    // One byte per entity: whether the filter's kinds, entities, countries (the entity's own code
    // or a country it counts for) and focus let it pass. Worked out from the filter's few codes
    // and numbers kept per entity, not by asking the filter about each of perhaps 20,000 models.
    std::vector<quint8> entitiesPassing(const Filter &f) const;
    void describeIndicators(const Dataset &d);
    void describeEntities(const Dataset &d);
    void write(const ObservationTable &rows, size_t at);
    void countYear(int year, int delta);
    // The smallest and largest entity, indicator and year of each block of `blockRows`
    // observations, so that the scan passes over blocks that cannot hold a row the filter
    // accepts (observations come in runs of one entity or indicator, so most blocks are passed
    // over); a block's range may be wider than its rows, never narrower.
    struct Block
    {
        quint32 countryMin, countryMax;
        quint16 indicatorMin, indicatorMax;
        qint16 yearMin, yearMax;
    };
    static constexpr size_t blockRows = 64;
    // Describes the blocks that hold rows `first` to `last` (rows there moved or changed).
    void describeBlocks(size_t first, size_t last);
    // The rows of the block `b` that pass: one bit each, without a branch per row.
    quint64 passing(size_t b, const quint8 *countryOk, const quint8 *indicatorOk, int from, int to) const;
    template<typename Key>
    void sortByKey(std::span<int> rows, bool ascending, Key key) const;
    int m_builds = 0;
    std::vector<quint32> m_country;
    std::vector<quint16> m_indicator;
    std::vector<qint16> m_year;
    std::vector<quint8> m_month;
    std::vector<quint8> m_day;
    std::vector<double> m_value;
    std::vector<Block> m_blocks;
    QStringList m_countryCodes;
    QStringList m_indicatorIds;
    QHash<QString, int> m_countryByCode;
    QHash<QString, int> m_indicatorById;
    std::vector<QString> m_indicatorDimension;
    QStringList m_entityKind;
    std::vector<QStringList> m_entityLinks;
    // The same as numbers: each entity's kind (its place in allEntityKinds, or its size when not
    // known), and the countries it counts for as places in m_linkCodes.
    std::vector<quint8> m_entityKindNumber;
    std::vector<std::vector<quint16>> m_entityLinkNumbers;
    QStringList m_linkCodes;
    QHash<QString, int> m_linkByCode;
    std::vector<quint16> m_indicatorUnitRank;
    std::map<int, int> m_yearCount; // observations per year, years without any left out // the place of each indicator's unit among the units
};

} // namespace gapscope
