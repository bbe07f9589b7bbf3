#include "query/ObservationIndex.h"
#include "query/ObservationQuery.h"
#include "io/DatasetReader.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>

using namespace gapscope;

// The columnar index answers exactly what the plain Filter does, on the bundled dataset and on
// random filters; grouping and sorting agree with straightforward loops.
class TestObservationIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterAgreesWithFilter();
    void scanSharedAmongThreadsKeepsTheOrder();
    void aggregateAgreesWithLoops();
    void sortIsByValueThenPosition();
    void sortOfLongRunsOfCloseValues();
    void compact();
    void editsKeepTheScanExact();
    void keySortsAreStableSorts();

private:
    std::vector<int> plain(const Filter &f) const;

    Dataset m_d;
    ObservationIndex m_index;
};

void TestObservationIndex::initTestCase()
{
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY(d);
    m_d = *d;
    // Undated observations, which every year range accepts, are part of the test too.
    Observation undated = m_d.observations.first();
    undated.id = "undated";
    undated.year = 0;
    m_d.observations.append(undated);
    m_index.build(m_d);
}

std::vector<int> TestObservationIndex::plain(const Filter &f) const
{
    std::vector<int> rows;
    for (qsizetype i = 0; i < m_d.observations.size(); ++i) {
        const Observation &o = m_d.observations.at(i);
        const Indicator *ind = m_d.indicator(o.indicator);
        // An entity passes when it is one of the countries or counts for one through its links:
        // a model of Epoch's for each of its countries.
        const QStringList linked = m_d.entityCountries(o.country);
        const bool entity = f.countries.isEmpty() || f.countries.contains(o.country)
            || std::any_of(linked.cbegin(), linked.cend(), [&f](const QString &c) { return f.countries.contains(c); });
        if (entity && f.acceptsIndicator(o.indicator) && f.acceptsYear(o.year)
            && f.acceptsDimension(ind ? ind->dimension : QString()))
            rows.push_back(int(i));
    }
    return rows;
}

void TestObservationIndex::filterAgreesWithFilter()
{
    QRandomGenerator random(20261125);
    QStringList countries;
    for (const Country &c : m_d.countries)
        countries << c.code;
    countries << "NOWHERE"; // a code no observation has
    for (int round = 0; round < 300; ++round) {
        Filter f;
        const int nc = int(random.bounded(6));
        for (int i = 0; i < nc; ++i)
            f.countries.insert(countries.at(int(random.bounded(int(countries.size())))));
        if (random.bounded(3) == 0)
            f.dimensions.insert(m_d.dimensions.at(int(random.bounded(int(m_d.dimensions.size())))).id);
        if (random.bounded(3) == 0)
            f.indicators.insert(m_d.indicators.at(int(random.bounded(int(m_d.indicators.size())))).id);
        if (random.bounded(2))
            f.yearFrom = 2012 + int(random.bounded(16));
        if (random.bounded(2))
            f.yearTo = 2012 + int(random.bounded(20));
        const std::vector<int> expected = plain(f);
        QCOMPARE(m_index.filter(f), expected);
        // The first rows only, as the empty table's reason asks whether there are any.
        const std::vector<int> firstOnes(expected.begin(), expected.begin() + qsizetype(std::min<size_t>(3, expected.size())));
        QCOMPARE(m_index.filter(f, 3), firstOnes);
        QCOMPARE(ObservationQuery::any(m_d, m_index, f), !expected.empty());
    }
    QCOMPARE(m_index.filter(Filter()).size(), size_t(m_d.observations.size()));
}

void TestObservationIndex::scanSharedAmongThreadsKeepsTheOrder()
{
    // Over ObservationIndex::parallelBlocks blocks, a scan of every row is shared among threads
    // and the parts joined: the rows are those of the scan on one thread (which a limit asks
    // for), in the same order, for filters whose rows fall in every part or in only some.
    Dataset d = m_d;
    const qsizetype original = m_d.observations.size();
    for (int copy = 1; qsizetype(d.observations.size()) < qsizetype(ObservationIndex::parallelBlocks * 64 * 5 / 4); ++copy) {
        for (qsizetype i = 0; i < original; ++i) {
            Observation o = m_d.observations.at(i);
            o.id += QStringLiteral("-copy%1").arg(copy);
            // Later copies in later years: a year range keeps rows of only some of the parts.
            if (o.year)
                o.year += copy;
            d.observations.append(o);
        }
    }
    ObservationIndex index;
    index.build(d);
    const size_t oneThread = std::numeric_limits<size_t>::max() - 1;
    Filter all;
    QCOMPARE(index.filter(all).size(), size_t(d.observations.size()));
    Filter recent;
    recent.yearFrom = m_index.lastYear() + 20;
    Filter korea;
    korea.countries = {QStringLiteral("KOR")};
    korea.yearTo = m_index.lastYear() + 5;
    Filter none;
    none.countries = {QStringLiteral("NOWHERE")};
    for (const Filter &f : {all, recent, korea, none}) {
        const std::vector<int> expected = index.filter(f, oneThread);
        QCOMPARE(index.filter(f), expected);
    }
    QVERIFY(!index.filter(recent).empty());
    QVERIFY(index.filter(recent).size() < size_t(d.observations.size()) / 2);
}

void TestObservationIndex::aggregateAgreesWithLoops()
{
    Filter f;
    f.indicators = {"private_ai_investment"};
    const std::vector<int> rows = m_index.filter(f);
    std::map<std::pair<QString, int>, std::pair<double, int>> expected;
    for (int r : rows) {
        auto &cell = expected[{m_d.observations.at(r).country, m_d.observations.at(r).year}];
        cell.first += m_d.observations.at(r).value;
        ++cell.second;
    }
    const auto cells = m_index.aggregate(rows);
    QCOMPARE(cells.size(), expected.size());
    for (const auto &c : cells) {
        const auto &e = expected.at({m_index.countries().at(c.country), c.year});
        QCOMPARE(c.sum, e.first);
        QCOMPARE(c.count, e.second);
    }
    QVERIFY(m_index.aggregate({}).empty());
}

void TestObservationIndex::sortIsByValueThenPosition()
{
    std::vector<int> rows = m_index.filter(Filter());
    std::vector<int> expected = rows;
    // Within a unit: values in different units never interleave.
    auto unit = [this](int r) { return m_d.indicator(m_d.observations.at(r).indicator)->unit; };
    std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
        return unit(a) != unit(b) ? unit(a) < unit(b) : m_d.observations.at(a).value < m_d.observations.at(b).value;
    });
    m_index.sortByValue(rows);
    QCOMPARE(rows, expected);
    m_index.sortByValue(rows, false);
    std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
        return unit(a) != unit(b) ? unit(a) > unit(b) : m_d.observations.at(a).value > m_d.observations.at(b).value;
    });
    QCOMPARE(rows, expected);
}

void TestObservationIndex::sortOfLongRunsOfCloseValues()
{
    // Thousands of values that share their top bits (1,000 and a few billionths, and their
    // negatives), many of them equal: the runs too long for the cache's sort go through the
    // radix passes on the low bits, and ties still keep their order.
    Dataset d = m_d;
    Observation o = d.observations.first();
    for (int i = 0; i < 9000; ++i) {
        o.id = QStringLiteral("close-%1").arg(i);
        o.value = (i % 3 == 0 ? -1 : 1) * (1000 + (i * 7919 % 997) * 1e-9);
        d.observations.append(o);
    }
    ObservationIndex index;
    index.build(d);
    std::vector<int> rows = index.filter(Filter());
    std::vector<int> expected = rows;
    auto unit = [&d](int r) { return d.indicator(d.observations.indicatorAt(r))->unit; };
    for (const bool ascending : {true, false}) {
        std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) {
            if (!ascending)
                std::swap(a, b);
            return unit(a) != unit(b) ? unit(a) < unit(b) : d.observations.valueAt(a) < d.observations.valueAt(b);
        });
        index.sortByValue(rows, ascending);
        QCOMPARE(rows, expected);
    }
}

void TestObservationIndex::compact()
{
    // Well under the 64 bytes per observation the performance goal allows: 18 for the columns,
    // a quarter for the ranges of the blocks of 64.
    QVERIFY(double(m_index.bytes()) / double(m_index.size()) <= 18.25 + 0.01);
}

void TestObservationIndex::editsKeepTheScanExact()
{
    // Observations changed (to another entity, indicator or year, outside the ranges their block
    // had), inserted and removed anywhere, the index kept current without a rebuild: after each
    // change, the scan finds exactly what a fresh index of the same observations finds.
    Dataset d = m_d;
    ObservationIndex index;
    index.build(d);
    QRandomGenerator random(20261206);
    QStringList countries;
    for (const Country &c : d.countries)
        countries << c.code;
    auto anyFilter = [&] {
        Filter f;
        for (int i = int(random.bounded(4)); i > 0; --i)
            f.countries.insert(countries.at(int(random.bounded(int(countries.size())))));
        if (random.bounded(3) == 0)
            f.indicators.insert(d.indicators.at(int(random.bounded(int(d.indicators.size())))).id);
        if (random.bounded(2))
            f.yearFrom = 2012 + int(random.bounded(16));
        if (random.bounded(2))
            f.yearTo = 2015 + int(random.bounded(20));
        return f;
    };
    for (int round = 0; round < 60; ++round) {
        const int row = int(random.bounded(int(d.observations.size())));
        Observation o = d.observations.at(row);
        o.country = countries.at(int(random.bounded(int(countries.size()))));
        o.indicator = d.indicators.at(int(random.bounded(int(d.indicators.size())))).id;
        o.year = round % 7 == 0 ? 0 : 1990 + int(random.bounded(40));
        switch (round % 3) {
        case 0:
            d.observations.replace(row, o);
            index.update(d, row);
            break;
        case 1:
            o.id = QStringLiteral("inserted-%1").arg(round);
            d.observations.insert(row, o);
            index.insert(d, row);
            break;
        default:
            d.observations.removeAt(row);
            index.remove(row);
            break;
        }
        ObservationIndex fresh;
        fresh.build(d);
        QCOMPARE(index.size(), fresh.size());
        QCOMPARE(index.builds(), 1);
        // The row changed, in a filter made to find it, and random filters.
        Filter exact;
        exact.countries = {o.country};
        exact.indicators = {o.indicator};
        exact.yearFrom = exact.yearTo = o.year;
        QCOMPARE(index.filter(exact), fresh.filter(exact));
        for (int k = 0; k < 20; ++k) {
            const Filter f = anyFilter();
            QCOMPARE(index.filter(f), fresh.filter(f));
        }
    }
}

void TestObservationIndex::keySortsAreStableSorts()
{
    // The table's sorts by country, indicator and date give what a stable sort comparing the keys
    // gives, ascending and descending (ties in their order either way), from a shuffled order.
    std::vector<int> rows = m_index.filter(Filter());
    QRandomGenerator random(7);
    std::shuffle(rows.begin(), rows.end(), std::mt19937(random.generate()));
    std::vector<int> countryRank(size_t(m_index.countries().size()));
    for (int &r : countryRank)
        r = int(random.bounded(40)); // ties among countries too
    std::vector<int> indicatorRank(size_t(m_index.indicators().size()));
    for (int &r : indicatorRank)
        r = int(random.bounded(70000)); // above 65,535: a second pass
    const auto &country = m_index.countryColumn();
    const auto &indicator = m_index.indicatorColumn();
    const auto date = [this](int r) {
        const Observation &o = m_d.observations.at(r);
        return Filter::dateKey(o.year, o.month, o.day);
    };
    const auto expect = [&rows](auto key, bool ascending) {
        std::vector<int> sorted = rows;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](int a, int b) { return ascending ? key(a) < key(b) : key(b) < key(a); });
        return sorted;
    };
    for (const bool ascending : {true, false}) {
        std::vector<int> sorted = rows;
        m_index.sortByCountryRank(sorted, countryRank, ascending);
        QCOMPARE(sorted, expect([&](int r) { return countryRank[country[size_t(r)]]; }, ascending));
        sorted = rows;
        m_index.sortByIndicatorRank(sorted, indicatorRank, ascending);
        QCOMPARE(sorted, expect([&](int r) { return indicatorRank[indicator[size_t(r)]]; }, ascending));
        sorted = rows;
        m_index.sortByDate(sorted, ascending);
        QCOMPARE(sorted, expect(date, ascending));
    }
}

QTEST_GUILESS_MAIN(TestObservationIndex)
#include "tst_observationindex.moc"
