#pragma once

#include "domain/AiModel.h"
#include "domain/Observation.h"

#include <QList>
#include <QStringList>

namespace gapscope {

// Indicators computed from the dataset's AI models (those with Epoch AI's fields), never typed
// by hand. Each recipe is the indicator's id:
// - notable_models_per_year: notable models published in a year, per country, a model counting
//   once for each distinct country of its organisations; every year from the country's first
//   such model to the latest year of any model, zeros included;
// - cumulative_large_scale_models: large-scale models published up to the end of a year, per
//   country (counted likewise), from the country's first one to the latest year;
// - open_weight_share_notable: of a country's notable models of a year whose accessibility Epoch
//   states, the percentage with open weights (restricted or not); years without such a model
//   have no value;
// - largest_training_compute_to_date: a running maximum: for each country, one value in each
//   month in which the largest training compute (FLOP) of any of its models published so far
//   grows, that largest compute.
class DerivedIndicators
{
public:
    static QStringList recipes();

    // The observations of `indicator` computed from `models`, with `source` and the recipe
    // `note`; empty for an unknown recipe.
    static QList<Observation> compute(const QString &indicator, const QList<AiModel> &models, const QString &source,
                                      const LocalizedText &note);
};

} // namespace gapscope
