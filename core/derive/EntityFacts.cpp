#include "EntityFacts.h"

#include <QDate>
#include <QRegularExpression>

#include <optional>

namespace gapscope {

namespace {

// An observation of `indicator` on `entity` at the partial date `date` (YYYY, YYYY-MM or
// YYYY-MM-DD); nothing when the date is not one.
std::optional<Observation> fact(const QString &indicator, const QString &entity, const QString &date, double value,
                                const QString &kind, const QString &source)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = pattern.match(date);
    if (!m.hasMatch())
        return std::nullopt;
    Observation o;
    o.year = m.captured(1).toInt();
    o.month = m.captured(2).toInt();
    o.day = m.captured(3).toInt();
    if (!QDate(o.year, o.month ? o.month : 1, o.day ? o.day : 1).isValid())
        return std::nullopt;
    o.id = indicator + QLatin1Char('-') + entity;
    o.indicator = indicator;
    o.country = entity;
    o.value = value;
    o.kind = kind;
    o.source = source;
    return o;
}

} // namespace

QStringList EntityFacts::modelRecipes()
{
    return {QStringLiteral("model_training_compute"), QStringLiteral("model_parameters"),
            QStringLiteral("model_training_cost")};
}

QStringList EntityFacts::clusterRecipes()
{
    return {QStringLiteral("cluster_h100_equivalents"), QStringLiteral("cluster_power")};
}

QList<Observation> EntityFacts::fromModels(const QString &indicator, const QList<AiModel> &models)
{
    QList<Observation> out;
    for (const AiModel &m : models) {
        if (m.epochName.isEmpty())
            continue;
        std::optional<double> value;
        if (indicator == QLatin1String("model_training_compute"))
            value = m.trainingCompute;
        else if (indicator == QLatin1String("model_parameters"))
            value = m.parameters;
        else if (indicator == QLatin1String("model_training_cost"))
            value = m.trainingCost;
        if (!value)
            continue;
        if (auto o = fact(indicator, m.id, m.published, *value, QStringLiteral("estimate"), m.epochSource))
            out.append(*o);
    }
    return out;
}

QList<Observation> EntityFacts::fromClusters(const QString &indicator, const QList<ComputeCluster> &clusters)
{
    QList<Observation> out;
    for (const ComputeCluster &c : clusters) {
        const std::optional<double> value = indicator == QLatin1String("cluster_h100_equivalents") ? c.h100Equivalents
            : indicator == QLatin1String("cluster_power")                                          ? c.powerMw
                                                                                                   : std::nullopt;
        if (!value)
            continue;
        const QString kind = c.status == QLatin1String("Planned") ? QStringLiteral("projection")
                                                                  : QStringLiteral("estimate");
        if (auto o = fact(indicator, c.id, c.firstOperational, *value, kind, c.source))
            out.append(*o);
    }
    return out;
}

} // namespace gapscope
