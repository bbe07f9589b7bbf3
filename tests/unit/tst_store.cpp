#include "TestSupport.h"
#include "io/DatasetReader.h"
#include "store/SchemaMigrator.h"
#include "store/Store.h"
#include "store/WorkspaceLoader.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace gapscope;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsWorkspaceFromBundledDataset();
    void roundTripKeepsHangulAndEveryField();
    void migratesFromVersion1();
    void migratesFromVersion2KeepingTheUsersWork();
    void rejectsNewerSchema();
    void rejectsCorruptFileAndLeavesItUntouched();
    void rejectsForeignDatabase();
    void defaultWorkspaceIsInXdgDataLocation();
    void failedInstallWritesNothing();
    void loaderReadsInTheBackgroundAndStops();
    void largeWorkspacesAreKnownBySize();
    void writesGoThroughAWriteAheadLogAndCopiesAreConsistent();
    void readOnlyWorkspaceOpensAndRefusesWrites();
    void fullDiskChangesNothing();

private:
    QTemporaryDir m_dir;
};

void TestStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestStore::createsWorkspaceFromBundledDataset()
{
    const QString path = m_dir.filePath("fresh/workspace.gapscope");
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY(store.created());
    QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion);
    QCOMPARE(store.datasetVersion(), DatasetReader::bundledVersion());
    const auto d = store.load();
    QVERIFY(d);
    QVERIFY(d->observations.size() > 0);
    QVERIFY(d->country("KOR"));

    // Opened again, it is the same workspace, not re-created.
    Store again;
    QVERIFY(again.open(path));
    QVERIFY(!again.created());
    QCOMPARE(again.load()->observations.size(), d->observations.size());
}

void TestStore::roundTripKeepsHangulAndEveryField()
{
    Dataset original = test::miniDataset();
    // The bundled version, so that reopening does not refresh the records from the bundled dataset.
    original.version = DatasetReader::bundledVersion();
    // Korean text with characters outside the basic plane and quotes, to catch encoding slips.
    original.events[0].text.ko = QStringLiteral("인공지능 기본법 시행 \"2026년 1월\" 🇰🇷");

    const QString path = m_dir.filePath("roundtrip.sqlite");
    QVERIFY(test::withSqlite(path, [&](QSqlDatabase &db) {
        SchemaMigrator migrator(db);
        QVERIFY2(migrator.migrateTo(), qPrintable(migrator.errorString()));
    }));

    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY(!store.created());
    QVERIFY2(store.install(original), qPrintable(store.errorString()));
    store.close();

    Store reopened;
    QVERIFY(reopened.open(path));
    auto loaded = reopened.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->version, original.version);

    auto sorted = [](auto list, auto key) {
        std::sort(list.begin(), list.end(), [&](const auto &a, const auto &b) { return key(a) < key(b); });
        return list;
    };
    auto byId = [](const auto &x) { return x.id; };
    QCOMPARE(sorted(loaded->sources, byId), sorted(original.sources, byId));
    QCOMPARE(sorted(loaded->units, byId), sorted(original.units, byId));
    QCOMPARE(loaded->countries, sorted(original.countries, [](const Country &c) { return c.code; }));
    QCOMPARE(loaded->dimensions, original.dimensions); // order kept
    QCOMPARE(sorted(loaded->actors, byId), sorted(original.actors, byId));
    QCOMPARE(sorted(loaded->models, byId), sorted(original.models, byId));
    QCOMPARE(sorted(loaded->indicators, byId), sorted(original.indicators, byId));
    QCOMPARE(sorted(loaded->observations.toList(), byId), sorted(original.observations.toList(), byId));
    QCOMPARE(sorted(loaded->assessments, byId), sorted(original.assessments, byId));
    QCOMPARE(sorted(loaded->swot, byId), sorted(original.swot, byId));
    QCOMPARE(sorted(loaded->events, byId), sorted(original.events, byId));
    QCOMPARE(loaded->events.constFirst().text.ko, QStringLiteral("인공지능 기본법 시행 \"2026년 1월\" 🇰🇷"));
    // Open weights: true, false and "not stated" survive.
    for (const AiModel &m : loaded->models) {
        if (m.id == QLatin1String("hyperclova-x"))
            QVERIFY(!m.openWeights.has_value());
        if (m.id == QLatin1String("deepseek-r1"))
            QCOMPARE(m.openWeights, std::optional<bool>(true));
    }
}

void TestStore::migratesFromVersion1()
{
    const QString path = m_dir.filePath("v1.sqlite");
    QVERIFY(test::withSqlite(path, [&](QSqlDatabase &db) {
        SchemaMigrator migrator(db);
        QVERIFY(migrator.migrateTo(1));
        QCOMPARE(migrator.currentVersion(), 1);
        QSqlQuery q(db);
        QVERIFY(q.prepare("INSERT INTO countries (code, name_en, name_ko, region_en, region_ko, color)"
                          " VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant("KOR"), QVariant("South Korea"), QVariant("대한민국"),
                                  QVariant("East Asia"), QVariant("동아시아"), QVariant("")})
            q.addBindValue(v);
        QVERIFY(q.exec());
        // The bundled version, so that opening migrates the schema without refreshing the records.
        QVERIFY(q.prepare("INSERT INTO meta (key, value) VALUES ('dataset_version', ?)"));
        q.addBindValue(DatasetReader::bundledVersion());
        QVERIFY(q.exec());
        // Version 1 has no origin column yet.
        QVERIFY(!q.exec("SELECT origin FROM countries"));
    }));

    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QVERIFY(!store.created());
    QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion);
    QCOMPARE(store.datasetVersion(), DatasetReader::bundledVersion());
    QVERIFY(!store.lastUpdate());
    const auto d = store.load();
    QVERIFY(d);
    QCOMPARE(d->countries.size(), 1);
    QCOMPARE(d->countries.constFirst().name.ko, QStringLiteral("대한민국"));
    QSqlQuery q(store.database());
    QVERIFY(q.exec("SELECT origin, edited, row_version FROM countries WHERE code = 'KOR'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("bundled"));
    QCOMPARE(q.value(1).toInt(), 0);
    QCOMPARE(q.value(2).toInt(), 1);
}

void TestStore::migratesFromVersion2KeepingTheUsersWork()
{
    // A workspace of schema version 2 holding the previous dataset (2026.11.1, before the country
    // catalogue), an observation the user added, a bundled source and a country the user edited.
    DatasetReader reader;
    const auto bundled = reader.read(DatasetReader::bundledPath());
    QVERIFY2(bundled, qPrintable(reader.errorString()));
    const Source &source = bundled->sources.constFirst();
    const QString path = m_dir.filePath("v2.sqlite");
    QVERIFY(test::withSqlite(path, [&](QSqlDatabase &db) {
        SchemaMigrator migrator(db);
        QVERIFY(migrator.migrateTo(2));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(u"INSERT INTO countries (code, name_en, name_ko, region_en, region_ko, color)"
                                      u" VALUES ('KOR', 'South Korea', '대한민국', 'East Asia', '동아시아', '#2a9d8f')")));
        QVERIFY(q.exec(QStringLiteral(u"INSERT INTO countries (code, name_en, name_ko, region_en, region_ko, color,"
                                      u" origin, edited) VALUES ('USA', 'America (my name)', '미합중국',"
                                      u" 'North America', '북미', '#000000', 'bundled', 1)")));
        QVERIFY(q.prepare("INSERT INTO sources (id, title_en, title_ko, publisher, document, section, url, date,"
                          " licence, note_en, note_ko, edited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
        for (const QString &v : {source.id, QStringLiteral("My corrected title"), QStringLiteral(u"고친 제목"),
                                 source.publisher, source.document, source.section, source.url, source.date,
                                 source.licence, source.note.en, source.note.ko})
            q.addBindValue(v.isNull() ? QStringLiteral("") : v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.prepare("INSERT INTO observations (id, indicator, country, year, month, value, kind, source,"
                          " note_en, note_ko, origin) VALUES ('my-value', 'private_ai_investment', 'KOR', 2031, 0,"
                          " 42, 'estimate', ?, 'mine', ?, 'user')"));
        q.addBindValue(source.id);
        q.addBindValue(QStringLiteral(u"내 값"));
        QVERIFY(q.exec());
        QVERIFY(q.exec("INSERT INTO meta (key, value) VALUES ('dataset_version', '2026.11.1')"));
    }));

    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion);
    QVERIFY2(store.lastUpdate(), qPrintable(store.updateError()));
    QCOMPARE(store.datasetVersion(), DatasetReader::bundledVersion());
    const auto d = store.load();
    QVERIFY2(d, qPrintable(store.errorString()));

    // The user's work is as it was.
    std::optional<Observation> mine;
    for (const Observation &o : d->observations) {
        if (o.id == QLatin1String("my-value"))
            mine = o;
    }
    QVERIFY(mine);
    QCOMPARE(mine->value, 42.0);
    QCOMPARE(mine->note.ko, QStringLiteral(u"내 값"));
    QCOMPARE(d->source(source.id)->title.en, QStringLiteral("My corrected title"));
    const Country *usa = d->country("USA");
    QCOMPARE(usa->name.en, QStringLiteral("America (my name)"));
    QCOMPARE(usa->color, QStringLiteral("#000000"));

    // Every country, the edited one too, has the catalogue's numeric code and other names.
    QCOMPARE(d->countries.size(), bundled->countries.size());
    QCOMPARE(usa->numeric, QStringLiteral("840"));
    QVERIFY(usa->alternativeNames.contains("United States of America"));
    const Country *korea = d->country("KOR");
    QCOMPARE(korea->name.ko, QStringLiteral(u"대한민국"));
    QCOMPARE(korea->numeric, QStringLiteral("410"));
    QVERIFY(korea->alternativeNames.contains("Korea, Republic of"));
    QCOMPARE(d->country("NPL")->name.ko, QStringLiteral(u"네팔"));
}

void TestStore::rejectsNewerSchema()
{
    const QString path = m_dir.filePath("future.sqlite");
    QVERIFY(test::withSqlite(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        QVERIFY(q.exec("INSERT INTO meta VALUES ('schema_version', '99')"));
    }));
    const QByteArray before = test::fileHash(path);
    Store store;
    QVERIFY(!store.open(path));
    QVERIFY2(store.errorString().contains("newer"), qPrintable(store.errorString()));
    QCOMPARE(test::fileHash(path), before);
}

void TestStore::rejectsCorruptFileAndLeavesItUntouched()
{
    const QString path = m_dir.filePath("corrupt.gapscope");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3\0", 16);
        f.write(QByteArray(4096, '\xAB'));
    }
    const QByteArray before = test::fileHash(path);
    Store store;
    QVERIFY(!store.open(path));
    QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
    QCOMPARE(test::fileHash(path), before);

    const QString text = m_dir.filePath("notes.txt");
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
    }
    const QByteArray textBefore = test::fileHash(text);
    QVERIFY(!store.open(text));
    QCOMPARE(test::fileHash(text), textBefore);
}

void TestStore::rejectsForeignDatabase()
{
    const QString path = m_dir.filePath("foreign.sqlite");
    QVERIFY(test::withSqlite(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"));
    }));
    const QByteArray before = test::fileHash(path);
    Store store;
    QVERIFY(!store.open(path));
    QVERIFY2(store.errorString().contains("not a GapScope workspace"), qPrintable(store.errorString()));
    QCOMPARE(test::fileHash(path), before);
}

void TestStore::defaultWorkspaceIsInXdgDataLocation()
{
    const QString path = Store::defaultWorkspacePath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(path.endsWith(".gapscope"));
}

void TestStore::failedInstallWritesNothing()
{
    const QString path = m_dir.filePath("partial.sqlite");
    QVERIFY(test::withSqlite(path, [&](QSqlDatabase &db) {
        QVERIFY(SchemaMigrator(db).migrateTo());
    }));
    Store store;
    QVERIFY(store.open(path));
    Dataset broken = test::miniDataset();
    broken.observations.append(broken.observations.constFirst()); // duplicate primary key, at the very end
    QVERIFY(!store.install(broken));
    QVERIFY(!store.errorString().isEmpty());
    const auto d = store.load();
    QVERIFY(d);
    QCOMPARE(d->observations.size(), 0);
    QCOMPARE(d->sources.size(), 0);
}

QTEST_GUILESS_MAIN(TestStore)
void TestStore::largeWorkspacesAreKnownBySize()
{
    // Start-up reads a large workspace's observations in the background, and knows "large" from
    // the file and its write-ahead log, without a query.
    const QString path = m_dir.filePath("large.gapscope");
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.isLarge(), std::optional<bool>(false)); // the bundled dataset alone
    }
    // 17 MB more, still in the write-ahead log while the connection is open.
    QVERIFY(test::withSqlite(path, [&path](QSqlDatabase &db) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE padding (x BLOB)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO padding VALUES (zeroblob(17000000))")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 16 * 1024 * 1024);
        QVERIFY(QFileInfo(path).size() < 16 * 1024 * 1024);
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.isLarge(), std::optional<bool>(true));
    }));
}

void TestStore::loaderReadsInTheBackgroundAndStops()
{
    const QString path = m_dir.filePath("loader.gapscope");
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const auto whole = store.load();
    const auto base = store.loadWithoutObservations();
    QVERIFY(whole && base);
    QVERIFY(base->observations.isEmpty() && !whole->observations.isEmpty());
    QCOMPARE(store.observationCount(), std::optional<qint64>(whole->observations.size()));
    QCOMPARE(store.hasObservations(whole->observations.size()), std::optional<bool>(true));
    QCOMPARE(store.hasObservations(whole->observations.size() + 1), std::optional<bool>(false));

    // The same records as a reading in one go, with the index built from them.
    WorkspaceLoader loader;
    QSignalSpy finished(&loader, &WorkspaceLoader::finished);
    loader.start(path, *base);
    QVERIFY(finished.wait(30000));
    QVERIFY2(loader.succeeded(), qPrintable(loader.errorString()));
    const ObservationIndex index = loader.takeIndex();
    const Dataset loaded = loader.takeDataset();
    QCOMPARE(loaded.observations, whole->observations);
    QCOMPARE(loaded.rowVersions, whole->rowVersions);
    QCOMPARE(loaded.countries, whole->countries);
    QCOMPARE(index.size(), whole->observations.size());
    QVERIFY(loaded.indicator(loaded.observations.first().indicator)); // reindexed

    // A missing workspace: an error naming it, not a crash or an empty success.
    WorkspaceLoader missing;
    QSignalSpy missingDone(&missing, &WorkspaceLoader::finished);
    missing.start("postgresql://nobody@127.0.0.1:1/none", *base);
    QVERIFY(missingDone.wait(30000));
    QVERIFY(!missing.succeeded());
    QVERIFY(!missing.errorString().isEmpty());

    // Destroyed while reading (the window closed): it stops and waits for its thread.
    auto *early = new WorkspaceLoader;
    early->start(path, *base);
    delete early;
}

namespace {

// An import of `count` new observations of KOR.
ImportBatch manyObservations(int count, const QString &prefix)
{
    ImportBatch batch;
    batch.file = prefix + ".csv";
    batch.sources = {Source{prefix, {"Test survey", "시험 조사"}, {}, prefix + ".csv", {}, {}, "2026-11", {}, {}}};
    batch.indicators = {Indicator{prefix + "_count", {"Count", "수"}, "count", "capital", {}}};
    for (int k = 0; k < count; ++k)
        batch.observations.append({QString("%1-%2").arg(prefix).arg(k), prefix + "_count", "KOR", 1900 + k % 120, 0,
                                   double(k), "measured", prefix, {}});
    return batch;
}

QString pragma(Store &store, const QString &name)
{
    QSqlQuery q(store.database());
    return q.exec("PRAGMA " + name) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

void TestStore::writesGoThroughAWriteAheadLogAndCopiesAreConsistent()
{
    const QString path = m_dir.filePath("wal.gapscope");
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(pragma(store, "journal_mode"), QStringLiteral("wal"));
    const qint64 before = *store.observationCount();
    QVERIFY2(store.import(manyObservations(2000, "wal")), qPrintable(store.errorString()));
    // While this connection is open the new rows may be only in the log: a copy has them all.
    const QString copy = m_dir.filePath("copy/of-wal.gapscope");
    QVERIFY(QDir().mkpath(m_dir.filePath("copy")));
    QVERIFY2(store.copyTo(copy), qPrintable(store.errorString()));
    QVERIFY(!QFile::exists(copy + ".part"));
    Store other;
    QVERIFY2(other.open(copy), qPrintable(other.errorString()));
    QCOMPARE(*other.observationCount(), before + 2000);
    QCOMPARE(pragma(other, "integrity_check"), QStringLiteral("ok"));
}

void TestStore::readOnlyWorkspaceOpensAndRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("locked.gapscope");
    {
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(store.import(manyObservations(10, "locked")));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                  | QFile::ReadOther | QFile::ExeOther));
    const QByteArray hash = test::fileHash(path);
    // Permissions do not stop root: as root, the workspace is opened as the user nobody.
    const bool root = ::geteuid() == 0;
    if (root)
        QVERIFY(::setresuid(65534, 65534, 0) == 0);
    std::optional<Dataset> loaded;
    bool readOnly = false, imported = true;
    QString error;
    qint64 count = 0;
    {
        Store store;
        const bool opened = store.open(path);
        error = store.errorString();
        if (opened) {
            readOnly = store.isReadOnly();
            loaded = store.load();
            count = store.observationCount().value_or(-1);
            imported = store.import(manyObservations(5, "more"));
            error = store.errorString();
        }
    }
    if (root)
        QVERIFY(::setresuid(0, 0, 0) == 0);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(readOnly);
    QCOMPARE(qint64(loaded->observations.size()), count);
    QVERIFY(loaded->indicator("locked_count"));
    QVERIFY(!imported);
    QVERIFY2(error.contains("read-only") && error.contains(path), qPrintable(error));
    QCOMPARE(test::fileHash(path), hash);
    QVERIFY(!QFile::exists(path + "-wal"));
}

void TestStore::fullDiskChangesNothing()
{
    // A disk that fills up during an import, simulated by a page limit on the workspace.
    const QString path = m_dir.filePath("full.gapscope");
    Store store;
    QVERIFY(store.open(path));
    const qint64 before = *store.observationCount();
    {
        QSqlQuery q(store.database());
        QVERIFY(q.exec("PRAGMA max_page_count = " + pragma(store, "page_count")));
    }
    QVERIFY(!store.import(manyObservations(20000, "full")));
    QVERIFY2(store.errorString().contains("full"), qPrintable(store.errorString()));
    store.close();
    Store again;
    QVERIFY(again.open(path));
    QCOMPARE(*again.observationCount(), before);
    QCOMPARE(pragma(again, "integrity_check"), QStringLiteral("ok"));
    QVERIFY(again.import(manyObservations(10, "after"))); // and it takes the next write
}

#include "tst_store.moc"
