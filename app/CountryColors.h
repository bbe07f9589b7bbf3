#pragma once

#include "domain/Dataset.h"

#include <QColor>

namespace gapscope {

// One colour per country, the same in every panel and export: the dataset's colour where it
// gives one, otherwise a stable colour derived from the country code.
class CountryColors
{
public:
    static QColor color(const Dataset &d, const QString &code);
};

} // namespace gapscope
