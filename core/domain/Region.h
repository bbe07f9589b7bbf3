#pragma once

#include "LocalizedText.h"

#include <QStringList>

namespace gapscope {

// A region or aggregate: the World, a continent, a group of countries such as the Quad. Its
// observations are the publisher's own figures for the group, never sums of its members', and
// never counted in or out of a country's.
struct Region
{
    QString code; // Our World in Data's code (OWID_WRL) where it has one, else GapScope's
    LocalizedText name;
    // Members (country codes or other regions' codes) where the source defines them, in its
    // order; empty where it does not.
    QStringList members;
    // The names the region goes by in data files ("Asia Pacific (CSET)"), for recognising it.
    QStringList alternativeNames;
    QString source; // the source that names the region and its members
    friend bool operator==(const Region &, const Region &) = default;
};

} // namespace gapscope
