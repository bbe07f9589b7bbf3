#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "model/ActorTableModel.h"
#include "model/AiModelTableModel.h"
#include "model/EventTableModel.h"
#include "query/Filter.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "format/DisplayText.h"
#include "model/ExplorerState.h"
#include "panels/CheckListPopup.h"
#include "panels/FilterBar.h"
#include "panels/RecordTablePanel.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
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
    void textFindsDimensionsAndKinds();
    void searchBoxFindsChipmakers();

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

void TestFilter::textFindsDimensionsAndKinds()
{
    // Each kind of record is found by the name of its dimension and of its kind.
    Filter f;
    f.text = QStringLiteral("open-weight culture");
    ActorTableModel actors;
    QAbstractItemModelTester actorTester(&actors, QAbstractItemModelTester::FailureReportingMode::QtTest);
    actors.setDataset(&m_dataset);
    actors.setFilter(f);
    QCOMPARE(actors.rowCount(), 1);
    QCOMPARE(actors.index(0, 0).data(IdRole).toString(), QStringLiteral("deepseek"));
    f.text = QStringLiteral("언어 역량");
    actors.setFilter(f);
    QCOMPARE(actors.rowCount(), 1);
    QCOMPARE(actors.index(0, 0).data(IdRole).toString(), QStringLiteral("naver"));
    f.text = QStringLiteral("big tech");
    actors.setFilter(f);
    QCOMPARE(actors.rowCount(), 1);
    QCOMPARE(actors.index(0, 0).data(IdRole).toString(), QStringLiteral("naver"));
    // A model by its developer's dimension.
    AiModelTableModel models;
    QAbstractItemModelTester modelTester(&models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    models.setDataset(&m_dataset);
    f.text = QStringLiteral("오픈 웨이트 문화");
    models.setFilter(f);
    QVERIFY(models.rowCount() > 0);
    for (int r = 0; r < models.rowCount(); ++r)
        QCOMPARE(models.index(r, AiModelTableModel::DeveloperColumn).data().toString(), QStringLiteral("DeepSeek"));
    // An observation by its indicator's dimension and by its kind.
    ObservationTableModel observations;
    observations.setDataset(&m_dataset);
    f.text = QStringLiteral("자본 구조");
    observations.setFilter(f);
    QCOMPARE(observations.rowCount(), 30);
    f.text = QStringLiteral("projection");
    observations.setFilter(f);
    QCOMPARE(observations.rowCount(), 1);
    // An event by its kind.
    EventTableModel events;
    events.setDataset(&m_dataset);
    QVERIFY(!m_dataset.events.isEmpty());
    const Event &event = m_dataset.events.constFirst();
    f.text = DisplayText::eventKind(event.kind);
    events.setFilter(f);
    QVERIFY(events.rowOfId(event.id) >= 0);
}

void TestFilter::searchBoxFindsChipmakers()
{
    // The user types "semiconductor" into the window's search box, then "반도체".
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName("gapscope-filter-tests");
    QSettings().clear();
    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath("bundled.gapscope")));
    const auto bundled = store.load();
    QVERIFY(bundled);
    LanguageManager languages;
    InterfaceFont font(&languages);
    languages.setLanguage(Language::English);
    MainWindow window(*bundled, dir.filePath("bundled.gapscope"), &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLineEdit *search = window.filterBar()->searchField();
    const QAbstractItemModel *actors = window.actorPanel()->view()->model();
    auto shownActors = [actors] {
        QStringList ids;
        for (int r = 0; r < actors->rowCount(); ++r)
            ids.append(actors->index(r, 0).data(IdRole).toString());
        return ids;
    };
    QTest::keyClicks(search, "semiconductor");
    QCOMPARE(window.state()->filter().text, QStringLiteral("semiconductor"));
    QStringList ids = shownActors();
    QVERIFY2(ids.contains("samsung-electronics") && ids.contains("sk-hynix"), qPrintable(ids.join(',')));

    search->clear();
    QInputMethodEvent ime; // Hangul arrives from the input method as a committed string
    ime.setCommitString(QStringLiteral("반도체"));
    QApplication::sendEvent(search, &ime);
    QCOMPARE(window.state()->filter().text, QStringLiteral("반도체"));
    ids = shownActors();
    QVERIFY2(ids.contains("samsung-electronics") && ids.contains("sk-hynix"), qPrintable(ids.join(',')));
    // A kind by its name: "chipmaker" finds them too, in Korean as in English.
    search->clear();
    QTest::keyClicks(search, "chipmaker");
    ids = shownActors();
    QVERIFY2(ids.contains("samsung-electronics") && ids.contains("sk-hynix"), qPrintable(ids.join(',')));
    languages.setLanguage(Language::Korean);
    ids = shownActors();
    QVERIFY2(ids.contains("samsung-electronics") && ids.contains("sk-hynix"), qPrintable(ids.join(',')));
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
        window.raisePanel("actors");
        window.grab().save(shots + "/search-chipmaker-ko.png");
    }
    // The country list finds a country by any of its names: the ISO name of South Korea, Nepal in
    // Korean (the interface is in Korean now) and in English.
    CheckListPopup *countries = window.filterBar()->countryList();
    auto shownCountries = [countries](const QString &typed) {
        countries->searchField()->setText(typed);
        QStringList codes;
        const QAbstractItemModel *m = countries->list()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            codes.append(m->index(r, 0).data(Qt::UserRole + 1).toString());
        return codes;
    };
    QCOMPARE(shownCountries(QStringLiteral("Korea, Republic")), QStringList{"KOR"});
    QCOMPARE(shownCountries(QStringLiteral("네팔")), QStringList{"NPL"});
    QCOMPARE(shownCountries(QStringLiteral("Nepal")), QStringList{"NPL"});
    // North Korea by the name Korean readers use, and by its official one.
    QCOMPARE(shownCountries(QStringLiteral("북한")), QStringList{"PRK"});
    QCOMPARE(shownCountries(QStringLiteral("조선민주주의인민공화국")), QStringList{"PRK"});
    QVERIFY(shownCountries(QString()).size() >= 249);
}

QTEST_MAIN(TestFilter)
#include "tst_filter.moc"
