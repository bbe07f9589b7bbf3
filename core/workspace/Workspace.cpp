#include "Workspace.h"

#include "RecordEditCommand.h"
#include "io/ImportReader.h"
#include "store/WorkspaceLoader.h"

#include <QThreadPool>
#include <tuple>
#include <QUndoStack>

namespace gapscope {

Workspace::Workspace(Dataset dataset, const QString &path, QObject *parent)
    : QObject(parent), m_dataset(std::move(dataset)), m_path(path)
{
    m_dataset.reindex();
    m_index.build(m_dataset);
    m_stack = new QUndoStack(this);
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
}

Workspace::~Workspace()
{
    delete m_loader; // stops the reading
    m_loader = nullptr;
    delete m_stack; // its commands call back into this object
    m_stack = nullptr;
    // Owned by the task alone, so that it is freed there and never here; the global pool is done
    // before the application ends.
    auto *gone = new std::pair<Dataset, ObservationIndex>(std::move(m_dataset), std::move(m_index));
    QThreadPool::globalInstance()->start([gone] { delete gone; });
}

Store *Workspace::store()
{
    if (!m_store) {
        m_store = std::make_unique<Store>();
        if (!m_store->open(m_path)) {
            m_error = m_store->errorString();
            m_store.reset();
            return nullptr;
        }
    }
    return m_store.get();
}

bool Workspace::refuseReadOnly()
{
    if (!m_readOnly)
        return false;
    m_error = tr("%1 is read-only: nothing can be changed in it.").arg(displayName());
    return true;
}

std::optional<Record> Workspace::record(RecordKind kind, const QString &id) const
{
    const qsizetype row = m_dataset.rowOf(kind, id);
    if (row < 0)
        return std::nullopt;
    return withRecordType(kind, [this, row](auto *tag) -> std::optional<Record> {
        using T = std::remove_pointer_t<decltype(tag)>;
        return Record(recordList<T>(m_dataset).at(row));
    });
}

std::optional<Observation> Workspace::observation(const QString &id) const
{
    const qsizetype row = m_dataset.rowOf(RecordKind::Observation, id);
    if (row < 0)
        return std::nullopt;
    return m_dataset.observations.at(row);
}

bool Workspace::isDirty() const
{
    return !m_stack->isClean();
}

void Workspace::apply(RecordKind kind, const QString &id, const std::optional<Record> &state)
{
    // The first time a record is touched since the last save, remember how it was.
    const QString key = recordKey(kind, id);
    if (!m_saved.contains(key))
        m_saved.insert(key, record(kind, id));
    const int row = int(m_dataset.rowOf(kind, id));
    const bool observation = kind == RecordKind::Observation;
    withRecordType(kind, [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        auto &list = recordList<T>(m_dataset);
        if (state && row >= 0) {
            list.replace(row, std::get<T>(*state));
            if (observation)
                m_index.update(m_dataset, row);
            emit recordChanged(kind, row);
        } else if (state) {
            list.append(std::get<T>(*state));
            const int at = int(list.size() - 1);
            m_dataset.noteInserted(kind, at);
            if (observation)
                m_index.insert(m_dataset, at);
            emit recordsInserted(kind, at, at);
        } else if (row >= 0) {
            emit recordAboutToBeRemoved(kind, row);
            list.removeAt(row);
            m_dataset.noteRemoved(kind);
            if (observation)
                m_index.remove(row);
            emit recordRemoved(kind, row);
        }
    });
    emit changed(kind);
}

void Workspace::push(const QString &text, RecordKind kind, const QString &id, std::optional<Record> before,
                     std::optional<Record> after)
{
    auto apply = [this](RecordKind k, const QString &i, const std::optional<Record> &s) { this->apply(k, i, s); };
    m_stack->push(new RecordEditCommand(text, kind, id, std::move(before), std::move(after), apply));
}

void Workspace::add(const Record &r)
{
    if (m_readOnly || record(recordKind(r), recordId(r)))
        return;
    push(tr("Add %1").arg(recordId(r)), recordKind(r), recordId(r), std::nullopt, r);
}

void Workspace::edit(const Record &after)
{
    const auto before = record(recordKind(after), recordId(after));
    if (m_readOnly || !before || *before == after)
        return;
    push(tr("Edit %1").arg(recordId(after)), recordKind(after), recordId(after), before, after);
}

void Workspace::remove(RecordKind kind, const QString &id)
{
    auto before = record(kind, id);
    if (!m_readOnly && before)
        push(tr("Delete %1").arg(id), kind, id, std::move(before), std::nullopt);
}

RecordChanges Workspace::changes() const
{
    RecordChanges c;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        const RecordKind kind = *recordKindFromTable(it.key().section(QLatin1Char('/'), 0, 0));
        const auto now = record(kind, it.key().section(QLatin1Char('/'), 1));
        const int version = m_dataset.rowVersions.value(it.key(), 1);
        if (!it.value() && now)
            c.added.append(*now);
        else if (it.value() && !now)
            c.removed.append({*it.value(), version});
        else if (it.value() && now && !(*it.value() == *now))
            c.edited.append({*now, version});
    }
    return c;
}

Store::SaveResult Workspace::save()
{
    const RecordChanges c = changes();
    if (c.isEmpty()) {
        m_stack->setClean();
        m_saved.clear();
        return Store::SaveResult::Saved;
    }
    if (refuseReadOnly())
        return Store::SaveResult::Failed;
    Store *s = store();
    if (!s)
        return Store::SaveResult::Failed;
    const Store::SaveResult result = s->saveChanges(c);
    if (result != Store::SaveResult::Saved) {
        m_error = s->errorString();
        return result;
    }
    // Saved: the next save starts from here, with the versions the workspace now has.
    for (const Record &r : c.added)
        m_dataset.rowVersions.insert(recordKey(r), 1);
    for (const auto &[r, version] : c.edited)
        m_dataset.rowVersions.insert(recordKey(r), version + 1);
    for (const auto &[r, version] : c.removed)
        m_dataset.rowVersions.remove(recordKey(r));
    m_saved.clear();
    m_stack->setClean();
    return result;
}

bool Workspace::import(const ImportBatch &batch, const std::function<bool(qint64, qint64)> &progress)
{
    if (refuseReadOnly())
        return false;
    // The records whose empty fields the rows fill are written whole: none may have edits not saved.
    QList<std::pair<Record, int>> filled;
    for (const auto &[model, version] : batch.filledModels)
        filled.append({model, version});
    for (const auto &[cluster, version] : batch.filledClusters)
        filled.append({cluster, version});
    for (const auto &[actor, version] : batch.filledActors)
        filled.append({actor, version});
    for (const auto &[after, version] : filled) {
        const QString key = recordKey(after);
        if (m_saved.contains(key) && m_saved.value(key) != record(recordKind(after), recordId(after))) {
            m_error = tr("%1 has changes not saved: save or undo them, then import %2 again.").arg(recordId(after), batch.file);
            return false;
        }
    }
    Store *s = store();
    if (!s)
        return false;
    if (!s->import(batch, progress)) {
        m_error = s->errorString();
        return false;
    }
    // The store has them; so does the document, without reading everything again.
    const int firstSource = int(m_dataset.sources.size());
    m_dataset.sources += batch.sources;
    m_dataset.units += batch.units;
    m_dataset.indicators += batch.indicators;
    m_dataset.otherEntities += batch.entities;
    // A table of one row per record: its organisations, models and clusters, before their facts.
    const int firstActor = int(m_dataset.actors.size());
    const int firstModel = int(m_dataset.models.size());
    const int firstCluster = int(m_dataset.clusters.size());
    auto addRecords = [this](RecordKind kind, auto &list, const auto &added) {
        list += added;
        for (const auto &r : added)
            m_dataset.rowVersions.insert(recordKey(kind, r.id), 1);
    };
    addRecords(RecordKind::Actor, m_dataset.actors, batch.actors);
    addRecords(RecordKind::Model, m_dataset.models, batch.models);
    addRecords(RecordKind::Cluster, m_dataset.clusters, batch.clusters);
    const int first = int(m_dataset.observations.size());
    m_dataset.observations += batch.observations;
    for (const Observation &o : batch.observations)
        m_dataset.rowVersions.insert(recordKey(RecordKind::Observation, o.id), 1);
    // A timeline's events, for the timeline and the chart's markers.
    const int firstEvent = int(m_dataset.events.size());
    m_dataset.events += batch.events;
    for (const Event &e : batch.events)
        m_dataset.rowVersions.insert(recordKey(RecordKind::Event, e.id), 1);
    m_dataset.reindex();
    for (int row = first; row < int(m_dataset.observations.size()); ++row)
        m_index.insert(m_dataset, row);
    if (!batch.units.isEmpty() || !batch.indicators.isEmpty() || !batch.entities.isEmpty())
        emit referencesAdded();
    if (!batch.sources.isEmpty()) {
        emit recordsInserted(RecordKind::Source, firstSource, int(m_dataset.sources.size() - 1));
        emit changed(RecordKind::Source);
    }
    for (const auto &[kind, from, to] : {std::tuple(RecordKind::Actor, firstActor, int(m_dataset.actors.size())),
                                         std::tuple(RecordKind::Model, firstModel, int(m_dataset.models.size())),
                                         std::tuple(RecordKind::Cluster, firstCluster, int(m_dataset.clusters.size()))}) {
        if (to > from) {
            emit recordsInserted(kind, from, to - 1);
            emit changed(kind);
        }
    }
    if (!batch.observations.isEmpty()) {
        emit recordsInserted(RecordKind::Observation, first, int(m_dataset.observations.size() - 1));
        emit changed(RecordKind::Observation);
    }
    if (!batch.events.isEmpty()) {
        emit recordsInserted(RecordKind::Event, firstEvent, int(m_dataset.events.size() - 1));
        emit changed(RecordKind::Event);
    }
    fillMatched(batch.file, filled);
    return true;
}

void Workspace::fillMatched(const QString &file, const QList<std::pair<Record, int>> &filled)
{
    if (filled.isEmpty())
        return;
    // The store has the filled records, at their next version: that is how they were saved. One
    // undo step puts the fields back as they were, an edit to save like any other.
    const bool wasClean = m_stack->isClean();
    m_stack->beginMacro(tr("Fill fields from %1").arg(file));
    for (const auto &[after, version] : filled) {
        const QString key = recordKey(after);
        const RecordKind kind = recordKind(after);
        const QString id = recordId(after);
        m_saved.insert(key, after);
        m_dataset.rowVersions.insert(key, version + 1);
        push(tr("Fill fields of %1").arg(id), kind, id, record(kind, id), after);
    }
    m_stack->endMacro();
    // Saved as they are now; edits before the import, if any, are still to be saved.
    if (wasClean)
        m_stack->setClean();
    else
        m_stack->resetClean();
}

bool Workspace::saveCopyAs(const QString &path)
{
    Store *s = store();
    if (!s)
        return false;
    if (!s->copyTo(path)) {
        m_error = s->errorString();
        return false;
    }
    return true;
}

void Workspace::startLoading()
{
    if (isLoading())
        return;
    if (!m_loader) {
        m_loader = new WorkspaceLoader(this);
        connect(m_loader, &WorkspaceLoader::progress, this, &Workspace::loadProgress);
        connect(m_loader, &WorkspaceLoader::finished, this, &Workspace::finishLoading);
    }
    m_loadFailed = false;
    m_loader->start(m_path, m_dataset);
}

bool Workspace::isLoading() const
{
    return m_loader && m_loader->isRunning();
}

void Workspace::finishLoading()
{
    m_loadFailed = !m_loader->succeeded();
    if (m_loadFailed) {
        m_error = m_loader->errorString();
        emit loadingFinished(false);
        return;
    }
    // The records shown so far are in the loaded copy too: swapping loses nothing. The dataset
    // stays the same object, so that what holds a reference to it reads the new records.
    m_dataset = m_loader->takeDataset();
    m_index = m_loader->takeIndex();
    m_dataset.reindex();
    emit replaced();
    emit changed(RecordKind::Observation);
    emit loadingFinished(true);
}

} // namespace gapscope
