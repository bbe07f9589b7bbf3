#include "TestSupport.h"
#include "query/ObservationIndex.h"
#include "query/EmptyReason.h"

#include <QTest>

using namespace gapscope;

Q_DECLARE_METATYPE(gapscope::ExplorerState::Kind)

// Which part of a filter empties a panel, for each kind of record of the mini fixture.
class TestEmptyReason : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blamesTheEmptyingPart_data();
    void blamesTheEmptyingPart();
    void partsEmptyingOnlyTogether();
    void nothingToExplain();
    void observationsThroughTheIndex();
    void textNamesThePart();
    void datesToTheDayNamedAsDates();

private:
    Dataset m_d;
};

void TestEmptyReason::initTestCase()
{
    m_d = test::miniDataset();
    m_d.reindex();
}

void TestEmptyReason::blamesTheEmptyingPart_data()
{
    QTest::addColumn<ExplorerState::Kind>("kind");
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<int>("parts");
    using K = ExplorerState::Kind;
    const QSet<QString> focus{"USA", "CHN", "KOR"};
    Filter years;
    years.countries = focus;
    years.yearFrom = 2018;
    years.yearTo = 2023;
    // The sources assess and SWOT the countries as of 2026; the one event is of 2025.
    QTest::newRow("comparison, years") << K::Assessment << years << int(EmptyReason::Years);
    QTest::newRow("swot, years") << K::Swot << years << int(EmptyReason::Years);
    QTest::newRow("events, years") << K::Event << years << int(EmptyReason::Years);
    Filter search;
    search.countries = focus;
    search.text = "HBM";
    QTest::newRow("events, search") << K::Event << search << int(EmptyReason::Text);
    QTest::newRow("comparison, search") << K::Assessment << search << int(EmptyReason::Text);
    QTest::newRow("observations, search") << K::Observation << search << int(EmptyReason::Text);
    Filter dimension;
    dimension.countries = focus;
    dimension.dimensions = {"language"};
    QTest::newRow("observations, dimension") << K::Observation << dimension << int(EmptyReason::Dimensions);
    QTest::newRow("comparison, dimension") << K::Assessment << dimension << int(EmptyReason::Dimensions);
    Filter usa;
    usa.countries = {"USA"};
    QTest::newRow("events, countries") << K::Event << usa << int(EmptyReason::Countries);
    QTest::newRow("swot, countries") << K::Swot << usa << int(EmptyReason::Countries);
    Filter both = usa;
    both.yearFrom = 2018;
    both.yearTo = 2020;
    // Each alone leaves no event: both are named.
    QTest::newRow("events, countries and years") << K::Event << both << int(EmptyReason::Countries | EmptyReason::Years);
}

void TestEmptyReason::blamesTheEmptyingPart()
{
    QFETCH(ExplorerState::Kind, kind);
    QFETCH(Filter, filter);
    QFETCH(int, parts);
    const EmptyReason r = EmptyReason::find(m_d, filter, kind);
    QVERIFY(!r.isNone());
    QVERIFY(!r.noRecords());
    QVERIFY(!r.together());
    QCOMPARE(int(r.parts()), parts);
}

void TestEmptyReason::partsEmptyingOnlyTogether()
{
    // Panels where each part of the filter alone leaves records, and only a combination empties them.
    const auto probe = [](const Filter &f) {
        // Records exist unless both the years and the search are set.
        return !((f.yearFrom || f.yearTo) && !f.text.isEmpty());
    };
    Filter f;
    f.countries = {"KOR"};
    f.yearFrom = 1990;
    f.text = "x";
    const EmptyReason r = EmptyReason::find(f, probe);
    QVERIFY(r.together());
    QCOMPARE(r.parts(), EmptyReason::Parts(EmptyReason::Years | EmptyReason::Text));
    QCOMPARE(r.text(m_d, f, Language::English),
             QStringLiteral("Each filter leaves some, but not all of them together; try one of these: widen the years "
                            "1990–…, clear the search “x”."));
    // Records exist with one part set at most: taking away one part of three does not help, so
    // all the parts set are named.
    const auto two = [](const Filter &f) { return qPopulationCount(uint(EmptyReason::partsSet(f).toInt())) <= 1; };
    const EmptyReason all = EmptyReason::find(f, two);
    QVERIFY(all.together());
    QCOMPARE(all.parts(), EmptyReason::Parts(EmptyReason::Years | EmptyReason::Countries | EmptyReason::Text));
    QVERIFY(all.text(m_d, f, Language::English).startsWith("The filters leave none together"));
}

void TestEmptyReason::nothingToExplain()
{
    QVERIFY(EmptyReason::find(m_d, Filter(), ExplorerState::Kind::Observation).isNone());
    QVERIFY(EmptyReason::find(m_d, Filter(), ExplorerState::Kind::Observation).text(m_d, Filter(), Language::English).isEmpty());
    Dataset none = m_d;
    none.events.clear();
    Filter f;
    f.countries = {"USA"};
    const EmptyReason r = EmptyReason::find(none, f, ExplorerState::Kind::Event);
    QVERIFY(r.noRecords());
    QCOMPARE(r.parts(), EmptyReason::Parts());
}

void TestEmptyReason::observationsThroughTheIndex()
{
    ObservationIndex index;
    index.build(m_d);
    Filter f;
    f.yearFrom = 1990;
    f.yearTo = 1995;
    const EmptyReason r = EmptyReason::find(m_d, f, ExplorerState::Kind::Observation, &index);
    QCOMPARE(r.parts(), EmptyReason::Parts(EmptyReason::Years));
}

void TestEmptyReason::textNamesThePart()
{
    Filter f;
    f.countries = {"USA", "CHN"};
    f.dimensions = {"language"};
    const EmptyReason r = EmptyReason::find(m_d, f, ExplorerState::Kind::Observation);
    QCOMPARE(r.text(m_d, f, Language::English),
             QStringLiteral("None are about Language strength: change or clear the dimension filter."));
    Filter usa;
    usa.countries = {"USA", "KOR"};
    QCOMPARE(EmptyReason::find(m_d, usa, ExplorerState::Kind::Event).text(m_d, usa, Language::English),
             QStringLiteral("None are about South Korea, United States: add countries."));
    QCOMPARE(EmptyReason::years(f, Language::English), QStringLiteral("…–…"));
}

void TestEmptyReason::datesToTheDayNamedAsDates()
{
    // A range to the day leaves no observation of the fixture (dated to years) when it falls
    // before them; the message names the dates as people write them, in both languages, and
    // widening it (without the dates) drops months and days too.
    Filter f;
    f.yearFrom = 1990;
    f.monthFrom = 3;
    f.dayFrom = 15;
    f.yearTo = 1991;
    f.monthTo = 9;
    QCOMPARE(EmptyReason::years(f, Language::English), QStringLiteral("March 15, 1990 – September 1991"));
    QCOMPARE(EmptyReason::years(f, Language::Korean), QStringLiteral("1990년 3월 15일 – 1991년 9월"));
    const EmptyReason r = EmptyReason::find(m_d, f, ExplorerState::Kind::Observation);
    QCOMPARE(r.parts(), EmptyReason::Parts(EmptyReason::Years));
    QCOMPARE(r.text(m_d, f, Language::English),
             QStringLiteral("The dates March 15, 1990 – September 1991 leave none: widen them."));
    const Filter wide = EmptyReason::without(f, EmptyReason::Years);
    QVERIFY(!wide.hasFinerDates());
    QCOMPARE(wide.yearFrom, 0);
    f.monthFrom = f.dayFrom = f.monthTo = 0;
    QCOMPARE(EmptyReason::years(f, Language::Korean), QStringLiteral("1990–1991"));
}

QTEST_MAIN(TestEmptyReason)
#include "tst_emptyreason.moc"
