#pragma once

#include <QImage>
#include <QRect>

#include <functional>
#include <vector>

class QPainter;

namespace gapscope {

// Draws many small marks on a raster image quickly (the models scatter's hundred thousand points
// in the window): each kind of mark is painted once with QPainter, antialiased, into a small
// picture, which is then blended pixel by pixel into the image wherever the mark goes, instead of
// a QPainter call with its pen and brush for every point. A mark lands on the nearest whole pixel.
class PointStamper
{
public:
    // Marks go into `image` (Format_ARGB32_Premultiplied, kept by the caller), only inside `clip`
    // (the image's pixels).
    PointStamper(QImage *image, const QRect &clip);

    // A new kind of mark, reaching at most `reach` pixels from its centre, which `paint` draws
    // around (0, 0) in pixels (pen and brush its own); its number for stamp().
    int addMark(double reach, const std::function<void(QPainter *)> &paint);
    // The mark `mark` centred at `at` (the image's pixels), over what is there.
    void stamp(int mark, const QPointF &at);

private:
    // A row of a mark's pixels that are not transparent.
    struct Span
    {
        int dy, dx; // from the centre
        std::vector<quint32> pixels;
    };
    using Mark = std::vector<Span>;

    QRect m_clip;
    uchar *m_bits; // the image's pixels, and the bytes from one line to the next
    qsizetype m_stride;
    std::vector<Mark> m_marks;
};

} // namespace gapscope
