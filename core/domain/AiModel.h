#pragma once

#include "LocalizedText.h"

#include <QStringList>

#include <optional>

namespace gapscope {

struct AiModel
{
    QString id;
    LocalizedText name;
    QString developer; // actor id
    QString country;
    QString released; // partial date, empty when not known
    std::optional<bool> openWeights; // empty when the source does not say
    LocalizedText description;
    QString source;

    // What Epoch AI's database of AI models says of the model, where it has it (empty otherwise);
    // `epochSource` is the source of these fields, `source` stays the record's own.
    QString epochName; // the model's name in Epoch's files
    QString epochSource;
    QStringList organisations; // actor ids, developer first
    QStringList countries; // ISO alpha-3 codes, each once
    QString published; // Epoch's publication date, YYYY-MM-DD (`released` stays the record's own)
    QString domain; // Epoch's domain(s), comma-separated as Epoch writes them
    QString task;
    std::optional<double> parameters;
    std::optional<double> trainingCompute; // FLOP
    std::optional<double> trainingCost; // 2023 US dollars
    QString accessibility; // Epoch's "Model accessibility", e.g. "Open weights (unrestricted)"
    bool frontier = false;
    bool notable = false; // in Epoch's notable models
    bool largeScale = false; // in Epoch's large-scale models (over 10^23 FLOP)
    QString link;
    QString confidence; // Epoch's confidence in the compute and parameter figures

    friend bool operator==(const AiModel &, const AiModel &) = default;
};

} // namespace gapscope
