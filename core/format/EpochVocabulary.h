#pragma once

#include "domain/Language.h"
#include "domain/LocalizedText.h"

#include <QString>

#include <optional>

namespace gapscope {

// Epoch AI's controlled vocabularies in English and Korean: a model's domain, task,
// accessibility and confidence, a cluster's status, sector and certainty. Epoch writes them in
// English only; the Korean names are GapScope's, in the terms Korean readers use.
class EpochVocabulary
{
public:
    // `english` (one term as Epoch writes it) in both languages; nothing for a term not known.
    static std::optional<LocalizedText> term(const QString &english);
    // A value as Epoch writes it, one term or several separated by commas ("Language,Vision"), in
    // `lang`: each known term translated, any other kept as written.
    static QString text(const QString &value, Language lang);
};

} // namespace gapscope
