#pragma once

#include "LocalizedText.h"

#include <QStringList>

#include <optional>

namespace gapscope {

// A GPU cluster or AI supercomputer, as Epoch AI's "GPU Clusters" data describes it.
struct ComputeCluster
{
    QString id;
    LocalizedText name; // Epoch names clusters in English only: both texts are that name
    QStringList owners; // actor ids where an owner is a known organisation, else the owner's name
    QString country; // ISO alpha-3, empty where the source names none
    QString status; // Existing, Planned or Decommissioned, as Epoch writes it
    QString firstOperational; // YYYY-MM-DD (or coarser), empty where not known
    QString decommissioned; // empty while in service
    std::optional<double> h100Equivalents;
    std::optional<double> powerMw;
    QString sector; // Private, Public, Public/Private
    QString certainty; // Confirmed, Likely, Unlikely
    bool includeInStandardAnalysis = false;
    bool exclude = false;
    QString link;
    QString source;

    friend bool operator==(const ComputeCluster &, const ComputeCluster &) = default;
};

} // namespace gapscope
