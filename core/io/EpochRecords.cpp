#include "EpochRecords.h"

#include "CountryNameIndex.h"

#include <QSet>

namespace gapscope {

namespace {

// Epoch's "Organization categorization" as one of the actor kinds.
QString actorKind(const QString &category)
{
    if (category == QLatin1String("Academia"))
        return QStringLiteral("university");
    if (category == QLatin1String("Government"))
        return QStringLiteral("government");
    if (category == QLatin1String("Industry"))
        return QStringLiteral("lab");
    return QStringLiteral("institution");
}

std::optional<bool> openWeights(const QString &accessibility)
{
    if (accessibility.isEmpty())
        return std::nullopt;
    return accessibility.startsWith(QLatin1String("Open weights"));
}

} // namespace

QString EpochRecords::slug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

bool EpochRecords::addOrganisations(Dataset &d, const QList<EpochModel> &models, const Options &options)
{
    QHash<QString, QString> existingByName; // key(name) -> actor id
    QSet<QString> ids;
    for (const Actor &a : std::as_const(d.actors)) {
        existingByName.insert(CountryNameIndex::key(a.name.en), a.id);
        ids.insert(a.id);
    }
    QHash<QString, const Organisation *> named;
    for (const Organisation &o : options.organisations) {
        named.insert(o.epochName, &o);
        if (!o.actor.isEmpty() && !d.actor(o.actor)) {
            m_error = tr("the Epoch organisation \"%1\" is linked to an unknown actor \"%2\"").arg(o.epochName, o.actor);
            return false;
        }
    }
    // Each organisation's models, country and kind, in the order Epoch first names them.
    QStringList order;
    QHash<QString, int> modelCount;
    QHash<QString, QString> country;
    QHash<QString, QString> kind;
    for (const EpochModel &m : models) {
        for (qsizetype i = 0; i < m.organisations.size(); ++i) {
            const QString &org = m.organisations.at(i);
            if (!modelCount.contains(org))
                order.append(org);
            ++modelCount[org];
            const QString stated = m.organisationCountry.value(org);
            if (!stated.isEmpty() && !country.contains(org))
                country.insert(org, stated);
            if (!kind.contains(org) && !m.organisationKinds.at(i).isEmpty())
                kind.insert(org, m.organisationKinds.at(i));
        }
    }
    // Where no row lists one country per organisation, the first model's first country.
    for (const EpochModel &m : models) {
        for (const QString &org : m.organisations) {
            if (!country.contains(org) && !m.countries.isEmpty())
                country.insert(org, m.countries.constFirst());
        }
    }
    for (const QString &org : std::as_const(order)) {
        const Organisation *entry = named.value(org);
        QString id = entry && !entry->actor.isEmpty() ? entry->actor : existingByName.value(CountryNameIndex::key(org));
        if (id.isEmpty()) {
            const QString base = slug(org).isEmpty() ? QStringLiteral("organisation") : slug(org);
            id = base;
            for (int n = 2; ids.contains(id); ++n)
                id = base + QLatin1Char('-') + QString::number(n);
            ids.insert(id);
            const int count = modelCount.value(org);
            Actor a;
            a.id = id;
            a.name = {org, entry && !entry->korean.isEmpty() ? entry->korean : org};
            a.country = country.value(org);
            a.kind = actorKind(kind.value(org));
            // Data texts, in both languages whatever the interface's.
            a.description = {QStringLiteral("Developer of %1 AI model%2 in Epoch AI's database of AI models.")
                                 .arg(count)
                                 .arg(count == 1 ? QString() : QStringLiteral("s")),
                             QStringLiteral("Epoch AI의 AI 모델 데이터베이스에 수록된 AI 모델 %1개의 개발 조직.")
                                 .arg(count)};
            a.source = options.source;
            d.actors.append(a);
            existingByName.insert(CountryNameIndex::key(org), id);
        }
        m_actorOf.insert(org, id);
    }
    return true;
}

bool EpochRecords::add(Dataset &d, const QList<EpochModel> &models, const Options &options)
{
    m_error.clear();
    m_actorOf.clear();
    d.reindex();
    if (!addOrganisations(d, models, options))
        return false;
    QHash<QString, QString> curatedOf; // Epoch name -> curated model id
    for (auto it = options.links.cbegin(); it != options.links.cend(); ++it) {
        if (d.rowOf(RecordKind::Model, it.key()) < 0) {
            m_error = tr("the Epoch link names an unknown model \"%1\"").arg(it.key());
            return false;
        }
        curatedOf.insert(it.value(), it.key());
    }
    QSet<QString> ids;
    for (const AiModel &m : std::as_const(d.models))
        ids.insert(m.id);
    QSet<QString> linked;
    for (const EpochModel &e : models) {
        const QString curated = curatedOf.value(e.name);
        AiModel fresh;
        AiModel &m = curated.isEmpty() ? fresh : d.models[d.rowOf(RecordKind::Model, curated)];
        if (curated.isEmpty()) {
            const QString base = QStringLiteral("epoch-") + slug(e.name);
            m.id = base;
            for (int n = 2; ids.contains(m.id); ++n)
                m.id = base + QLatin1Char('-') + QString::number(n);
            ids.insert(m.id);
            m.name = {e.name, e.name};
            m.developer = m_actorOf.value(e.organisations.value(0));
            m.country = e.countries.value(0);
            if (m.country.isEmpty() && d.actor(m.developer))
                m.country = d.actor(m.developer)->country;
            m.released = e.published;
            m.openWeights = openWeights(e.accessibility);
            m.description = {QStringLiteral("AI model in Epoch AI's database of AI models."),
                             QStringLiteral("Epoch AI의 AI 모델 데이터베이스에 수록된 AI 모델.")};
            m.source = options.source;
        } else {
            linked.insert(e.name);
        }
        m.epochName = e.name;
        m.epochSource = options.source;
        m.organisations.clear();
        for (const QString &org : e.organisations)
            m.organisations.append(m_actorOf.value(org));
        m.countries = e.countries;
        m.published = e.published;
        m.domain = e.domain;
        m.task = e.task;
        m.parameters = e.parameters;
        m.trainingCompute = e.trainingCompute;
        m.trainingCost = e.trainingCost;
        m.accessibility = e.accessibility;
        m.frontier = e.frontier;
        m.notable = e.notable;
        m.largeScale = e.largeScale;
        m.link = e.link;
        m.confidence = e.confidence;
        if (curated.isEmpty())
            d.models.append(m);
    }
    for (auto it = curatedOf.cbegin(); it != curatedOf.cend(); ++it) {
        if (!linked.contains(it.key())) {
            m_error = tr("the model \"%1\" is linked to \"%2\", which Epoch's files do not have").arg(it.value(), it.key());
            return false;
        }
    }
    d.reindex();
    return true;
}

} // namespace gapscope
