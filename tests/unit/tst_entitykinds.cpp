#include "MigrationSupport.h"
#include "TestSupport.h"
#include "format/DisplayText.h"
#include "io/ImportFormat.h"
#include "io/ImportReader.h"
#include "map/MapChoropleth.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "query/IndicatorSeries.h"
#include "query/ObservationIndex.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace gapscope;

// Entities of a kind the user names (issue 15, issue 17 item 2): rows of an imported file that
// are neither countries, regions nor records of the workspace ("Computer vision", Our World in
// Data's "All large-scale AI systems") become entities of the kind given with --entity-kind, kept
// by schema 7 with their kind's name in English and Korean; they are filtered, listed, tabled and
// charted, and never counted for a country.
class TestEntityKinds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layouts_data();
    void layouts();
    void malformed_data();
    void malformed();
    void tableAndChart();
    void commandLine();
    void migrationFromVersion6KeepsTheUsersWork();

private:
    QString write(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    Dataset m_dataset;
};

namespace {

const QByteArray domains("country,indicator,year,value,unit,source\n"
                         "Computer vision,notable_systems,2022,40,count,Epoch\n"
                         "Language,notable_systems,2022,55,count,Epoch\n"
                         "Language,notable_systems,2023,70,count,Epoch\n"
                         "KOR,notable_systems,2023,5,count,Epoch\n");

ImportReader::Options optionsOf(const LocalizedText &kind)
{
    ImportReader::Options options;
    options.unit = QStringLiteral("count");
    options.source = QStringLiteral("Test source");
    options.entityKind = kind;
    return options;
}

} // namespace

void TestEntityKinds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = test::bundledDataset();
}

QString TestEntityKinds::write(const QString &name, const QByteArray &content) const
{
    return test::writeFile(m_dir.filePath(name), content);
}

void TestEntityKinds::layouts_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // ENTITY DATE=VALUE, sorted
    QTest::addColumn<QStringList>("counts"); // ImportFormat::entityCounts(), as the source text (no translator: the program's English one gives the plural)

    QTest::newRow("tidy research domains")
        << domains << "domains.csv"
        << QStringList{"KOR 2023=5", "research_domain.computer_vision 2022=40", "research_domain.language 2022=55",
                       "research_domain.language 2023=70"}
        << QStringList{"Countries (1): 1 observation(s)", "Research domain (2): 3 observation(s)"};
    QTest::newRow("owid aggregate of systems")
        << QByteArray("Entity,Code,Year,Notable AI systems\nAll large-scale AI systems,,2023,120\n"
                      "All large-scale AI systems,,2024,\nWorld,OWID_WRL,2023,300\n")
        << "owid-systems.csv" << QStringList{"OWID_WRL 2023=300", "research_domain.all_large_scale_ai_systems 2023=120"}
        << QStringList{"Regions (1): 1 observation(s)", "Research domain (1): 1 observation(s)"};
    QTest::newRow("owid domains by day")
        << QByteArray("Entity,Code,Day,Benchmark\nLanguage,,2024-03-15,1.5\nVision,,2024-03-16,2\n")
        << "owid-days.csv" << QStringList{"research_domain.language 2024-03-15=1.5", "research_domain.vision 2024-03-16=2"}
        << QStringList{"Research domain (2): 2 observation(s)"};
}

void TestEntityKinds::layouts()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, counts);
    ImportReader reader(m_dataset);
    const auto batch = reader.read(write(file, content), optionsOf({"Research domain", QStringLiteral(u"연구 분야")}));
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QStringList got;
    for (const Observation &o : batch->observations)
        got << QStringLiteral("%1 %2=%3").arg(o.country, DisplayText::isoPeriod(o.year, o.month, o.day)).arg(o.value);
    got.sort();
    QCOMPARE(got, expected);
    // Each new entity once, with its kind in both languages; none of them a country.
    QSet<QString> others;
    for (const QString &line : expected) {
        if (line.startsWith("research_domain."))
            others.insert(line.section(' ', 0, 0));
    }
    QCOMPARE(batch->entities.size(), others.size());
    for (const OtherEntity &e : batch->entities) {
        QVERIFY(others.contains(e.id));
        QCOMPARE(e.kind.en, QStringLiteral("Research domain"));
        QCOMPARE(e.kind.ko, QStringLiteral(u"연구 분야"));
        QVERIFY(!e.source.isEmpty());
        QVERIFY(!m_dataset.entityKind(e.id));
    }
    QCOMPARE(ImportFormat::entityCounts(m_dataset, *batch, Language::English), counts);
    QCOMPARE(ImportFormat::entityCounts(m_dataset, *batch, Language::Korean).constLast().section(' ', 0, 1),
             QStringLiteral(u"연구 분야"));
    QCOMPARE(ImportFormat::newEntities(*batch, Language::English).size(), others.size());
}

void TestEntityKinds::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    // Without a kind, a row of no known entity is refused as before, saying how to import it.
    QTest::newRow("no kind named") << domains << QString() << 2 << 1 << "--entity-kind";
    QTest::newRow("owid, no kind named") << QByteArray("Entity,Code,Year,Systems\nWorld,OWID_WRL,2023,3\nLanguage,,2023,5\n")
                                         << QString() << 3 << 10 << "unknown country \"Language\"";
    QTest::newRow("the same domain twice") << QByteArray("country,indicator,year,value,unit,source\n"
                                                        "Language,x,2022,1,count,s\nlanguage,x,2022,2,count,s\n")
                                           << "Research domain" << 3 << 17 << "already appears on line 2";
    QTest::newRow("a domain's value not a number") << QByteArray("country,indicator,year,value,unit,source\n"
                                                                "Language,x,2022,many,count,s\n")
                                                   << "Research domain" << 2 << 17 << "\"many\" is not a number";
    QTest::newRow("owid domain, not a year") << QByteArray("Entity,Code,Year,Systems\nLanguage,,20x3,5\n")
                                             << "Research domain" << 2 << 11 << "not a year";
}

void TestEntityKinds::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    ImportReader reader(m_dataset);
    QVERIFY(!reader.read(write("bad.csv", content), optionsOf({kind, kind})));
    const QString error = reader.errorString();
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("bad.csv, line %1, column %2:").arg(line).arg(column)), qPrintable(error));
}

void TestEntityKinds::tableAndChart()
{
    // The batch applied to the dataset, as Workspace::import() does.
    Dataset d = m_dataset;
    ImportReader reader(d);
    const auto batch = reader.read(write("domains.csv", domains), optionsOf({"Research domain", QStringLiteral(u"연구 분야")}));
    QVERIFY2(batch, qPrintable(reader.errorString()));
    d.sources += batch->sources;
    d.units += batch->units;
    d.indicators += batch->indicators;
    d.otherEntities += batch->entities;
    d.observations += batch->observations;
    d.reindex();
    const QString vision = QStringLiteral("research_domain.computer_vision");
    QCOMPARE(d.entityKind(vision), EntityKind::Other);
    QVERIFY(d.entityCountries(vision).isEmpty()); // never a country's
    QCOMPARE(DisplayText::entityKindOf(d, vision, Language::Korean), QStringLiteral(u"연구 분야"));

    ObservationIndex index;
    index.build(d);
    ObservationTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setDataset(&d);
    table.setIndex(&index);
    Filter f;
    f.indicators = {QStringLiteral("notable_systems")};
    f.entityKinds = {QStringLiteral("other")};
    table.setFilter(f);
    QCOMPARE(table.rowCount(), 3);
    QStringList shown;
    for (int r = 0; r < table.rowCount(); ++r)
        shown << table.index(r, ObservationTableModel::CountryColumn).data().toString();
    shown.sort();
    QCOMPARE(shown, (QStringList{"Computer vision · Research domain", "Language · Research domain", "Language · Research domain"}));
    table.setLanguage(Language::Korean);
    QVERIFY(table.index(0, ObservationTableModel::CountryColumn).data().toString().endsWith(QStringLiteral(u" · 연구 분야")));
    // A country's figures leave them out: they count for none.
    f.entityKinds.clear();
    f.countries = {QStringLiteral("KOR")};
    table.setFilter(f);
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.index(0, 0).data(CountryRole).toString(), QStringLiteral("KOR"));

    // Charted one line per entity, like regions, beside the country's.
    f.countries.clear();
    const auto series = IndicatorSeries::build(d, index, QStringLiteral("notable_systems"), f);
    QStringList lines;
    for (const auto &s : series)
        lines << QStringLiteral("%1:%2").arg(s.country).arg(s.points.size());
    QCOMPARE(lines, (QStringList{"KOR:1", "research_domain.computer_vision:1", "research_domain.language:2"}));
    // Never on the map: Korea is, the domains are not.
    std::vector<int> rows(size_t(d.observations.size()));
    std::iota(rows.begin(), rows.end(), 0);
    MapChoropleth map;
    map.build(d, index, QStringLiteral("notable_systems"), rows);
    QVERIFY(map.value(QStringLiteral("KOR"), 2023));
    QVERIFY(!map.value(QStringLiteral("research_domain.language"), 2022));

    // More of them than can be drawn apart as models are (grouped by the countries they count
    // for): still a line each, as regions are, since they count for none.
    QByteArray many("country,indicator,year,value,unit,source\n");
    for (int i = 0; i <= IndicatorSeries::maxEntitySeries; ++i)
        many += QStringLiteral("Domain %1,many_domains,2024,%2,count,Epoch\n").arg(i).arg(i + 1).toUtf8();
    ImportReader second(d);
    const auto more = second.read(write("many.csv", many), optionsOf({"Research domain", "Research domain"}));
    QVERIFY2(more, qPrintable(second.errorString()));
    d.sources += more->sources;
    d.indicators += more->indicators;
    d.otherEntities += more->entities;
    d.observations += more->observations;
    d.reindex();
    index.build(d);
    QCOMPARE(IndicatorSeries::build(d, index, QStringLiteral("many_domains"), Filter()).size(), IndicatorSeries::maxEntitySeries + 1);
}

void TestEntityKinds::commandLine()
{
    const QString db = m_dir.filePath("cli.gapscope");
    const QString home = m_dir.filePath("home");
    const QString file = write("domains.csv", domains);
    const auto run = [&](const QStringList &args) { return test::runGapscope(args + QStringList{"--db", db}, home); };
    // Refused without a kind, writing nothing.
    test::ProgramRun r = run({"list", "entities", "--kind", "other"});
    QCOMPARE(r.exitCode, 0);
    const QByteArray before = test::fileHash(db);
    r = run({"import", file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("domains.csv, line 2, column 1: unknown country \"Computer vision\"") && r.err.contains("--entity-kind"),
             r.err.constData());
    QCOMPARE(test::fileHash(db), before);
    // The dry run lists the new entities and the counts per kind, writing nothing.
    r = run({"import", file, "--entity-kind", "Research domain", "--dry-run"});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains("Research domain (2): 3 observations") && out.contains("Countries (1): 1 observation\n")
                 && out.contains("new Research domain: Computer vision (research_domain.computer_vision)")
                 && out.contains("new Research domain: Language (research_domain.language)"),
             qPrintable(out));
    QCOMPARE(test::fileHash(db), before);
    // Imported in Korean: the name given is the Korean one, the English one given apart.
    r = run({"import", file, "--entity-kind", QStringLiteral(u"연구 분야"), "--entity-kind-en", "Research domain", "--lang", "ko"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Listed with both languages' names and kinds, found by the kind's name in either language.
    for (const QString &kind : {QStringLiteral("Research domain"), QStringLiteral(u"연구 분야"), QStringLiteral("other")}) {
        r = run({"list", "entities", "--kind", kind, "--format", "json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.first().toObject();
        QCOMPARE(first.value("id").toString(), QStringLiteral("research_domain.computer_vision"));
        QCOMPARE(first.value("kind").toString(), QStringLiteral("other"));
        QCOMPARE(first.value("name_en").toString(), QStringLiteral("Computer vision"));
        QCOMPARE(first.value("name_ko").toString(), QStringLiteral("Computer vision"));
        QCOMPARE(first.value("kind_text_en").toString(), QStringLiteral("Research domain"));
        QCOMPARE(first.value("kind_text_ko").toString(), QStringLiteral(u"연구 분야"));
        QVERIFY(first.value("countries").toArray().isEmpty());
    }
    r = run({"query", "--kind", "Research domain", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
    // Not a country's: Korea's figures are Korea's own.
    r = run({"query", "--country", "KOR", "--indicator", "notable_systems", "--format", "json"});
    const QJsonArray korea = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(korea.size(), 1);
    QCOMPARE(korea.first().toObject().value("value").toDouble(), 5.0);
    // An unknown kind's name is refused.
    r = run({"query", "--kind", "Benchmark"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unknown kind \"Benchmark\""), r.err.constData());
    // A second file of the same kind adds to the same entities.
    r = run({"import", write("more.csv", "country,indicator,year,value,unit,source\nLanguage,notable_systems,2024,80,count,Epoch\n"),
             "--entity-kind", "research domain"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({"list", "entities", "--kind", "other", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
}

void TestEntityKinds::migrationFromVersion6KeepsTheUsersWork()
{
    const QString path = m_dir.filePath(QStringLiteral("v6.gapscope"));
    QVERIFY(test::withSqlite(path, [](QSqlDatabase &db) { test::seedVersion6WithUsersWork(db); }));
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), SchemaMigrator::latestVersion);
    QVERIFY2(store.lastUpdate(), qPrintable(store.updateError()));
    auto d = store.load();
    QVERIFY(d);
    test::checkUsersWorkMigratedTo7(*d);
    QVERIFY(d->otherEntities.isEmpty());
    // The new table takes entities of a named kind, and gives them back.
    ImportReader reader(*d);
    const auto batch = reader.read(write("v7.csv", domains), optionsOf({"Research domain", QStringLiteral(u"연구 분야")}));
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QVERIFY2(store.import(*batch), qPrintable(store.errorString()));
    d = store.load();
    QCOMPARE(d->otherEntities.size(), 2);
    QCOMPARE(d->otherEntity("research_domain.language")->kind.ko, QStringLiteral(u"연구 분야"));
    test::checkUsersWorkMigratedTo7(*d); // still there
}

QTEST_MAIN(TestEntityKinds)
#include "tst_entitykinds.moc"
