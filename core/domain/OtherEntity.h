#pragma once

#include "LocalizedText.h"

namespace gapscope {

// An entity of a kind the user names (EntityKind::Other): the rows of an imported file that are
// neither countries, regions, organisations, AI models nor clusters, such as the research domains
// "Computer vision" and "Language", or Our World in Data's "All large-scale AI systems". Not a
// place: its figures are never a country's, and it is never drawn on the map.
struct OtherEntity
{
    QString id;
    LocalizedText name;
    LocalizedText kind; // the kind's own name ("Research domain", "연구 분야")
    QString source; // the source of the file that named it
    friend bool operator==(const OtherEntity &, const OtherEntity &) = default;
};

} // namespace gapscope
