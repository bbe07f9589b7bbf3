#include "TestSupport.h"
#include "io/ImportReader.h"
#include "io/OwidPackage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace gapscope;

// Our World in Data's download as a user has it: the chart's CSV with its .metadata.json beside
// it, or both in a zip with a readme. The title, unit, description and citation come from the
// metadata, so the import needs no --unit and no --source. The files are real: IFR's robots
// installed as OWID publishes them (resources/dataset) and OWID's metadata of that chart
// (tests/data/owid).
class TestOwidImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvWithItsMetadataBeside();
    void zipOfTheDownload();
    void theImportStillDecides();
    void badPackages_data();
    void badPackages();

private:
    // A zip file of `members` (name -> bytes).
    QString zipFile(const QString &name, const QList<std::pair<QString, QByteArray>> &members) const;
    static QByteArray robotsCsv();
    static QByteArray robotsMetadata();
    void checkRobots(const ImportBatch &batch) const;

    QTemporaryDir m_dir;
    Dataset m_dataset;
};

void TestOwidImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = test::miniDataset();
}

QByteArray TestOwidImport::robotsCsv()
{
    QFile f(QStringLiteral(":/dataset/annual-industrial-robots-installed.csv"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the bundled robots file is missing");
    return f.readAll();
}

QByteArray TestOwidImport::robotsMetadata()
{
    QFile f(test::dataPath(QStringLiteral("owid/annual-industrial-robots-installed.metadata.json")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the robots metadata is missing");
    return f.readAll();
}

QString TestOwidImport::zipFile(const QString &name, const QList<std::pair<QString, QByteArray>> &members) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        qFatal("cannot create %s", qPrintable(path));
    for (const auto &[member, bytes] : members) {
        // libzip reads the buffer when the archive is closed, below: `members` outlives that.
        zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!source || zip_file_add(archive, member.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0)
            qFatal("cannot add %s", qPrintable(member));
    }
    if (zip_close(archive) != 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestOwidImport::checkRobots(const ImportBatch &batch) const
{
    // Every row of a country the workspace knows (World and the others are skipped).
    int rows = 0;
    for (const QByteArray &line : robotsCsv().split('\n')) {
        const QList<QByteArray> fields = line.split(',');
        rows += fields.size() == 4 && m_dataset.country(QString::fromUtf8(fields[1])) != nullptr;
    }
    QVERIFY(rows >= 30);
    QCOMPARE(batch.observations.size(), rows);
    QCOMPARE(batch.indicators.size(), 1);
    const Indicator &i = batch.indicators.constFirst();
    QCOMPARE(i.name.en, QStringLiteral("Annual industrial robots installed"));
    QCOMPARE(i.unit, QStringLiteral("robots"));
    QVERIFY2(i.description.en.startsWith(QStringLiteral("Industrial robots are automated, reprogrammable machines")),
             qPrintable(i.description.en));
    QVERIFY(i.description.en.contains(QStringLiteral("Multipurpose means")));
    QCOMPARE(batch.sources.size(), 1);
    const Source &s = batch.sources.constFirst();
    QVERIFY(s.id.startsWith(QStringLiteral("owid-")));
    QCOMPARE(s.publisher, QStringLiteral("Our World in Data"));
    QCOMPARE(s.title.en, QStringLiteral("Annual industrial robots installed in top five countries"));
    QCOMPARE(s.url, QStringLiteral("https://ourworldindata.org/grapher/annual-industrial-robots-installed"));
    QCOMPARE(s.date, QStringLiteral("2025-04-08"));
    QVERIFY(s.document.startsWith(QStringLiteral("International Federation of Robotics (IFR) via AI Index Report (2025)")));
    QVERIFY(s.licence.isEmpty()); // the metadata names none: none is made up
    for (const Observation &o : batch.observations)
        QCOMPARE(o.source, s.id);
    const auto korea2020 = std::find_if(batch.observations.cbegin(), batch.observations.cend(),
                                        [](const Observation &o) { return o.country == "KOR" && o.year == 2020; });
    QVERIFY(korea2020 != batch.observations.cend());
    QCOMPARE(korea2020->value, 31000.0);
}

void TestOwidImport::csvWithItsMetadataBeside()
{
    QTemporaryDir dir;
    const QString csv = test::writeFile(dir.filePath("annual-industrial-robots-installed.csv"), robotsCsv());
    ImportReader::Options options;
    options.skipUnknownCountries = true;
    // Alone, the CSV says nothing of its unit: refused, as before.
    ImportReader alone(m_dataset);
    QVERIFY(!alone.read(csv, options));
    QVERIFY2(alone.errorString().contains(QStringLiteral("give its unit")), qPrintable(alone.errorString()));
    // With its metadata beside it, it says everything.
    QCOMPARE(OwidPackage::metadataPathBeside(csv), dir.filePath("annual-industrial-robots-installed.metadata.json"));
    test::writeFile(OwidPackage::metadataPathBeside(csv), robotsMetadata());
    ImportReader reader(m_dataset);
    const auto batch = reader.read(csv, options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    checkRobots(*batch);
}

void TestOwidImport::zipOfTheDownload()
{
    const QString zip = zipFile("robots.zip", {{"annual-industrial-robots-installed.csv", robotsCsv()},
                                               {"annual-industrial-robots-installed.metadata.json", robotsMetadata()},
                                               {"readme.md", "# Annual industrial robots installed\n"}});
    ImportReader::Options options;
    options.skipUnknownCountries = true;
    ImportReader reader(m_dataset);
    const auto batch = reader.read(zip, options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->file, QStringLiteral("robots.zip"));
    QCOMPARE(batch->encoding, QStringLiteral("UTF-8"));
    checkRobots(*batch);
    // The same download through the command line: nothing but the file.
    const QString db = m_dir.filePath("cli.gapscope");
    const test::ProgramRun run = test::runGapscope({"import", zip, "--skip-unknown-countries", "--db", db},
                                                   m_dir.filePath("xdg"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("1 new indicator, 1 new source from robots.zip"), run.out.constData());
}

void TestOwidImport::theImportStillDecides()
{
    // A unit and a source given with the import win over the metadata's.
    const QString zip = zipFile("given.zip", {{"robots.csv", robotsCsv()}, {"robots.metadata.json", robotsMetadata()}});
    ImportReader::Options options;
    options.skipUnknownCountries = true;
    options.unit = QStringLiteral("count");
    options.source = QStringLiteral("My own copy");
    ImportReader reader(m_dataset);
    const auto batch = reader.read(zip, options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->indicators.constFirst().unit, QStringLiteral("count"));
    QCOMPARE(batch->sources.constFirst().title.en, QStringLiteral("My own copy"));
    QCOMPARE(batch->indicators.constFirst().name.en, QStringLiteral("Annual industrial robots installed"));
}

void TestOwidImport::badPackages_data()
{
    QTest::addColumn<QList<std::pair<QString, QByteArray>>>("members");
    QTest::addColumn<QString>("message");
    QTest::newRow("no csv") << QList<std::pair<QString, QByteArray>>{{"readme.md", "hello"}}
                            << "the zip archive holds no CSV file";
    QTest::newRow("two csv") << QList<std::pair<QString, QByteArray>>{{"a.csv", robotsCsv()}, {"b.csv", robotsCsv()}}
                             << "holds 2 CSV files (a.csv, b.csv)";
    QTest::newRow("bad metadata") << QList<std::pair<QString, QByteArray>>{{"r.csv", robotsCsv()},
                                                                            {"r.metadata.json", "{\n  \"chart\": ,\n}"}}
                                  << "bad.zip/r.metadata.json, line 2, column";
    QTest::newRow("not metadata") << QList<std::pair<QString, QByteArray>>{{"r.csv", robotsCsv()},
                                                                            {"r.metadata.json", "{\"chart\": {}}"}}
                                  << "no \"columns\" object";
}

void TestOwidImport::badPackages()
{
    using Members = QList<std::pair<QString, QByteArray>>;
    QFETCH(Members, members);
    QFETCH(QString, message);
    const QString zip = zipFile("bad.zip", members);
    ImportReader reader(m_dataset);
    QVERIFY(!reader.read(zip, {}));
    QVERIFY2(reader.errorString().contains(message) && reader.errorString().startsWith(QStringLiteral("bad.zip")),
             qPrintable(reader.errorString()));
    // Not a zip at all.
    const QString fake = test::writeFile(m_dir.filePath("fake.zip"), "Entity,Code,Year,x\n");
    QVERIFY(!reader.read(fake, {}));
    QVERIFY2(reader.errorString().contains(QStringLiteral("not a zip archive")), qPrintable(reader.errorString()));
}

QTEST_MAIN(TestOwidImport)
#include "tst_owidimport.moc"
