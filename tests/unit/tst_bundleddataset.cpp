#include "domain/Dataset.h"
#include "store/DatasetReader.h"
#include "store/DatasetValidator.h"

#include <QTest>

using namespace gapscope;

// Walks the dataset GapScope ships and fails on any record a user could not trust.
class TestBundledDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRecordIsComplete();
    void everyValueHasAUnitAndSource();
    void csetSeriesCoversEveryCountryOfTheFile();

private:
    Dataset m_d;
};

void TestBundledDataset::initTestCase()
{
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(reader.error().toString()));
    m_d = *d;
    QVERIFY(!m_d.version.isEmpty());
    QCOMPARE(m_d.version, DatasetReader::bundledVersion());
}

void TestBundledDataset::everyRecordIsComplete()
{
    const auto problems = DatasetValidator::validate(m_d);
    for (const auto &p : problems)
        qWarning("%s: %s", qPrintable(p.recordId), qPrintable(p.message));
    QVERIFY(problems.isEmpty());
    // The validator checks the lists; make sure there is something in each to check.
    QVERIFY(!m_d.sources.isEmpty());
    QVERIFY(!m_d.countries.isEmpty());
    QVERIFY(!m_d.dimensions.isEmpty());
    QVERIFY(!m_d.actors.isEmpty());
    QVERIFY(!m_d.models.isEmpty());
    QVERIFY(!m_d.indicators.isEmpty());
    QVERIFY(!m_d.observations.isEmpty());
    QVERIFY(!m_d.assessments.isEmpty());
    QVERIFY(!m_d.swot.isEmpty());
    QVERIFY(!m_d.events.isEmpty());
}

void TestBundledDataset::everyValueHasAUnitAndSource()
{
    for (const Observation &o : m_d.observations) {
        const Indicator *i = m_d.indicator(o.indicator);
        QVERIFY2(i, qPrintable(o.id));
        QVERIFY2(m_d.unit(i->unit), qPrintable(o.id));
        const Source *s = m_d.source(o.source);
        QVERIFY2(s, qPrintable(o.id));
        QVERIFY2(!s->document.isEmpty() || !s->url.isEmpty(), qPrintable(o.id));
    }
}

void TestBundledDataset::csetSeriesCoversEveryCountryOfTheFile()
{
    // 117 entities in the CSET file, World included, 793 rows.
    QSet<QString> countries;
    int rows = 0;
    for (const Observation &o : m_d.observations) {
        if (o.indicator == QLatin1String("private_ai_investment")) {
            countries.insert(o.country);
            ++rows;
            QCOMPARE(o.source, QStringLiteral("cset-owid-private-investment"));
        }
    }
    QVERIFY(rows > 0);
    if (m_d.countries.size() > 3) {
        QCOMPARE(countries.size(), 117);
        QCOMPARE(rows, 793);
        QVERIFY(countries.contains("OWID_WRL"));
    }
    const Source *s = m_d.source("cset-owid-private-investment");
    QVERIFY(s);
    QCOMPARE(s->licence, QStringLiteral("CC BY 4.0"));
    QVERIFY(s->note.isComplete());
}

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"
