#include "TestSupport.h"
#include "io/CountryCatalogueReader.h"
#include "io/ImportReader.h"
#include "io/MoFileReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace gapscope;

// Every ISO 3166-1 country from the iso-codes project: the catalogue reads with its Korean
// names, a damaged gettext file is refused with a clear message, the bundled dataset keeps its
// curated countries as they were, and imports recognise the names other publishers use.
class TestCountryCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryEntry();
    void koreanNames_data();
    void koreanNames();
    void alternativeNames();
    void bigEndianCatalogue();
    void damagedCatalogue_data();
    void damagedCatalogue();
    void bundledDatasetHasEveryCountry();
    void curatedCountriesAreUnchanged();
    void importRecognisesAlternativeNames();

private:
    static QString jsonPath() { return QStringLiteral(":/dataset/iso-codes/iso_3166-1.json"); }
    static QString moPath() { return QStringLiteral(":/dataset/iso-codes/iso_3166-1.ko.mo"); }
    static QByteArray moBytes();
    QString write(const QString &name, const QByteArray &bytes) const;
    const Country *catalogued(const QString &code) const;

    QList<Country> m_catalogue;
    QTemporaryDir m_dir;
};

QByteArray TestCountryCatalogue::moBytes()
{
    QFile f(moPath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the bundled Korean catalogue");
    return f.readAll();
}

QString TestCountryCatalogue::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const Country *TestCountryCatalogue::catalogued(const QString &code) const
{
    for (const Country &c : m_catalogue) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

void TestCountryCatalogue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    CountryCatalogueReader reader;
    const auto countries = reader.read(jsonPath(), moPath());
    QVERIFY2(countries, qPrintable(reader.errorString()));
    m_catalogue = *countries;
}

void TestCountryCatalogue::readsEveryEntry()
{
    // iso-codes 4.15.0 lists 249 ISO 3166-1 entries, each with a numeric code and two names.
    QCOMPARE(m_catalogue.size(), 249);
    QSet<QString> codes;
    for (const Country &c : m_catalogue) {
        codes.insert(c.code);
        QCOMPARE(c.code.size(), 3);
        QCOMPARE(c.numeric.size(), 3);
        QVERIFY2(c.name.isComplete(), qPrintable(c.code));
        QVERIFY2(c.region.isEmpty() && c.color.isEmpty(), qPrintable(c.code));
    }
    QCOMPARE(codes.size(), 249);
    QCOMPARE(catalogued("KOR")->numeric, QStringLiteral("410"));
}

void TestCountryCatalogue::koreanNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("KOR") << "KOR" << "South Korea" << QStringLiteral(u"대한민국");
    QTest::newRow("CHN") << "CHN" << "China" << QStringLiteral(u"중국");
    QTest::newRow("USA") << "USA" << "United States" << QStringLiteral(u"미국");
    QTest::newRow("NPL") << "NPL" << "Nepal" << QStringLiteral(u"네팔");
    QTest::newRow("TWN") << "TWN" << "Taiwan" << QStringLiteral(u"타이완");
    // The common name "Laos" has no translation: the short name's is used.
    QTest::newRow("LAO") << "LAO" << "Laos" << QStringLiteral(u"라오 인민 민주주의 공화국");
}

void TestCountryCatalogue::koreanNames()
{
    QFETCH(QString, code);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    const Country *c = catalogued(code);
    QVERIFY(c);
    QCOMPARE(c->name.en, english);
    QCOMPARE(c->name.ko, korean);
}

void TestCountryCatalogue::alternativeNames()
{
    const QStringList korea = catalogued("KOR")->alternativeNames;
    QVERIFY2(korea.contains("Korea, Republic of") && korea.contains("South Korea"), qPrintable(korea.join('|')));
    QVERIFY(korea.contains(QStringLiteral(u"대한민국")));
    QCOMPARE(korea.count(QStringLiteral(u"대한민국")), 1);
    const QStringList britain = catalogued("GBR")->alternativeNames;
    QVERIFY(britain.contains("United Kingdom of Great Britain and Northern Ireland"));
    QVERIFY(britain.contains(QStringLiteral(u"대영제국")));
    QVERIFY(catalogued("NPL")->alternativeNames.contains(QStringLiteral(u"네팔 연방 민주 공화국")));
}

void TestCountryCatalogue::bigEndianCatalogue()
{
    // The same catalogue as a big-endian machine writes it: the header and the two tables of
    // string lengths and offsets in the other byte order, the strings as they are.
    QByteArray bytes = moBytes();
    auto *data = reinterpret_cast<uchar *>(bytes.data());
    const quint32 count = qFromLittleEndian<quint32>(data + 8);
    const quint32 originals = qFromLittleEndian<quint32>(data + 12);
    const quint32 translations = qFromLittleEndian<quint32>(data + 16);
    auto swap = [&](quint32 at) { qToBigEndian(qFromLittleEndian<quint32>(data + at), data + at); };
    for (quint32 at = 0; at < 28; at += 4)
        swap(at);
    for (quint32 i = 0; i < 2 * count; ++i) {
        swap(originals + 4 * i);
        swap(translations + 4 * i);
    }
    MoFileReader little;
    MoFileReader big;
    const auto expected = little.parse(moBytes(), "ko.mo");
    const auto actual = big.parse(bytes, "ko.mo");
    QVERIFY2(actual, qPrintable(big.errorString()));
    QVERIFY(expected);
    QCOMPARE(actual->size(), expected->size());
    QCOMPARE(actual->value("Nepal"), QStringLiteral(u"네팔"));
    QCOMPARE(*actual, *expected);
}

void TestCountryCatalogue::damagedCatalogue_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = moBytes();
    auto patched = [&](int at, quint32 value) {
        QByteArray b = good;
        qToLittleEndian(value, b.data() + at);
        return b;
    };
    const quint32 originals = qFromLittleEndian<quint32>(good.constData() + 12);
    QTest::newRow("empty") << QByteArray() << "too short";
    QTest::newRow("truncated header") << good.left(20) << "too short";
    QTest::newRow("truncated tables") << good.left(200) << "outside the file";
    QTest::newRow("truncated strings") << good.left(good.size() / 2) << "outside the file";
    QTest::newRow("not a catalogue") << QByteArray("msgid \"Nepal\"\nmsgstr \"Nepal\"\n") << "magic";
    QTest::newRow("newer revision") << patched(4, 0x20000) << "revision";
    QTest::newRow("huge count") << patched(8, 0x7fffffff) << "outside the file";
    QTest::newRow("string offset") << patched(int(originals) + 12, 0xfffffff0) << "outside the file";
    QByteArray latin1 = good;
    const qsizetype nepal = latin1.indexOf(QByteArray("\xEB\x84\xA4", 3)); // the first byte of 네
    QVERIFY(nepal > 0);
    latin1[nepal] = '\xFF';
    QTest::newRow("not UTF-8") << latin1 << "UTF-8";
}

void TestCountryCatalogue::damagedCatalogue()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    MoFileReader reader;
    QVERIFY(!reader.parse(bytes, "broken.mo"));
    QVERIFY2(reader.errorString().startsWith("broken.mo: ") && reader.errorString().contains(message),
             qPrintable(reader.errorString()));

    // Through the catalogue reader, the country list is refused as a whole, naming the file.
    const QString path = write("broken.mo", bytes);
    CountryCatalogueReader catalogue;
    QVERIFY(!catalogue.read(jsonPath(), path));
    QCOMPARE(catalogue.errorString(), reader.errorString());
}

void TestCountryCatalogue::bundledDatasetHasEveryCountry()
{
    DatasetReader reader;
    const auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(reader.errorString()));
    // The 249 ISO 3166-1 countries and Kosovo (OWID_KOS, which has no ISO code; CSET's
    // publications name it). The World is a region, not a country.
    QCOMPARE(d->countries.size(), 249 + 1);
    QVERIFY(!d->country("OWID_WRL"));
    QCOMPARE(d->region("OWID_WRL")->name.ko, QStringLiteral(u"세계"));
    for (const Country &entry : m_catalogue) {
        const Country *c = d->country(entry.code);
        QVERIFY2(c, qPrintable(entry.code));
        QCOMPARE(c->numeric, entry.numeric);
        QCOMPARE(c->alternativeNames, entry.alternativeNames);
    }
    const Country *nepal = d->country("NPL");
    QCOMPARE(nepal->name.en, QStringLiteral("Nepal"));
    QCOMPARE(nepal->name.ko, QStringLiteral(u"네팔"));
    QVERIFY(nepal->region.isEmpty());
    QVERIFY(nepal->color.isEmpty());
    QCOMPARE(d->country("OWID_KOS")->name.ko, QStringLiteral(u"코소보"));
}

void TestCountryCatalogue::curatedCountriesAreUnchanged()
{
    // The countries gapscope.json lists by hand keep the names, regions and colours it gives
    // them, even where the catalogue names them otherwise ("Taiwan"/"대만", not "타이완").
    QFile f(DatasetReader::bundledPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray curated = QJsonDocument::fromJson(f.readAll()).object().value("countries").toArray();
    QCOMPARE(curated.size(), 120);
    DatasetReader reader;
    const auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(reader.errorString()));
    for (const QJsonValue &v : curated) {
        const QJsonObject o = v.toObject();
        const QString code = o.value("code").toString();
        const Country *c = d->country(code);
        QVERIFY2(c, qPrintable(code));
        QCOMPARE(c->name.en, o.value("name").toObject().value("en").toString());
        QCOMPARE(c->name.ko, o.value("name").toObject().value("ko").toString());
        QCOMPARE(c->region.en, o.value("region").toObject().value("en").toString());
        QCOMPARE(c->region.ko, o.value("region").toObject().value("ko").toString());
        QCOMPARE(c->color, o.value("color").toString());
    }
    const Country *korea = d->country("KOR");
    QCOMPARE(korea->name.en, QStringLiteral("South Korea"));
    QCOMPARE(korea->name.ko, QStringLiteral(u"대한민국"));
    QCOMPARE(korea->color, QStringLiteral("#2a9d8f"));
    QCOMPARE(d->country("TWN")->name.ko, QStringLiteral(u"대만"));
    QCOMPARE(d->country("RUS")->name.en, QStringLiteral("Russia"));
}

void TestCountryCatalogue::importRecognisesAlternativeNames()
{
    DatasetReader datasetReader;
    const auto d = datasetReader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(datasetReader.errorString()));
    // Names as Epoch AI and others write them, none of them the name GapScope shows.
    const QString csv = QStringLiteral(u"country,indicator,year,value\n"
                                       u"Korea (Republic of),private_ai_investment,2031,1\n"
                                       u"United States of America,private_ai_investment,2031,2\n"
                                       u"Nepal,private_ai_investment,2031,3\n"
                                       u"UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND,private_ai_investment,2031,4\n"
                                       u"중화인민공화국,private_ai_investment,2031,5\n"
                                       u"Cote d’Ivoire,private_ai_investment,2031,6\n");
    const QString path = write("epoch.csv", csv.toUtf8());
    ImportReader::Options options;
    options.source = QStringLiteral("Epoch AI");
    ImportReader reader(*d);
    const auto batch = reader.read(path, options);
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QStringList countries;
    for (const Observation &o : batch->observations)
        countries << o.country;
    QCOMPARE(countries, QStringList({"KOR", "USA", "NPL", "GBR", "CHN", "CIV"}));

    // The user's own mapping still wins over every name GapScope knows.
    options.countryMap = {{QStringLiteral("Nepal"), QStringLiteral("IND")}};
    const auto mapped = reader.read(path, options);
    QVERIFY2(mapped, qPrintable(reader.errorString()));
    QCOMPARE(mapped->observations.at(2).country, QStringLiteral("IND"));
}

QTEST_GUILESS_MAIN(TestCountryCatalogue)
#include "tst_countrycatalogue.moc"
