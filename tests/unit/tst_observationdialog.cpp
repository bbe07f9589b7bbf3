#include "ExplorerFixture.h"
#include "edit/ObservationDialog.h"
#include "model/ExplorerState.h"
#include "model/ObservationTableModel.h"
#include "model/Roles.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXYSeries>

using namespace gapscope;

// The observation dialog for every kind of entity (issue 15): opened from the table's row of an AI
// model's figure, it offers the kinds the filter shows and that model, changes its figure through
// the undo stack (the table and the chart follow), and offers the month and day only as far as
// the indicator allows, refusing a date finer than that.
class TestObservationDialog : public QObject, private test::ExplorerFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setUpSuite();
        QVERIFY(m_dir.isValid());
    }
    void init();
    void cleanup() { tearDown(); }
    void editAModelsFigureFromTheTable();
    void datesAsFineAsTheIndicatorAllows();

private:
    // The dialog the Edit or Add action opened, shown.
    ObservationDialog *openedDialog();
    QString shownValue(const QString &id) const;
    // Every point the chart draws, as "x,y".
    QStringList chartPoints() const;

    QTemporaryDir m_dir;
};

namespace {

const QString exaone = QStringLiteral("model_training_compute-epoch-exaone-4-0-32b");

} // namespace

void TestObservationDialog::init()
{
    QSettings().clear();
    m_languages = new LanguageManager;
    new InterfaceFont(m_languages, m_languages);
    m_languages->setLanguage(Language::English);
    QVERIFY(openWindowOn(m_dir.filePath(QStringLiteral("dialog.gapscope"))));
    // Korea's AI models' training compute, as a user picks them in the filter.
    Filter f = Filter::defaultView();
    f.countries = {QStringLiteral("KOR")};
    f.entityKinds = {QStringLiteral("model")};
    f.indicators = {QStringLiteral("model_training_compute")};
    m_window->state()->setFilter(f);
    QCoreApplication::processEvents();
    m_window->chartPanel()->setIndicator(QStringLiteral("model_training_compute"));
    QCoreApplication::processEvents();
}

ObservationDialog *TestObservationDialog::openedDialog()
{
    auto *dialog = m_window->findChild<ObservationDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

QString TestObservationDialog::shownValue(const QString &id) const
{
    QAbstractItemModel *m = m_window->tablePanel()->view()->model();
    const QModelIndexList found = m->match(m->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    return found.isEmpty() ? QString() : found.first().siblingAtColumn(ObservationTableModel::ValueColumn).data().toString();
}

QStringList TestObservationDialog::chartPoints() const
{
    QStringList points;
    for (QAbstractSeries *s : m_window->chartPanel()->chart()->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            for (const QPointF &p : xy->points())
                points.append(QStringLiteral("%1,%2").arg(p.x(), 0, 'g', 12).arg(p.y(), 0, 'g', 12));
        }
    }
    points.sort();
    return points;
}

void TestObservationDialog::editAModelsFigureFromTheTable()
{
    QTableView *table = m_window->tablePanel()->view();
    const QModelIndexList found = table->model()->match(table->model()->index(0, 0), IdRole, exaone, 1, Qt::MatchExactly);
    QVERIFY2(!found.isEmpty(), "EXAONE 4.0's training compute is not in the table");
    const QString before = shownValue(exaone);
    const QStringList chartBefore = chartPoints();
    QVERIFY2(!chartBefore.isEmpty(), qPrintable(m_window->chartPanel()->indicator()));

    // Its row, clicked; then Edit.
    table->scrollTo(found.first());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(found.first()).center());
    QCOMPARE(m_window->state()->selection().id, exaone);
    QVERIFY(m_window->editAction()->isEnabled());
    m_window->editAction()->trigger();
    ObservationDialog *dialog = openedDialog();
    QVERIFY(dialog);
    // The model, among the kinds the filter shows, its date to the day.
    QCOMPARE(dialog->kindPicker()->currentData().toString(), QStringLiteral("model"));
    QCOMPARE(dialog->kindPicker()->count(), 1);
    const QString modelId = m_window->dataset().observations.at(m_window->dataset().rowOf(RecordKind::Observation, exaone)).country;
    QCOMPARE(dialog->entityPicker()->currentData().toString(), modelId);
    QCOMPARE(dialog->entityPicker()->currentText(), QStringLiteral("EXAONE 4.0 (32B)"));
    QCOMPARE(dialog->dayField()->value(), 15);
    QVERIFY(dialog->dayField()->isEnabled());

    // The search narrows the models to those named so, the one picked kept.
    QTest::keyClicks(dialog->entitySearch(), QStringLiteral("exaone 4"));
    QVERIFY(dialog->entityPicker()->count() >= 1);
    for (int i = 0; i < dialog->entityPicker()->count(); ++i)
        QVERIFY2(dialog->entityPicker()->itemText(i).contains("EXAONE 4", Qt::CaseInsensitive), qPrintable(dialog->entityPicker()->itemText(i)));
    QCOMPARE(dialog->entityPicker()->currentData().toString(), modelId);
    // However long the names of the sources and models, the dialog stays a dialog's width.
    QVERIFY2(dialog->sizeHint().width() <= 720, qPrintable(QString::number(dialog->sizeHint().width())));

    // A new figure, accepted with the keyboard's events.
    dialog->valueField()->selectAll();
    QTest::keyClicks(dialog->valueField(), QStringLiteral("5e24"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    QTRY_VERIFY(!m_window->findChild<ObservationDialog *>());
    QCOMPARE(m_window->dataset().observations.at(m_window->dataset().rowOf(RecordKind::Observation, exaone)).value, 5e24);
    QCOMPARE(m_window->dataset().observations.at(m_window->dataset().rowOf(RecordKind::Observation, exaone)).day, 15);
    QTRY_VERIFY(shownValue(exaone) != before);
    QVERIFY2(shownValue(exaone).contains("5"), qPrintable(shownValue(exaone)));
    QTRY_VERIFY(chartPoints() != chartBefore);

    // Undone: the table and the chart as they were.
    QVERIFY(m_window->workspace()->undoStack()->canUndo());
    m_window->workspace()->undoStack()->undo();
    QCoreApplication::processEvents();
    QTRY_COMPARE(shownValue(exaone), before);
    QTRY_COMPARE(chartPoints(), chartBefore);
}

void TestObservationDialog::datesAsFineAsTheIndicatorAllows()
{
    for (const Language lang : {Language::English, Language::Korean}) {
        m_languages->setLanguage(lang);
        m_window->observationDialog(false)->open();
        ObservationDialog *dialog = openedDialog();
        QVERIFY(dialog);
        auto pick = [dialog](const char *indicator) {
            dialog->indicatorPicker()->setCurrentIndex(dialog->indicatorPicker()->findData(QLatin1String(indicator)));
        };
        // A new figure starts with the filter's kinds: models and (for its default) Korea's country.
        QVERIFY(dialog->kindPicker()->findData("model") >= 0);
        pick("private_ai_investment"); // yearly
        QVERIFY(!dialog->monthField()->isEnabled());
        QVERIFY(!dialog->dayField()->isEnabled());
        pick("hf_open_model_downloads"); // monthly
        QVERIFY(dialog->monthField()->isEnabled());
        QVERIFY(!dialog->dayField()->isEnabled());
        dialog->monthField()->setValue(3);
        pick("model_training_compute"); // to the day
        QVERIFY(dialog->dayField()->isEnabled());
        dialog->dayField()->setValue(31);
        // The 31st of March exists; it is refused of a yearly indicator, until cleared.
        dialog->yearField()->setValue(2035);
        dialog->valueField()->setText("1");
        dialog->sourcePicker()->setCurrentIndex(1);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        pick("private_ai_investment");
        QVERIFY(!dialog->okButton()->isEnabled());
        if (lang == Language::English)
            QVERIFY2(dialog->problem().contains("2035-03-31 is finer than the indicator \"private_ai_investment\" allows: "
                                                "its figures are dated to the year"),
                     qPrintable(dialog->problem()));
        else
            QVERIFY2(dialog->problem().contains(QStringLiteral(u"연 단위")), qPrintable(dialog->problem()));
        QVERIFY(dialog->monthField()->isEnabled()); // to clear it
        QVERIFY(dialog->dayField()->isEnabled());
        dialog->dayField()->setValue(0);
        QVERIFY(!dialog->dayField()->isEnabled());
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->monthField()->setValue(0);
        QVERIFY(!dialog->monthField()->isEnabled());
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problem()));
        // A day the month has not.
        pick("model_training_compute");
        dialog->monthField()->setValue(2);
        dialog->dayField()->setValue(30);
        QVERIFY(!dialog->okButton()->isEnabled());
        pick("model_training_compute");
        dialog->reject();
        delete dialog;
    }
}

QTEST_MAIN(TestObservationDialog)
#include "tst_observationdialog.moc"
