#include "TestSupport.h"
#include "store/Store.h"
#include "store/WorkspaceLoader.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gapscope;

namespace {

// The observations whose `field` equals another's without sharing its characters.
int unsharedCopies(const ObservationTable &observations, QString Observation::*field)
{
    QHash<QString, const QChar *> first;
    int copies = 0;
    for (const Observation &o : observations) {
        const QString &text = o.*field;
        const auto it = first.constFind(text);
        if (it == first.cend())
            first.insert(text, text.constData());
        else if (*it != text.constData())
            ++copies;
    }
    return copies;
}

int observationVersions(const Dataset &d)
{
    int n = 0;
    for (auto it = d.rowVersions.cbegin(); it != d.rowVersions.cend(); ++it)
        n += it.key().startsWith(QStringLiteral("observations/"));
    return n;
}

} // namespace

// Reading a workspace's observations (StoreReader, WorkspaceLoader): what a million of them cost
// in memory depends on these.
class TestStoreReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void repeatedStringsAreSharedNotCopied();
    void onlyChangedRowVersionsAreKept();
    void aMissingTableIsAClearErrorAndChangesNothing();

private:
    QTemporaryDir m_dir;
};

void TestStoreReader::repeatedStringsAreSharedNotCopied()
{
    const QString path = m_dir.filePath("shared.gapscope");
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const auto whole = store.load();
    QVERIFY(whole && whole->observations.size() > 100);
    const auto base = store.loadWithoutObservations();
    WorkspaceLoader loader;
    QSignalSpy finished(&loader, &WorkspaceLoader::finished);
    loader.start(path, *base);
    QVERIFY(finished.wait(30000));
    QVERIFY2(loader.succeeded(), qPrintable(loader.errorString()));
    const Dataset loaded = loader.takeDataset();
    QCOMPARE(loaded.observations, whole->observations);
    for (const ObservationTable *observations : {&whole->observations, &loaded.observations}) {
        QCOMPARE(unsharedCopies(*observations, &Observation::indicator), 0);
        QCOMPARE(unsharedCopies(*observations, &Observation::country), 0);
        QCOMPARE(unsharedCopies(*observations, &Observation::kind), 0);
        QCOMPARE(unsharedCopies(*observations, &Observation::source), 0);
    }
}

void TestStoreReader::onlyChangedRowVersionsAreKept()
{
    const QString path = m_dir.filePath("versions.gapscope");
    std::optional<Dataset> before;
    {
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        before = store.load();
    }
    QVERIFY(before);
    // Every observation is at its first version: none is kept, Workspace reads a missing one as 1.
    QCOMPARE(observationVersions(*before), 0);
    QVERIFY(!before->rowVersions.isEmpty()); // those of the other records are
    Observation edited = before->observations.at(7);
    edited.value += 1;
    {
        Workspace workspace(*before, path);
        workspace.edit(edited);
        QCOMPARE(workspace.save(), Store::SaveResult::Saved);
    }
    std::optional<Dataset> after;
    {
        Store store;
        QVERIFY(store.open(path));
        after = store.load();
    }
    QVERIFY(after);
    QCOMPARE(observationVersions(*after), 1);
    QCOMPARE(after->rowVersions.value(QStringLiteral("observations/") + edited.id), 2);
    // Saved again from what was read since: no conflict; from what was read before the save: one.
    edited.value += 1;
    {
        Workspace workspace(*after, path);
        workspace.edit(edited);
        QCOMPARE(workspace.save(), Store::SaveResult::Saved);
    }
    {
        Workspace stale(*before, path);
        stale.edit(edited);
        QCOMPARE(stale.save(), Store::SaveResult::Conflict);
    }
}

void TestStoreReader::aMissingTableIsAClearErrorAndChangesNothing()
{
    const QString path = m_dir.filePath("broken.gapscope");
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    const auto base = store.loadWithoutObservations();
    QVERIFY(base);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE observations RENAME TO observations_gone")));
    // Without progress (the query fails) and with it (counting them fails first).
    for (const bool withProgress : {false, true}) {
        Dataset untouched = *base;
        QVERIFY(!store.loadObservations(untouched, withProgress ? [](qint64, qint64) { return true; }
                                                                : std::function<bool(qint64, qint64)>()));
        QVERIFY2(store.errorString().contains(QStringLiteral("broken.gapscope")), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(QStringLiteral("no such table: observations")),
                 qPrintable(store.errorString()));
        QVERIFY(untouched.observations.isEmpty());
        QCOMPARE(untouched.rowVersions, base->rowVersions);
    }
}

QTEST_GUILESS_MAIN(TestStoreReader)
#include "tst_storereader.moc"
