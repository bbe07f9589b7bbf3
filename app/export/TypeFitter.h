#pragma once

#include <QList>
#include <QStringList>


namespace gapscope {

// Chooses type sizes so that text fits its box, as far as it can be estimated without laying it
// out: PowerPoint or LibreOffice lays it out when the deck is opened, in fonts of their own. The
// estimate errs on the large side (wide Latin fonts such as DejaVu Sans, tall Korean lines).
// Sizes are in hundredths of a point, lengths in EMU.
class TypeFitter
{
public:
    // The lines that `paragraphs` take in a box `width` wide at `size` (at least one): an estimate
    // from typical glyph widths (Hangul and CJK about one em, Latin a little over half).
    static int lines(const QStringList &paragraphs, qint64 width, int size);
    // The height of one line at `size`.
    static qint64 lineHeight(int size);
    // The height that `paragraphs` take in a table cell `width` wide at `size`, with the cell's margins.
    static qint64 textHeight(const QStringList &paragraphs, qint64 width, int size);

};

} // namespace gapscope
