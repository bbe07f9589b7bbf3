#include "ExplorerFixture.h"
#include "workspace/Workspace.h"
#include "edit/ObservationDialog.h"
#include "edit/RecordDialog.h"
#include "edit/RecordFields.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "panels/FilterBar.h"
#include "panels/TimelineView.h"
#include "query/ObservationQuery.h"

#include <QChart>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXYSeries>

using namespace gapscope;

// Editing in the window: observations with undo, redo, save and a conflicting save; the other
// kinds of record; every step of every kind undone and done again.
class TestEditing : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpSuite(); }
    void init() { QVERIFY(setUp()); }
    void cleanup() { tearDown(); }
    void editWithUndoRedoSaveAndConflict();
    void editOtherRecordKinds();
    void undoRedoEveryKind_data();
    void undoRedoEveryKind();
    void yearsFollowTheObservations();
    void chartMovesTheEditedPointInPlace();
};

void TestEditing::editWithUndoRedoSaveAndConflict()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath("edits.gapscope");
    QVERIFY(openWindowOn(workspace));
    const int rows = tableRows();
    const QString id = "private_ai_investment-kor-2023";
    auto shownValue = [this](const QString &record) {
        QAbstractItemModel *m = m_window->tablePanel()->view()->model();
        const QModelIndexList found = m->match(m->index(0, 0), IdRole, record, 1, Qt::MatchExactly);
        return found.isEmpty() ? QString() : found.first().siblingAtColumn(ObservationTableModel::ValueColumn).data().toString();
    };
    const QString original = shownValue(id);
    QVERIFY(!original.isEmpty());

    // Edit the value through the dialog.
    QVERIFY(!m_window->deleteAction()->isEnabled()); // nothing selected yet
    m_window->state()->select(ExplorerState::Kind::Observation, id);
    QVERIFY(m_window->deleteAction()->isEnabled());
    ObservationDialog *dialog = m_window->observationDialog(true);
    QVERIFY(dialog);
    dialog->valueField()->setText("1,000");
    QVERIFY(!dialog->okButton()->isEnabled()); // a thousands separator is not a number
    QVERIFY(dialog->problem().contains("not a number"));
    dialog->valueField()->setText("3000000000");
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(shownValue(id), QStringLiteral("3 billion"));
    QVERIFY(m_window->isWindowModified());

    // Undo and redo, from the Edit menu's actions.
    m_window->workspace()->undoStack()->undo();
    QCOMPARE(shownValue(id), original);
    QVERIFY(!m_window->isWindowModified());
    m_window->workspace()->undoStack()->redo();
    QCOMPARE(shownValue(id), QStringLiteral("3 billion"));

    // Add one: a duplicate date and a missing source are refused until fixed.
    ObservationDialog *add = m_window->observationDialog(false);
    add->indicatorPicker()->setCurrentIndex(add->indicatorPicker()->findData("private_ai_investment"));
    add->entityPicker()->setCurrentIndex(add->entityPicker()->findData("KOR"));
    add->yearField()->setValue(2023);
    add->valueField()->setText("5");
    QVERIFY(add->problem().contains("already has a value"));
    add->yearField()->setValue(2024);
    QVERIFY(add->problem().contains("source"));
    add->sourcePicker()->setCurrentIndex(add->sourcePicker()->findData("cset-owid-private-investment"));
    QVERIFY2(add->problem().isEmpty(), qPrintable(add->problem()));
    QTest::mouseClick(add->okButton(), Qt::LeftButton);
    QCOMPARE(tableRows(), rows + 1);
    const QString added = m_window->state()->selection().id;
    QVERIFY(added.startsWith("user-"));

    // Delete it with the Delete action, undo the delete.
    m_window->deleteAction()->trigger();
    QCOMPARE(tableRows(), rows);
    m_window->workspace()->undoStack()->undo();
    QCOMPARE(tableRows(), rows + 1);

    // Save: one transaction; the workspace then has both.
    QVERIFY2(m_window->saveChanges(), qPrintable(m_window->errorString()));
    QVERIFY(!m_window->isWindowModified());
    {
        Store store;
        QVERIFY(store.open(workspace));
        const auto saved = store.load();
        bool edited = false;
        bool hasAdded = false;
        for (const Observation &o : saved->observations) {
            edited |= o.id == id && o.value == 3e9;
            hasAdded |= o.id == added && o.value == 5;
        }
        QVERIFY(edited && hasAdded);
        // Someone else saves the same record meanwhile (another window, another user).
        Observation theirs;
        for (const Observation &o : saved->observations) {
            if (o.id == id)
                theirs = o;
        }
        theirs.value = 7e9;
        QCOMPARE(store.saveObservation(theirs, *store.rowVersion("observations", id)), Store::SaveResult::Saved);
    }
    // Our next edit of it is refused at save, and kept for us to redo after reloading.
    m_window->state()->select(ExplorerState::Kind::Observation, id);
    ObservationDialog *again = m_window->observationDialog(true);
    again->valueField()->setText("4000000000");
    QTest::mouseClick(again->okButton(), Qt::LeftButton);
    QVERIFY(!m_window->saveChanges());
    QVERIFY2(m_window->errorString().contains("someone else") && m_window->errorString().contains(id), qPrintable(m_window->errorString()));
    QVERIFY(m_window->isWindowModified());
    Store check;
    QVERIFY(check.open(workspace));
    bool theirsKept = false;
    const auto after = check.load();
    for (const Observation &o : after->observations)
        theirsKept |= o.id == id && o.value == 7e9;
    QVERIFY(theirsKept);
    m_window->workspace()->undoStack()->undo(); // leave the window clean for cleanup()
}

void TestEditing::editOtherRecordKinds()
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath("records.gapscope");
    QVERIFY(openWindowOn(workspace));

    // A new event: complete only with its text in both languages and a source.
    RecordDialog *add = m_window->recordDialog(RecordKind::Event, false);
    add->setValue("date", "2026-09");
    add->setValue("country", "KOR");
    add->setValue("kind", "policy");
    add->setValue("text", QStringList{"AI Safety Institute expands", ""});
    QVERIFY2(add->problem().contains("Korean"), qPrintable(add->problem()));
    QVERIFY(!add->okButton()->isEnabled());
    add->setValue("text", QStringList{"AI Safety Institute expands", "AI안전연구소 확대"});
    QVERIFY(add->problem().contains("source"));
    add->setValue("date", "2026-13");
    add->setValue("source", "b-korea");
    QVERIFY(add->problem().contains("YYYY-MM"));
    add->setValue("date", "2026-09");
    QVERIFY2(add->problem().isEmpty(), qPrintable(add->problem()));
    const QString eventId = recordId(add->record());
    if (const QString shots = qEnvironmentVariable("GAPSCOPE_SCREENSHOTS"); !shots.isEmpty())
        add->grab().save(shots + "/record-dialog.png");
    QTest::mouseClick(add->okButton(), Qt::LeftButton);
    QVERIFY(m_window->timeline()->visibleEvents().contains(eventId));

    // Edit a SWOT item of Korea's.
    QString swotId;
    for (const SwotItem &s : m_window->dataset().swot) {
        if (s.country == "KOR" && s.quadrant == 'T')
            swotId = s.id;
    }
    m_window->state()->select(ExplorerState::Kind::Swot, swotId);
    QVERIFY(m_window->editAction()->isEnabled());
    RecordDialog *edit = m_window->recordDialog(RecordKind::Swot, true);
    QVERIFY(edit);
    edit->setValue("text", QStringList{"Edited threat", "편집한 위협"});
    QTest::mouseClick(edit->okButton(), Qt::LeftButton);
    bool edited = false;
    for (const SwotItem &s : m_window->dataset().swot)
        edited |= s.id == swotId && s.text.ko == QStringLiteral("편집한 위협");
    QVERIFY(edited);

    // An organisation with models is not deleted; an event is, and comes back on undo.
    m_window->state()->select(ExplorerState::Kind::Actor, "naver");
    QVERIFY(!m_window->deleteSelected());
    QVERIFY(m_window->dataset().actor("naver"));
    m_window->state()->select(ExplorerState::Kind::Event, "ev-chn-2016-strategic-industry");
    QVERIFY(m_window->deleteSelected());
    QVERIFY(!m_window->timeline()->visibleEvents().contains("ev-chn-2016-strategic-industry"));
    m_window->workspace()->undoStack()->undo();
    QVERIFY(m_window->timeline()->visibleEvents().contains("ev-chn-2016-strategic-industry"));

    // Saved in one go; the edited bundled item keeps its origin and counts as edited.
    QVERIFY2(m_window->saveChanges(), qPrintable(m_window->errorString()));
    Store store;
    QVERIFY(store.open(workspace));
    const auto saved = store.load();
    bool hasEvent = false;
    for (const Event &e : saved->events)
        hasEvent |= e.id == eventId && e.text.ko == QStringLiteral("AI안전연구소 확대");
    QVERIFY(hasEvent);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT origin, edited, row_version FROM swot_items WHERE id = '%1'").arg(swotId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("bundled"));
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toInt(), 2);
}

void TestEditing::undoRedoEveryKind_data()
{
    QTest::addColumn<int>("kindValue");
    QTest::newRow("source") << int(RecordKind::Source);
    QTest::newRow("organisation") << int(RecordKind::Actor);
    QTest::newRow("AI model") << int(RecordKind::Model);
    QTest::newRow("event") << int(RecordKind::Event);
    QTest::newRow("assessment") << int(RecordKind::Assessment);
    QTest::newRow("SWOT item") << int(RecordKind::Swot);
}

void TestEditing::undoRedoEveryKind()
{
    QFETCH(int, kindValue);
    const RecordKind kind = RecordKind(kindValue);
    // A complete record of this kind, through the form.
    RecordDialog *dialog = m_window->recordDialog(kind, false);
    for (const RecordFields::Field &f : RecordFields::fields(kind)) {
        if (f.input == RecordFields::Input::Text || f.input == RecordFields::Input::LongText)
            dialog->setValue(f.key, QStringList{"Test " + f.key, "시험 " + f.key});
        else if (f.input == RecordFields::Input::Source)
            dialog->setValue(f.key, "a-1");
        else if (f.key == "document" || f.key == "date")
            dialog->setValue(f.key, f.key == "date" ? "2026-01" : "A report");
    }
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    const Record added = dialog->record();
    delete dialog;
    Workspace *edits = m_window->workspace();
    const RecordKind table = recordKind(added);
    const QString id = recordId(added);

    edits->add(added);
    QVERIFY(edits->record(table, id));
    // Changed, then every step taken back and done again.
    QVariantMap values = RecordFields::toMap(added);
    const QString textKey = values.contains("text") ? "text" : values.contains("name") ? "name" : "title";
    values.insert(textKey, QStringList{"Changed", "바뀜"});
    edits->edit(RecordFields::fromMap(kind, values));
    QCOMPARE(RecordFields::toMap(*edits->record(table, id)).value(textKey).toStringList().value(1), QStringLiteral("바뀜"));
    edits->remove(table, id);
    QVERIFY(!edits->record(table, id));
    edits->undoStack()->undo(); // the delete
    QCOMPARE(RecordFields::toMap(*edits->record(table, id)).value(textKey).toStringList().value(1), QStringLiteral("바뀜"));
    edits->undoStack()->undo(); // the change
    QVERIFY(*edits->record(table, id) == added);
    edits->undoStack()->undo(); // the addition
    QVERIFY(!edits->record(table, id));
    QVERIFY(!edits->isDirty());
    edits->undoStack()->redo();
    edits->undoStack()->redo();
    edits->undoStack()->redo();
    QVERIFY(!edits->record(table, id));
    QCOMPARE(edits->changes().added.size(), 0); // added and deleted again: nothing to save
    edits->undoStack()->undo();
    QCOMPARE(edits->changes().added.size(), 1);
    edits->undoStack()->setIndex(0);
}

namespace {

// Every point of every series of `chart`, in the chart's order, as x and y exactly; and the
// series' names, to tell them apart in a failure.
QList<double> chartPoints(const QChart *chart)
{
    QList<double> points;
    for (const QAbstractSeries *series : chart->series()) {
        if (const auto *xy = qobject_cast<const QXYSeries *>(series)) {
            points.append(double(xy->count()));
            for (const QPointF &p : xy->points())
                points << p.x() << p.y();
        }
    }
    return points;
}

QStringList seriesNames(const QChart *chart)
{
    QStringList names;
    for (const QAbstractSeries *series : chart->series())
        names.append(series->name());
    return names;
}

} // namespace

void TestEditing::chartMovesTheEditedPointInPlace()
{
    // An edit through the dialog, and its undo, move the changed point of the line chart's series
    // where they are (the same series objects) when the curves and axes stay as they were; the
    // chart then shows exactly what a chart built afresh on the same rows shows. An edit that
    // changes the value axis builds the chart again, still exactly as afresh. The table keeps
    // the edited row selected throughout.
    QTemporaryDir dir;
    QVERIFY(openWindowOn(dir.filePath("inplace.gapscope")));
    const QString id = "private_ai_investment-kor-2023";
    m_window->state()->select(ExplorerState::Kind::Observation, id);
    ChartPanel *panel = m_window->chartPanel();
    QCOMPARE(panel->indicator(), QStringLiteral("private_ai_investment"));
    QCOMPARE(panel->kind(), ChartPanel::Kind::Line);
    const QChart *chart = panel->chart();
    // The series drawn, followed: a chart built again deletes them.
    const QList<QAbstractSeries *> drawn = chart->series();
    QVERIFY(drawn.size() > 2);
    QList<QPointer<QAbstractSeries>> kept;
    for (QAbstractSeries *series : drawn)
        kept.append(series);
    auto allKept = [&kept] { return std::all_of(kept.begin(), kept.end(), [](const auto &p) { return !p.isNull(); }); };
    const QList<double> before = chartPoints(chart);
    const double value = m_window->dataset().observations.at(m_window->dataset().rowOf(RecordKind::Observation, id)).value;
    QVERIFY(value > 0);

    auto freshly = [this] {
        ChartPanel fresh(m_window->query(), m_window->state());
        fresh.setIndicator(QStringLiteral("private_ai_investment"));
        return std::pair{chartPoints(fresh.chart()), seriesNames(fresh.chart())};
    };
    auto selectedId = [this] {
        const QModelIndexList rows = m_window->tablePanel()->view()->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data(IdRole).toString() : QString();
    };
    // The chart on screen is drawn in the event loop's next turn: waited for, as it comes.
    auto drawnAgain = [panel] {
        QVERIFY(panel->redrawPending());
        QTRY_VERIFY(!panel->redrawPending());
    };
    auto edit = [this, &drawnAgain](double to) {
        ObservationDialog *dialog = m_window->observationDialog(true);
        QVERIFY(dialog);
        dialog->valueField()->setText(QString::number(to, 'g', 17));
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problem()));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        drawnAgain();
    };
    QCOMPARE(selectedId(), id);

    // A little more: the same series, one point moved.
    edit(value * 1.02);
    QVERIFY(allKept());
    QCOMPARE(chart->series(), drawn);
    const QList<double> edited = chartPoints(chart);
    QVERIFY(edited != before);
    QCOMPARE(edited.size(), before.size());
    const auto afterEdit = freshly();
    QCOMPARE(edited, afterEdit.first);
    QCOMPARE(seriesNames(chart), afterEdit.second);
    QCOMPARE(selectedId(), id);

    // Undone: the same series again, as before the edit.
    m_window->workspace()->undoStack()->undo();
    drawnAgain();
    QVERIFY(allKept());
    QCOMPARE(chart->series(), drawn);
    QCOMPARE(chartPoints(chart), before);
    QCOMPARE(chartPoints(chart), freshly().first);
    QCOMPARE(selectedId(), id);

    // Far beyond every other value: the value axis grows, so the chart is built again.
    m_window->workspace()->undoStack()->redo();
    drawnAgain();
    edit(value * 1000);
    QVERIFY(!allKept());
    const auto afterGrowth = freshly();
    QCOMPARE(chartPoints(chart), afterGrowth.first);
    QCOMPARE(seriesNames(chart), afterGrowth.second);
    QCOMPARE(selectedId(), id);
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"

void TestEditing::yearsFollowTheObservations()
{
    // The filter bar's years reach the observations' years, as the query keeps them: a value added
    // three years after the last one widens the range, and undoing it narrows it again.
    QTemporaryDir dir;
    QVERIFY(openWindowOn(dir.filePath("years.gapscope")));
    FilterBar *bar = m_window->filterBar();
    const int last = bar->lastYear();
    QCOMPARE(bar->toYear()->maximum(), last);
    QCOMPARE(bar->toYear()->value(), last); // the filter reaches the last year
    QVERIFY(m_window->query()->lastYear() <= last);
    const int later = last + 3;

    ObservationDialog *add = m_window->observationDialog(false);
    add->indicatorPicker()->setCurrentIndex(add->indicatorPicker()->findData("private_ai_investment"));
    add->entityPicker()->setCurrentIndex(add->entityPicker()->findData("KOR"));
    add->yearField()->setValue(later);
    add->valueField()->setText("5");
    add->sourcePicker()->setCurrentIndex(add->sourcePicker()->findData("cset-owid-private-investment"));
    QVERIFY2(add->problem().isEmpty(), qPrintable(add->problem()));
    QTest::mouseClick(add->okButton(), Qt::LeftButton);
    QCOMPARE(m_window->query()->lastYear(), later);
    QCOMPARE(bar->lastYear(), later);
    QCOMPARE(bar->toYear()->maximum(), later);
    QCOMPARE(bar->toYear()->value(), later); // still the whole range
    QCOMPARE(m_window->state()->filter().yearTo, 0);
    const QString added = m_window->state()->selection().id;
    QVERIFY(m_window->query()->contains(int(m_window->dataset().rowOf(RecordKind::Observation, added))));

    m_window->workspace()->undoStack()->undo();
    QCOMPARE(bar->lastYear(), last);
    QCOMPARE(bar->toYear()->maximum(), last);
    QCOMPARE(bar->toYear()->value(), last);
}
