#include "EditSession.h"

#include "ObservationEditCommand.h"

#include <QUndoStack>

namespace gapscope {

EditSession::EditSession(Dataset &dataset, QObject *parent) : QObject(parent), m_dataset(dataset)
{
    m_stack = new QUndoStack(this);
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
}

bool EditSession::isDirty() const
{
    return !m_stack->isClean();
}

const Observation *EditSession::observation(const QString &id) const
{
    for (const Observation &o : m_dataset.observations) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

void EditSession::apply(const QString &id, const std::optional<Observation> &state)
{
    // The first time a record is touched since the last save, remember how it was.
    if (!m_saved.contains(id)) {
        const Observation *now = observation(id);
        m_saved.insert(id, now ? std::optional<Observation>(*now) : std::nullopt);
    }
    const auto it = std::find_if(m_dataset.observations.begin(), m_dataset.observations.end(),
                                 [&id](const Observation &o) { return o.id == id; });
    if (state) {
        if (it != m_dataset.observations.end())
            *it = *state;
        else
            m_dataset.observations.append(*state);
    } else if (it != m_dataset.observations.end()) {
        m_dataset.observations.erase(it);
    }
    emit changed();
}

void EditSession::add(const Observation &o)
{
    auto apply = [this](const QString &id, const std::optional<Observation> &s) { this->apply(id, s); };
    m_stack->push(new ObservationEditCommand(tr("Add %1").arg(o.id), std::nullopt, o, apply));
}

void EditSession::edit(const Observation &after)
{
    const Observation *before = observation(after.id);
    if (!before || *before == after)
        return;
    auto apply = [this](const QString &id, const std::optional<Observation> &s) { this->apply(id, s); };
    m_stack->push(new ObservationEditCommand(tr("Edit %1").arg(after.id), *before, after, apply));
}

void EditSession::remove(const QString &id)
{
    const Observation *before = observation(id);
    if (!before)
        return;
    auto apply = [this](const QString &i, const std::optional<Observation> &s) { this->apply(i, s); };
    m_stack->push(new ObservationEditCommand(tr("Delete %1").arg(id), *before, std::nullopt, apply));
}

ObservationChanges EditSession::changes() const
{
    ObservationChanges c;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        const Observation *now = observation(it.key());
        const int version = m_dataset.observationVersions.value(it.key(), 1);
        if (!it.value() && now)
            c.added.append(*now);
        else if (it.value() && !now)
            c.removed.append({it.key(), version});
        else if (it.value() && now && !(*it.value() == *now))
            c.edited.append({*now, version});
    }
    return c;
}

Store::SaveResult EditSession::save(Store &store, QString *error)
{
    const ObservationChanges c = changes();
    if (c.isEmpty()) {
        m_stack->setClean();
        m_saved.clear();
        return Store::SaveResult::Saved;
    }
    QStringList conflicts;
    const Store::SaveResult result = store.saveChanges(c, &conflicts);
    if (result != Store::SaveResult::Saved) {
        *error = store.errorString();
        return result;
    }
    // Saved: the next save starts from here, with the versions the workspace now has.
    for (const Observation &o : c.added)
        m_dataset.observationVersions.insert(o.id, 1);
    for (const auto &[o, version] : c.edited)
        m_dataset.observationVersions.insert(o.id, version + 1);
    for (const auto &[id, version] : c.removed)
        m_dataset.observationVersions.remove(id);
    m_saved.clear();
    m_stack->setClean();
    return result;
}

} // namespace gapscope
