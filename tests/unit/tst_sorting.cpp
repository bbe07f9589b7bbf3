#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "model/ActorTableModel.h"
#include "model/DatasetTableModel.h"
#include "query/ObservationIndex.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "panels/CheckListPopup.h"
#include "panels/FilterBar.h"
#include "panels/RecordTablePanel.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QCollator>
#include <QHeaderView>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

// The orders a user sees in the window on the bundled dataset: tables sorted by a header click,
// the lists of countries, organisations and models, in English and in Korean.
class TestSorting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void valueSortKeepsUnitsApart();
    void indexSortKeepsUnitsApart();
    void countryListByNameInTheLanguage();
    void actorsAndModelsByNameInTheLanguage();
    void headerSortFollowsTheLanguage();
    void selectionStaysOnItsRecordThroughSorts();

private:
    // Clicks the header of `column` in `table` as a user does.
    static void clickHeader(RecordTablePanel *table, int column);
    // The texts of `column` in the order the view shows them.
    static QStringList shown(const QAbstractItemModel *model, int column = 0, int role = Qt::DisplayRole);
    static bool isCollated(const QStringList &texts, Language lang, QString *where);

    QTemporaryDir m_dir;
    Dataset m_bundled;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void TestSorting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName("gapscope-sorting-tests");
    QVERIFY(m_dir.isValid());
    // A new workspace holds the bundled dataset: 117 countries, the organisations and models.
    Store store;
    QVERIFY(store.open(m_dir.filePath("bundled.gapscope")));
    const auto loaded = store.load();
    QVERIFY(loaded);
    m_bundled = *loaded;
    QVERIFY(m_bundled.countries.size() > 100);
}

void TestSorting::init()
{
    QSettings().clear();
    m_languages = new LanguageManager;
    new InterfaceFont(m_languages, m_languages); // as the program does
    m_languages->setLanguage(Language::English);
    m_window = new MainWindow(m_bundled, m_dir.filePath("bundled.gapscope"), m_languages);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSorting::cleanup()
{
    delete m_window;
    delete m_languages;
    m_window = nullptr;
}

void TestSorting::clickHeader(RecordTablePanel *table, int column)
{
    QHeaderView *header = table->view()->horizontalHeader();
    table->view()->scrollTo(table->view()->model()->index(0, column));
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

void TestSorting::selectionStaysOnItsRecordThroughSorts()
{
    // A row clicked, then the table sorted by value both ways and by country: the same record
    // stays selected and current, wherever its row goes, and the window's selection is still it.
    RecordTablePanel *table = m_window->tablePanel();
    QTableView *view = table->view();
    const QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() > 100);
    const int row = model->rowCount() / 2;
    view->scrollTo(model->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(row, 0)).center());
    const QString id = model->index(row, 0).data(IdRole).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_window->state()->selection().id, id);
    for (const int column : {int(ObservationTableModel::ValueColumn), int(ObservationTableModel::ValueColumn),
                             int(ObservationTableModel::CountryColumn)}) {
        clickHeader(table, column);
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(IdRole).toString(), id);
        QCOMPARE(view->currentIndex().data(IdRole).toString(), id);
        QCOMPARE(m_window->state()->selection().id, id);
    }
    QVERIFY(view->currentIndex().row() != row); // the sorts moved it
}

QStringList TestSorting::shown(const QAbstractItemModel *model, int column, int role)
{
    QStringList texts;
    for (int r = 0; r < model->rowCount(); ++r)
        texts.append(model->index(r, column).data(role).toString());
    return texts;
}

bool TestSorting::isCollated(const QStringList &texts, Language lang, QString *where)
{
    const QCollator collator = DatasetTableModel::collator(lang);
    for (qsizetype i = 1; i < texts.size(); ++i) {
        if (collator.compare(texts[i - 1], texts[i]) > 0) {
            *where = texts[i - 1] + QStringLiteral(" before ") + texts[i];
            return false;
        }
    }
    return true;
}

void TestSorting::valueSortKeepsUnitsApart()
{
    RecordTablePanel *table = m_window->tablePanel();
    QAbstractItemModelTester tester(table->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel *model = table->view()->model();
    QSet<QString> units;
    for (int r = 0; r < model->rowCount(); ++r)
        units.insert(model->index(r, 0).data(UnitRole).toString());
    QVERIFY2(units.size() >= 4, "the bundled observations are in USD, KRW, CNY and more");
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        clickHeader(table, ObservationTableModel::ValueColumn);
        QCOMPARE(table->view()->horizontalHeader()->sortIndicatorSection(), int(ObservationTableModel::ValueColumn));
        QCOMPARE(table->view()->horizontalHeader()->sortIndicatorOrder(), order);
        // One run of rows per unit, and in each run the values in order.
        QStringList runs;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString unit = model->index(r, 0).data(UnitRole).toString();
            if (runs.isEmpty() || runs.constLast() != unit) {
                QVERIFY2(!runs.contains(unit), qPrintable(QStringLiteral("%1 comes again at row %2 after %3")
                                                              .arg(unit)
                                                              .arg(r)
                                                              .arg(runs.join(QLatin1String(", ")))));
                runs.append(unit);
                continue;
            }
            const double before = model->index(r - 1, 0).data(ValueRole).toDouble();
            const double here = model->index(r, 0).data(ValueRole).toDouble();
            QVERIFY2(order == Qt::AscendingOrder ? before <= here : before >= here, qPrintable(QString::number(r)));
        }
        QCOMPARE(runs.size(), units.size());
        if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty() && order == Qt::DescendingOrder)
            table->grab().save(shots + "/table-by-value.png");
    }
}

void TestSorting::indexSortKeepsUnitsApart()
{
    ObservationIndex index;
    index.build(m_bundled);
    std::vector<int> rows = index.filter(Filter());
    index.sortByValue(rows);
    QStringList runs;
    for (size_t k = 0; k < rows.size(); ++k) {
        const Observation &o = m_bundled.observations.at(rows[k]);
        const QString unit = m_bundled.indicator(o.indicator)->unit;
        if (runs.isEmpty() || runs.constLast() != unit) {
            QVERIFY2(!runs.contains(unit), qPrintable(unit));
            runs.append(unit);
        } else {
            QVERIFY(m_bundled.observations.at(rows[k - 1]).value <= o.value);
        }
    }
    QVERIFY(std::is_sorted(runs.cbegin(), runs.cend()));
}

void TestSorting::countryListByNameInTheLanguage()
{
    CheckListPopup *list = m_window->filterBar()->countryList();
    const qsizetype countries = m_bundled.countries.size();
    // The countries in the language's order, then the regions in theirs, marked as regions.
    const auto shownCountries = [&](Language lang) {
        const QStringList all = shown(list->list()->model());
        [&] { QCOMPARE(all.size(), countries + m_bundled.regions.size()); }();
        const QStringList regions = all.mid(countries);
        QString where;
        [&] { QVERIFY2(isCollated(regions, lang, &where), qPrintable(where)); }();
        for (const QString &region : regions) {
            [&] {
                QVERIFY2(region.endsWith(lang == Language::Korean ? QStringLiteral(u"(지역)") : QStringLiteral(" (region)")),
                         qPrintable(region));
            }();
        }
        return all.first(countries);
    };
    QStringList names = shownCountries(Language::English);
    QVERIFY(!QTest::currentTestFailed());
    QString where;
    QVERIFY2(isCollated(names, Language::English, &where), qPrintable(where));
    QVERIFY(names.indexOf("United Arab Emirates") > names.indexOf("Turkey"));
    QVERIFY(names.indexOf("China") < names.indexOf("South Korea"));
    // A country checked before a switch of language stays checked in the list in its new order.
    list->setChecked({"KOR"});
    m_languages->setLanguage(Language::Korean);
    names = shownCountries(Language::Korean);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(isCollated(names, Language::Korean, &where), qPrintable(where));
    QVERIFY(names.indexOf(QStringLiteral("대한민국")) < names.indexOf(QStringLiteral("미국")));
    QVERIFY(names.indexOf(QStringLiteral("미국")) < names.indexOf(QStringLiteral("중국")));
    QCOMPARE(list->checked(), QSet<QString>{"KOR"});
    QCOMPARE(m_window->state()->filter().countries, QSet<QString>{"KOR"});
    const int korea = int(names.indexOf(QStringLiteral("대한민국")));
    QCOMPARE(list->list()->model()->index(korea, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    m_languages->setLanguage(Language::English);
    QVERIFY2(isCollated(shownCountries(Language::English), Language::English, &where), qPrintable(where));
}

void TestSorting::actorsAndModelsByNameInTheLanguage()
{
    for (RecordTablePanel *table : {m_window->actorPanel(), m_window->modelPanel()}) {
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString where;
        QVERIFY2(isCollated(shown(table->view()->model()), Language::English, &where), qPrintable(where));
        m_languages->setLanguage(Language::Korean);
        const QStringList korean = shown(table->view()->model());
        QVERIFY2(isCollated(korean, Language::Korean, &where), qPrintable(where));
        if (table == m_window->actorPanel()) {
            QVERIFY(korean.indexOf(QStringLiteral("바이두")) < korean.indexOf(QStringLiteral("알리바바")));
            QVERIFY(korean.indexOf(QStringLiteral("알리바바")) < korean.indexOf(QStringLiteral("앤트로픽")));
        }
        m_languages->setLanguage(Language::English);
        QVERIFY2(isCollated(shown(table->view()->model()), Language::English, &where), qPrintable(where));
    }
}

void TestSorting::headerSortFollowsTheLanguage()
{
    // Names sorted by a click on the header, descending, then the language switched: the rows
    // are sorted again by their new names. Case does not part "interconnects.ai" from "IDC".
    RecordTablePanel *table = m_window->actorPanel();
    const int name = ActorTableModel::NameColumn;
    clickHeader(table, name);
    clickHeader(table, name);
    QCOMPARE(table->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QString where;
    QStringList names = shown(table->view()->model(), name);
    std::reverse(names.begin(), names.end());
    QVERIFY2(isCollated(names, Language::English, &where), qPrintable(where));
    m_languages->setLanguage(Language::Korean);
    names = shown(table->view()->model(), name);
    QVERIFY(names.indexOf(QStringLiteral("앤트로픽")) < names.indexOf(QStringLiteral("알리바바")));
    QVERIFY(names.indexOf(QStringLiteral("알리바바")) < names.indexOf(QStringLiteral("바이두")));
    std::reverse(names.begin(), names.end());
    QVERIFY2(isCollated(names, Language::Korean, &where), qPrintable(where));
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
    {
        m_window->raisePanel("actors");
        m_window->grab().save(shots + "/actors-by-name-ko.png");
    }
    m_languages->setLanguage(Language::English);
}

QTEST_MAIN(TestSorting)
#include "tst_sorting.moc"
