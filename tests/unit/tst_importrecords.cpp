#include "ImportRecordsSupport.h"
#include "TestSupport.h"
#include "format/DisplayText.h"
#include "io/ImportFormat.h"
#include "io/ImportReader.h"
#include "store/RecordChanges.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// Issue 17 item 7: tables of one row per AI model, organisation or cluster (the shape of Epoch
// AI's downloads). Each case a table-driven row from a file written here: new records with their
// countries and organisations, records of the workspace matched by name and organisation, facts
// as observations on the record at its date; each malformed variant refused with its file, line
// and column; and the command line's dry run and import on a real workspace, read back.
class TestImportRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void records_data();
    void records();
    void malformed_data();
    void malformed();
    void skipsUnknownCountries();
    void commandLine();

private:
    QString write(const QString &name, const QByteArray &content) const;
    std::tuple<int, QString, QString> runImport(const QStringList &args, const QString &db) const;

    QTemporaryDir m_dir;
    Dataset m_dataset;
    const AiModel *m_epochModel = nullptr; // test::epochModelWithFields()
};

namespace {

// The batch as sorted lines: "new KIND ID NAME [COUNTRIES] {ORGANISATIONS}", "matched ID" and
// "ENTITY DATE INDICATOR=VALUE".
QStringList described(const ImportBatch &batch)
{
    QStringList out;
    for (const Actor &a : batch.actors)
        out << QStringLiteral("new organisation %1 %2 [%3]").arg(a.id, a.name.en, a.country);
    for (const AiModel &m : batch.models)
        out << QStringLiteral("new model %1 %2 [%3] {%4}").arg(m.id, m.name.en, m.countries.join(','), m.organisations.join(','));
    for (const ComputeCluster &c : batch.clusters)
        out << QStringLiteral("new cluster %1 %2 [%3] {%4}").arg(c.id, c.name.en, c.country, c.owners.join(','));
    for (const QString &id : batch.matchedRecords)
        out << "matched " + id;
    for (const Observation &o : batch.observations)
        out << QStringLiteral("%1 %2 %3=%4").arg(o.country, DisplayText::isoPeriod(o.year, o.month, o.day), o.indicator).arg(o.value);
    out.sort();
    return out;
}

} // namespace

void TestImportRecords::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = test::bundledDataset();
    m_epochModel = test::epochModelWithFields(m_dataset);
    QVERIFY(m_epochModel);
}

QString TestImportRecords::write(const QString &name, const QByteArray &content) const
{
    return test::writeFile(m_dir.filePath(name), content);
}

void TestImportRecords::records_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("columns"); // ROLE=HEADER
    QTest::addColumn<QStringList>("facts"); // HEADER=UNIT
    QTest::addColumn<QStringList>("expected");

    // Epoch's own headers: proposed columns and facts, into the bundled indicators.
    QTest::newRow("models with two countries")
        << QByteArray("Model,Organization,Country (of organization),Publication date,Parameters,Training compute (FLOP),Domain\n"
                      "Alpha-1,Test Lab One,\"United States,South Korea\",2025-01-15,7000000000,3.5e24,Language\n"
                      "Beta-2,Test Lab One,Japan,2025-02,,,Vision\n")
        << "model" << QStringList() << QStringList()
        << QStringList{"new model user-model-alpha-1 Alpha-1 [USA,KOR] {user-organisation-test-lab-one}",
                       "new model user-model-beta-2 Beta-2 [JPN] {user-organisation-test-lab-one}",
                       "new organisation user-organisation-test-lab-one Test Lab One [USA]",
                       "user-model-alpha-1 2025-01-15 model_parameters=7e+09",
                       "user-model-alpha-1 2025-01-15 model_training_compute=3.5e+24"};
    // A researcher's own headers, chosen, and a fact of a new indicator and unit.
    QTest::newRow("models, columns chosen, a new fact")
        << QByteArray("System;Lab;Nation;Released;Score\nGamma;Test Lab Two;KOR;2024;81.5\n") << "model"
        << QStringList{"name=System", "organisation=Lab", "country=Nation", "date=Released"}
        << QStringList{"Score=points_x"}
        << QStringList{"new model user-model-gamma Gamma [KOR] {user-organisation-test-lab-two}",
                       "new organisation user-organisation-test-lab-two Test Lab Two [KOR]",
                       "user-model-gamma 2024 score=81.5"};
    // An organisation of the workspace matched by its English and by its Korean name, and a new one.
    const Actor &known = m_dataset.actors.at(0);
    QTest::newRow("organisations matched by name")
        << QStringLiteral("Organization,Country,Founded,Employees,Kind\n\"%1\",KOR,2024,1000,Lab\n\"%2\",KOR,2025,\"1,100\",Lab\n"
                          "New Org,Japan,2023,50,Startup\n")
               .arg(known.name.en, known.name.ko)
               .toUtf8()
        << "organisation" << QStringList{"date=Founded"} << QStringList{"Employees=people_x"}
        << QStringList{"matched " + known.id, known.id + " 2024 employees=1000", known.id + " 2025 employees=1100",
                       "new organisation user-organisation-new-org New Org [JPN]", "user-organisation-new-org 2023 employees=50"};
    QTest::newRow("a cluster") << QByteArray("Name,Owner,Country,First Operational Date,H100 equivalents,Status,Notes\n"
                                             "Test Cluster,Somebody Else,South Korea,2024-06,12000,Existing,rumoured\n")
                               << "cluster" << QStringList() << QStringList()
                               << QStringList{"new cluster user-cluster-test-cluster Test Cluster [KOR] {Somebody Else}",
                                              "user-cluster-test-cluster 2024-06 cluster_h100_equivalents=12000"};
}

void TestImportRecords::records()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, kind);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, facts);
    QFETCH(QStringList, expected);
    ImportReader reader(m_dataset);
    const auto batch = reader.read(write("records.csv", content), test::recordsOptions(kind, columns, facts));
    QVERIFY2(batch, qPrintable(reader.errorString()));
    expected.sort();
    QCOMPARE(described(*batch), expected);
    // A new model has the figures Epoch's columns gave, for the models scatter.
    for (const AiModel &m : batch->models) {
        if (m.id == "user-model-alpha-1") {
            QCOMPARE(m.parameters, std::optional<double>(7e9));
            QCOMPARE(m.trainingCompute, std::optional<double>(3.5e24));
            QCOMPARE(m.domain, QStringLiteral("Language"));
            QCOMPARE(m.released, QStringLiteral("2025-01-15"));
        }
    }
    // What has no field of its own is kept in the description.
    for (const Actor &a : batch->actors) {
        if (a.id == "user-organisation-new-org")
            QVERIFY2(a.description.en.endsWith("\nKind: Startup"), qPrintable(a.description.en));
    }
    for (const ComputeCluster &c : batch->clusters) {
        QCOMPARE(c.h100Equivalents, std::optional<double>(12000));
        QCOMPARE(c.status, QStringLiteral("Existing"));
    }
}

void TestImportRecords::malformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("facts");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray header("Model,Organization,Country,Publication date,Parameters\n");
    QTest::newRow("bad number") << header + "A,L,Japan,2025-01-01,7 billion\n" << "model" << QStringList() << QStringList{"Parameters=parameters"}
                                << 2 << 22 << "\"7 billion\" is not a number";
    QTest::newRow("bad date") << header + "A,L,Japan,2025-13-01,7\n" << "model" << QStringList() << QStringList{"Parameters=parameters"}
                              << 2 << 11 << "\"2025-13-01\" is not a date";
    QTest::newRow("missing name") << header + "A,L,Japan,2025-01-01,7\n,L,Japan,2025-01-02,8\n" << "model" << QStringList()
                                  << QStringList() << 3 << 1 << "the name is empty";
    QTest::newRow("unknown country") << header + "A,L,Atlantis,2025-01-01,7\n" << "model" << QStringList() << QStringList() << 2 << 5
                                     << "unknown country \"Atlantis\"";
    QTest::newRow("unknown name column") << header + "A,L,Japan,2025-01-01,7\n" << "model" << QStringList{"name=System"}
                                         << QStringList() << 1 << 0 << "no column \"System\" for the name";
    QTest::newRow("unknown fact column") << header + "A,L,Japan,2025-01-01,7\n" << "model" << QStringList()
                                         << QStringList{"Score=points"} << 1 << 0 << "no column \"Score\" for a fact";
    QTest::newRow("fact without a date") << header + "A,L,Japan,,7\n" << "model" << QStringList() << QStringList{"Parameters=parameters"}
                                         << 2 << 11 << "the date is empty";
    QTest::newRow("fact of another unit") << header + "A,L,Japan,2025-01-01,7\n" << "model" << QStringList()
                                          << QStringList{"Parameters=billions"} << 2 << 22 << "is in parameters";
    QTest::newRow("same record, same fact twice") << header + "A,L,Japan,2025-01-01,7\nA,L,Japan,2025-01-01,7\n" << "model"
                                                  << QStringList() << QStringList{"Parameters=parameters"} << 3 << 22
                                                  << "already appears on line 2";
    QTest::newRow("unknown record kind") << header + "A,L,Japan,2025-01-01,7\n" << "event" << QStringList() << QStringList() << 0
                                         << 0 << "unknown record kind \"event\"";
    QTest::newRow("short row") << header + "A,L,Japan\n" << "model" << QStringList() << QStringList() << 2 << 5
                               << "3 fields where the header has 5";
}

void TestImportRecords::malformed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, kind);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, facts);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    ImportReader reader(m_dataset);
    QVERIFY(!reader.read(write("bad.csv", content), test::recordsOptions(kind, columns, facts)));
    const ParseError &e = reader.parseError();
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QCOMPARE(e.file, QStringLiteral("bad.csv"));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TestImportRecords::skipsUnknownCountries()
{
    ImportReader::Options o = test::recordsOptions("model", {}, {"Parameters=parameters"});
    const QString file = write("skip.csv", "Model,Organization,Country,Publication date,Parameters\nA,L,Atlantis,2025-01-01,7\n"
                                           "B,L,Japan,2025-01-01,8\n");
    ImportReader reader(m_dataset);
    QVERIFY(!reader.read(file, o));
    o.skipUnknownCountries = true;
    const auto batch = reader.read(file, o);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->skippedRows, 1);
    QCOMPARE(batch->skippedCountries, QStringList{"Atlantis"});
    QCOMPARE(batch->models.size(), 1);
    QCOMPARE(batch->models.constFirst().name.en, QStringLiteral("B"));
}

std::tuple<int, QString, QString> TestImportRecords::runImport(const QStringList &args, const QString &db) const
{
    const test::ProgramRun run = test::runGapscope(QStringList{"import"} + args + QStringList{"--db", db}, m_dir.filePath("xdg"));
    return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

void TestImportRecords::commandLine()
{
    const QString db = m_dir.filePath("cli.gapscope");
    {
        Store store;
        QVERIFY(store.open(db));
    }
    const Actor *developer = m_dataset.actor(m_epochModel->developer);
    QVERIFY(developer);
    // A bundled Epoch model (matched by its name and developer) and a new one; a new fact column;
    // a field the bundled model has empty (filled) and one it has (kept).
    QString emptyHeader, keptHeader, keptField, keptValue;
    QString AiModel::*emptyField = nullptr;
    for (const auto &[header, member] : test::modelFields()) {
        const QString value = m_epochModel->*member;
        if (value.isEmpty() && emptyHeader.isEmpty()) {
            emptyHeader = header;
            emptyField = member;
        } else if (!value.isEmpty() && keptHeader.isEmpty()) {
            keptHeader = header;
            keptValue = value;
        }
    }
    keptField = keptHeader == "Model accessibility" ? "accessibility" : keptHeader.toLower();
    const QString file = write("models.csv", QStringLiteral("Model,Organization,Country,Publication date,Parameters,Benchmark,Notes,%3,%4\n"
                                                             "\"%1\",\"%2\",USA,2030-01-01,,55,seen,Filled in,Other value\n"
                                                             "Delta,\"%2\",South Korea,2030-02-01,1000,60,new,,\n")
                                                  .arg(m_epochModel->epochName, developer->name.en, emptyHeader, keptHeader)
                                                  .toUtf8());
    const QStringList args{file, "--layout", "records", "--record-kind", "model", "--source", "Test table", "--fact",
                           "Parameters=parameters", "--fact", "Benchmark=points_y"};
    auto [code, out, err] = runImport(args + QStringList{"--dry-run"}, db);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY2(out.contains("would import 3 observation") && out.contains("AI models: 1 new, 1 matched")
                 && out.contains("new unit points_y") && out.contains("column \u201cModel\u201d: the name")
                 && out.contains("column \u201cPublication date\u201d: the date")
                 && out.contains("column \u201cBenchmark\u201d: a fact in points_y")
                 && out.contains("column \u201cNotes\u201d: an attribute") && out.contains("AI models (2): 3 observation"),
             qPrintable(out));
    // The matched model's empty field filled, the other kept and listed.
    QVERIFY2(out.contains(QStringLiteral("AI models: 1 new, 1 matched, 1 field"))
                 && out.contains(QStringLiteral("matched records, 1 value")) && out.contains("of the workspace kept")
                 && out.contains(QStringLiteral("%1 (model): field '%2' keeps '%3', the file says 'Other value'\n")
                                     .arg(m_epochModel->name.en, keptField, keptValue)),
             qPrintable(out));
    // Korean messages.
    std::tie(code, out, err) = runImport(args + QStringList{"--dry-run", "--lang", "ko"}, db);
    QVERIFY2(code == 0 && out.contains(QStringLiteral("AI 모델: 새 레코드 1개, 일치 1개")), qPrintable(out + err));

    // A bad option names what is wrong and writes nothing.
    const QByteArray before = test::fileHash(db);
    std::tie(code, out, err) = runImport({file, "--layout", "records", "--source", "s", "--date-column", "When"}, db);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("models.csv, line 1") && err.contains("no column \"When\""), qPrintable(err));
    std::tie(code, out, err) = runImport({file, "--layout", "records", "--record-kind", "event"}, db);
    QCOMPARE(code, 2);
    QCOMPARE(test::fileHash(db), before);

    std::tie(code, out, err) = runImport(args, db);
    QVERIFY2(code == 0 && out.contains("imported 3 observation"), qPrintable(out + err));
    Store store;
    QVERIFY(store.open(db));
    const auto d = store.load();
    QVERIFY(d);
    const qsizetype models = std::count_if(d->models.cbegin(), d->models.cend(), [](const AiModel &m) { return m.name.en == "Delta"; });
    QCOMPARE(models, 1);
    const qsizetype row = d->rowOf(RecordKind::Model, "user-model-delta");
    QVERIFY(row >= 0);
    QCOMPARE(d->models.at(row).parameters, std::optional<double>(1000));
    QCOMPARE(d->models.at(row).countries, QStringList{"KOR"});
    QCOMPARE(d->models.at(row).developer, developer->id);
    // The matched model: its empty field filled, its other field and its description as they were.
    const AiModel &matched = d->models.at(d->rowOf(RecordKind::Model, m_epochModel->id));
    QCOMPARE(matched.*emptyField, QStringLiteral("Filled in"));
    QCOMPARE(matched.description, m_epochModel->description);
    for (const auto &[header, member] : test::modelFields()) {
        if (member != emptyField)
            QCOMPARE(matched.*member, m_epochModel->*member);
    }
    QStringList facts;
    for (const Observation &o : d->observations) {
        if (o.indicator == "benchmark" || (o.indicator == "model_parameters" && o.country == "user-model-delta"))
            facts << QStringLiteral("%1 %2 %3=%4").arg(o.country, DisplayText::isoPeriod(o.year, o.month, o.day), o.indicator).arg(o.value);
    }
    facts.sort();
    QCOMPARE(facts, (QStringList{m_epochModel->id + " 2030-01-01 benchmark=55", "user-model-delta 2030-02-01 benchmark=60",
                                 "user-model-delta 2030-02-01 model_parameters=1000"}));
    // Again: every record matched now, and every fact a duplicate: refused, nothing written.
    std::tie(code, out, err) = runImport(args, db);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("line 2") && err.contains("already has"), qPrintable(err));

    // A fill read before someone else saved the record is refused with the whole import: neither
    // the field nor the new fact is written.
    const QString update = write("update.csv", QStringLiteral("Model,Organization,Domain,Publication date,Benchmark\n"
                                                               "Delta,\"%1\",Vision,2031-01-01,70\n")
                                                    .arg(developer->name.en)
                                                    .toUtf8());
    ImportReader::Options o = test::recordsOptions("model", {}, {"Benchmark=points_y"});
    ImportReader reader(*d);
    const auto batch = reader.read(update, o);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->filledModels.size(), 1);
    QCOMPARE(batch->filledModels.constFirst().first.domain, QStringLiteral("Vision"));
    AiModel renamed = d->models.at(row);
    renamed.name.ko = QStringLiteral("델타");
    RecordChanges elsewhere;
    elsewhere.edited.append({renamed, d->rowVersions.value("ai_models/user-model-delta", 1)});
    QCOMPARE(store.saveChanges(elsewhere), Store::SaveResult::Saved);
    QVERIFY(!store.import(*batch));
    QVERIFY2(store.errorString().contains("someone else changed or deleted user-model-delta"), qPrintable(store.errorString()));
    const auto after = store.load();
    QVERIFY(after);
    QCOMPARE(after->observations.size(), d->observations.size());
    const AiModel &delta = after->models.at(after->rowOf(RecordKind::Model, "user-model-delta"));
    QCOMPARE(delta.domain, QString());
    QCOMPARE(delta.name.ko, QStringLiteral("델타"));
    // Read again, it is filled, at the record's next version.
    ImportReader again(*after);
    const auto fresh = again.read(update, o);
    QVERIFY2(fresh, qPrintable(again.errorString()));
    QVERIFY2(store.import(*fresh), qPrintable(store.errorString()));
    const auto filled = store.load();
    QCOMPARE(filled->models.at(filled->rowOf(RecordKind::Model, "user-model-delta")).domain, QStringLiteral("Vision"));
    QCOMPARE(filled->observations.size(), d->observations.size() + 1);
    QCOMPARE(filled->rowVersions.value("ai_models/user-model-delta"), after->rowVersions.value("ai_models/user-model-delta") + 1);
}

QTEST_MAIN(TestImportRecords)
#include "tst_importrecords.moc"
