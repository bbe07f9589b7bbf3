#pragma once

#include "LocalizedText.h"

#include <QStringList>

namespace gapscope {

struct Country
{
    QString code; // ISO 3166-1 alpha-3, or an Our World in Data aggregate code (OWID_WRL)
    LocalizedText name;
    LocalizedText region;
    QString color; // #rrggbb, empty when the country has no assigned colour
    QString numeric; // ISO 3166-1 numeric code ("410"), empty for aggregates
    // Other names the country goes by, in English and Korean (ISO 3166-1 short, official and
    // common names), for recognising it in files that name it otherwise.
    QStringList alternativeNames;
    friend bool operator==(const Country &, const Country &) = default;
};

} // namespace gapscope
