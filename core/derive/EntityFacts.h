#pragma once

#include "domain/AiModel.h"
#include "domain/ComputeCluster.h"
#include "domain/Observation.h"

#include <QList>
#include <QStringList>

namespace gapscope {

// The numeric facts Epoch AI gives of each AI model and GPU cluster, as observations on that
// model or cluster, dated as precisely as Epoch dates it (a model's publication day, a cluster's
// first operational date), so that the filter, table, chart, exports and command line serve them
// like any other observation. Each recipe is the indicator's id:
// - model_training_compute (FLOP), model_parameters, model_training_cost (2023 US dollars): one
//   observation per model of Epoch's with that figure and a publication date, an estimate (Epoch
//   estimates many of them; its confidence is in the model's record);
// - cluster_h100_equivalents, cluster_power (MW): one per cluster with that figure and a first
//   operational date, an estimate, or a projection for a planned cluster.
// Nothing is computed: the values are Epoch's, with Epoch's source.
class EntityFacts
{
public:
    static QStringList modelRecipes();
    static QStringList clusterRecipes();

    static QList<Observation> fromModels(const QString &indicator, const QList<AiModel> &models);
    static QList<Observation> fromClusters(const QString &indicator, const QList<ComputeCluster> &clusters);
};

} // namespace gapscope
