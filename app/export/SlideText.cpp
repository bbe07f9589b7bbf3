#include "SlideText.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace gapscope {

QFont SlideText::font(int pixels, bool bold)
{
    QFont f = QApplication::font();
    f.setPixelSize(std::max(6, pixels));
    f.setBold(bold);
    return f;
}

double SlideText::drawWrapped(QPainter *painter, QPaintDevice *device, const QString &text, const QFont &font,
                              const QPointF &topLeft, double width, int maxLines)
{
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QTextLine> lines;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines.append(line);
    }
    layout.endLayout();
    const QFontMetricsF fm(font, device);
    double y = topLeft.y();
    if (painter)
        painter->setFont(font);
    for (qsizetype i = 0; i < lines.size() && i < maxLines; ++i) {
        const QTextLine &line = lines.at(i);
        QString piece = text.mid(line.textStart(), line.textLength());
        if (i == maxLines - 1 && lines.size() > maxLines)
            piece = fm.elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
        if (painter)
            painter->drawText(QPointF(topLeft.x(), y + fm.ascent()), piece.trimmed());
        y += fm.lineSpacing();
    }
    return y - topLeft.y();
}

} // namespace gapscope
