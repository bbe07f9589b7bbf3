#include "TestSupport.h"
#include "gap/GapCalculator.h"
#include "gap/GapText.h"
#include "model/GapTableModel.h"
#include "model/Roles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace gapscope;

namespace {

// "2010:0, 2020:100" or "2020-01:0, 2021-01:120": year[-month]:value, hand-worked series.
QList<GapCalculator::Sample> series(const QString &text)
{
    QList<GapCalculator::Sample> out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList dateValue = item.trimmed().split(QLatin1Char(':'));
        const QStringList yearMonth = dateValue.at(0).split(QLatin1Char('-'));
        out.append({yearMonth.at(0).toInt(), yearMonth.value(1).toInt(), dateValue.at(1).toDouble(), -1});
    }
    return out;
}

} // namespace

class TestGap : public QObject
{
    Q_OBJECT

private slots:
    void timeGap_data();
    void timeGap();
    void precision();
    void runningMaxAndOneValuePerDate();
    void frontierIndicators();
    void fromDataset();
    void references();
    void tableModel();
    void texts();
};

void TestGap::timeGap_data()
{
    QTest::addColumn<QString>("leader");
    QTest::addColumn<QString>("follower");
    QTest::addColumn<int>("method"); // 0 running max, 1 values
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("gap"); // in months or years
    QTest::addColumn<double>("share"); // -1: none
    QTest::addColumn<double>("difference"); // ignored when share is -1

    using S = GapPoint::Status;
    const int max = 0;
    const int values = 1;
    // The leader goes 0 -> 100 in ten years: 50 was reached in 2015, five years before 2020.
    QTest::newRow("linear, yearly") << "2010:0, 2020:100" << "2020:50" << values << int(S::Behind) << 5.0 << 0.5 << -50.0;
    QTest::newRow("linear, running max") << "2010:0, 2020:100" << "2020:50" << max << int(S::Behind) << 5.0 << 0.5 << -50.0;
    // 0 -> 120 in twelve months: 60 in July 2020, six months before January 2021.
    QTest::newRow("linear, monthly") << "2020-01:0, 2021-01:120" << "2021-01:60" << values << int(S::Behind) << 6.0
                                     << 0.5 << -60.0;
    // Steps: flat 10 until 2011, 30 from 2012: 20 is half-way through 2011-2012, 1.5 years before 2013.
    QTest::newRow("steps") << "2010:10, 2011:10, 2012:30, 2013:30" << "2013:20" << max << int(S::Behind) << 1.5
                           << 20.0 / 30.0 << -10.0;
    QTest::newRow("steps, on a step") << "2010:10, 2011:10, 2012:30, 2013:30" << "2013:10" << max << int(S::AtLeast)
                                      << 3.0 << 10.0 / 30.0 << -20.0;
    QTest::newRow("follower ahead") << "2020:10, 2021:20" << "2021:25" << values << int(S::Ahead) << 0.0 << 1.25 << 5.0;
    QTest::newRow("follower level") << "2020:10, 2021:20" << "2021:20" << values << int(S::Ahead) << 0.0 << 1.0 << 0.0;
    // The leader read at July 2020 on its line: 16; the follower's 16 is level.
    QTest::newRow("ahead between leader's dates") << "2020-01:10, 2021-01:22" << "2020-07:16" << values
                                                  << int(S::Ahead) << 0.0 << 16.0 / 16.0 << 0.0;
    // Falling: 10, 30, 5, 40. As observed, 20 was reached mid-2010, then lost in 2012: no single answer.
    QTest::newRow("falling, values") << "2010:10, 2011:30, 2012:5, 2013:40" << "2013:20" << values << int(S::Falling)
                                     << 0.0 << 0.5 << -20.0;
    // As the running maximum (10, 30, 30, 40) 20 was reached mid-2010 and kept: 2.5 years.
    QTest::newRow("falling, running max") << "2010:10, 2011:30, 2012:5, 2013:40" << "2013:20" << max << int(S::Behind)
                                          << 2.5 << 0.5 << -20.0;
    // Falls but never below the level after reaching it: 12 reached at 2010.1 (10 -> 30), still 15 in 2012.
    QTest::newRow("falling, level kept") << "2010:10, 2011:30, 2012:15" << "2012:12" << values << int(S::Behind) << 1.9
                                         << 0.8 << -3.0;
    // A falling leader below the follower is "ahead" as observed.
    QTest::newRow("falling leader, follower ahead") << "2010:10, 2011:30, 2012:15" << "2012:20" << values
                                                    << int(S::Ahead) << 0.0 << 20.0 / 15.0 << 5.0;
    // Missing dates: the leader has 2010 and 2014 only; in 2012 it is read at 20 on the line.
    QTest::newRow("missing dates") << "2010:0, 2014:40" << "2012:10" << values << int(S::Behind) << 1.0 << 0.5 << -10.0;
    // After the leader's last date: its value is not known (no share), but it reached 10 in 2011.
    QTest::newRow("after the leader's data") << "2010:0, 2012:20" << "2015:10" << values << int(S::Behind) << 4.0
                                             << -1.0 << 0.0;
    QTest::newRow("not comparable, never reached") << "2010:0, 2012:20" << "2015:30" << values
                                                   << int(S::NotComparable) << 0.0 << -1.0 << 0.0;
    QTest::newRow("not comparable, before the leader") << "2010:0, 2012:20" << "2005:5" << values
                                                       << int(S::NotComparable) << 0.0 << -1.0 << 0.0;
    QTest::newRow("at least, above from the start") << "2015:100, 2016:200" << "2016:50" << values << int(S::AtLeast)
                                                    << 1.0 << 0.25 << -150.0;
    // At the leader's first date, already above: nothing says since when.
    QTest::newRow("no earlier data") << "2015:100, 2016:200" << "2015:50" << values << int(S::NoEarlierData) << 0.0
                                     << 0.5 << -50.0;
    // Month against year precision: a yearly leader (0 in 2020, 12 in 2021) read at January.
    QTest::newRow("monthly follower, yearly leader") << "2020:0, 2021:12" << "2021-01:6" << values << int(S::Behind)
                                                     << 6.0 << 0.5 << -6.0;
    QTest::newRow("yearly follower, yearly leader") << "2020:0, 2021:12" << "2021:6" << values << int(S::Behind) << 0.5
                                                    << 0.5 << -6.0;
}

void TestGap::timeGap()
{
    QFETCH(QString, leader);
    QFETCH(QString, follower);
    QFETCH(int, method);
    QFETCH(int, status);
    QFETCH(double, gap);
    QFETCH(double, share);
    QFETCH(double, difference);

    const auto l = series(leader);
    const auto f = series(follower);
    const GapMethod m = method == 0 ? GapMethod::RunningMax : GapMethod::Values;
    const QList<GapPoint> points = GapCalculator::compute(l, f, m, GapCalculator::precisionOf(l, f));
    QCOMPARE(points.size(), 1);
    const GapPoint &p = points.first();
    QCOMPARE(int(p.status), status);
    if (p.hasTimeGap())
        QVERIFY2(qAbs(p.timeGap - gap) < 1e-9, qPrintable(QString::number(p.timeGap)));
    if (share < 0) {
        QVERIFY(!p.share);
        QVERIFY(!p.leaderValue);
    } else {
        QVERIFY(p.share);
        QVERIFY2(qAbs(*p.share - share) < 1e-9, qPrintable(QString::number(*p.share)));
        QVERIFY(qAbs(*p.difference - difference) < 1e-9);
    }
}

void TestGap::precision()
{
    QCOMPARE(GapCalculator::precisionOf(series(QStringLiteral("2020:1")), series(QStringLiteral("2021:1"))), GapPrecision::Years);
    QCOMPARE(GapCalculator::precisionOf(series(QStringLiteral("2020:1")), series(QStringLiteral("2021-03:1"))), GapPrecision::Months);
    QCOMPARE(GapCalculator::precisionOf(series(QStringLiteral("2020-12:1")), series(QStringLiteral("2021:1"))), GapPrecision::Months);
    QCOMPARE(GapCalculator::dateIndex(2020, 0), GapCalculator::dateIndex(2020, 1));
    QCOMPARE(GapCalculator::dateIndex(2021, 1) - GapCalculator::dateIndex(2020, 12), 1);
}

void TestGap::runningMaxAndOneValuePerDate()
{
    const auto raw = series(QStringLiteral("2013:40, 2010:10, 2012:5, 2011:30, 2011:20"));
    const auto values = GapCalculator::prepare(raw, GapMethod::Values);
    QCOMPARE(values.size(), 4);
    QCOMPARE(values.at(0).year, 2010);
    QCOMPARE(values.at(1).value, 30.0); // the larger of two values at one date
    QCOMPARE(values.at(2).value, 5.0);
    const auto frontier = GapCalculator::prepare(raw, GapMethod::RunningMax);
    QCOMPARE(frontier.at(2).value, 30.0);
    QCOMPARE(frontier.at(3).value, 40.0);
    // The follower is read through the method too: its 2012 drop to 5 stays at 30 with the running maximum.
    const auto points = GapCalculator::compute(series(QStringLiteral("2010:0, 2014:40")), raw, GapMethod::RunningMax,
                                               GapPrecision::Years);
    QCOMPARE(points.size(), 4);
    QCOMPARE(points.at(2).followerValue, 30.0);
    QCOMPARE(int(points.at(2).status), int(GapPoint::Status::Ahead));
}

void TestGap::frontierIndicators()
{
    Indicator compute;
    compute.id = QStringLiteral("largest_training_compute");
    compute.name = {QStringLiteral("Largest training compute to date"), QStringLiteral("x")};
    QVERIFY(GapCalculator::isFrontier(compute));
    QCOMPARE(GapCalculator::defaultMethod(compute), GapMethod::RunningMax);
    Indicator investment;
    investment.id = QStringLiteral("private_ai_investment");
    investment.name = {QStringLiteral("Private investment in AI"), QStringLiteral("x")};
    QVERIFY(!GapCalculator::isFrontier(investment));
    QCOMPARE(GapCalculator::defaultMethod(investment), GapMethod::Values);
}

void TestGap::fromDataset()
{
    const Dataset d = test::miniDataset();
    const QString indicator = QStringLiteral("private_ai_investment");
    QVERIFY(GapCalculator::measurableIndicators(d).contains(indicator));
    const GapResult r = GapCalculator::compute(d, indicator, QStringLiteral("USA"), QStringLiteral("CHN"),
                                               GapMethod::Values, 2016, 2020);
    QCOMPARE(r.precision, GapPrecision::Years);
    QCOMPARE(r.points.size(), 5);
    for (const GapPoint &p : r.points) {
        QVERIFY(p.year >= 2016 && p.year <= 2020);
        const Observation &chn = d.observations.at(p.record);
        QCOMPARE(chn.country, QStringLiteral("CHN"));
        QCOMPARE(chn.year, p.year);
        QCOMPARE(p.followerValue, chn.value);
        for (const Observation &o : d.observations) {
            if (o.indicator == indicator && o.country == QLatin1String("USA") && o.year == p.year) {
                QCOMPARE(*p.leaderValue, o.value);
                QCOMPARE(*p.share, chn.value / o.value);
            }
        }
        // China was behind the United States every one of those years, and the United States had
        // been above China's level since before 2016 or reached it on the way.
        QVERIFY(p.status == GapPoint::Status::Behind || p.status == GapPoint::Status::AtLeast
                || p.status == GapPoint::Status::Falling);
    }
}

void TestGap::references()
{
    Dataset d = test::miniDataset();
    d.indicators.append({QStringLiteral("performance_gap_vs_usa"), {QStringLiteral("Gap"), QStringLiteral("Gap")}, QStringLiteral("months"),
                         QStringLiteral("edge"), {}});
    Observation o;
    o.id = QStringLiteral("obs-gap");
    o.indicator = QStringLiteral("performance_gap_vs_usa");
    o.country = QStringLiteral("CHN");
    o.year = 2026;
    o.value = 6;
    o.kind = QStringLiteral("estimate");
    d.observations.append(o);
    QCOMPARE(GapCalculator::references(d, {QStringLiteral("CHN")}), QList<int>{int(d.observations.size() - 1)});
    QVERIFY(GapCalculator::references(d, {QStringLiteral("KOR")}).isEmpty());
    QVERIFY(GapCalculator::references(d, {QStringLiteral("CHN")}, 2014, 2023).isEmpty());
    QVERIFY(!GapCalculator::measurableIndicators(d).contains(QStringLiteral("performance_gap_vs_usa")));
}

void TestGap::tableModel()
{
    const Dataset d = test::miniDataset();
    GapTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString indicator = QStringLiteral("private_ai_investment");
    QList<GapResult> results;
    for (const QString &follower : {QStringLiteral("CHN"), QStringLiteral("KOR")})
        results.append(GapCalculator::compute(d, indicator, QStringLiteral("USA"), follower, GapMethod::Values));
    model.setResults(&d, results);
    QCOMPARE(model.rowCount(), int(results.at(0).points.size() + results.at(1).points.size()));
    QCOMPARE(model.columnCount(), int(GapTableModel::ColumnCount));
    const QModelIndex first = model.index(0, GapTableModel::FollowerColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("China"));
    QCOMPARE(first.data(CountryRole).toString(), QStringLiteral("CHN"));
    const GapPoint &p = model.pointAt(0);
    QCOMPARE(model.index(0, GapTableModel::ShareColumn).data(ValueRole).toDouble(), *p.share);
    QCOMPARE(model.index(0, GapTableModel::ShareColumn).data().toString(), GapText::share(*p.share, Language::English));
    QCOMPARE(model.index(0, GapTableModel::TimeGapColumn).data().toString(),
             GapText::timeGap(p, GapPrecision::Years, Language::English));
    QCOMPARE(model.index(0, GapTableModel::DateColumn).data().toString(), QString::number(p.year));
    QVERIFY(model.headerData(GapTableModel::LeaderColumn, Qt::Horizontal).toString().contains(QStringLiteral("United States")));
    const QString englishValue = model.index(0, GapTableModel::LeaderColumn).data().toString();

    model.setLanguage(Language::Korean);
    QCOMPARE(first.data().toString(), QStringLiteral("중국"));
    QVERIFY(model.headerData(GapTableModel::LeaderColumn, Qt::Horizontal).toString().contains(QStringLiteral("미국")));
    QVERIFY(model.index(0, GapTableModel::LeaderColumn).data().toString() != englishValue);
    QCOMPARE(model.index(0, GapTableModel::FollowerColumn).data(SourceRole).toString(),
             d.observations.at(p.record).source);

    model.setResults(&d, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestGap::texts()
{
    GapPoint p;
    p.status = GapPoint::Status::Behind;
    p.timeGap = 1.0;
    QCOMPARE(GapText::timeGap(p, GapPrecision::Years, Language::English), QStringLiteral("1 year"));
    QCOMPARE(GapText::timeGap(p, GapPrecision::Months, Language::English), QStringLiteral("1 month"));
    p.timeGap = 2.46;
    QCOMPARE(GapText::timeGap(p, GapPrecision::Years, Language::English), QStringLiteral("2.5 years"));
    p.status = GapPoint::Status::AtLeast;
    QCOMPARE(GapText::timeGap(p, GapPrecision::Months, Language::English), QStringLiteral("at least 2.5 months"));
    p.status = GapPoint::Status::Ahead;
    QCOMPARE(GapText::timeGap(p, GapPrecision::Years, Language::English), QStringLiteral("ahead"));
    QCOMPARE(GapText::statusCode(GapPoint::Status::NoEarlierData), QStringLiteral("no_earlier_data"));
    QCOMPARE(GapText::share(0.1234, Language::English), QStringLiteral("12.3%"));
    // Small shares keep two significant digits instead of rounding to nothing.
    QCOMPARE(GapText::share(0.0037, Language::English), QStringLiteral("0.37%"));
    QCOMPARE(GapText::share(0.000123, Language::English), QStringLiteral("0.012%"));
    QCOMPARE(GapText::share(0.0, Language::English), QStringLiteral("0%"));
}

QTEST_GUILESS_MAIN(TestGap)
#include "tst_gap.moc"
