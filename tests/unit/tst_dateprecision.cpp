#include "MigrationSupport.h"
#include "TestSupport.h"
#include "io/DatePrecisionCheck.h"
#include "io/ImportReader.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// How finely an indicator's figures may be dated (issue 15): a year, a month or a day, derived
// from the data for the bundled indicators and by schema 8 for a workspace's, taken from the file
// for an imported new indicator, and no figure dated finer than its indicator allows, whether
// imported or saved.
class TestDatePrecision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledIndicatorsFollowTheirData();
    void migrationFromVersion7KeepsTheUsersWork();
    void importOfATooFineDateIsRefused_data();
    void importOfATooFineDateIsRefused();
    void newIndicatorTakesTheFinestDateOfTheFile();
    void commandLine();
    void savedEditFinerThanItsIndicatorIsRefused();

private:
    QString write(const QString &name, const QByteArray &content) const
    {
        return test::writeFile(m_dir.filePath(name), content);
    }

    QTemporaryDir m_dir;
    Dataset m_dataset;
};

void TestDatePrecision::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = test::bundledDataset();
}

void TestDatePrecision::bundledIndicatorsFollowTheirData()
{
    // No list typed by hand: each takes the finest date of the figures it is built from.
    QCOMPARE(m_dataset.indicator("model_training_compute")->datePrecision, DatePrecision::Day); // Epoch AI's days
    QCOMPARE(m_dataset.indicator("hf_open_model_downloads")->datePrecision, DatePrecision::Month);
    QCOMPARE(m_dataset.indicator("private_ai_investment")->datePrecision, DatePrecision::Year);
    for (const Indicator &i : m_dataset.indicators)
        QCOMPARE(i.datePrecision, DatePrecisionCheck::finest(i.id, m_dataset.observations));
    // And none of its figures is finer than its indicator allows.
    for (const Observation &o : m_dataset.observations)
        QVERIFY2(DatePrecisionCheck::problem(m_dataset, o).isEmpty(), qPrintable(o.id));
}

void TestDatePrecision::migrationFromVersion7KeepsTheUsersWork()
{
    const QString path = m_dir.filePath(QStringLiteral("v7.gapscope"));
    QVERIFY(test::withSqlite(path, [](QSqlDatabase &db) { test::seedVersion7WithUsersWork(db); }));
    // The migration derives each precision from the figures, before any bundled record comes in.
    QVERIFY(test::withSqlite(path, [](QSqlDatabase &db) { test::migrateTo8AndCheckDerived(db); }));
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), 8);
        QVERIFY2(store.lastUpdate(), qPrintable(store.updateError()));
        const auto d = store.load();
        QVERIFY2(d, qPrintable(store.errorString()));
        test::checkUsersWorkMigratedTo8(*d);
    }
    // Opened again, nothing changes.
    Store again;
    QVERIFY2(again.open(path), qPrintable(again.errorString()));
    test::checkUsersWorkMigratedTo8(*again.load());
}

void TestDatePrecision::importOfATooFineDateIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    // private_ai_investment is yearly, hf_open_model_downloads monthly.
    QTest::newRow("month of a yearly indicator")
        << QByteArray("country,indicator,date,value,source\nKOR,private_ai_investment,2031,1,Mine\n"
                      "USA,private_ai_investment,2031-03,2,Mine\n")
        << "line 3, column 27" << "2031-03 is finer than the indicator \"private_ai_investment\" allows: its figures are dated to the year";
    QTest::newRow("month column")
        << QByteArray("country,indicator,year,month,value,source\nKOR,private_ai_investment,2031,4,1,Mine\n")
        << "line 2, column 32" << "2031-04 is finer";
    QTest::newRow("day of a monthly indicator")
        << QByteArray("value;date;indicator;country;source\n3;2031-02-14;hf_open_model_downloads;CHN;Mine\n")
        << "line 2, column 3" << "dated to the month";
}

void TestDatePrecision::importOfATooFineDateIsRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const QString file = write(QStringLiteral("fine.csv"), content);
    ImportReader reader(m_dataset);
    QVERIFY(!reader.read(file, ImportReader::Options()));
    QVERIFY2(reader.errorString().startsWith("fine.csv, " + where + ": "), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));

    // On the command line, into a real workspace: refused, the workspace's file unchanged.
    const QString db = m_dir.filePath(QStringLiteral("refused.gapscope"));
    const QString home = m_dir.filePath(QStringLiteral("home"));
    test::ProgramRun r = test::runGapscope({"list", "indicators", "--db", db}, home);
    QCOMPARE(r.exitCode, 0);
    const QByteArray before = test::fileHash(db);
    r = test::runGapscope({"import", file, "--db", db}, home);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(("fine.csv, " + where).toUtf8()) && r.err.contains(message.toUtf8()), r.err.constData());
    QCOMPARE(test::fileHash(db), before);
}

void TestDatePrecision::newIndicatorTakesTheFinestDateOfTheFile()
{
    const QString file = write(QStringLiteral("new.csv"), "country,indicator,date,value,source\n"
                                                          "KOR,my_count,2030,1,Mine\n"
                                                          "KOR,my_count,2031-05,2,Mine\n"
                                                          "USA,my_yearly_count,2031,3,Mine\n");
    ImportReader reader(m_dataset);
    ImportReader::Options options;
    options.unit = QStringLiteral("count");
    const auto batch = reader.read(file, options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->indicators.size(), 2);
    QCOMPARE(batch->indicators.at(0).id, QStringLiteral("my_count"));
    QCOMPARE(batch->indicators.at(0).datePrecision, DatePrecision::Month);
    QCOMPARE(batch->indicators.at(1).datePrecision, DatePrecision::Year);
}

void TestDatePrecision::commandLine()
{
    const QString db = m_dir.filePath(QStringLiteral("cli.gapscope"));
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString file = write(QStringLiteral("daily.csv"), "country,indicator,date,value,source\n"
                                                            "KOR,my_daily_count,2031-05-02,2,Mine\n");
    // The dry run says how finely the new indicator is dated, in both languages.
    test::ProgramRun r = test::runGapscope({"import", file, "--db", db, "--unit", "count", "--dry-run"}, home);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("new indicator my_daily_count (my_daily_count), dated to the day"), r.out.constData());
    r = test::runGapscope({"import", file, "--db", db, "--unit", "count", "--dry-run", "--lang", "ko"}, home);
    QVERIFY2(r.out.contains(QStringLiteral(u"일 단위").toUtf8()), r.out.constData());
    r = test::runGapscope({"import", file, "--db", db, "--unit", "count"}, home);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // list indicators gives each one's precision.
    r = test::runGapscope({"list", "indicators", "--db", db, "--format", "json"}, home);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QHash<QString, QString> precision;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        precision.insert(v["id"].toString(), v["date_precision"].toString());
    QCOMPARE(precision.value("my_daily_count"), QStringLiteral("day"));
    QCOMPARE(precision.value("model_training_compute"), QStringLiteral("day"));
    QCOMPARE(precision.value("hf_open_model_downloads"), QStringLiteral("month"));
    QCOMPARE(precision.value("private_ai_investment"), QStringLiteral("year"));
}

void TestDatePrecision::savedEditFinerThanItsIndicatorIsRefused()
{
    // An edit that comes to the store dated finer than its indicator allows saves nothing.
    const QString path = m_dir.filePath(QStringLiteral("edits.gapscope"));
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const auto d = store.load();
    const qsizetype row = d->rowOf(RecordKind::Observation, QStringLiteral("private_ai_investment-kor-2023"));
    QVERIFY(row >= 0);
    Observation o = d->observations.at(row);
    o.month = 6;
    o.value = 1;
    Observation added = o;
    added.id = QStringLiteral("user-fine");
    added.year = 2035;
    RecordChanges changes;
    changes.added.append(Observation(added));
    changes.edited.append({o, *store.rowVersion("observations", o.id)});
    QCOMPARE(store.saveChanges(changes), Store::SaveResult::Failed);
    QVERIFY2(store.errorString().contains("user-fine (KOR): 2035-06 is finer than the indicator \"private_ai_investment\""),
             qPrintable(store.errorString()));
    const auto after = store.load();
    QCOMPARE(after->observations.size(), d->observations.size());
    QCOMPARE(after->observations.at(after->rowOf(RecordKind::Observation, o.id)).month, 0);
}

QTEST_GUILESS_MAIN(TestDatePrecision)
#include "tst_dateprecision.moc"
