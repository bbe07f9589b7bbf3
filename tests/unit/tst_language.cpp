#include "AboutDialog.h"
#include "export/ExportDialog.h"
#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "model/Roles.h"
#include "panels/ChartPanel.h"
#include "panels/RecordTablePanel.h"
#include "io/DatasetReader.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QAbstractSeries>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRawFont>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace gapscope;

// Korean and English everywhere: the translation is complete, a switch to Korean leaves no English
// in any window, dock, header, menu, chart or dialog, and switching back restores English.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void translationIsComplete();
    void englishCountsHaveTheirPlural();
    void glossaryIsFollowed();
    void qtOwnStringsAreKoreanToo();
    void koreanEverywhereThenEnglishAgain();
    void openDialogFollowsTheSwitch();
    void bothNamesOption();
    void languageSettingRoundTrips();
    void koreanUiFont();
    void languageManagerLeavesTheFont();

private:
    // Every text a user can see or hear (screen readers) in `root` and its children.
    QStringList texts(QWidget *root) const;
    // The texts of `texts` that still hold an English word not allowed by design.
    QStringList english(const QStringList &texts) const;

    Dataset m_dataset;
    QFont m_platformFont; // the application's font before any language was set
    QSet<QString> m_allowed;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName("gapscope-language-tests");
    m_platformFont = QApplication::font();
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    QVERIFY2(d, qPrintable(reader.errorString()));
    m_dataset = *d;

    // English that stays in Korean by design, listed explicitly:
    // - names and terms written in Latin letters in Korean too (GapScope, AI, GPU, B2B, SWOT, HBM, ...);
    // - whatever the dataset's own Korean text writes in Latin letters ("Qwen(알리바바)", "LG AI연구원");
    // - a source's document, section, publisher, URL and licence, which are quoted as published;
    // - the language menu offers "English" by its own name.
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z.\\-']+"));
    auto allow = [&](const QString &text) {
        for (auto it = word.globalMatch(text); it.hasNext();)
            m_allowed.insert(it.next().captured(0).toLower());
    };
    // Key names in shortcuts ("Ctrl+C"), file formats and units of resolution are written in Latin
    // letters in Korean too, and so is the workspace's file name.
    for (const char *term : {"GapScope", "English", "AI", "GPU", "B2B", "SWOT", "HBM", "TSV", "ISO", "SI", "Ctrl",
                             "Shift", "Alt", "Del", "Delete", "Ins", "workspace.gapscope", "PNG", "SVG", "PDF",
                             "gapview", "pptx", "dpi", "CSV", "JSON"})
        allow(QLatin1String(term));
    auto allowKo = [&](const LocalizedText &t) { allow(t.ko); };
    for (const Source &s : m_dataset.sources) {
        allowKo(s.title);
        allowKo(s.note);
        allow(s.document + ' ' + s.section + ' ' + s.publisher + ' ' + s.url + ' ' + s.licence);
    }
    for (const Unit &u : m_dataset.units) {
        allowKo(u.name);
        allowKo(u.pattern);
    }
    for (const Country &c : m_dataset.countries)
        allowKo(c.name), allowKo(c.region);
    for (const Dimension &x : m_dataset.dimensions)
        allowKo(x.label), allowKo(x.description);
    for (const Actor &a : m_dataset.actors)
        allowKo(a.name), allowKo(a.description);
    for (const AiModel &m : m_dataset.models)
        allowKo(m.name), allowKo(m.description);
    for (const Indicator &i : m_dataset.indicators)
        allowKo(i.name), allowKo(i.description);
    for (const Observation &o : m_dataset.observations)
        allowKo(o.note);
    for (const Assessment &a : m_dataset.assessments)
        allowKo(a.text), allowKo(a.attribution);
    for (const SwotItem &s : m_dataset.swot)
        allowKo(s.text);
    for (const Event &e : m_dataset.events)
        allowKo(e.text);
    // Epoch AI names clusters and their owners in Latin letters only.
    for (const ComputeCluster &c : m_dataset.clusters) {
        allowKo(c.name);
        for (const QString &owner : c.owners)
            allow(owner);
    }
}

// Installing a translator posts LanguageChange to every window: deliver them, as the event loop
// does before the user sees the next frame.
static void switchLanguage(LanguageManager *languages, Language lang)
{
    languages->setLanguage(lang);
    QCoreApplication::sendPostedEvents();
}

void TestLanguage::init()
{
    QSettings().clear();
    QApplication::setFont(m_platformFont); // as at a start of gapscope, whatever the last test left
    m_languages = new LanguageManager;
    new InterfaceFont(m_languages, m_languages); // as the program does
    m_languages->setLanguage(Language::English);
    // Started as gapscope starts it: the frame painted first, then the panels; driven once whole.
    m_window = new MainWindow(m_dataset, "workspace.gapscope", m_languages, MainWindow::Start::PaintFirst);
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isReady(), 20000);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestLanguage::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_languages;
    m_languages = nullptr;
}

void TestLanguage::glossaryIsFollowed()
{
    // Every line of translations/glossary.tsv: an English term, the Korean term every
    // translation of it uses, and the ones none may use.
    struct Term
    {
        QRegularExpression english;
        QString korean;
        QStringList forbidden;
    };
    QList<Term> terms;
    QFile glossary(QStringLiteral(GAPSCOPE_GLOSSARY_FILE));
    QVERIFY2(glossary.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(glossary.fileName()));
    while (!glossary.atEnd()) {
        const QString line = QString::fromUtf8(glossary.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList cells = line.split('\t');
        QVERIFY2(cells.size() == 3, qPrintable(line));
        Term t{QRegularExpression(cells[0], QRegularExpression::CaseInsensitiveOption), cells[1],
               cells[2].split(',', Qt::SkipEmptyParts)};
        QVERIFY2(t.english.isValid(), qPrintable(cells[0]));
        terms.append(t);
    }
    QVERIFY(terms.size() >= 2);
    QFile ts(QStringLiteral(GAPSCOPE_TS_FILE));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    QStringList problems;
    int checked = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // The menu titled View keeps 보기; the rest follows the glossary.
            const QString english = QString(source).remove('&');
            if (english == QLatin1String("View"))
                continue;
            for (const Term &t : terms) {
                if (!t.english.match(english).hasMatch())
                    continue;
                ++checked;
                if (!text.contains(t.korean))
                    problems << QStringLiteral("%1: \"%2\" → \"%3\" lacks %4").arg(context, source, text, t.korean);
                for (const QString &no : t.forbidden) {
                    if (text.contains(no))
                        problems << QStringLiteral("%1: \"%2\" → \"%3\" uses %4").arg(context, source, text, no);
                }
            }
        }
    }
    QVERIFY(checked > 20);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestLanguage::translationIsComplete()
{
    QFile ts(QStringLiteral(GAPSCOPE_TS_FILE));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList problems;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                problems << QStringLiteral("%1 [%2]").arg(source, type);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 300);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));

    // The compiled catalogue is embedded and translates.
    QTranslator qm;
    QVERIFY(qm.load(QStringLiteral(":/i18n/gapscope_ko.qm")));
    QCOMPARE(qm.translate("gapscope::LanguageMenu", "&Language"), QStringLiteral("언어(&L)"));
}

// The messages with a count (%n) of a .ts file, as "context / source", with their forms.
static QHash<QString, QStringList> countedMessages(const QString &path)
{
    QHash<QString, QStringList> counted;
    QFile ts(path);
    if (!ts.open(QIODevice::ReadOnly))
        return counted;
    QXmlStreamReader xml(&ts);
    QString context;
    QString key;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            key = context + QStringLiteral(" / ") + xml.readElementText();
        else if (numerus && xml.isStartElement() && xml.name() == QLatin1String("translation")
                 && xml.attributes().value(QLatin1String("type")).isEmpty())
            counted.insert(key, {});
        else if (numerus && xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            counted[key] << xml.readElementText();
    }
    return counted;
}

void TestLanguage::englishCountsHaveTheirPlural()
{
    // Every message with a count has English singular and plural forms: "1 observation shown",
    // never "1 observation(s) shown".
    const QHash<QString, QStringList> korean = countedMessages(QStringLiteral(GAPSCOPE_TS_FILE));
    const QHash<QString, QStringList> english = countedMessages(QStringLiteral(GAPSCOPE_EN_TS_FILE));
    QVERIFY(korean.size() > 20);
    QStringList problems;
    for (auto it = korean.cbegin(); it != korean.cend(); ++it) {
        const QStringList forms = english.value(it.key());
        if (forms.size() != 2 || forms.contains(QString()) || forms.join(' ').contains(QLatin1String("(s)")))
            problems << it.key() + QStringLiteral(": ") + forms.join(QStringLiteral(" | "));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));

    // The window in English counts in English.
    QCOMPARE(QCoreApplication::translate("gapscope::MainWindow", "%n observation(s) shown", nullptr, 1),
             QStringLiteral("1 observation shown"));
    QCOMPARE(QCoreApplication::translate("gapscope::MainWindow", "%n observation(s) shown", nullptr, 681),
             QStringLiteral("681 observations shown"));
    for (const char *panel : {"swot", "actors", "timeline", "gap", "map", "scatter", "bubble"})
        QVERIFY(m_window->raisePanel(QLatin1String(panel)));
    QStringList seen = texts(m_window);
    QVERIFY(seen.filter(QStringLiteral(" observations shown")).size() == 1);
    QVERIFY2(seen.filter(QStringLiteral("(s)")).isEmpty(), qPrintable(seen.filter(QStringLiteral("(s)")).join('\n')));
    // And again after a round through Korean.
    switchLanguage(m_languages, Language::Korean);
    switchLanguage(m_languages, Language::English);
    seen = texts(m_window);
    QVERIFY(seen.filter(QStringLiteral(" observations shown")).size() == 1);
}

void TestLanguage::qtOwnStringsAreKoreanToo()
{
    switchLanguage(m_languages, Language::Korean);
    // A standard button and a line edit's context menu come from Qt's qtbase catalogue.
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("취소"));
    QLineEdit edit;
    edit.setText("x");
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList items;
    for (QAction *a : menu->actions())
        items << a->text();
    QVERIFY2(items.join(' ').contains(QStringLiteral("복사")), qPrintable(items.join(' ')));
    QVERIFY(english(items).isEmpty());
}

QStringList TestLanguage::texts(QWidget *root) const
{
    QStringList out;
    auto add = [&out](const QString &text) {
        // Rich text is read as the user reads it; mnemonics and elision marks are not words.
        QString plain = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
        plain.remove('&');
        if (!plain.trimmed().isEmpty())
            out << plain;
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            add(w->windowTitle());
        add(w->toolTip());
        add(w->statusTip());
        add(w->accessibleName());
        add(w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        if (auto *line = qobject_cast<QLineEdit *>(w))
            add(line->placeholderText());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(group->title());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i)), add(tabs->tabToolTip(i));
        }
        if (auto *browser = qobject_cast<QTextBrowser *>(w))
            add(browser->toPlainText());
        auto insideComboBox = [](QWidget *widget) {
            for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
                if (qobject_cast<QComboBox *>(p))
                    return true;
            }
            return false;
        };
        // A combo box's popup list shows the items read above; Qt creates it lazily.
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !insideComboBox(view)) {
            QAbstractItemModel *m = view->model();
            if (!m)
                continue;
            for (int c = 0; c < m->columnCount(view->rootIndex()); ++c)
                add(m->headerData(c, Qt::Horizontal).toString()), add(m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            const int rows = std::min(m->rowCount(view->rootIndex()), 60);
            for (int r = 0; r < rows; ++r) {
                if (qobject_cast<QTableView *>(view))
                    add(m->headerData(r, Qt::Vertical).toString());
                for (int c = 0; c < m->columnCount(view->rootIndex()); ++c) {
                    const QModelIndex i = m->index(r, c, view->rootIndex());
                    add(i.data(Qt::DisplayRole).toString());
                    add(i.data(Qt::ToolTipRole).toString());
                }
            }
        }
        if (auto *chartView = qobject_cast<QChartView *>(w)) {
            QChart *chart = chartView->chart();
            add(chart->title());
            for (QAbstractAxis *axis : chart->axes()) {
                add(axis->titleText());
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                    out << categories->categories();
            }
            for (QLegendMarker *marker : chart->legend()->markers())
                add(marker->label());
        }
    }
    // Menus: the bar, every menu and submenu, and their actions.
    QList<QMenu *> menus;
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *a : window->menuBar()->actions()) {
            add(a->text());
            if (a->menu())
                menus << a->menu();
        }
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *a : menu->actions()) {
            add(a->text());
            add(a->statusTip());
            if (a->menu())
                menus << a->menu();
        }
    }
    return out;
}

QStringList TestLanguage::english(const QStringList &texts) const
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z.\\-']+"));
    QStringList found;
    for (const QString &text : texts) {
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString w = it.next().captured(0);
            QString bare = w.toLower();
            while (bare.endsWith('.') || bare.endsWith('-') || bare.endsWith('\''))
                bare.chop(1);
            if (!m_allowed.contains(w.toLower()) && !m_allowed.contains(bare)) {
                found << QStringLiteral("\"%1\" in: %2").arg(w, text.left(120));
                break;
            }
        }
    }
    found.removeDuplicates();
    return found;
}

void TestLanguage::koreanEverywhereThenEnglishAgain()
{
    // Every dock in front once, so that nothing is skipped for being behind a tab.
    for (const char *panel : {"swot", "actors", "timeline", "gap", "map", "scatter", "bubble"})
        QVERIFY(m_window->raisePanel(QLatin1String(panel)));
    m_window->state()->select(ExplorerState::Kind::Country, "KOR"); // the details panel has content
    const QStringList before = texts(m_window);
    QVERIFY(before.size() > 200);
    QVERIFY(!english(before).isEmpty()); // the check sees English when there is some

    QAction *korean = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == QStringLiteral("한국어"))
                korean = a;
        }
    }
    QVERIFY(korean);
    korean->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(m_languages->language(), Language::Korean);
    const QStringList inKorean = texts(m_window);
    const QStringList left = english(inKorean);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 texts still in English:\n").arg(left.size()) + left.join('\n')));
    // Data follows the language too: the chart, units and dates.
    ChartPanel *chart = m_window->chartPanel();
    QCOMPARE(chart->chart()->title(), QStringLiteral("AI 분야 민간 투자"));
    QCOMPARE(chart->indicatorPicker()->currentText(), QStringLiteral("AI 분야 민간 투자"));
    QStringList series;
    for (QAbstractSeries *s : chart->chart()->series())
        series << s->name();
    QCOMPARE(series.mid(0, 3), (QStringList{"미국", "중국", "대한민국"}));
    QCOMPARE(m_window->findChild<QDockWidget *>("TableDock")->windowTitle(), QStringLiteral("관측값"));
    QCOMPARE(m_window->tablePanel()->view()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("국가"));
    QVERIFY(inKorean.contains(QStringLiteral("2025년 1월"))); // an observation's month in the table
    QVERIFY(inKorean.contains(QStringLiteral("8억 1,800만")));

    switchLanguage(m_languages, Language::English);
    const QStringList after = texts(m_window);
    QCOMPARE(after, before);
}

void TestLanguage::openDialogFollowsTheSwitch()
{
    ExportDialog *exporter = m_window->showExport(SavedView::Panel::Swot);
    m_window->aboutAction()->trigger();
    auto *about = m_window->findChild<AboutDialog *>();
    QVERIFY(about);
    QVERIFY(about->isVisible());
    QVERIFY(about->text().contains("Dataset version " + m_dataset.version));
    switchLanguage(m_languages, Language::Korean);
    QVERIFY2(about->text().contains(QStringLiteral("데이터셋 버전 ") + m_dataset.version), qPrintable(about->text()));
    QVERIFY2(english(texts(about)).isEmpty(), qPrintable(english(texts(about)).join('\n')));
    QVERIFY2(english(texts(exporter)).isEmpty(), qPrintable(english(texts(exporter)).join('\n')));
    QCOMPARE(exporter->windowTitle(), QStringLiteral("내보내기"));
    // For a look by eye: GAPSCOPE_SCREENSHOTS=DIR saves the dialogs as they are now.
    if (const QString dir = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !dir.isEmpty()) {
        exporter->grab().save(dir + "/export-dialog-ko.png");
        about->grab().save(dir + "/about-ko.png");
    }
    switchLanguage(m_languages, Language::English);
    QCOMPARE(about->windowTitle(), QStringLiteral("About GapScope"));
}

void TestLanguage::bothNamesOption()
{
    m_languages->setLanguage(Language::Korean);
    QAbstractItemModel *actors = m_window->actorPanel()->view()->model();
    auto naverName = [actors] {
        const QModelIndexList found = actors->match(actors->index(0, 0), IdRole, "naver", 1, Qt::MatchExactly);
        return found.isEmpty() ? QString() : found.first().data().toString();
    };
    QCOMPARE(naverName(), QStringLiteral("네이버"));
    m_window->bothNamesAction()->trigger();
    QCOMPARE(naverName(), QStringLiteral("네이버 (Naver)"));
    QVERIFY(Settings::bothNames());
    m_languages->setLanguage(Language::English);
    QCOMPARE(naverName(), QStringLiteral("Naver (네이버)"));
    m_window->bothNamesAction()->trigger();
    QCOMPARE(naverName(), QStringLiteral("Naver"));
    QVERIFY(!Settings::bothNames());
}

void TestLanguage::languageSettingRoundTrips()
{
    // Nothing chosen: the next run follows the system. (Other suites running beside this one
    // share the scratch settings and may have chosen one.)
    QSettings().remove("ui/language");
    QVERIFY(!Settings::language());
    m_languages->setLanguage(Language::Korean);
    QCOMPARE(Settings::language(), std::optional<Language>(Language::Korean));
    m_languages->setLanguage(Language::English);
    QCOMPARE(Settings::language(), std::optional<Language>(Language::English));
    QSettings().setValue("ui/language", "fr"); // a value this version does not know
    QVERIFY(!Settings::language());
}

void TestLanguage::koreanUiFont()
{
    // The font a family resolves to, without fallbacks, draws `c`.
    const auto draws = [](const QString &family, char32_t c) {
        QFont font(family);
        font.setStyleStrategy(QFont::NoFontMerging);
        return QRawFont::fromFont(font).supportsCharacter(c);
    };
    const char32_t han = 0xD55C; // 한
    const bool platformHasHangul = draws(m_platformFont.family(), han);

    // Korean: the interface's own font, the first one, is a Korean font with Hangul and Latin letters
    // alike (not the platform's with a fallback for Hangul), and the panels use it.
    switchLanguage(m_languages, Language::Korean);
    const QFont korean = QApplication::font();
    const QString first = korean.families().value(0);
    QVERIFY2(QFontDatabase::families(QFontDatabase::Korean).contains(first), qPrintable(first));
    if (!platformHasHangul)
        QVERIFY2(first != m_platformFont.family(), qPrintable(first));
    QCOMPARE(QFontInfo(korean).family(), first); // installed, not substituted
    QVERIFY2(draws(first, han) && draws(first, U'A'), qPrintable(first));
    QCOMPARE(m_window->tablePanel()->view()->font().families().value(0), first);

    // English: the platform's font first, with the Korean font behind it for Korean data.
    switchLanguage(m_languages, Language::English);
    const QFont english = QApplication::font();
    const QStringList families = english.families();
    QCOMPARE(families.value(0), m_platformFont.family());
    QVERIFY2(families.contains(first), qPrintable(families.join(',')));
    QVERIFY(QFontMetrics(english).inFontUcs4(han));
    QCOMPARE(m_window->tablePanel()->view()->font().families().value(0), m_platformFont.family());
}

void TestLanguage::languageManagerLeavesTheFont()
{
    // The manager installs translators and the locale, nothing more: a manager no InterfaceFont
    // follows switches the language and leaves the application's font as it was.
    QApplication::setFont(m_platformFont);
    LanguageManager bare;
    bare.setLanguage(Language::Korean);
    QCOMPARE(QLocale().language(), QLocale::Korean);
    QCOMPARE(QApplication::font().families(), m_platformFont.families());
    QCOMPARE(QApplication::font().family(), m_platformFont.family());
    // Following it, the font changes with the language.
    InterfaceFont font(&bare);
    QCOMPARE(QApplication::font().families(), InterfaceFont::forLanguage(Language::Korean, m_platformFont).families());
    bare.setLanguage(Language::English);
    QCOMPARE(QApplication::font().families().value(0), m_platformFont.family());
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
