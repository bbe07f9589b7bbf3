#pragma once

#include "domain/Dataset.h"

#include <QColor>
#include <QList>

namespace gapscope {

// One colour per country, the same in every panel and export, from one colour-blind safe
// palette (Okabe–Ito with Tol's wine, indigo and brown): the United States, China and Korea
// keep theirs, and the other countries take the rest in turn in the dataset's order, so that
// countries next to each other in the lists never share a colour and none takes a focus
// country's. Any two of the palette stay apart under deuteranopia and protanopia too; the
// dataset's own colour field is therefore not used for drawing.
class CountryColors
{
public:
    static QColor color(const Dataset &d, const QString &code);
    // The focus countries' colours (United States, China, South Korea), then the others'.
    static const QList<QColor> &palette();
    static const QStringList &focusCountries();
};

} // namespace gapscope
