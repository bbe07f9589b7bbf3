#include "EditSession.h"

#include "RecordEditCommand.h"

#include <QUndoStack>

namespace gapscope {

namespace {

// Finds the record `id` of type T in `d`, or nothing.
template<typename T>
std::optional<Record> findIn(Dataset &d, const QString &id)
{
    for (const T &x : recordList<T>(d)) {
        if (x.id == id)
            return Record(x);
    }
    return std::nullopt;
}

const QStringList tables{QStringLiteral("observations"), QStringLiteral("sources"), QStringLiteral("actors"),
                         QStringLiteral("ai_models"), QStringLiteral("events"), QStringLiteral("assessments"),
                         QStringLiteral("swot_items")};

} // namespace

EditSession::EditSession(Dataset &dataset, QObject *parent) : QObject(parent), m_dataset(dataset)
{
    m_stack = new QUndoStack(this);
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
}

bool EditSession::isDirty() const
{
    return !m_stack->isClean();
}

std::optional<Record> EditSession::find(const QString &key) const
{
    const QString table = key.section(QLatin1Char('/'), 0, 0);
    const QString id = key.section(QLatin1Char('/'), 1);
    switch (tables.indexOf(table)) {
    case 0:
        return findIn<Observation>(m_dataset, id);
    case 1:
        return findIn<Source>(m_dataset, id);
    case 2:
        return findIn<Actor>(m_dataset, id);
    case 3:
        return findIn<AiModel>(m_dataset, id);
    case 4:
        return findIn<Event>(m_dataset, id);
    case 5:
        return findIn<Assessment>(m_dataset, id);
    case 6:
        return findIn<SwotItem>(m_dataset, id);
    }
    return std::nullopt;
}

std::optional<Record> EditSession::record(const QString &table, const QString &id) const
{
    return find(table + QLatin1Char('/') + id);
}

const Observation *EditSession::observation(const QString &id) const
{
    for (const Observation &o : m_dataset.observations) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

void EditSession::apply(const QString &key, const std::optional<Record> &state)
{
    // The first time a record is touched since the last save, remember how it was.
    if (!m_saved.contains(key))
        m_saved.insert(key, find(key));
    const QString table = key.section(QLatin1Char('/'), 0, 0);
    const QString id = key.section(QLatin1Char('/'), 1);
    auto place = [&](auto *tag) {
        using T = std::remove_pointer_t<decltype(tag)>;
        QList<T> &list = recordList<T>(m_dataset);
        const auto it = std::find_if(list.begin(), list.end(), [&id](const T &x) { return x.id == id; });
        if (state) {
            if (it != list.end())
                *it = std::get<T>(*state);
            else
                list.append(std::get<T>(*state));
        } else if (it != list.end()) {
            list.erase(it);
        }
    };
    switch (tables.indexOf(table)) {
    case 0:
        place(static_cast<Observation *>(nullptr));
        break;
    case 1:
        place(static_cast<Source *>(nullptr));
        break;
    case 2:
        place(static_cast<Actor *>(nullptr));
        break;
    case 3:
        place(static_cast<AiModel *>(nullptr));
        break;
    case 4:
        place(static_cast<Event *>(nullptr));
        break;
    case 5:
        place(static_cast<Assessment *>(nullptr));
        break;
    case 6:
        place(static_cast<SwotItem *>(nullptr));
        break;
    }
    m_dataset.reindex();
    emit changed();
}

void EditSession::push(const QString &text, const QString &key, std::optional<Record> before, std::optional<Record> after)
{
    auto apply = [this](const QString &k, const std::optional<Record> &s) { this->apply(k, s); };
    m_stack->push(new RecordEditCommand(text, key, std::move(before), std::move(after), apply));
}

void EditSession::add(const Record &r)
{
    push(tr("Add %1").arg(recordId(r)), recordKey(r), std::nullopt, r);
}

void EditSession::edit(const Record &after)
{
    const auto before = find(recordKey(after));
    if (!before || *before == after)
        return;
    push(tr("Edit %1").arg(recordId(after)), recordKey(after), before, after);
}

void EditSession::remove(const QString &table, const QString &id)
{
    const QString key = table + QLatin1Char('/') + id;
    const auto before = find(key);
    if (before)
        push(tr("Delete %1").arg(id), key, before, std::nullopt);
}

RecordChanges EditSession::changes() const
{
    RecordChanges c;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        const auto now = find(it.key());
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

Store::SaveResult EditSession::save(Store &store, QString *error)
{
    const RecordChanges c = changes();
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

} // namespace gapscope
