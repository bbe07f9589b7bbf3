#include "TestSupport.h"
#include "io/DatasetReader.h"
#include "store/DatasetValidator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace gapscope;

using Mutation = std::function<void(Dataset &)>;
Q_DECLARE_METATYPE(Mutation)

class TestDatasetReader : public QObject
{
    Q_OBJECT

private slots:
    void readsMiniFixture();
    void validatorFinds_data();
    void validatorFinds();
    void malformedJsonNamesLineAndColumn();
    void wrongTypeNamesRecord();
    void badSeriesValueNamesFileLineColumn();
    void seriesRowWithoutCodeIsSkippedOnlyWhenListed();
    void missingFile();

private:
    // Writes the mini fixture into a temporary folder with `edit` applied to its JSON text or CSV.
    QString writeFixture(QTemporaryDir &dir, const std::function<void(QByteArray &json, QByteArray &csv)> &edit);
};

QString TestDatasetReader::writeFixture(QTemporaryDir &dir,
                                        const std::function<void(QByteArray &json, QByteArray &csv)> &edit)
{
    QFile jsonIn(test::dataPath("mini/gapscope.json"));
    QFile csvIn(test::dataPath("mini/private-investment-in-artificial-intelligence-cset.csv"));
    if (!jsonIn.open(QIODevice::ReadOnly) || !csvIn.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    QByteArray json = jsonIn.readAll();
    QByteArray csv = csvIn.readAll();
    edit(json, csv);
    QFile jsonOut(dir.filePath("gapscope.json"));
    QFile csvOut(dir.filePath("private-investment-in-artificial-intelligence-cset.csv"));
    if (!jsonOut.open(QIODevice::WriteOnly) || !csvOut.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    jsonOut.write(json);
    csvOut.write(csv);
    return jsonOut.fileName();
}

void TestDatasetReader::readsMiniFixture()
{
    const Dataset d = test::miniDataset();
    QCOMPARE(d.version, QStringLiteral("2026.01.0"));
    QCOMPARE(d.countries.size(), 3);
    QCOMPARE(d.observations.size(), 32); // 2 from the articles + 30 CSET rows
    std::optional<Observation> kor2023;
    for (const Observation &o : d.observations) {
        if (o.id == QLatin1String("private_ai_investment-kor-2023"))
            kor2023 = o;
    }
    QVERIFY(kor2023);
    QCOMPARE(kor2023->value, 2605634733.0);
    QCOMPARE(kor2023->source, QStringLiteral("cset-owid-private-investment"));
    QCOMPARE(d.country("KOR")->name.ko, QStringLiteral("대한민국"));
    QVERIFY(DatasetValidator::validate(d).isEmpty());
}

void TestDatasetReader::validatorFinds_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("recordId");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("record without source")
        << Mutation([](Dataset &d) { d.actors[0].source.clear(); }) << "naver" << "has no source";
    QTest::newRow("unknown source") << Mutation([](Dataset &d) { d.swot[0].source = "nowhere"; })
                                    << "swot-kor-s-language" << "unknown source";
    QTest::newRow("no korean text") << Mutation([](Dataset &d) { d.events[0].text.ko.clear(); })
                                    << "ev-chn-2025-01-downloads" << "no Korean text";
    QTest::newRow("no english name") << Mutation([](Dataset &d) { d.models[0].name.en = "  "; }) << "hyperclova-x"
                                     << "no English name";
    QTest::newRow("unknown country") << Mutation([](Dataset &d) {
                                         Observation o = d.observations.at(0);
                                         o.country = "ZZZ";
                                         d.observations.replace(0, o);
                                     })
                                     << "obs-kor-ai-market-2025" << "unknown country";
    QTest::newRow("unknown dimension") << Mutation([](Dataset &d) { d.assessments[0].dimension = "luck"; })
                                       << "cmp-capital-usa" << "unknown dimension";
    QTest::newRow("value without unit") << Mutation([](Dataset &d) { d.units.removeIf([](const Unit &u) {
                                                                         return u.id == "KRW";
                                                                     }); })
                                        << "obs-kor-ai-market-2025" << "without a unit";
    QTest::newRow("duplicate id") << Mutation([](Dataset &d) { d.actors[1].id = d.actors[0].id; }) << "naver"
                                  << "used twice";
    QTest::newRow("bad quadrant") << Mutation([](Dataset &d) { d.swot[0].quadrant = 'X'; }) << "swot-kor-s-language"
                                  << "unknown quadrant";
    QTest::newRow("bad kind") << Mutation([](Dataset &d) {
                                  Observation o = d.observations.at(0);
                                  o.kind = "rumour";
                                  d.observations.replace(0, o);
                              })
                              << "obs-kor-ai-market-2025" << "unknown kind";
    QTest::newRow("bad date") << Mutation([](Dataset &d) { d.events[0].date = "2025-13"; })
                              << "ev-chn-2025-01-downloads" << "invalid date";
    QTest::newRow("unknown developer") << Mutation([](Dataset &d) { d.models[0].developer = "nobody"; })
                                       << "hyperclova-x" << "unknown developer";
    QTest::newRow("quote without attribution")
        << Mutation([](Dataset &d) { d.assessments[0].kind = "quote"; }) << "cmp-capital-usa" << "attribution";
    QTest::newRow("bad country code") << Mutation([](Dataset &d) { d.countries[0].code = "Korea"; }) << "Korea"
                                      << "alpha-3";
}

void TestDatasetReader::validatorFinds()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, recordId);
    QFETCH(QString, fragment);
    Dataset d = test::miniDataset();
    mutate(d);
    d.reindex();
    const auto problems = DatasetValidator::validate(d);
    QVERIFY(!problems.isEmpty());
    bool found = false;
    for (const auto &p : problems) {
        if (p.recordId == recordId && p.message.contains(fragment))
            found = true;
    }
    QVERIFY2(found, qPrintable(problems.constFirst().recordId + ": " + problems.constFirst().message));
}

void TestDatasetReader::malformedJsonNamesLineAndColumn()
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir, [](QByteArray &json, QByteArray &) {
        json.replace("\"version\": \"2026.01.0\",", "\"version\": \"2026.01.0\" oops");
    });
    DatasetReader reader;
    QVERIFY(!reader.read(path));
    QCOMPARE(reader.parseError().file, QStringLiteral("gapscope.json"));
    QCOMPARE(reader.parseError().line, 3);
    QVERIFY(reader.parseError().column > 1);
}

void TestDatasetReader::wrongTypeNamesRecord()
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir, [](QByteArray &json, QByteArray &) {
        json.replace("\"value\": 818000000", "\"value\": \"818 million\"");
    });
    DatasetReader reader;
    QVERIFY(!reader.read(path));
    QVERIFY2(reader.parseError().message.contains("value"), qPrintable(reader.errorString()));
    QVERIFY(reader.parseError().message.contains("obs-chn-hf-downloads-2025-01"));
    QVERIFY(reader.parseError().line > 1);
}

void TestDatasetReader::badSeriesValueNamesFileLineColumn()
{
    QTemporaryDir dir;
    const QString path = writeFixture(dir, [](QByteArray &, QByteArray &csv) {
        csv.replace("China,CHN,2015,", "China,CHN,2015,12x");
    });
    DatasetReader reader;
    QVERIFY(!reader.read(path));
    const ParseError e = reader.parseError();
    QCOMPARE(e.file, QStringLiteral("private-investment-in-artificial-intelligence-cset.csv"));
    QCOMPARE(e.line, 3);
    QCOMPARE(e.column, 16);
    QVERIFY(e.toString().contains("line 3, column 16"));
}

void TestDatasetReader::seriesRowWithoutCodeIsSkippedOnlyWhenListed()
{
    // CSET's files hold regional groups without a country code ("Asia Pacific (CSET)"): a row
    // without a code stops the reading, naming its entity and line, unless the series lists the
    // entity in "skip_entities"; then its rows are left out and nothing else changes.
    const auto withGroup = [](QByteArray &, QByteArray &csv) { csv.append("Asia Pacific (CSET),,2015,100\n"); };
    QTemporaryDir unlisted;
    DatasetReader reader;
    QVERIFY(!reader.read(writeFixture(unlisted, withGroup)));
    QVERIFY2(reader.parseError().message.contains("\"Asia Pacific (CSET)\" has no country code"),
             qPrintable(reader.errorString()));
    QCOMPARE(reader.parseError().file, QStringLiteral("private-investment-in-artificial-intelligence-cset.csv"));
    QCOMPARE(reader.parseError().line, 32); // the header and 30 rows before it

    QTemporaryDir listed;
    const QString path = writeFixture(listed, [&](QByteArray &json, QByteArray &csv) {
        withGroup(json, csv);
        json.replace("\"layout\": \"owid\",", "\"layout\": \"owid\", \"skip_entities\": [\"Asia Pacific (CSET)\"],");
    });
    const auto d = reader.read(path);
    QVERIFY2(d, qPrintable(reader.errorString()));
    QCOMPARE(d->observations.size(), test::miniDataset().observations.size());
}

void TestDatasetReader::missingFile()
{
    DatasetReader reader;
    QVERIFY(!reader.read(test::dataPath("no-such-dataset.json")));
    QVERIFY(reader.parseError().message.contains("cannot open"));
}

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
