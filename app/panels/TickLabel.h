#pragma once

#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace gapscope {

// An axis tick's label drawn with its power of ten ("1 × 10²⁷", as ValueFormatter writes it) as
// a raised exponent in a smaller size of the label's own font, in plain digits. Unicode's
// superscript digits come from another font where the label's lacks them (NanumGothic, the Korean
// interface's, has ¹²³⁴ but not ⁰ or ⁵–⁹), so that a Korean axis showed exponents of uneven
// size and spacing. A label without a power is drawn as it is.
class TickLabel
{
public:
    TickLabel(const QString &label, const QFont &font);

    // The label's width, exponent included.
    double width() const;
    // Draws the label with its baseline's left end at `baselineLeft`, in the painter's pen.
    void draw(QPainter *painter, const QPointF &baselineLeft) const;
    // The part on the baseline ("1 × 10") and the exponent in plain digits ("27", "−7"); an
    // empty exponent when the label has no power.
    const QString &base() const { return m_base; }
    const QString &exponent() const { return m_exponent; }

private:
    QFont m_font;
    QFont m_small;
    QString m_base;
    QString m_exponent;
};

} // namespace gapscope
