#include "TestSupport.h"
#include "model/AiModelTableModel.h"
#include "model/ExplorerState.h"
#include "model/Roles.h"
#include "panels/DetailsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QTest>
#include <QTextBrowser>

using namespace gapscope;

// Epoch AI's models as the window shows them: the models list and Details, in both languages.
class TestEpochPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsListShowsEpochFigures();
    void detailsShowEpochRecordInBothLanguages();

private:
    QString exaoneId() const;
    Dataset m_d;
};

void TestEpochPanels::initTestCase()
{
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(reader.errorString()));
    m_d = *d;
}

QString TestEpochPanels::exaoneId() const
{
    for (const AiModel &m : m_d.models) {
        if (m.epochName == QLatin1String("EXAONE 4.0 (32B)"))
            return m.id;
    }
    return {};
}

void TestEpochPanels::modelsListShowsEpochFigures()
{
    AiModelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDataset(&m_d);
    Filter f;
    f.countries = {QStringLiteral("KOR")};
    model.setFilter(f);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(IdRole).toString() == exaoneId())
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, AiModelTableModel::DeveloperColumn).data().toString(), QStringLiteral("LG AI Research"));
    QCOMPARE(model.index(row, AiModelTableModel::ReleasedColumn).data().toString(), QStringLiteral("2025-07-15"));
    QCOMPARE(model.index(row, AiModelTableModel::TrainingComputeColumn).data().toString(),
             QStringLiteral("2.69 × 10²⁴"));
    QCOMPARE(model.index(row, AiModelTableModel::TrainingComputeColumn).data(SortRole).toDouble(), 2.69000000000001e+24);
    // A model of organisations of two countries is found under each: Google DeepMind's (USA, GBR).
    f.countries = {QStringLiteral("GBR")};
    model.setFilter(f);
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r)
        found = found || model.index(r, AiModelTableModel::NameColumn).data().toString() == QLatin1String("Gemini 1.0 Ultra");
    QVERIFY(found);
}

void TestEpochPanels::detailsShowEpochRecordInBothLanguages()
{
    ExplorerState state;
    DetailsPanel panel(m_d, &state);
    panel.resize(520, 900);
    panel.setLanguage(Language::English);
    state.select(ExplorerState::Kind::Model, exaoneId());
    auto *browser = panel.findChild<QTextBrowser *>();
    QVERIFY(browser);
    QString text = browser->toPlainText();
    for (const char *expected : {"Epoch AI's record", "LG AI Research", "South Korea", "2.69 × 10²⁴", "CC BY 4.0",
                                 "notable models, large-scale models"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    panel.grab().save(QDir::tempPath() + QStringLiteral("/epoch-details-en.png"));

    panel.setLanguage(Language::Korean);
    text = browser->toPlainText();
    // The data in Korean (the labels' translation is tst_language's concern: no translator here).
    for (const char *expected : {"LG AI연구원", "대한민국", "2.69 × 10²⁴", "2025년 7월 15일"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    panel.grab().save(QDir::tempPath() + QStringLiteral("/epoch-details-ko.png"));

    // A curated model shows the article's text and source, then Epoch's record and source.
    state.select(ExplorerState::Kind::Model, QStringLiteral("deepseek-v3"));
    text = browser->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Epoch AI's record")));
    QVERIFY(text.indexOf(QStringLiteral("컴퓨팅")) < text.indexOf(QStringLiteral("Epoch AI's record")));
}

QTEST_MAIN(TestEpochPanels)
#include "tst_epochpanels.moc"
