#include "ExplorerFixture.h"
#include "FilterListSupport.h"
#include "model/ComputeClusterTableModel.h"
#include "model/Roles.h"
#include "panels/DetailsPanel.h"
#include "panels/FilterBar.h"

#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace gapscope;

// The compute clusters in the window: the actors panel's third tab, filtered to Korea through the
// filter bar, Samsung SSC4 selected with the mouse and shown in Details, in English and Korean.
class TestClusterPanels : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(); }
    void init();
    void cleanup() { tearDown(); }
    void koreanClusterSelectedShowsInDetails();
    void chineseClusterShowsEpochsCaveat();
    void statusBoxNarrowsTheTab();

private:
    QTableView *view() const { return m_window->clusterPanel()->view(); }
    // The row of the view showing the cluster named `name`, or -1.
    int rowOf(const QString &name) const;
    void select(const QString &name);
    QString details() const { return m_window->detailsPanel()->browser()->toPlainText(); }
};

void TestClusterPanels::init()
{
    QVERIFY(setUp());
    QVERIFY(showWindow(test::bundledDataset(), QStringLiteral("clusters.gapscope")));
    QVERIFY(m_window->raisePanel(QStringLiteral("clusters")));
    QVERIFY(m_window->clusterPanel()->isVisible());
}

int TestClusterPanels::rowOf(const QString &name) const
{
    for (int r = 0; r < view()->model()->rowCount(); ++r) {
        if (view()->model()->index(r, ComputeClusterTableModel::NameColumn).data().toString() == name)
            return r;
    }
    return -1;
}

void TestClusterPanels::select(const QString &name)
{
    const int row = rowOf(name);
    QVERIFY2(row >= 0, qPrintable(name));
    view()->scrollTo(view()->model()->index(row, 0));
    const QRect cell = view()->visualRect(view()->model()->index(row, ComputeClusterTableModel::NameColumn));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestClusterPanels::koreanClusterSelectedShowsInDetails()
{
    auto *tabs = m_window->clusterPanel()->parentWidget()->parentWidget();
    QVERIFY(qobject_cast<QTabWidget *>(tabs));
    QCOMPARE(qobject_cast<QTabWidget *>(tabs)->tabText(2), QStringLiteral("Compute clusters"));
    // The window opens on the United States, China and South Korea: Korea alone.
    test::toggleListItem(m_window->filterBar()->countryList(), "United States");
    test::toggleListItem(m_window->filterBar()->countryList(), "China");
    QCOMPARE(m_window->state()->filter().countries, QSet<QString>{"KOR"});
    int korean = 0;
    for (const ComputeCluster &c : m_window->dataset().clusters)
        korean += c.country == QLatin1String("KOR");
    QCOMPARE(view()->model()->rowCount(), korean);
    for (int r = 0; r < view()->model()->rowCount(); ++r)
        QCOMPARE(view()->model()->index(r, 0).data(CountryRole).toString(), QStringLiteral("KOR"));

    select(QStringLiteral("Samsung SSC4"));
    QCOMPARE(m_window->state()->selection().kind, ExplorerState::Kind::Cluster);
    QString text = details();
    for (const char *expected : {"Samsung SSC4", "Compute cluster", "South Korea", "Existing", "2,496", "Private",
                                 "Confirmed", "GPU Clusters", "CC BY 4.0"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY2(text.contains(QStringLiteral("2025")) && text.contains(QStringLiteral("15")), qPrintable(text));
    m_window->grab().save(QDir::tempPath() + QStringLiteral("/clusters-window-en.png"));

    m_languages->setLanguage(Language::Korean);
    QCOMPARE(qobject_cast<QTabWidget *>(tabs)->tabText(2), QStringLiteral(u"컴퓨팅 클러스터"));
    text = details();
    for (const char *expected : {"Samsung SSC4", "대한민국", "운영 중", "민간", "확인됨", "2025년 6월 15일", "CC BY 4.0"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QCOMPARE(view()->model()->index(rowOf(QStringLiteral("Samsung SSC4")), ComputeClusterTableModel::StatusColumn).data(),
             QVariant(QStringLiteral(u"운영 중")));
    m_window->grab().save(QDir::tempPath() + QStringLiteral("/clusters-window-ko.png"));
}

void TestClusterPanels::chineseClusterShowsEpochsCaveat()
{
    test::toggleListItem(m_window->filterBar()->countryList(), "United States");
    test::toggleListItem(m_window->filterBar()->countryList(), "South Korea");
    select(QStringLiteral("Anonymized Chinese System"));
    QVERIFY2(details().contains(QStringLiteral("anonymises Chinese clusters")), qPrintable(details()));
    m_languages->setLanguage(Language::Korean);
    QVERIFY2(details().contains(QStringLiteral(u"익명")), qPrintable(details()));
}

void TestClusterPanels::statusBoxNarrowsTheTab()
{
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("ClusterStatus"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    const int all = view()->model()->rowCount();
    status->setCurrentIndex(status->findData(QStringLiteral("Planned")));
    QVERIFY(view()->model()->rowCount() > 0);
    QVERIFY(view()->model()->rowCount() < all);
    for (int r = 0; r < view()->model()->rowCount(); ++r)
        QCOMPARE(view()->model()->index(r, 0).data(KindRole).toString(), QStringLiteral("Planned"));
}

QTEST_MAIN(TestClusterPanels)
#include "tst_clusterpanels.moc"
