#include "TypeFitter.h"

#include <algorithm>
#include <cmath>

namespace gapscope {

namespace {

constexpr qint64 cellMargins = 91440; // DrawingML::cell's, left and right or top and bottom

double emuPerEm(int size)
{
    return size / 100.0 * 12700;
}

} // namespace

int TypeFitter::lines(const QStringList &paragraphs, qint64 width, int size)
{
    const double em = emuPerEm(size);
    // Lines break between words, so a line is rarely full.
    const double usable = std::max<double>(em * 4, double(width)) * 0.92;
    double count = 0;
    for (const QString &p : paragraphs) {
        double advance = 0;
        for (const QChar c : p) {
            if (c.unicode() >= 0x1100 && c.unicode() < 0xFFEF)
                advance += em * 0.92; // Hangul and CJK
            else if (c.isSpace())
                advance += em * 0.3;
            else
                advance += em * (c.isUpper() || c.isDigit() ? 0.62 : 0.52);
        }
        count += std::max(1.0, std::ceil(advance / usable));
    }
    return int(std::max(1.0, count));
}

qint64 TypeFitter::lineHeight(int size)
{
    return qint64(emuPerEm(size) * 1.3);
}

qint64 TypeFitter::textHeight(const QStringList &paragraphs, qint64 width, int size)
{
    return lines(paragraphs, width - cellMargins, size) * lineHeight(size) + cellMargins;
}

} // namespace gapscope
