#include "ImportRecordsSupport.h"
#include "TestSupport.h"
#include "io/ImportFormat.h"
#include "io/ImportReader.h"
#include "store/Store.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gapscope;

// What a table of one row per record does with the rows that match records of the workspace: the
// fields a record has empty filled, those it has kept (and each other value listed), columns with
// no field left out; in the document, saved with the import and undone as one step.
class TestImportMatched : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchedFields_data();
    void matchedFields();
    void workspaceUndoAndSave();

private:
    QString write(const QString &name, const QByteArray &content) const;

    QTemporaryDir m_dir;
    Dataset m_dataset;
    const AiModel *m_epochModel = nullptr; // test::epochModelWithFields()
    // The bundled records with fields set here, some empty: a model, a cluster, two organisations.
    Dataset m_matched;
    qsizetype m_model = -1, m_cluster = -1;
};

void TestImportMatched::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataset = test::bundledDataset();
    m_epochModel = test::epochModelWithFields(m_dataset);
    QVERIFY(m_epochModel);
    m_matched = m_dataset;
    m_model = m_matched.rowOf(RecordKind::Model, m_epochModel->id);
    AiModel &m = m_matched.models[m_model];
    m.domain = "Language";
    m.link = "https://example.org/model";
    m.task.clear();
    m.accessibility.clear();
    m.openWeights.reset();
    m.confidence.clear();
    for (qsizetype i = 0; i < m_matched.clusters.size() && m_cluster < 0; ++i) {
        const ComputeCluster &c = m_matched.clusters.at(i);
        const QString text = c.name.en + c.owners.value(0);
        if (!c.owners.isEmpty() && !text.contains('"') && !text.contains(','))
            m_cluster = i;
    }
    QVERIFY(m_cluster >= 0);
    ComputeCluster &c = m_matched.clusters[m_cluster];
    c.status = "Existing";
    c.certainty = "Confirmed";
    c.sector.clear();
    c.decommissioned.clear();
    m_matched.actors[0].country.clear();
    m_matched.actors[1].country = "USA";
}

QString TestImportMatched::write(const QString &name, const QByteArray &content) const
{
    return test::writeFile(m_dir.filePath(name), content);
}

// Rows matching records of the workspace fill the fields they have empty, keep (and list) those
// they have otherwise, and say nothing of the same value; columns with no field go nowhere.
void TestImportMatched::matchedFields_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("filled"); // "ID FIELD=VALUE" of each field filled
    QTest::addColumn<QStringList>("kept");

    const AiModel &m = m_matched.models.at(m_model);
    const QString developer = m_matched.actor(m.developer)->name.en;
    QTest::newRow("a model: empty fields filled, another domain kept, the same link silent")
        << QStringLiteral("Model,Organization,Domain,Task,Model accessibility,Link,Notes\n"
                          "\"%1\",\"%2\",Multimodal,Chat,Open weights (unrestricted),https://example.org/model,seen again\n")
               .arg(m.epochName, developer)
               .toUtf8()
        << "model"
        << QStringList{m.id + " task=Chat", m.id + " accessibility=Open weights (unrestricted)", m.id + " openWeights=true"}
        << QStringList{m.epochName + " (model): field 'domain' keeps 'Language', the file says 'Multimodal'"};
    QTest::newRow("a model: every field as the workspace has it, and a new model")
        << QStringLiteral("Model,Organization,Domain,Link\n\"%1\",\"%2\",Language,https://example.org/model\n"
                          "Zeta,\"%2\",Language,\n")
               .arg(m.epochName, developer)
               .toUtf8()
        << "model" << QStringList() << QStringList();
    const ComputeCluster &c = m_matched.clusters.at(m_cluster);
    QTest::newRow("a cluster")
        << QStringLiteral("Name,Owner,Status,Sector,Certainty,Decommissioned date (if applicable),Notes\n"
                          "\"%1\",\"%2\",Planned,Private,Confirmed,2031-01,rumoured\n")
               .arg(c.name.en, c.owners.constFirst())
               .toUtf8()
        << "cluster" << QStringList{c.id + " sector=Private", c.id + " decommissioned=2031-01"}
        << QStringList{c.name.en + " (cluster): field 'status' keeps 'Existing', the file says 'Planned'"};
    const Actor &empty = m_matched.actors.at(0);
    const Actor &american = m_matched.actors.at(1);
    QTest::newRow("organisations: an empty country filled, another kept")
        << QStringLiteral("Organization,Country,Kind\n\"%1\",Japan,Lab\n\"%2\",South Korea,Lab\n")
               .arg(empty.name.en, american.name.en)
               .toUtf8()
        << "organisation" << QStringList{empty.id + " country=JPN"}
        << QStringList{american.name.en + " (organisation): field 'country' keeps 'USA', the file says 'KOR'"};
}

void TestImportMatched::matchedFields()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, kind);
    QFETCH(QStringList, filled);
    QFETCH(QStringList, kept);
    ImportReader reader(m_matched);
    const auto batch = reader.read(write("matched.csv", content), test::recordsOptions(kind, {}, {}));
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QCOMPARE(batch->matchedRecords.size(), kind == "organisation" ? 2 : 1);
    // Each field of a filled record that differs from the workspace's, with the version read.
    QStringList changed;
    auto differences = [&changed](const QString &id, const auto &before, const auto &after, const auto &members) {
        for (const auto &m : members) {
            if (before.*(m.second) != after.*(m.second))
                changed << id + " " + m.first + "=" + after.*(m.second);
        }
    };
    using M = QList<std::pair<QString, QString AiModel::*>>;
    for (const auto &f : batch->filledModels) {
        const AiModel &before = m_matched.models.at(m_matched.rowOf(RecordKind::Model, f.first.id));
        differences(f.first.id, before, f.first,
                    M{{"domain", &AiModel::domain}, {"task", &AiModel::task}, {"accessibility", &AiModel::accessibility},
                      {"link", &AiModel::link}, {"confidence", &AiModel::confidence}});
        if (before.openWeights != f.first.openWeights)
            changed << f.first.id + " openWeights=" + (f.first.openWeights.value_or(false) ? "true" : "false");
        // Columns with no field of the record are not appended to its description.
        QCOMPARE(f.first.description, before.description);
        QCOMPARE(f.second, m_matched.rowVersions.value("ai_models/" + f.first.id, 1));
    }
    using C = QList<std::pair<QString, QString ComputeCluster::*>>;
    for (const auto &f : batch->filledClusters)
        differences(f.first.id, m_matched.clusters.at(m_matched.rowOf(RecordKind::Cluster, f.first.id)), f.first,
                    C{{"status", &ComputeCluster::status}, {"sector", &ComputeCluster::sector},
                      {"certainty", &ComputeCluster::certainty}, {"link", &ComputeCluster::link},
                      {"decommissioned", &ComputeCluster::decommissioned}});
    using A = QList<std::pair<QString, QString Actor::*>>;
    for (const auto &f : batch->filledActors) {
        const Actor &before = m_matched.actors.at(m_matched.rowOf(RecordKind::Actor, f.first.id));
        differences(f.first.id, before, f.first, A{{"country", &Actor::country}});
        QCOMPARE(f.first.description, before.description);
    }
    changed.sort();
    filled.sort();
    QCOMPARE(changed, filled);
    QCOMPARE(batch->filledFields, int(std::count_if(filled.cbegin(), filled.cend(), [](const QString &f) { return !f.contains("openWeights"); })));
    QCOMPARE(ImportFormat::keptValues(*batch), kept);
    // The counts say how many fields are filled and values kept.
    const QString counts = ImportFormat::recordCounts(m_matched, *batch).join('\n');
    QVERIFY2(counts.contains(QStringLiteral(" matched, %1 field").arg(batch->filledFields)), qPrintable(counts));
    QCOMPARE(counts.contains("of the workspace kept"), !kept.isEmpty());
}

// In the document: the fill is saved with the import (nothing to save after it), one undo step
// puts the field back (an edit to save, written at the version the import left), redo fills it
// again; a record with edits not saved refuses the import and nothing is written.
void TestImportMatched::workspaceUndoAndSave()
{
    const QString db = m_dir.filePath("undo.gapscope");
    QFile::remove(db);
    std::optional<Dataset> loaded;
    {
        Store store;
        QVERIFY(store.open(db));
        loaded = store.load();
    }
    QVERIFY(loaded);
    Workspace workspace(*loaded, db);
    const QString id = m_epochModel->id;
    QString AiModel::*field = nullptr;
    QString header;
    for (const auto &[h, member] : test::modelFields()) {
        if ((m_epochModel->*member).isEmpty() && !field) {
            field = member;
            header = h;
        }
    }
    QVERIFY(field);
    const Actor *developer = m_dataset.actor(m_epochModel->developer);
    const QString file = write("undo.csv", QStringLiteral("Model,Organization,%1\n\"%2\",\"%3\",Filled in\n")
                                               .arg(header, m_epochModel->epochName, developer->name.en)
                                               .toUtf8());
    auto model = [&workspace, &id] { return workspace.dataset().models.at(workspace.dataset().rowOf(RecordKind::Model, id)); };
    auto stored = [&db, &id] {
        Store store;
        store.open(db);
        const auto d = store.load();
        return std::pair(d->models.at(d->rowOf(RecordKind::Model, id)), d->rowVersions.value("ai_models/" + id));
    };
    const int version = stored().second;

    // An edit not saved: the import refuses, and writes nothing.
    AiModel edited = model();
    edited.name.ko = QStringLiteral("편집한 이름");
    workspace.edit(edited);
    ImportReader reader(workspace.dataset());
    auto batch = reader.read(file, test::recordsOptions("model", {}, {}));
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QVERIFY(!workspace.import(*batch));
    QVERIFY2(workspace.errorString().contains("has changes not saved"), qPrintable(workspace.errorString()));
    QCOMPARE(stored().first.*field, QString());
    workspace.undoStack()->undo();
    QVERIFY(!workspace.isDirty());

    batch = reader.read(file, test::recordsOptions("model", {}, {}));
    QVERIFY2(batch, qPrintable(reader.errorString()));
    QVERIFY2(workspace.import(*batch), qPrintable(workspace.errorString()));
    QCOMPARE(model().*field, QStringLiteral("Filled in"));
    QCOMPARE(stored().first.*field, QStringLiteral("Filled in"));
    QCOMPARE(stored().second, version + 1);
    QVERIFY(!workspace.isDirty());
    QVERIFY(workspace.changes().isEmpty());
    // Undo: the field as it was, an edit to save.
    workspace.undoStack()->undo();
    QCOMPARE(model().*field, QString());
    QVERIFY(workspace.isDirty());
    QCOMPARE(workspace.save(), Store::SaveResult::Saved);
    QCOMPARE(stored().first.*field, QString());
    QCOMPARE(stored().second, version + 2);
    // Redo: filled again, saved again.
    workspace.undoStack()->redo();
    QCOMPARE(model().*field, QStringLiteral("Filled in"));
    QVERIFY(workspace.isDirty());
    QCOMPARE(workspace.save(), Store::SaveResult::Saved);
    QCOMPARE(stored().first.*field, QStringLiteral("Filled in"));
}

QTEST_MAIN(TestImportMatched)
#include "tst_importmatched.moc"
