#include "TypeFitter.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gapscope {

qint64 TypeFitter::textHeight(const QStringList &paragraphs, qint64 width, int size)
{
    const double em = size / 100.0 * 12700; // EMU per em
    const double usable = std::max<double>(em * 4, double(width - 91440));
    double lines = 0;
    for (const QString &p : paragraphs) {
        double advance = 0;
        for (const QChar c : p)
            advance += (c.unicode() >= 0x1100 && c.unicode() < 0xFFEF) ? em * 0.95 : em * 0.52;
        lines += std::max(1.0, std::ceil(advance / usable));
    }
    return qint64(std::max(1.0, lines) * em * 1.2) + 91440;
}

int TypeFitter::fit(const std::function<QList<qint64>(int size)> &rowHeights, qint64 room, QList<qint64> *heights,
                    int largest)
{
    int size = largest;
    *heights = rowHeights(size);
    while (size > 600 && std::accumulate(heights->cbegin(), heights->cend(), qint64(0)) > room) {
        size -= 100;
        *heights = rowHeights(size);
    }
    return size;
}

} // namespace gapscope
