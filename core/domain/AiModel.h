#pragma once

#include "LocalizedText.h"

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
    friend bool operator==(const AiModel &, const AiModel &) = default;
};

} // namespace gapscope
