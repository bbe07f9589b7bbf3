#include "TestSupport.h"
#include "AboutDialog.h"
#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "export/ExportWriter.h"
#include "export/SlideRenderer.h"
#include "view/SavedView.h"

#include <QApplication>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// Sources of different licences (CSET's CC BY-NC 4.0, the IFR's CC BY-ND 4.0, the seed articles'
// none stated) each keep their own wherever their figures go: the export's footer and metadata,
// and the About box.
class TestLicences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfFooterNamesTheChartsLicence_data();
    void pdfFooterNamesTheChartsLicence();
    void tableOfSeveralSourcesNamesEachOnesLicence();
    void aboutBoxListsEverySource();

private:
    SavedView view(const QString &indicator, Language lang) const;

    Dataset m_dataset;
    LanguageManager m_languages;
    InterfaceFont m_font{&m_languages}; // as the program does
    QTemporaryDir m_dir;
};

void TestLicences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dataset = test::bundledDataset();
    if (m_dataset.countries.size() <= 3)
        QSKIP("built with a test dataset (GAPSCOPE_DATASET_DIR)");
    m_languages.setLanguage(Language::English);
    QVERIFY(m_dir.isValid());
}

SavedView TestLicences::view(const QString &indicator, Language lang) const
{
    SavedView v;
    v.filter.countries = {"USA", "CHN", "KOR"};
    v.indicator = indicator;
    v.language = lang;
    return v;
}

void TestLicences::pdfFooterNamesTheChartsLicence_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("licence");
    QTest::addColumn<QString>("other");
    const int en = int(Language::English), ko = int(Language::Korean);
    QTest::newRow("investment") << "private_ai_investment" << en << "CC BY-NC 4.0" << "CC BY-ND";
    QTest::newRow("publications") << "ai_scholarly_publications" << en << "CC BY-NC 4.0" << "CC BY-ND";
    QTest::newRow("publications ko") << "ai_scholarly_publications" << ko << "CC BY-NC 4.0" << "CC BY-ND";
    QTest::newRow("patents") << "ai_granted_patents_personal_devices_computing" << en << "CC BY-NC 4.0" << "CC BY-ND";
    QTest::newRow("robots") << "industrial_robots_installed" << en << "CC BY-ND 4.0" << "CC BY-NC";
    QTest::newRow("robots ko") << "industrial_robots_installed" << ko << "CC BY-ND 4.0" << "CC BY-NC";
}

void TestLicences::pdfFooterNamesTheChartsLicence()
{
    QFETCH(QString, indicator);
    QFETCH(int, language);
    QFETCH(QString, licence);
    QFETCH(QString, other);
    const SavedView v = view(indicator, Language(language));
    m_languages.setLanguage(v.language);
    const QString path = m_dir.filePath(indicator + ".pdf");
    ExportWriter writer(m_dataset);
    const bool written = writer.write(v, path);
    m_languages.setLanguage(Language::English);
    QVERIFY2(written, qPrintable(writer.errorString()));

    // Without white space: where pdftotext breaks the footer's lines is the layout's business.
    const QString text = test::pdfText(path).remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is missing or failed");
    const auto squeezed = [](QString s) { return s.remove(QLatin1Char(' ')); };
    QVERIFY2(text.contains(squeezed(licence)), qPrintable(text));
    QVERIFY2(!text.contains(squeezed(other)), qPrintable(text));
    const QString label = Language(language) == Language::Korean ? QStringLiteral("라이선스:") : QStringLiteral("Licence:");
    QVERIFY2(text.contains(label + squeezed(licence)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("ourworldindata.org/grapher/")));

    // The document's XMP metadata pairs the licence with its source's title (dc:rights).
    QProcess info;
    info.start("pdfinfo", {"-meta", path});
    QVERIFY(info.waitForFinished(30000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains(QRegularExpression("<dc:rights>.*" + QRegularExpression::escape(licence) + ": ")), qPrintable(meta));
}

void TestLicences::tableOfSeveralSourcesNamesEachOnesLicence()
{
    // A table of 2021 research and adoption figures shows CSET's and the IFR's: each source's line
    // names its own licence, and the PNG's Copyright text pairs every licence with its source.
    SavedView v = view({}, Language::English);
    v.panel = SavedView::Panel::Table;
    v.filter.yearFrom = v.filter.yearTo = 2021;
    v.filter.dimensions = {"research", "adoption"};
    SlideRenderer renderer(m_dataset, v);
    const QStringList lines = renderer.sources();
    const auto lineOf = [&](const QString &url) {
        for (const QString &line : lines)
            if (line.contains(url))
                return line;
        return QString();
    };
    const QString robots = lineOf("grapher/annual-industrial-robots-installed");
    const QString publications = lineOf("grapher/annual-scholarly-publications-on-artificial-intelligence");
    const QString patents = lineOf("grapher/artificial-intelligence-granted-patents-by-industry");
    QVERIFY2(robots.endsWith("(Licence: CC BY-ND 4.0)"), qPrintable(lines.join('\n')));
    QVERIFY2(publications.endsWith("(Licence: CC BY-NC 4.0)"), qPrintable(lines.join('\n')));
    QVERIFY2(patents.endsWith("(Licence: CC BY-NC 4.0)"), qPrintable(lines.join('\n')));
    for (const QString &line : {robots, publications, patents})
        QVERIFY(renderer.footer().contains(line));

    const QString path = m_dir.filePath("table.png");
    ExportWriter writer(m_dataset);
    QVERIFY2(writer.write(v, path), qPrintable(writer.errorString()));
    const QStringList copyright = QImageReader(path).text("Copyright").split("; ");
    QVERIFY2(copyright.contains("CC BY-ND 4.0: Annual industrial robots installed"), qPrintable(copyright.join('\n')));
    QVERIFY(copyright.contains("CC BY-NC 4.0: Annual scholarly publications on artificial intelligence"));
}

void TestLicences::aboutBoxListsEverySource()
{
    for (const Language lang : {Language::English, Language::Korean}) {
        m_languages.setLanguage(lang);
        AboutDialog about(m_dataset, QStringLiteral("workspace.gapscope"));
        const QString text = about.text();
        for (const Source &s : m_dataset.sources)
            QVERIFY2(text.contains(s.document.toHtmlEscaped()), qPrintable(s.id));
        const QString licence = lang == Language::Korean ? QStringLiteral("라이선스: ") : QStringLiteral("Licence: ");
        const QString citation = lang == Language::Korean ? QStringLiteral("인용: ") : QStringLiteral("Citation: ");
        for (const char *id : {"cset-owid-private-investment", "cset-owid-publications", "cset-owid-patents", "ifr-owid-robots"}) {
            const Source *s = m_dataset.source(id);
            QVERIFY2(s, id);
            // The source's entry: its citation, its link, then its own licence.
            const QString entry = citation + s->document.toHtmlEscaped();
            const qsizetype at = text.indexOf(entry);
            QVERIFY2(at >= 0, id);
            const qsizetype end = text.indexOf(QLatin1String("</li>"), at);
            const QString rest = text.mid(at, end - at);
            QVERIFY2(rest.contains(s->url) && rest.endsWith(licence + s->licence), qPrintable(rest));
        }
    }
    m_languages.setLanguage(Language::English);
}

QTEST_MAIN(TestLicences)
#include "tst_licences.moc"
