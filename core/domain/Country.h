#pragma once

#include "LocalizedText.h"

namespace gapscope {

struct Country
{
    QString code; // ISO 3166-1 alpha-3, or an Our World in Data aggregate code (OWID_WRL)
    LocalizedText name;
    LocalizedText region;
    QString color; // #rrggbb, empty when the country has no assigned colour
    friend bool operator==(const Country &, const Country &) = default;
};

} // namespace gapscope
