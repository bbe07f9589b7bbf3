#include "PointStamper.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace gapscope {

namespace {

// Each of the four 8-bit channels of `pixel` times `alpha` / 255 (premultiplied arithmetic).
inline quint32 scaled(quint32 pixel, quint32 alpha)
{
    quint32 redBlue = (pixel & 0xff00ff) * alpha;
    redBlue = ((redBlue + ((redBlue >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    quint32 alphaGreen = ((pixel >> 8) & 0xff00ff) * alpha;
    alphaGreen = (alphaGreen + ((alphaGreen >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return alphaGreen | redBlue;
}

} // namespace

PointStamper::PointStamper(QImage *image, const QRect &clip)
    : m_clip(clip & image->rect()), m_bits(image->bits()), m_stride(image->bytesPerLine())
{
}

int PointStamper::addMark(double reach, const std::function<void(QPainter *)> &paint)
{
    const int centre = int(std::ceil(reach)) + 1;
    const int side = centre * 2 + 1;
    QImage picture(side, side, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(centre + 0.5, centre + 0.5); // the middle of the centre pixel
    paint(&painter);
    painter.end();
    // Only the pixels that are not transparent, row by row.
    Mark mark;
    for (int y = 0; y < side; ++y) {
        const auto *row = reinterpret_cast<const quint32 *>(picture.constScanLine(y));
        int first = 0;
        int last = side - 1;
        while (first <= last && qAlpha(row[first]) == 0)
            ++first;
        while (last >= first && qAlpha(row[last]) == 0)
            --last;
        if (first <= last)
            mark.push_back({y - centre, first - centre, std::vector<quint32>(row + first, row + last + 1)});
    }
    m_marks.push_back(std::move(mark));
    return int(m_marks.size()) - 1;
}

void PointStamper::stamp(int mark, const QPointF &at)
{
    // Far outside any picture (and beyond what an int holds): nothing to stamp.
    if (!(std::abs(at.x()) < 1e7) || !(std::abs(at.y()) < 1e7))
        return;
    const int cx = int(std::floor(at.x()));
    const int cy = int(std::floor(at.y()));
    for (const Span &span : m_marks[size_t(mark)]) {
        const int y = cy + span.dy;
        if (y < m_clip.top() || y > m_clip.bottom())
            continue;
        const int left = cx + span.dx;
        const int x0 = std::max(left, m_clip.left());
        const int x1 = std::min(left + int(span.pixels.size()) - 1, m_clip.right());
        const quint32 *from = span.pixels.data() + (x0 - left);
        auto *to = reinterpret_cast<quint32 *>(m_bits + qsizetype(y) * m_stride) + x0;
        // Source over, without branches (an opaque pixel replaces, a transparent one keeps).
        for (int x = x0; x <= x1; ++x, ++from, ++to)
            *to = *from + scaled(*to, 255 - (*from >> 24));
    }
}

} // namespace gapscope
