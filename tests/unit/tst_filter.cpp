#include "TestSupport.h"
#include "model/Filter.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"

#include <QTest>

using namespace gapscope;

class TestFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_dataset = test::miniDataset(); }
    void observations_data();
    void observations();
    void yearBounds_data();
    void yearBounds();
    void textMatchesBothLanguages();

private:
    Dataset m_dataset;
};

// Mini fixture: 30 CSET rows (USA, CHN, KOR x 2014-2023), KOR market size 2025, CHN downloads 2025-01.
void TestFilter::observations_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QStringList>("dimensions");
    QTest::addColumn<QStringList>("indicators");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");

    QTest::newRow("everything") << QStringList() << QStringList() << QStringList() << 0 << 0 << QString() << 32;
    QTest::newRow("korea") << QStringList{"KOR"} << QStringList() << QStringList() << 0 << 0 << QString() << 11;
    QTest::newRow("korea and china") << QStringList{"KOR", "CHN"} << QStringList() << QStringList() << 0 << 0
                                     << QString() << 22;
    QTest::newRow("years 2018-2023") << QStringList() << QStringList() << QStringList() << 2018 << 2023 << QString()
                                     << 18;
    QTest::newRow("korea 2018-2023") << QStringList{"KOR"} << QStringList() << QStringList() << 2018 << 2023
                                     << QString() << 6;
    QTest::newRow("from 2023 open end") << QStringList() << QStringList() << QStringList() << 2023 << 0 << QString()
                                        << 5;
    QTest::newRow("until 2014") << QStringList() << QStringList() << QStringList() << 0 << 2014 << QString() << 3;
    QTest::newRow("dimension capital") << QStringList() << QStringList{"capital"} << QStringList() << 0 << 0
                                       << QString() << 30;
    QTest::newRow("dimension market") << QStringList() << QStringList{"market"} << QStringList() << 0 << 0
                                      << QString() << 1;
    QTest::newRow("two dimensions") << QStringList() << QStringList{"market", "open_weights"} << QStringList() << 0
                                    << 0 << QString() << 2;
    QTest::newRow("dimension without data") << QStringList() << QStringList{"language"} << QStringList() << 0 << 0
                                            << QString() << 0;
    QTest::newRow("indicator") << QStringList() << QStringList() << QStringList{"hf_open_model_downloads"} << 0 << 0
                               << QString() << 1;
    QTest::newRow("korea in 2015, market") << QStringList{"KOR"} << QStringList{"market"} << QStringList() << 2015
                                           << 2015 << QString() << 0;
    QTest::newRow("text english") << QStringList() << QStringList() << QStringList() << 0 << 0 << "market size" << 1;
    QTest::newRow("text korean") << QStringList() << QStringList() << QStringList() << 0 << 0 << "허깅페이스" << 1;
    QTest::newRow("text country name ko") << QStringList() << QStringList() << QStringList() << 0 << 0 << "대한민국"
                                          << 11;
    QTest::newRow("text case-insensitive") << QStringList() << QStringList() << QStringList() << 0 << 0
                                           << "PRIVATE INVESTMENT" << 30;
    QTest::newRow("unknown country code") << QStringList{"XXX"} << QStringList() << QStringList() << 0 << 0
                                          << QString() << 0;
}

void TestFilter::observations()
{
    QFETCH(QStringList, countries);
    QFETCH(QStringList, dimensions);
    QFETCH(QStringList, indicators);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, text);
    QFETCH(int, rows);

    Filter f;
    f.countries = QSet<QString>(countries.begin(), countries.end());
    f.dimensions = QSet<QString>(dimensions.begin(), dimensions.end());
    f.indicators = QSet<QString>(indicators.begin(), indicators.end());
    f.yearFrom = from;
    f.yearTo = to;
    f.text = text;

    // The same rows whatever the display language: filtering never reads display text alone.
    for (Language lang : {Language::English, Language::Korean}) {
        ObservationTableModel model;
        model.setLanguage(lang);
        model.setDataset(&m_dataset);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), rows);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r, 0);
            QVERIFY(f.acceptsCountry(i.data(CountryRole).toString()));
            QVERIFY(f.acceptsYear(i.data(YearRole).toInt()));
            QVERIFY(f.acceptsDimension(i.data(DimensionRole).toString()));
        }
    }
}

void TestFilter::yearBounds_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("open") << 0 << 0 << 2020 << true;
    QTest::newRow("inside") << 2018 << 2023 << 2020 << true;
    QTest::newRow("lower bound inclusive") << 2018 << 2023 << 2018 << true;
    QTest::newRow("upper bound inclusive") << 2018 << 2023 << 2023 << true;
    QTest::newRow("before") << 2018 << 2023 << 2017 << false;
    QTest::newRow("after") << 2018 << 2023 << 2024 << false;
    QTest::newRow("open start") << 0 << 2020 << 1990 << true;
    QTest::newRow("open end") << 2020 << 0 << 2100 << true;
    QTest::newRow("undated passes") << 2018 << 2023 << 0 << true;
}

void TestFilter::yearBounds()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, year);
    QFETCH(bool, accepted);
    Filter f;
    f.yearFrom = from;
    f.yearTo = to;
    QCOMPARE(f.acceptsYear(year), accepted);
}

void TestFilter::textMatchesBothLanguages()
{
    Filter f;
    f.text = QStringLiteral("네이버");
    QVERIFY(f.acceptsText({LocalizedText{"Naver", "네이버"}}));
    QVERIFY(!f.acceptsText({LocalizedText{"Kakao", "카카오"}}));
    f.text = QStringLiteral("kakao");
    QVERIFY(f.acceptsText({LocalizedText{"Kakao", "카카오"}}));
    QVERIFY(f.acceptsText({}, {"kakao-enterprise"}));
    f.text = QStringLiteral("   ");
    QVERIFY(f.acceptsText({LocalizedText{"x", "y"}}));
}

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
