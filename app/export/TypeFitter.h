#pragma once

#include <QList>
#include <QStringList>

#include <functional>

namespace gapscope {

// Chooses type sizes so that text fits its box, as far as it can be estimated without laying it
// out: PowerPoint lays it out when the deck is opened. Sizes are in hundredths of a point, lengths
// in EMU.
class TypeFitter
{
public:
    // The height that `paragraphs` take in a cell `width` wide at `size`: an estimate from typical
    // glyph widths (Hangul and CJK about one em, Latin about half).
    static qint64 textHeight(const QStringList &paragraphs, qint64 width, int size);

    // The largest size from `largest` (12 pt unless given) down to 6 pt at which the rows fit
    // `room`; rowHeights gives the rows' heights at a size, and *heights receives them at the
    // size chosen.
    static int fit(const std::function<QList<qint64>(int size)> &rowHeights, qint64 room, QList<qint64> *heights,
                   int largest = 1200);
};

} // namespace gapscope
