#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace gapscope;

// The CSV series bundled unedited beside gapscope.json, checked against the files themselves:
// every row read (none dropped unsaid), each source under its own licence, names in both languages.
class TestBundledSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowCountsMatchTheRawFiles_data();
    void rowCountsMatchTheRawFiles();
    void everySeriesSourceHasItsLicence_data();
    void everySeriesSourceHasItsLicence();
    void everyIndicatorHasAKoreanName();

private:
    static bool hasHangul(const QString &text);
    Dataset m_d;
    QJsonArray m_series; // the "series" records of the bundled gapscope.json, read here on their own
};

bool TestBundledSeries::hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

void TestBundledSeries::initTestCase()
{
    m_d = test::bundledDataset();
    QFile json(DatasetReader::bundledPath());
    QVERIFY(json.open(QIODevice::ReadOnly));
    m_series = QJsonDocument::fromJson(json.readAll()).object().value("series").toArray();
    if (m_d.countries.size() <= 3)
        QSKIP("built with a test dataset (GAPSCOPE_DATASET_DIR)");
    QVERIFY(m_series.size() >= 13); // investment, publications, 10 patent fields, robots
}

void TestBundledSeries::rowCountsMatchTheRawFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<QStringList>("skipped");
    for (const QJsonValue &v : m_series) {
        const QJsonObject s = v.toObject();
        QStringList skipped;
        for (const QJsonValue &e : s.value("skip_entities").toArray())
            skipped << e.toString();
        QTest::newRow(qPrintable(s.value("indicator").toString()))
            << s.value("file").toString() << s.value("indicator").toString() << skipped;
    }
}

void TestBundledSeries::rowCountsMatchTheRawFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, indicator);
    QFETCH(QStringList, skipped);
    // The raw file, counted line by line without the CSV reader.
    QFile csv(QFileInfo(DatasetReader::bundledPath()).path() + '/' + file);
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(file));
    QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    lines.removeFirst(); // the header

    // Rows without a country code are CSET's regional groups (ASEAN, Five Eyes, the Quad, ...):
    // they are read as regions, recognised by the names the dataset gives them; none is skipped.
    const auto withoutCode = [](const QString &line) { return line.contains(QLatin1String(",,")); };
    const int noCode = int(std::count_if(lines.cbegin(), lines.cend(), withoutCode));
    QHash<QString, int> regionRows;
    for (const QString &line : lines) {
        if (!withoutCode(line))
            continue;
        const QString entity = line.section(QLatin1String(",,"), 0, 0).remove(QLatin1Char('"'));
        QVERIFY2(entity.endsWith(QLatin1String("(CSET)")), qPrintable(line));
        QVERIFY2(!skipped.contains(entity), qPrintable(entity));
        const auto region = std::find_if(m_d.regions.cbegin(), m_d.regions.cend(),
                                         [&](const Region &r) { return r.alternativeNames.contains(entity); });
        QVERIFY2(region != m_d.regions.cend(), qPrintable(entity));
        ++regionRows[region->code];
    }
    if (file.startsWith(QLatin1String("annual-scholarly-publications")))
        QCOMPARE(noCode, 77); // 7 groups x 11 years
    else
        QCOMPARE(noCode, 0);
    for (auto it = regionRows.cbegin(); it != regionRows.cend(); ++it)
        QCOMPARE(int(std::count_if(m_d.observations.cbegin(), m_d.observations.cend(),
                                   [&](const Observation &o) { return o.indicator == indicator && o.country == it.key(); })),
                 it.value());

    const auto read = [&](const QString &country) {
        return int(std::count_if(m_d.observations.cbegin(), m_d.observations.cend(), [&](const Observation &o) {
            return o.indicator == indicator && (country.isEmpty() || o.country == country);
        }));
    };
    QCOMPARE(read({}), int(lines.size()));
    for (const QString &country : {QStringLiteral("USA"), QStringLiteral("CHN"), QStringLiteral("KOR"),
                                   QStringLiteral("OWID_WRL")}) {
        const int raw = int(std::count_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.contains(',' + country + ',');
        }));
        QVERIFY2(raw > 0, qPrintable(country));
        QCOMPARE(read(country), raw);
    }
}

void TestBundledSeries::everySeriesSourceHasItsLicence_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("licence");
    QTest::addColumn<QString>("file");
    for (const QJsonValue &v : m_series) {
        const QJsonObject s = v.toObject();
        const QString file = s.value("file").toString();
        // CSET's terms (ETO, eto.tech/tou) are CC BY-NC; the IFR figures via the AI Index are CC BY-ND.
        const QString licence = file.startsWith(QLatin1String("annual-industrial-robots")) ? "CC BY-ND 4.0" : "CC BY-NC 4.0";
        QTest::newRow(qPrintable(s.value("indicator").toString())) << s.value("source").toString() << licence << file;
    }
}

void TestBundledSeries::everySeriesSourceHasItsLicence()
{
    QFETCH(QString, source);
    QFETCH(QString, licence);
    QFETCH(QString, file);
    const Source *s = m_d.source(source);
    QVERIFY2(s, qPrintable(source));
    QCOMPARE(s->licence, licence);
    QCOMPARE(s->url, "https://ourworldindata.org/grapher/" + file.chopped(4));
    QVERIFY(s->document.contains(file));
    QVERIFY(!s->publisher.isEmpty());
    QVERIFY(!s->date.isEmpty());
    // The caveats, in both languages, for the Details panel.
    QVERIFY(hasHangul(s->note.ko));
    QVERIFY(s->note.en.contains(licence) && s->note.ko.contains(licence));
}

void TestBundledSeries::everyIndicatorHasAKoreanName()
{
    QVERIFY(m_d.indicators.size() >= 24);
    for (const Indicator &i : m_d.indicators) {
        QVERIFY2(hasHangul(i.name.ko), qPrintable(i.id));
        QVERIFY2(i.name.ko != i.name.en && !i.name.en.isEmpty(), qPrintable(i.id));
        QVERIFY2(hasHangul(i.description.ko) && !i.description.en.isEmpty(), qPrintable(i.id));
        QVERIFY2(m_d.unit(i.unit), qPrintable(i.id));
    }
    QCOMPARE(m_d.indicator("ai_scholarly_publications")->name.ko, QStringLiteral("인공지능 학술 논문 수"));
    QCOMPARE(m_d.indicator("industrial_robots_installed")->name.ko, QStringLiteral("산업용 로봇 설치 대수"));
    QCOMPARE(m_d.indicator("ai_granted_patents_personal_devices_computing")->name.ko,
             QStringLiteral("인공지능 특허 등록 건수(분야: 개인 기기·컴퓨팅)"));
}

QTEST_GUILESS_MAIN(TestBundledSeries)
#include "tst_bundledseries.moc"
