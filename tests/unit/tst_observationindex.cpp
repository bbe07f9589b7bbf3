#include "query/ObservationIndex.h"
#include "io/DatasetReader.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace gapscope;

// The columnar index answers exactly what the plain Filter does, on the bundled dataset and on
// random filters; grouping and sorting agree with straightforward loops.
class TestObservationIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterAgreesWithFilter();
    void aggregateAgreesWithLoops();
    void sortIsByValueThenPosition();
    void compact();

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
        QCOMPARE(m_index.filter(f), plain(f));
    }
    QCOMPARE(m_index.filter(Filter()).size(), size_t(m_d.observations.size()));
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

void TestObservationIndex::compact()
{
    // Well under the 64 bytes per observation the performance goal allows.
    QVERIFY(double(m_index.bytes()) / double(m_index.size()) <= 18.0);
}

QTEST_GUILESS_MAIN(TestObservationIndex)
#include "tst_observationindex.moc"
