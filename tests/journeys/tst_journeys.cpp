#include "CountryColors.h"
#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "FilterListSupport.h"
#include "TestSupport.h"
#include "JourneyFixture.h"
#include "UserActions.h"
#include "domain/EntityKind.h"
#include "edit/ObservationDialog.h"
#include "import/ImportDialog.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "panels/ChartPanel.h"
#include "panels/CheckListPopup.h"
#include "panels/DetailsPanel.h"
#include "panels/FilterBar.h"
#include "panels/RecordTablePanel.h"
#include "panels/TimelineView.h"
#include "store/Store.h"

#include <QAbstractSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QValueAxis>

#include <zip.h>

using namespace gapscope;

// The paths users walk, end to end, through the real window: the menus and their shortcuts, the
// real file dialogs answered by typing, the import dialog filled in and accepted with events
// processed, and what every panel shows afterwards. Built with the asan preset too, where a
// dialog deleted under its own handler is a failure, not luck.
class TestJourneys : public QObject, private test::JourneyFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void importFromTheMenuReachesTheChart_data();
    void importFromTheMenuReachesTheChart();
    void editUndoSaveAndReopen();
    void deckFromTwoSavedViews();
    void languageSwitchedMidway();
    void narrowToTheSelection();
    void figuresOfModelsOnRequest();
    void statusCountAndResetFollowTheFilter();
    void settingsLiveUnderTheProgramsName();

private:
    QAction *action(const char *name) const;
    int tableRows() const { return m_window->tablePanel()->view()->model()->rowCount(); }
    QStringList chartSeries() const;
    QString statusCount() const;
};

void TestJourneys::initTestCase()
{
    setUpSuite(QStringLiteral("gapscope-journeys"));
}

QAction *TestJourneys::action(const char *name) const
{
    auto *a = m_window->findChild<QAction *>(QLatin1String(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

QStringList TestJourneys::chartSeries() const
{
    // The countries in the chart's legend (not the events' markers or the keys to the styles).
    QStringList names;
    for (const QString &label : m_window->chartPanel()->legendLabels()) {
        for (const Country &c : m_window->dataset().countries) {
            if (label == c.name.en || label == c.name.ko)
                names.append(label);
        }
    }
    return names;
}

QString TestJourneys::statusCount() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("StatusCount"))->text();
}


void TestJourneys::importFromTheMenuReachesTheChart_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("korean");
    QTest::addColumn<int>("rows");

    // Our World in Data's layout with a Korean value column, saved as UTF-8.
    QTest::newRow("UTF-8, Korean header") << "startups-owid.csv"
                                          << QStringLiteral("Entity,Code,Year,AI 스타트업 수\nSouth Korea,KOR,2021,3100\n"
                                                            "South Korea,KOR,2022,3500\nUnited States,USA,2022,9000\n")
                                                 .toUtf8()
                                          << false << 3;
    // Korean Excel's CSV: CP949, Korean country names, in the Korean interface.
    QStringEncoder cp949("CP949");
    QTest::newRow("CP949, Korean interface")
        << "excel.csv"
        << QByteArray(cp949.encode(QStringLiteral("country,indicator,year,value\n대한민국,ai_startups,2021,95\n"
                                                  "미국,ai_startups,2021,900\n중국,ai_startups,2021,400\n")))
        << true << 3;
    QTest::newRow("plain ASCII") << "plain.csv" << QByteArray("country,indicator,year,value\nKOR,ai_startups,2020,80\n"
                                                             "USA,ai_startups,2020,700\n")
                                 << false << 2;
    // 100,000 rows (made below from the workspace's countries): the progress dialog comes up and
    // runs the event loop while the import goes on.
    QTest::newRow("100,000 rows") << "large.csv" << QByteArray() << false << 100000;
}

void TestJourneys::importFromTheMenuReachesTheChart()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(bool, korean);
    QFETCH(int, rows);
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_').remove(','));
    QVERIFY(QDir().mkpath(folder));
    m_languages->setLanguage(korean ? Language::Korean : Language::English);
    const QString workspace = folder + "/workspace.gapscope";
    QVERIFY(openWindow(workspace));
    if (content.isEmpty()) {
        content = "country,indicator,year,month,value\n";
        int made = 0;
        // The countries the chart shows first, so that a file smaller than one series per
        // country of the workspace still reaches them.
        QList<Country> countries = m_window->dataset().countries;
        std::stable_partition(countries.begin(), countries.end(), [](const Country &c) {
            return CountryColors::focusCountries().contains(c.code);
        });
        for (const Country &c : std::as_const(countries)) {
            for (int year = 1900; year <= 2030 && made < rows; ++year) {
                for (int month = 1; month <= 12 && made < rows; ++month, ++made)
                    content += c.code.toLatin1() + ",ai_compute," + QByteArray::number(year) + ','
                        + QByteArray::number(month) + ',' + QByteArray::number(made % 977) + '\n';
            }
        }
        QCOMPARE(made, rows);
    }
    QFile f(folder + '/' + file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QStringList indicatorsBefore = [this] {
        QStringList ids;
        for (int i = 0; i < m_window->chartPanel()->indicatorPicker()->count(); ++i)
            ids.append(m_window->chartPanel()->indicatorPicker()->itemData(i).toString());
        return ids;
    }();
    const int observationsBefore = int(m_window->dataset().observations.size());

    // File ▸ Import data… by its shortcut; the file is typed into the file dialog.
    m_user->answerFileDialog(folder, {file});
    press(Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_user->pendingAnswers(), 0);
    QPointer<ImportDialog> dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // A new indicator needs its unit and source: typed in, as a user does, the unit left by Tab;
    // the source is still being typed when Import comes on, with no need to leave its box.
    fillIn(dialog->unitField(), QStringLiteral("count"));
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->sourceField()->setFocus();
    QTest::keyClicks(dialog->sourceField(), QStringLiteral("Startup survey 2022"));
    QVERIFY(dialog->sourceField()->hasFocus());
    QTRY_VERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);

    // The dialog is gone, and with it nothing the import still needed.
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(int(m_window->dataset().observations.size()), observationsBefore + rows);
    QStringList added;
    for (int i = 0; i < m_window->chartPanel()->indicatorPicker()->count(); ++i) {
        const QString id = m_window->chartPanel()->indicatorPicker()->itemData(i).toString();
        if (!indicatorsBefore.contains(id))
            added.append(id);
    }
    QCOMPARE(added.size(), 1);
    // Picked in the chart's own list, the new indicator is drawn for the countries of the filter.
    QComboBox *picker = m_window->chartPanel()->indicatorPicker();
    picker->setCurrentIndex(picker->findData(added.first()));
    QTRY_VERIFY2(!chartSeries().isEmpty(), qPrintable(m_window->chartPanel()->emptyMessage()));
    const QString korea = korean ? QStringLiteral("대한민국") : QStringLiteral("South Korea");
    QVERIFY2(chartSeries().contains(korea), qPrintable(chartSeries().join(',')));
    // Its axis reads as numbers, not printf's exponents ("1e+04").
    for (QAbstractAxis *axis : m_window->chartPanel()->chart()->axes(Qt::Vertical)) {
        if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            const QString top = QString::asprintf(qPrintable(values->labelFormat()), values->max());
            QVERIFY2(!top.contains('e'), qPrintable(top));
        }
    }
    // It is in the workspace on disk, whole.
    Store store;
    QVERIFY(store.open(workspace));
    const auto saved = store.load();
    QVERIFY(saved);
    QCOMPARE(int(saved->observations.size()), observationsBefore + rows);
}

void TestJourneys::editUndoSaveAndReopen()
{
    const QString workspace = m_dir.filePath("edit.gapscope");
    QVERIFY(openWindow(workspace));
    QTableView *table = m_window->tablePanel()->view();
    m_window->raisePanel(QStringLiteral("table"));
    QTRY_VERIFY(table->isVisible());
    // Click the first row, press F2, type a new value, Enter.
    const QModelIndex first = table->model()->index(0, ObservationTableModel::ValueColumn);
    const QString id = first.data(IdRole).toString();
    const QString original = first.data().toString();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QCOMPARE(m_window->state()->selection().id, id);
    QTest::keyClick(table, Qt::Key_F2);
    auto *dialog = m_window->findChild<ObservationDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->valueField()->selectAll();
    QTest::keyClicks(dialog->valueField(), QStringLiteral("123456"));
    QTest::keyClick(dialog->valueField(), Qt::Key_Return);
    QTRY_VERIFY(m_window->isWindowModified());
    const auto valueOf = [this](const QString &record) {
        QAbstractItemModel *m = m_window->tablePanel()->view()->model();
        const QModelIndexList found = m->match(m->index(0, 0), IdRole, record, 1, Qt::MatchExactly);
        return found.isEmpty() ? QString() : found.first().siblingAtColumn(ObservationTableModel::ValueColumn).data().toString();
    };
    QVERIFY2(valueOf(id).contains("123"), qPrintable(id + " shows " + valueOf(id) + ", selected " + m_window->state()->selection().id
                                                     + ", " + QString::number(tableRows()) + " rows, " + original));
    QVERIFY(m_window->detailsPanel()->browser()->toPlainText().contains("123"));

    // Ctrl+Z takes it back, in the table and in Details.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(valueOf(id), original);
    QVERIFY(!m_window->detailsPanel()->browser()->toPlainText().contains("123"));
    // Ctrl+Shift+Z brings it again; Ctrl+S saves.
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(valueOf(id).contains("123"));
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isWindowModified());

    // Close and open again: the saved value is there.
    delete m_window;
    m_window = nullptr;
    QVERIFY(openWindow(workspace));
    QVERIFY2(valueOf(id).contains("123"), qPrintable(valueOf(id)));
}

void TestJourneys::deckFromTwoSavedViews()
{
    const QString folder = m_dir.filePath("deck");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(openWindow(folder + "/deck.gapscope"));
    // First view: the default filter, saved with Ctrl+Shift+S.
    m_user->answerFileDialog(folder, {"first.gapview"});
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_user->pendingAnswers(), 0);
    QVERIFY(QFile::exists(folder + "/first.gapview"));
    // Second view: China removed, from 2018 on.
    test::toggleListItem(m_window->filterBar()->countryList(), "China");
    m_window->filterBar()->fromYear()->setValue(2018);
    m_user->answerFileDialog(folder, {"second.gapview"});
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QFile::exists(folder + "/second.gapview"));
    QFile second(folder + "/second.gapview");
    QVERIFY(second.open(QIODevice::ReadOnly));
    QVERIFY(!second.readAll().contains("\"CHN\""));

    // File ▸ Export deck from views…: both views picked in one dialog, then the deck's name.
    m_user->answerFileDialog(folder, {"first.gapview", "second.gapview"});
    m_user->answerFileDialog(folder, {"talk.pptx"});
    action("exportDeckAction")->trigger();
    QCOMPARE(m_user->pendingAnswers(), 0);
    QTRY_VERIFY(QFile::exists(folder + "/talk.pptx"));
    // Read back: a zip with two slides.
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(folder + "/talk.pptx").constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    QVERIFY2(archive, "not a zip file");
    int slides = 0;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        const QString name = QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
        slides += name.startsWith("ppt/slides/slide") && name.endsWith(".xml");
    }
    zip_close(archive);
    QCOMPARE(slides, 2);
}

void TestJourneys::languageSwitchedMidway()
{
    const QString folder = m_dir.filePath("language");
    QVERIFY(QDir().mkpath(folder));
    QFile f(folder + "/survey.csv");
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("country,indicator,year,value\nKOR,ai_labs,2022,12\nUSA,ai_labs,2022,40\n");
    f.close();
    QVERIFY(openWindow(folder + "/language.gapscope"));
    m_user->answerFileDialog(folder, {"survey.csv"});
    press(Qt::Key_I, Qt::ControlModifier);
    QPointer<ImportDialog> dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    // Language ▸ 한국어 while the import dialog is open: it follows, and so does everything else.
    action("koreanAction")->trigger();
    QTRY_VERIFY2(dialog->importButton()->text().contains(QStringLiteral("가져오기")), qPrintable(dialog->importButton()->text()));
    fillIn(dialog->unitField(), QStringLiteral("count"));
    fillIn(dialog->sourceField(), QStringLiteral("연구소 조사"));
    QTRY_VERIFY(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QComboBox *picker = m_window->chartPanel()->indicatorPicker();
    picker->setCurrentIndex(picker->findData(QStringLiteral("ai_labs")));
    QTRY_VERIFY(chartSeries().contains(QStringLiteral("대한민국")));
    QVERIFY2(statusCount().contains(QStringLiteral("관측값")), qPrintable(statusCount()));
    // And back to English, half-way through reading the table.
    action("englishAction")->trigger();
    QTRY_VERIFY(chartSeries().contains(QStringLiteral("South Korea")));
    QVERIFY2(statusCount().contains("observation"), qPrintable(statusCount()));
}

void TestJourneys::narrowToTheSelection()
{
    QVERIFY(openWindow(m_dir.filePath("narrow.gapscope")));
    m_window->raisePanel(QStringLiteral("actors"));
    RecordTablePanel *actors = m_window->actorPanel();
    QTRY_VERIFY(actors->isVisible());
    auto *narrow = m_window->findChild<QCheckBox *>(QStringLiteral("NarrowToSelection"));
    QVERIFY(narrow);
    QTest::mouseClick(narrow, Qt::LeftButton);
    QVERIFY(narrow->isChecked());
    const int actorRows = actors->view()->model()->rowCount();
    const auto clickActor = [actors](const QString &name) {
        QAbstractItemModel *m = actors->view()->model();
        const QModelIndexList found = m->match(m->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        actors->view()->scrollTo(found.first());
        QTest::mouseClick(actors->view()->viewport(), Qt::LeftButton, {}, actors->view()->visualRect(found.first()).center());
    };
    clickActor("Samsung Electronics");
    // A chip says so; the search box is the user's alone.
    QTRY_VERIFY(m_window->state()->filter().focus.id.size() > 0);
    QVERIFY(m_window->filterBar()->searchField()->text().isEmpty());
    bool chip = false;
    for (QToolButton *b : m_window->filterBar()->chips()->findChildren<QToolButton *>())
        chip |= b->text().contains("Samsung Electronics");
    QVERIFY(chip);
    // The list of organisations stays whole, so that the next one can be picked.
    QCOMPARE(actors->view()->model()->rowCount(), actorRows);
    // The table and the chart agree: Korea's figures only.
    QVERIFY(tableRows() > 0);
    QAbstractItemModel *table = m_window->tablePanel()->view()->model();
    for (int r = 0; r < table->rowCount(); ++r)
        QCOMPARE(table->index(r, 0).data(CountryRole).toString(), QStringLiteral("KOR"));
    QTRY_COMPARE(chartSeries(), QStringList{"South Korea"});
    // The next organisation, from another country.
    clickActor("OpenAI");
    QTRY_COMPARE(chartSeries(), QStringList{"United States"});
    QCOMPARE(actors->view()->model()->rowCount(), actorRows);
    // The chip removes the narrowing; the chart has its three countries again.
    QToolButton *remove = nullptr;
    for (QToolButton *b : m_window->filterBar()->chips()->findChildren<QToolButton *>()) {
        if (b->text().contains("OpenAI"))
            remove = b;
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(chartSeries().size(), 3);
    // Narrowing has ended, and the box says so.
    QVERIFY(!narrow->isChecked());
    // Narrowed again, then Reset: no narrowing, no chip, and the box unticked.
    QTest::mouseClick(narrow, Qt::LeftButton);
    clickActor("Kakao");
    QTRY_COMPARE(chartSeries(), QStringList{"South Korea"});
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->state()->filter().focus.isEmpty());
    QVERIFY(!narrow->isChecked());
    QTRY_COMPARE(chartSeries().size(), 3);
    // The search reaches the chart as it reaches the table: a word no observation has empties both.
    QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("zzqx"));
    QTRY_COMPARE(tableRows(), 0);
    QTRY_COMPARE(chartSeries(), QStringList());
}

void TestJourneys::figuresOfModelsOnRequest()
{
    QVERIFY(openWindow(m_dir.filePath("kinds.gapscope")));
    const Dataset &d = m_window->dataset();
    QAbstractItemModel *table = m_window->tablePanel()->view()->model();
    FilterBar *bar = m_window->filterBar();
    const auto entityKindsShown = [&] {
        QSet<QString> kinds;
        for (int r = 0; r < table->rowCount(); ++r) {
            const auto kind = d.entityKind(table->index(r, 0).data(CountryRole).toString());
            kinds.insert(kind ? entityKindId(*kind) : QStringLiteral("?"));
        }
        return kinds;
    };
    // The window opens on countries' figures: no model's, organisation's or cluster's.
    QVERIFY(tableRows() > 0);
    QCOMPARE(entityKindsShown(), QSet<QString>{"country"});
    QCOMPARE(table->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Country"));
    QCOMPARE(bar->entityKindButton()->text(), QStringLiteral("Figures of countries and regions"));
    const int countryRows = tableRows();

    // The user asks for the AI models' figures too: the models of the three countries come in,
    // and the first column says "Entity".
    test::toggleListItem(bar->entityKindList(), "AI models");
    QCOMPARE(m_window->state()->filter().entityKinds, (QSet<QString>{"country", "region", "model"}));
    QTRY_VERIFY(tableRows() > countryRows);
    QCOMPARE(entityKindsShown(), (QSet<QString>{"country", "model"}));
    QCOMPARE(table->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Entity"));
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString entity = table->index(r, 0).data(CountryRole).toString();
        const QStringList countries = d.entityCountries(entity);
        QVERIFY2(countries.contains("USA") || countries.contains("CHN") || countries.contains("KOR"),
                 qPrintable(entity + " counts for " + countries.join(',')));
        // Each model named with its kind; the countries by their names alone.
        const QString shown = table->index(r, 0).data().toString();
        if (d.entityKind(entity) == EntityKind::Model)
            QCOMPARE(shown, d.entityName(entity).en + QStringLiteral(" · AI model"));
        else
            QCOMPARE(shown, d.country(entity)->name.en);
    }
    QCOMPARE(bar->entityKindButton()->text(), QStringLiteral("Figures of: Countries, Regions, AI models"));
    const auto chip = [bar](const QString &text) -> QToolButton * {
        for (QToolButton *b : bar->chips()->findChildren<QToolButton *>()) {
            if (b->text().startsWith(text + "  ×"))
                return b;
        }
        return nullptr;
    };
    QVERIFY(chip("Countries, Regions, AI models"));
    // A model-level figure charts as one line per country of the models (they are many), in the
    // countries' colours: the United States' models on one line.
    m_window->chartPanel()->setIndicator(QStringLiteral("model_training_compute"));
    QTRY_VERIFY2(chartSeries().contains("United States"), qPrintable(m_window->chartPanel()->emptyMessage()));
    QVERIFY(chartSeries().contains("China"));
    QVERIFY(!m_window->chartPanel()->legendLabels().contains("GPT-4"));
    // In Korean, the same choice in Korean words.
    m_languages->setLanguage(Language::Korean);
    QTRY_COMPARE(table->headerData(0, Qt::Horizontal).toString(), QStringLiteral("개체"));
    QVERIFY2(bar->entityKindButton()->text().contains(QStringLiteral("AI 모델")),
             qPrintable(bar->entityKindButton()->text()));
    m_languages->setLanguage(Language::English);

    // Only the models: no country's figure is left.
    test::toggleListItem(bar->entityKindList(), "Countries");
    test::toggleListItem(bar->entityKindList(), "Regions");
    QTRY_COMPARE(entityKindsShown(), QSet<QString>{"model"});

    // The chip puts the default kinds back.
    QTRY_VERIFY(chip("AI models"));
    QTest::mouseClick(chip("AI models"), Qt::LeftButton);
    QTRY_COMPARE(m_window->state()->filter().entityKinds, Filter::defaultEntityKinds());
    QTRY_COMPARE(tableRows(), countryRows);
    QCOMPARE(table->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Country"));
}

void TestJourneys::statusCountAndResetFollowTheFilter()
{
    QVERIFY(openWindow(m_dir.filePath("status.gapscope")));
    const auto shownCount = [this] { return statusCount().section(' ', 0, 0).remove(',').toInt(); };
    QCOMPARE(shownCount(), tableRows());
    test::toggleListItem(m_window->filterBar()->countryList(), "United States");
    QCOMPARE(shownCount(), tableRows());
    m_window->filterBar()->fromYear()->setValue(2020);
    QCOMPARE(shownCount(), tableRows());
    // Reset returns to the view GapScope opens on: three countries, every year.
    QTest::mouseClick(m_window->filterBar()->resetButton(), Qt::LeftButton);
    QCOMPARE(m_window->state()->filter(), Filter::defaultView());
    QCOMPARE(m_window->filterBar()->countryList()->checked(), (QSet<QString>{"USA", "CHN", "KOR"}));
    QTRY_COMPARE(chartSeries().size(), 3);
    QCOMPARE(shownCount(), tableRows());
}

void TestJourneys::settingsLiveUnderTheProgramsName()
{
    // The real program, run as a user runs it: its settings go to a folder named after it.
    QTemporaryDir home;
    // Settings an earlier version left under Qt's "Unknown Organization": moved, and read.
    {
        QSettings old(home.filePath("config/Unknown Organization/gapscope.conf"), QSettings::IniFormat);
        old.setValue("ui/language", "ko");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    env.insert("XDG_DATA_HOME", home.filePath("data"));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    QProcess program;
    program.setProcessEnvironment(env);
    program.start(GAPSCOPE_BINARY, {"--measure-startup"});
    QVERIFY(program.waitForFinished(120000));
    QCOMPARE(program.exitCode(), 0);
    QVERIFY2(QFile::exists(home.filePath("config/GapScope/gapscope.conf")), qPrintable(QDir(home.filePath("config")).entryList().join(',')));
    QVERIFY(!QFile::exists(home.filePath("config/Unknown Organization/gapscope.conf")));
    QCOMPARE(QSettings(home.filePath("config/GapScope/gapscope.conf"), QSettings::IniFormat).value("ui/language").toString(),
             QStringLiteral("ko"));
    QVERIFY(QFile::exists(home.filePath("data/gapscope/workspace.gapscope")));
}

QTEST_MAIN(TestJourneys)
#include "tst_journeys.moc"
