#include "TestSupport.h"
#include "model/ActorTableModel.h"
#include "model/AiModelTableModel.h"
#include "model/AssessmentMatrixModel.h"
#include "model/EventTableModel.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "model/SwotModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gapscope;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_dataset = test::miniDataset(); }
    void everyModelPassesTheTester_data();
    void everyModelPassesTheTester();
    void observationCells();
    void languageSwitchChangesTextNotRows();
    void matrixShape();
    void swotTree();
    void actorsAndModelsFollowFilter();
    void settingSameFilterDoesNothing();

private:
    // Drives a model through the changes a user makes, with the tester watching.
    template<typename M>
    void exercise(M &model);

    Dataset m_dataset;
};

template<typename M>
void TestModels::exercise(M &model)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDataset(&m_dataset);
    Filter f;
    f.countries = {"KOR"};
    model.setFilter(f);
    f.yearFrom = 2018;
    f.yearTo = 2023;
    model.setFilter(f);
    f.dimensions = {"language"};
    model.setFilter(f);
    f.text = QStringLiteral("네이버");
    model.setFilter(f);
    model.setLanguage(Language::Korean);
    model.setFilter(Filter());
    model.setLanguage(Language::English);
    f = Filter();
    f.countries = {"CHN", "USA"};
    model.setFilter(f);
    model.setDataset(nullptr);
    model.setDataset(&m_dataset);
}

void TestModels::everyModelPassesTheTester_data()
{
    QTest::addColumn<QString>("which");
    for (const char *name : {"observations", "actors", "models", "events", "assessments", "swot"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestModels::everyModelPassesTheTester()
{
    QFETCH(QString, which);
    if (which == "observations") {
        ObservationTableModel m;
        exercise(m);
    } else if (which == "actors") {
        ActorTableModel m;
        exercise(m);
    } else if (which == "models") {
        AiModelTableModel m;
        exercise(m);
    } else if (which == "events") {
        EventTableModel m;
        exercise(m);
    } else if (which == "assessments") {
        AssessmentMatrixModel m;
        exercise(m);
    } else {
        SwotModel m;
        exercise(m);
    }
}

void TestModels::observationCells()
{
    ObservationTableModel model;
    model.setDataset(&m_dataset);
    Filter f;
    f.indicators = {"ai_market_size_krw"};
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ObservationTableModel::ColumnCount));
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(ObservationTableModel::CountryColumn).toString(), QStringLiteral("South Korea"));
    QCOMPARE(cell(ObservationTableModel::ValueColumn).toString(), QStringLiteral("3.4 trillion"));
    QCOMPARE(cell(ObservationTableModel::ValueColumn, ValueRole).toDouble(), 3.4e12);
    QCOMPARE(cell(ObservationTableModel::UnitColumn).toString(), QStringLiteral("South Korean won"));
    QCOMPARE(cell(ObservationTableModel::KindColumn).toString(), QStringLiteral("Projection"));
    QCOMPARE(cell(0, CountryRole).toString(), QStringLiteral("KOR"));
    QCOMPARE(cell(0, YearRole).toInt(), 2025);
    QCOMPARE(cell(0, IdRole).toString(), QStringLiteral("obs-kor-ai-market-2025"));
    QVERIFY(cell(ObservationTableModel::SourceColumn).toString().contains("Korea at crossroads"));
    QVERIFY(cell(ObservationTableModel::SourceColumn).toString().contains("March 10, 2026"));

    f.indicators = {"hf_open_model_downloads"};
    model.setFilter(f);
    QCOMPARE(model.index(0, ObservationTableModel::YearColumn).data().toString(), QStringLiteral("January 2025"));
    QCOMPARE(model.headerData(ObservationTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
}

void TestModels::languageSwitchChangesTextNotRows()
{
    ObservationTableModel model;
    model.setDataset(&m_dataset);
    Filter f;
    f.countries = {"KOR"};
    model.setFilter(f);
    const int rows = model.rowCount();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLanguage(Language::Korean);
    QCOMPARE(changed.count(), 1);
    QVERIFY(headers.count() >= 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), rows);
    const int row = model.rowOfId("obs-kor-ai-market-2025");
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ObservationTableModel::CountryColumn).data().toString(), QStringLiteral("대한민국"));
    QCOMPARE(model.index(row, ObservationTableModel::ValueColumn).data().toString(), QStringLiteral("3.4조"));
    model.setLanguage(Language::Korean);
    QCOMPARE(changed.count(), 1); // no change, no signal
}

void TestModels::matrixShape()
{
    AssessmentMatrixModel model;
    model.setDataset(&m_dataset);
    // Mini fixture: capital x (CHN, USA) comparison cells.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Capital structure"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("China"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("United States"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("VC and big-tech capital concentration"));
    QCOMPARE(model.index(0, 0).data(IdRole).toStringList(), QStringList{"cmp-capital-chn"});
    QCOMPARE(model.index(0, 0).data(CountryRole).toString(), QStringLiteral("CHN"));

    Filter f;
    f.countries = {"USA"};
    model.setFilter(f);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.countryAt(0), QStringLiteral("USA"));
    f.dimensions = {"language"};
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setLanguage(Language::Korean);
    model.setFilter(Filter());
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("자본 구조"));
}

void TestModels::swotTree()
{
    SwotModel model;
    model.setDataset(&m_dataset);
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex strengths = model.quadrantIndex('S');
    QCOMPARE(strengths.data().toString(), QStringLiteral("Strengths"));
    QCOMPARE(model.rowCount(strengths), 1);
    QCOMPARE(model.rowCount(model.quadrantIndex('W')), 0);
    const QModelIndex item = model.index(0, SwotModel::TextColumn, strengths);
    QCOMPARE(item.data().toString(), QStringLiteral("Edge in Korean NLP"));
    QCOMPARE(item.data(DimensionRole).toString(), QStringLiteral("language"));
    QCOMPARE(model.parent(item), strengths);

    Filter f;
    f.dimensions = {"capital"};
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 4); // quadrants stay
    QCOMPARE(model.rowCount(model.quadrantIndex('S')), 0);
    f.dimensions = {"language"};
    f.countries = {"KOR"};
    model.setFilter(f);
    QCOMPARE(model.rowCount(model.quadrantIndex('S')), 1);
    model.setLanguage(Language::Korean);
    QCOMPARE(model.index(0, 0, model.quadrantIndex('S')).data().toString(), QStringLiteral("한국어 자연어 처리 우위"));
}

void TestModels::actorsAndModelsFollowFilter()
{
    ActorTableModel actors;
    AiModelTableModel models;
    EventTableModel events;
    actors.setDataset(&m_dataset);
    models.setDataset(&m_dataset);
    events.setDataset(&m_dataset);
    QCOMPARE(actors.rowCount(), 2);
    QCOMPARE(models.rowCount(), 2);
    QCOMPARE(events.rowCount(), 1);
    Filter f;
    f.countries = {"KOR"};
    actors.setFilter(f);
    models.setFilter(f);
    events.setFilter(f);
    QCOMPARE(actors.rowCount(), 1);
    QCOMPARE(actors.index(0, ActorTableModel::NameColumn).data().toString(), QStringLiteral("Naver"));
    QCOMPARE(actors.index(0, ActorTableModel::KindColumn).data().toString(), QStringLiteral("Big tech"));
    QCOMPARE(models.rowCount(), 1);
    QCOMPARE(models.index(0, AiModelTableModel::DeveloperColumn).data().toString(), QStringLiteral("Naver"));
    QCOMPARE(models.index(0, AiModelTableModel::OpenWeightsColumn).data().toString(), QStringLiteral("Not stated"));
    QCOMPARE(events.rowCount(), 0);
    f = Filter();
    f.dimensions = {"open_weights"};
    actors.setFilter(f);
    models.setFilter(f);
    QCOMPARE(actors.rowCount(), 1);
    QCOMPARE(models.index(0, AiModelTableModel::NameColumn).data().toString(), QStringLiteral("DeepSeek-R1"));
    f = Filter();
    f.yearFrom = 2026;
    events.setFilter(f);
    QCOMPARE(events.rowCount(), 0);
    f.yearFrom = 2025;
    events.setFilter(f);
    QCOMPARE(events.rowCount(), 1);
}

void TestModels::settingSameFilterDoesNothing()
{
    ObservationTableModel model;
    model.setDataset(&m_dataset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy filterChanged(&model, &DatasetTableModel::filterChanged);
    Filter f;
    f.countries = {"KOR"};
    model.setFilter(f);
    model.setFilter(f);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(filterChanged.count(), 1);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
