#include "CountryColors.h"

#include <QHash>

namespace gapscope {

QColor CountryColors::color(const Dataset &d, const QString &code)
{
    if (const Country *c = d.country(code); c && QColor::isValidColorName(c->color))
        return QColor::fromString(c->color);
    // Spread hues by a hash of the code; mid saturation and value stay readable on light and dark.
    const uint hash = qHash(code, 0x5eedu);
    return QColor::fromHsv(int(hash % 360), 140 + int((hash >> 9) % 60), 150 + int((hash >> 17) % 50));
}

} // namespace gapscope
