#include "TestSupport.h"
#include "model/ActorTableModel.h"
#include "model/AssessmentMatrixModel.h"
#include "model/EventTableModel.h"
#include "model/ObservationTableModel.h"
#include "query/ObservationQuery.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gapscope;

// The Workspace's incremental path at 100,000 observations: an edit, an add and a delete, each
// undone and done again, reach the models row by row (no reset), rebuild no index, and leave the
// filtered rows and the table's sorted rows exactly as a fresh build over the same records has them.
class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void editsAtScaleAreIncremental();

private:
    // The rows a fresh index and a fresh model, built now from `w`'s records, have for `f`.
    static void compareWithFreshBuild(const Workspace &w, const ObservationQuery &query,
                                      const ObservationTableModel &table, const Filter &f);
};

void TestWorkspace::compareWithFreshBuild(const Workspace &w, const ObservationQuery &query,
                                          const ObservationTableModel &table, const Filter &f)
{
    ObservationIndex fresh;
    fresh.build(w.dataset());
    QCOMPARE(query.rows(), ObservationQuery::run(w.dataset(), fresh, f));
    ObservationTableModel freshTable;
    freshTable.setDataset(&w.dataset());
    freshTable.setFilter(f);
    freshTable.sort(ObservationTableModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(table.rowCount(), freshTable.rowCount());
    QCOMPARE(table.rowCount(), query.count());
    for (int r = 0; r < table.rowCount(); ++r) {
        if (table.recordAt(r) != freshTable.recordAt(r))
            QFAIL(qPrintable(QStringLiteral("row %1: record %2, a fresh build has %3")
                                 .arg(r)
                                 .arg(table.recordAt(r))
                                 .arg(freshTable.recordAt(r))));
    }
}

void TestWorkspace::editsAtScaleAreIncremental()
{
    Dataset d = test::miniDataset();
    const QStringList indicators{"private_ai_investment", "hf_open_model_downloads"};
    const QStringList countries{"KOR", "USA", "CHN"};
    const QString source = d.sources.constFirst().id;
    for (int i = 0; i < 100000; ++i) {
        Observation o;
        o.id = QStringLiteral("pad-%1").arg(i);
        o.indicator = indicators.at(i % 2);
        o.country = countries.at((i / 2) % 3);
        o.year = 1900 + (i / 6) % 130;
        o.value = double((i * 7919) % 100003) + 0.5;
        o.kind = QStringLiteral("measured");
        o.source = source;
        d.observations.append(o);
    }
    QTemporaryDir dir;
    Workspace workspace(d, dir.filePath("scale.gapscope"));
    Filter f;
    f.countries = {"KOR", "USA"};
    f.yearFrom = 1950;

    ObservationQuery query(workspace.dataset(), workspace.index());
    query.follow(&workspace);
    query.setFilter(f);
    ObservationTableModel table;
    table.setQuery(&query);
    table.follow(&workspace);
    table.setFilter(f);
    table.sort(ObservationTableModel::ValueColumn, Qt::DescendingOrder);
    ActorTableModel actors;
    EventTableModel events;
    AssessmentMatrixModel assessments;
    for (DatasetTableModel *m : std::initializer_list<DatasetTableModel *>{&actors, &events, &assessments}) {
        m->follow(&workspace);
        m->setFilter(f);
    }
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<QSignalSpy *> resets;
    for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{&table, &actors, &events, &assessments})
        resets.append(new QSignalSpy(m, &QAbstractItemModel::modelReset));
    QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&table, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&table, &QAbstractItemModel::rowsMoved);
    const int builds = workspace.index().builds();
    QCOMPARE(builds, 1);
    compareWithFreshBuild(workspace, query, table, f);
    const int shown = table.rowCount();
    QVERIFY(shown > 40000 && shown < 60000);

    auto check = [&] {
        for (QSignalSpy *spy : std::as_const(resets))
            QCOMPARE(spy->count(), 0);
        QCOMPARE(workspace.index().builds(), builds);
        compareWithFreshBuild(workspace, query, table, f);
    };
    const auto at = [&](const QString &id) { return workspace.dataset().observations.at(workspace.dataset().rowOf(RecordKind::Observation, id)); };

    // A value edited in place: one row changes, and moves to its place in the value order.
    // (pad-i is in Korea, the United States or China by (i / 2) % 3, in the year 1900 + (i / 6) % 130.)
    Observation edited = at("pad-300");
    QVERIFY(query.contains(int(workspace.dataset().rowOf(RecordKind::Observation, "pad-300"))));
    edited.value = 1e12;
    workspace.edit(edited);
    check();
    QVERIFY(changed.count() > 0);
    QCOMPARE(moved.count(), 1);
    // Edited out of the filter (to China) and another edited into it (to Korea).
    Observation out = at("pad-302");
    QVERIFY(query.contains(int(workspace.dataset().rowOf(RecordKind::Observation, "pad-302"))));
    out.country = "CHN";
    workspace.edit(out);
    check();
    QCOMPARE(table.rowCount(), shown - 1);
    Observation in = at("pad-304");
    QCOMPARE(in.country, QStringLiteral("CHN"));
    in.country = "KOR";
    workspace.edit(in);
    check();
    QCOMPARE(table.rowCount(), shown);
    // Added, then one removed.
    Observation added = at("pad-300");
    added.id = "added";
    added.year = 2031;
    workspace.add(added);
    check();
    QCOMPARE(table.rowCount(), shown + 1);
    workspace.remove(RecordKind::Observation, "pad-600");
    check();
    QCOMPARE(table.rowCount(), shown);
    QVERIFY(inserted.count() >= 2);
    QVERIFY(removed.count() >= 2);

    // Every step undone, then done again, each as incremental as the first time.
    QUndoStack *stack = workspace.undoStack();
    QCOMPARE(stack->count(), 5);
    while (stack->canUndo()) {
        stack->undo();
        check();
    }
    QCOMPARE(table.rowCount(), shown);
    QCOMPARE(at("pad-300").value, d.observations.at(d.rowOf(RecordKind::Observation, "pad-300")).value);
    QCOMPARE(workspace.dataset().rowOf(RecordKind::Observation, "added"), -1);
    while (stack->canRedo()) {
        stack->redo();
        check();
    }
    QCOMPARE(table.rowCount(), shown);
    QCOMPARE(workspace.dataset().rowOf(RecordKind::Observation, "pad-600"), -1);
    qDeleteAll(resets);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
