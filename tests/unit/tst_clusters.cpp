#include "EpochRawFiles.h"
#include "TestSupport.h"
#include "format/EpochVocabulary.h"
#include "model/ComputeClusterTableModel.h"
#include "model/Roles.h"
#include "store/SchemaMigrator.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace gapscope;
using test::Row;
using test::rawRows;

// Epoch AI's GPU clusters as records of their own: read from the unedited file, kept in the
// workspace (a version 4 workspace migrates keeping the user's work), listed by a model that
// follows the filter and by `gapscope list clusters`, with Korean names for Epoch's terms.
class TestClusters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyClusterOfTheFileIsARecord();
    void commandLineListsKoreanClusters_data();
    void commandLineListsKoreanClusters();
    void commandLineCountsEveryCluster();
    void modelFollowsCountryAndDate_data();
    void modelFollowsCountryAndDate();
    void migrationFromVersion4KeepsTheUsersWork();
    void koreanNameForEveryTermOfTheFiles_data();
    void koreanNameForEveryTermOfTheFiles();

private:
    QJsonArray run(const QStringList &args) const;
    // The raw file's rows whose country is `epochName` ("Korea (Republic of)").
    int rawCount(const QString &epochName, int fromYear = 0, int toYear = 0) const;

    Dataset m_d;
    QList<Row> m_raw;
    QTemporaryDir m_dir;
};

void TestClusters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_d = test::bundledDataset();
    m_raw = rawRows(QStringLiteral("gpu_clusters.csv"));
}

QJsonArray TestClusters::run(const QStringList &args) const
{
    QProcess p;
    p.start(QStringLiteral(GAPSCOPE_BINARY), args + QStringList{QStringLiteral("--db"), m_dir.filePath("cli.gapscope")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("gapscope %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

int TestClusters::rawCount(const QString &epochName, int fromYear, int toYear) const
{
    int n = 0;
    for (const Row &r : m_raw) {
        const int year = r.value(QStringLiteral("First Operational Date")).left(4).toInt();
        if (r.value(QStringLiteral("Country")) == epochName
            && (year == 0 || ((fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear))))
            ++n;
    }
    return n;
}

void TestClusters::everyClusterOfTheFileIsARecord()
{
    QCOMPARE(m_raw.size(), 786);
    QCOMPARE(m_d.clusters.size(), m_raw.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < m_raw.size(); ++i) {
        const ComputeCluster &c = m_d.clusters.at(i);
        const Row &r = m_raw.at(i);
        // Epoch's cells as written, around them no spaces.
        QCOMPARE(c.name.en, r.value(QStringLiteral("Name")).trimmed());
        QCOMPARE(c.status, r.value(QStringLiteral("Status")).trimmed());
        QCOMPARE(c.firstOperational, r.value(QStringLiteral("First Operational Date")).trimmed());
        QCOMPARE(c.includeInStandardAnalysis, r.value(QStringLiteral("Include in Standard Analysis")) == "True");
        QCOMPARE(c.link, r.value(QStringLiteral("Source 1")).trimmed());
        QCOMPARE(c.owners.size(), r.value(QStringLiteral("Owner")).split(u',', Qt::SkipEmptyParts).size());
        QCOMPARE(c.source, QStringLiteral("epoch-gpu-clusters"));
        ids.insert(c.id);
    }
    QCOMPARE(ids.size(), m_d.clusters.size()); // repeated names ("Anonymized Chinese System") get their own ids
    QCOMPARE(m_d.source(QStringLiteral("epoch-gpu-clusters"))->licence, QStringLiteral("CC BY 4.0"));
}

void TestClusters::commandLineListsKoreanClusters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("firstOperational");
    QTest::addColumn<double>("h100e");
    QTest::addColumn<QString>("h100eText");
    QTest::newRow("Samsung SSC4") << QStringLiteral("Samsung SSC4") << QStringLiteral("2025-06-15") << 2496.0
                                  << QStringLiteral("2,496");
    QTest::newRow("Samsung SSC-21") << QStringLiteral("Samsung SSC-21") << QStringLiteral("2021-11-01") << 555.0
                                    << QStringLiteral("554.95");
}

void TestClusters::commandLineListsKoreanClusters()
{
    QFETCH(QString, name);
    QFETCH(QString, firstOperational);
    QFETCH(double, h100e);
    QFETCH(QString, h100eText);
    const QJsonArray clusters = run({QStringLiteral("list"), QStringLiteral("clusters"), QStringLiteral("--country"),
                                     QStringLiteral("KOR"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(clusters.size(), rawCount(QStringLiteral("Korea (Republic of)")));
    QJsonObject found;
    for (const QJsonValue &v : clusters) {
        QCOMPARE(v.toObject().value("country").toString(), QStringLiteral("KOR"));
        if (v.toObject().value("name").toString() == name)
            found = v.toObject();
    }
    QVERIFY2(!found.isEmpty(), qPrintable(name));
    QCOMPARE(found.value("first_operational").toString(), firstOperational);
    QCOMPARE(std::round(found.value("h100_equivalents").toDouble()), h100e);
    QCOMPARE(found.value("h100_equivalents_text_en").toString(), h100eText);
    QCOMPARE(found.value("status").toString(), QStringLiteral("Existing"));
    QCOMPARE(found.value("status_text_en").toString(), QStringLiteral("Existing"));
    QCOMPARE(found.value("status_text_ko").toString(), QStringLiteral(u"운영 중"));
    QCOMPARE(found.value("country_name_ko").toString(), QStringLiteral(u"대한민국"));
    QCOMPARE(found.value("name_ko").toString(), name);
    QCOMPARE(found.value("source").toObject().value("licence").toString(), QStringLiteral("CC BY 4.0"));
}

void TestClusters::commandLineCountsEveryCluster()
{
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("clusters"), QStringLiteral("--format"), QStringLiteral("json")})
                 .size(),
             786);
    // A bad country exits 2 without output, as for every list.
    QProcess p;
    p.start(QStringLiteral(GAPSCOPE_BINARY), {QStringLiteral("list"), QStringLiteral("clusters"), QStringLiteral("--country"),
                                              QStringLiteral("XXX"), QStringLiteral("--db"), m_dir.filePath("cli.gapscope")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void TestClusters::modelFollowsCountryAndDate_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("hasSsc4");
    const int all = 786;
    QTest::newRow("every cluster") << QStringList() << 0 << 0 << all << true;
    QTest::newRow("KOR") << QStringList{"KOR"} << 0 << 0 << rawCount(QStringLiteral("Korea (Republic of)")) << true;
    QTest::newRow("KOR 2025") << QStringList{"KOR"} << 2025 << 2025
                              << rawCount(QStringLiteral("Korea (Republic of)"), 2025, 2025) << true;
    QTest::newRow("KOR to 2024") << QStringList{"KOR"} << 0 << 2024
                                 << rawCount(QStringLiteral("Korea (Republic of)"), 0, 2024) << false;
    QTest::newRow("CHN") << QStringList{"CHN"} << 0 << 0 << rawCount(QStringLiteral("China")) << false;
}

void TestClusters::modelFollowsCountryAndDate()
{
    QFETCH(QStringList, countries);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, expected);
    QFETCH(bool, hasSsc4);
    ComputeClusterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDataset(&m_d);
    Filter f;
    f.countries = QSet<QString>(countries.cbegin(), countries.cend());
    f.yearFrom = from;
    f.yearTo = to;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), expected);
    int ssc4 = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, ComputeClusterTableModel::NameColumn).data().toString() == QLatin1String("Samsung SSC4"))
            ssc4 = r;
    }
    QCOMPARE(ssc4 >= 0, hasSsc4);
    if (ssc4 < 0)
        return;
    QCOMPARE(model.index(ssc4, 0).data(CountryRole).toString(), QStringLiteral("KOR"));
    QCOMPARE(model.index(ssc4, 0).data(KindRole).toString(), QStringLiteral("Existing"));
    QCOMPARE(model.index(ssc4, ComputeClusterTableModel::H100eColumn).data().toString(), QStringLiteral("2,496"));
    QCOMPARE(std::round(model.index(ssc4, ComputeClusterTableModel::H100eColumn).data(SortRole).toDouble()), 2496.0);
    model.setLanguage(Language::Korean);
    QCOMPARE(model.index(ssc4, ComputeClusterTableModel::StatusColumn).data().toString(), QStringLiteral(u"운영 중"));
    QCOMPARE(model.index(ssc4, ComputeClusterTableModel::SectorColumn).data().toString(), QStringLiteral(u"민간"));
    // Sorting by H100 equivalents orders numbers as numbers, the largest first.
    model.sort(ComputeClusterTableModel::H100eColumn, Qt::DescendingOrder);
    double previous = INFINITY;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QVariant v = model.index(r, ComputeClusterTableModel::H100eColumn).data(SortRole);
        if (!v.isValid())
            continue;
        QVERIFY(v.toDouble() <= previous);
        previous = v.toDouble();
    }
}

void TestClusters::migrationFromVersion4KeepsTheUsersWork()
{
    // A workspace of schema version 4 with the previous dataset version and the user's observation.
    const QString path = m_dir.filePath(QStringLiteral("v4.gapscope"));
    QVERIFY(test::withSqlite(path, [&](QSqlDatabase &db) {
        SchemaMigrator migrator(db);
        QVERIFY2(migrator.migrateTo(4), qPrintable(migrator.errorString()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral(u"INSERT INTO observations (id, indicator, country, year, month, value, kind,"
                                       u" source, note_en, note_ko, origin) VALUES ('my-cluster-count',"
                                       u" 'h100e_operational', 'KOR', 2030, 0, 12345, 'estimate', 'epoch-gpu-clusters',"
                                       u" 'mine', '내 값', 'user')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec("INSERT INTO meta (key, value) VALUES ('dataset_version', '2026.12.3')"));
    }));
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion);
    QVERIFY2(store.lastUpdate(), qPrintable(store.updateError()));
    const auto d = store.load();
    QVERIFY2(d, qPrintable(store.errorString()));
    const qsizetype mine = d->rowOf(RecordKind::Observation, QStringLiteral("my-cluster-count"));
    QVERIFY(mine >= 0);
    QCOMPARE(d->observations.at(mine).value, 12345.0);
    QCOMPARE(d->observations.at(mine).note.ko, QStringLiteral(u"내 값"));
    // The clusters came with the refresh, every field kept through the store.
    QCOMPARE(d->clusters.size(), 786);
    for (const ComputeCluster &c : m_d.clusters) {
        const qsizetype at = d->rowOf(RecordKind::Cluster, c.id);
        QVERIFY2(at >= 0, qPrintable(c.id));
        QVERIFY2(d->clusters.at(at) == c, qPrintable(c.id));
    }
}

void TestClusters::koreanNameForEveryTermOfTheFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("column");
    for (const char *file : {"notable_ai_models.csv", "large_scale_ai_models.csv"}) {
        for (const char *column : {"Domain", "Task", "Model accessibility", "Confidence"})
            QTest::addRow("%s %s", file, column) << QString::fromLatin1(file) << QString::fromLatin1(column);
    }
    for (const char *column : {"Status", "Sector", "Certainty"})
        QTest::addRow("gpu_clusters.csv %s", column) << QStringLiteral("gpu_clusters.csv") << QString::fromLatin1(column);
}

void TestClusters::koreanNameForEveryTermOfTheFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, column);
    static const QRegularExpression hangul(QStringLiteral(u"[가-힣]"));
    int terms = 0;
    for (const Row &r : rawRows(file)) {
        QVERIFY2(r.contains(column), qPrintable(column));
        for (const QString &raw : r.value(column).split(u',', Qt::SkipEmptyParts)) {
            const QString term = raw.trimmed();
            if (term.isEmpty())
                continue;
            ++terms;
            const auto text = EpochVocabulary::term(term);
            QVERIFY2(text, qPrintable(QStringLiteral("no Korean name for \"%1\"").arg(term)));
            QCOMPARE(text->en, term);
            QVERIFY2(text->ko.contains(hangul), qPrintable(text->ko));
        }
    }
    QVERIFY(terms > 0);
    // Several terms, as Epoch writes them, read in either language.
    QCOMPARE(EpochVocabulary::text(QStringLiteral("Language,Vision"), Language::Korean), QStringLiteral(u"언어, 비전"));
    QCOMPARE(EpochVocabulary::text(QStringLiteral("Open weights (unrestricted)"), Language::Korean),
             QStringLiteral(u"오픈 웨이트(제한 없음)"));
    QCOMPARE(EpochVocabulary::text(QStringLiteral("Language,Vision"), Language::English), QStringLiteral("Language, Vision"));
}

QTEST_GUILESS_MAIN(TestClusters)
#include "tst_clusters.moc"
