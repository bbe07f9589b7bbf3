#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "SlideCheck.h"
#include "TestSupport.h"
#include "export/DeckWriter.h"
#include "view/SavedView.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// Decks an audience can read: every kind of slide GapScope writes, in English and Korean, at
// 16:9 and 4:3, rendered by LibreOffice Impress and measured word by word (test::renderAndMeasure,
// the rules of the independent slide check); and what keeps them readable: long tables continued
// on further slides under their repeated header, cells too long for a slide shortened with their
// whole text in the notes, a SWOT a quadrant pair per slide, long source lists left to the notes.
class TestSlideCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySlideIsReadable_data();
    void everySlideIsReadable();
    void longTablesContinueUnderTheirHeader();
    void slideSizeFollowsTheView();

private:
    QList<SavedView> everyPanel(Language lang, const QSize &size) const;
    QHash<QString, QByteArray> write(const QList<SavedView> &views, const QString &name);

    Dataset m_dataset;
    LanguageManager m_languages;
    InterfaceFont m_font{&m_languages};
    QTemporaryDir m_dir;
};

void TestSlideCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dataset = test::bundledDataset();
    m_languages.setLanguage(Language::English);
    QVERIFY(m_dir.isValid());
}

QList<SavedView> TestSlideCheck::everyPanel(Language lang, const QSize &size) const
{
    SavedView chart;
    chart.filter.countries = {"USA", "CHN", "KOR"};
    chart.filter.yearFrom = 2014;
    chart.filter.yearTo = 2023;
    chart.indicator = "private_ai_investment";
    chart.language = lang;
    chart.size = size;
    SavedView table = chart;
    table.panel = SavedView::Panel::Table;
    SavedView comparison = chart;
    comparison.panel = SavedView::Panel::Comparison;
    comparison.filter.yearFrom = comparison.filter.yearTo = 0; // the assessments are of 2025 and 2026
    SavedView swot = comparison;
    swot.panel = SavedView::Panel::Swot;
    swot.filter.countries = {"KOR"};
    SavedView swotTwo = swot;
    swotTwo.filter.countries = {"KOR", "USA"};
    swotTwo.swotCountries = {"KOR", "USA"};
    SavedView gap = chart;
    gap.panel = SavedView::Panel::Gap;
    gap.indicator = "largest_training_compute_to_date";
    gap.filter.yearFrom = 2020;
    gap.filter.yearTo = 2025;
    gap.gapLeader = "USA";
    gap.gapFollowers = {"CHN", "KOR"};
    SavedView map = chart;
    map.panel = SavedView::Panel::Map;
    map.indicator = "ai_scholarly_publications";
    map.filter.countries.clear();
    map.mapYear = 2020;
    return {chart, table, comparison, swot, swotTwo, gap, map};
}

QHash<QString, QByteArray> TestSlideCheck::write(const QList<SavedView> &views, const QString &name)
{
    const QString path = m_dir.filePath(name);
    DeckWriter deck(m_dataset, &m_languages);
    if (!deck.write(views, path))
        qWarning("%s", qPrintable(deck.errorString()));
    QString problem;
    const QHash<QString, QByteArray> parts = test::zipParts(path, &problem);
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return parts;
}

void TestSlideCheck::everySlideIsReadable_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("English 16:9") << int(Language::English) << QSize(1920, 1080);
    QTest::newRow("Korean 16:9") << int(Language::Korean) << QSize(1920, 1080);
    QTest::newRow("English 4:3") << int(Language::English) << QSize(1600, 1200);
    QTest::newRow("Korean 4:3") << int(Language::Korean) << QSize(1600, 1200);
}

void TestSlideCheck::everySlideIsReadable()
{
    QFETCH(int, language);
    const Language lang = Language(language);
    QFETCH(QSize, size);
    const QString name = QStringLiteral("every-%1-%2.pptx").arg(languageCode(lang)).arg(size.width());
    const QHash<QString, QByteArray> parts = write(everyPanel(lang, size), name);
    QVERIFY(!parts.isEmpty());
    QString error;
    const QList<test::RenderedSlide> slides = test::renderAndMeasure(m_dir.filePath(name), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(slides.size() >= 7);
    QStringList problems;
    for (const test::RenderedSlide &slide : slides) {
        qInfo("%s", qPrintable(slide.summary));
        if (!slide.problem.isEmpty())
            problems << slide.problem;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestSlideCheck::longTablesContinueUnderTheirHeader()
{
    // The Korean comparison of three countries does not fit one 4:3 slide in readable type.
    QList<SavedView> views = everyPanel(Language::Korean, QSize(1600, 1200));
    const SavedView comparison = views[2];
    const SavedView swot = views[4];
    const QHash<QString, QByteArray> parts = write({comparison, swot}, "continued.pptx");
    const QList<QStringList> slides = test::deckWords(parts);
    QVERIFY(slides.size() >= 3);
    int continued = 0;
    int comparisons = 0;
    QString firstHeader;
    static const QRegularExpression page(QStringLiteral("\\((\\d+)/(\\d+)\\)"));
    for (int n = 1; n <= slides.size(); ++n) {
        const QString slide = QString::fromUtf8(parts.value(QStringLiteral("ppt/slides/slide%1.xml").arg(n)));
        const QString notes = QString::fromUtf8(parts.value(QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n)));
        const auto numbered = page.match(slide);
        if (!numbered.hasMatch())
            continue;
        ++continued;
        QVERIFY(numbered.captured(1).toInt() <= numbered.captured(2).toInt());
        // Type no smaller than 14 pt anywhere but the footer.
        static const QRegularExpression sizes(QStringLiteral("sz=\"(\\d+)\""));
        for (auto it = sizes.globalMatch(slide); it.hasNext();) {
            const int size = it.next().captured(1).toInt();
            QVERIFY2(size >= DeckWriter::footerSize, qPrintable(QString::number(size)));
        }
        // The header row repeated: the first row of every continued comparison names the countries.
        if (slide.contains(QStringLiteral("name=\"비교\""))) {
            ++comparisons;
            const QString header = slide.section("<a:tr ", 1, 1).section("</a:tr>", 0, 0);
            QVERIFY(header.contains(QStringLiteral("대한민국")) && header.contains(QStringLiteral("미국")));
            QVERIFY(header.contains(QStringLiteral("중국")));
            if (firstHeader.isEmpty())
                firstHeader = header;
            QCOMPARE(header, firstHeader);
        }
        // A shortened cell's whole text is in the notes.
        static const QRegularExpression shortened(QStringLiteral("<a:t>([^<]*)\u2026</a:t>"));
        for (auto it = shortened.globalMatch(slide); it.hasNext();) {
            const QString kept = test::unescapeXml(it.next().captured(1)).trimmed();
            QVERIFY2(test::unescapeXml(notes).contains(kept), qPrintable(kept));
            QVERIFY(notes.contains(QStringLiteral("슬라이드에서 줄인")));
        }
        // Sources in the footer, or in the notes when there are too many.
        QVERIFY(notes.contains(QStringLiteral("출처")));
    }
    QVERIFY2(continued >= 3, qPrintable(QString::number(continued)));
    QVERIFY2(comparisons >= 2, qPrintable(QString::number(comparisons)));
    // The SWOT of two countries goes a quadrant pair per slide: strengths with weaknesses, then
    // opportunities with threats.
    const QString all = [&] {
        QString text;
        for (int n = 1; n <= slides.size(); ++n)
            text += QString::fromUtf8(parts.value(QStringLiteral("ppt/slides/slide%1.xml").arg(n)));
        return text;
    }();
    QVERIFY(all.contains(QStringLiteral("대한민국 · 강점")) || all.contains(QStringLiteral(">강점 (")));
}

void TestSlideCheck::slideSizeFollowsTheView()
{
    QList<SavedView> views = everyPanel(Language::English, QSize(1600, 1200));
    QHash<QString, QByteArray> parts = write({views[0]}, "four-three.pptx");
    QVERIFY(parts.value("ppt/presentation.xml").contains("<p:sldSz cx=\"9144000\" cy=\"6858000\"/>"));
    views[0].size = QSize(1920, 1080);
    parts = write({views[0]}, "sixteen-nine.pptx");
    QVERIFY(parts.value("ppt/presentation.xml").contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"));
}

QTEST_MAIN(TestSlideCheck)
#include "tst_slidecheck.moc"
