#include "TickLabel.h"

#include <QFontMetricsF>
#include <QPainter>

namespace gapscope {

namespace {

// The plain character of a superscript digit or minus; a null QChar for any other.
QChar plain(QChar c)
{
    static const QString superscripts = QStringLiteral(u"⁰¹²³⁴⁵⁶⁷⁸⁹");
    if (const qsizetype digit = superscripts.indexOf(c); digit >= 0)
        return QChar(u'0' + char16_t(digit));
    if (c == QChar(u'⁻'))
        return QChar(u'−');
    return {};
}

} // namespace

TickLabel::TickLabel(const QString &label, const QFont &font) : m_font(font), m_small(font)
{
    qsizetype start = label.size();
    while (start > 0 && !plain(label.at(start - 1)).isNull())
        --start;
    m_base = label.left(start);
    for (qsizetype i = start; i < label.size(); ++i)
        m_exponent += plain(label.at(i));
    if (font.pixelSize() > 0)
        m_small.setPixelSize(std::max(1, int(font.pixelSize() * 0.72 + 0.5)));
    else
        m_small.setPointSizeF(font.pointSizeF() * 0.72);
}

double TickLabel::width() const
{
    const double base = QFontMetricsF(m_font).horizontalAdvance(m_base);
    return m_exponent.isEmpty() ? base : base + 1 + QFontMetricsF(m_small).horizontalAdvance(m_exponent);
}

void TickLabel::draw(QPainter *painter, const QPointF &baselineLeft) const
{
    painter->save();
    painter->setFont(m_font);
    painter->drawText(baselineLeft, m_base);
    if (!m_exponent.isEmpty()) {
        const QFontMetricsF fm(m_font);
        painter->setFont(m_small);
        painter->drawText(QPointF(baselineLeft.x() + fm.horizontalAdvance(m_base) + 1,
                                  baselineLeft.y() - fm.ascent() * 0.42),
                          m_exponent);
    }
    painter->restore();
}

} // namespace gapscope
