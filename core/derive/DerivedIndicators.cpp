#include "DerivedIndicators.h"

#include <QMap>

#include <algorithm>
#include <iterator>

namespace gapscope {

namespace {

// Epoch's publication date, whatever date the record gives as its release.
int yearOf(const AiModel &m)
{
    return m.published.left(4).toInt();
}

int monthOf(const AiModel &m)
{
    return m.published.size() >= 7 ? m.published.mid(5, 2).toInt() : 0;
}

// The models Epoch has, with a publication year.
QList<const AiModel *> epochModels(const QList<AiModel> &models)
{
    QList<const AiModel *> out;
    for (const AiModel &m : models) {
        if (!m.epochName.isEmpty() && yearOf(m) > 0)
            out.append(&m);
    }
    return out;
}

int latestYear(const QList<const AiModel *> &models)
{
    int latest = 0;
    for (const AiModel *m : models)
        latest = std::max(latest, yearOf(*m));
    return latest;
}

Observation observation(const QString &indicator, const QString &country, int year, int month, double value,
                        const QString &kind, const QString &source, const LocalizedText &note)
{
    QString id = QStringLiteral("%1-%2-%3").arg(indicator, country.toLower()).arg(year);
    if (month > 0)
        id += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    return {id, indicator, country, year, month, value, kind, source, note};
}

// Per country, per year: how many of `models` were published (each country once per model).
QMap<QString, QMap<int, int>> countsByCountry(const QList<const AiModel *> &models)
{
    QMap<QString, QMap<int, int>> counts;
    for (const AiModel *m : models) {
        for (const QString &country : m->countries)
            ++counts[country][yearOf(*m)];
    }
    return counts;
}

} // namespace

QStringList DerivedIndicators::recipes()
{
    return {QStringLiteral("notable_models_per_year"), QStringLiteral("cumulative_large_scale_models"),
            QStringLiteral("open_weight_share_notable"), QStringLiteral("largest_training_compute_to_date")};
}

QList<Observation> DerivedIndicators::compute(const QString &indicator, const QList<AiModel> &models,
                                              const QString &source, const LocalizedText &note)
{
    const QList<const AiModel *> all = epochModels(models);
    const int latest = latestYear(all);
    const QString measured = QStringLiteral("measured");
    QList<Observation> out;
    const auto select = [&all](auto keep) {
        QList<const AiModel *> kept;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(kept), keep);
        return kept;
    };

    if (indicator == QLatin1String("notable_models_per_year")
        || indicator == QLatin1String("cumulative_large_scale_models")) {
        const bool cumulative = indicator == QLatin1String("cumulative_large_scale_models");
        const auto counts = countsByCountry(
            select([cumulative](const AiModel *m) { return cumulative ? m->largeScale : m->notable; }));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            int total = 0;
            for (int year = it->firstKey(); year <= latest; ++year) {
                total = cumulative ? total + it->value(year) : it->value(year);
                out.append(observation(indicator, it.key(), year, 0, total, measured, source, note));
            }
        }
    } else if (indicator == QLatin1String("open_weight_share_notable")) {
        const auto stated = countsByCountry(
            select([](const AiModel *m) { return m->notable && !m->accessibility.isEmpty(); }));
        const auto open = countsByCountry(
            select([](const AiModel *m) { return m->notable && m->openWeights.value_or(false); }));
        for (auto it = stated.cbegin(); it != stated.cend(); ++it) {
            for (auto y = it->cbegin(); y != it->cend(); ++y)
                out.append(observation(indicator, it.key(), y.key(), 0, 100.0 * open.value(it.key()).value(y.key()) / *y,
                                       measured, source, note));
        }
    } else if (indicator == QLatin1String("largest_training_compute_to_date")) {
        QList<const AiModel *> computed = select([](const AiModel *m) { return m->trainingCompute.has_value(); });
        std::stable_sort(computed.begin(), computed.end(),
                         [](const AiModel *a, const AiModel *b) { return a->published < b->published; });
        QMap<QString, double> largest;
        QMap<QString, qsizetype> lastAt; // country -> its last observation in `out`
        for (const AiModel *m : std::as_const(computed)) {
            for (const QString &country : m->countries) {
                const double compute = *m->trainingCompute;
                if (largest.contains(country) && compute <= largest.value(country))
                    continue;
                largest.insert(country, compute);
                const auto last = lastAt.constFind(country);
                if (last != lastAt.cend() && out.at(*last).year == yearOf(*m) && out.at(*last).month == monthOf(*m)) {
                    out[*last].value = compute; // grew again in the same month
                    continue;
                }
                lastAt.insert(country, out.size());
                out.append(observation(indicator, country, yearOf(*m), monthOf(*m), compute, QStringLiteral("estimate"),
                                       source, note));
            }
        }
    }
    return out;
}

} // namespace gapscope
