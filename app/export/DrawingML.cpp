#include "DrawingML.h"

namespace gapscope {

namespace {

QString langTag(Language lang)
{
    return lang == Language::Korean ? QStringLiteral("ko-KR") : QStringLiteral("en-US");
}

QString offsetAndExtent(qint64 x, qint64 y, qint64 cx, qint64 cy)
{
    return QStringLiteral("<a:off x=\"%1\" y=\"%2\"/><a:ext cx=\"%3\" cy=\"%4\"/>").arg(x).arg(y).arg(cx).arg(cy);
}

} // namespace

QString DrawingML::escape(const QString &text)
{
    // XML 1.0 allows no control characters but tab, newline and carriage return.
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            clean.append(c);
    }
    return clean.toHtmlEscaped();
}

QString DrawingML::hex(const QColor &color)
{
    return color.name().mid(1).toUpper();
}

QString DrawingML::geometry(qint64 x, qint64 y, qint64 cx, qint64 cy)
{
    return QStringLiteral("<a:xfrm>%1</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>")
        .arg(offsetAndExtent(x, y, cx, cy));
}

QString DrawingML::run(const QString &text, int size, const QColor &color, Language lang, bool bold)
{
    return QStringLiteral("<a:r><a:rPr lang=\"%1\" altLang=\"%2\" sz=\"%3\" b=\"%4\" dirty=\"0\">"
                          "<a:solidFill><a:srgbClr val=\"%5\"/></a:solidFill>"
                          "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/></a:rPr><a:t>%6</a:t></a:r>")
        .arg(langTag(lang), lang == Language::Korean ? QStringLiteral("en-US") : QStringLiteral("ko-KR"))
        .arg(size)
        .arg(bold ? 1 : 0)
        .arg(hex(color), escape(text));
}

QString DrawingML::paragraph(const QString &runs)
{
    return QStringLiteral("<a:p>%1</a:p>").arg(runs);
}

QString DrawingML::textBox(int id, const QString &name, qint64 x, qint64 y, qint64 cx, qint64 cy,
                           const QString &paragraphs, const QString &anchor)
{
    return QStringLiteral("<p:sp><p:nvSpPr><p:cNvPr id=\"%1\" name=\"%2\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
                          "<p:spPr>%3<a:noFill/></p:spPr>"
                          "<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" "
                          "anchor=\"%4\"><a:noAutofit/></a:bodyPr><a:lstStyle/>%5</p:txBody></p:sp>")
        .arg(id)
        .arg(escape(name), geometry(x, y, cx, cy), anchor, paragraphs);
}

QString DrawingML::picture(int id, const QString &name, const QString &description, const QString &relationship,
                           qint64 x, qint64 y, qint64 cx, qint64 cy)
{
    return QStringLiteral("<p:pic><p:nvPicPr><p:cNvPr id=\"%1\" name=\"%2\" descr=\"%3\"/><p:cNvPicPr>"
                          "<a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
                          "<p:blipFill><a:blip r:embed=\"%4\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
                          "<p:spPr>%5</p:spPr></p:pic>")
        .arg(id)
        .arg(escape(name), escape(description), relationship, geometry(x, y, cx, cy));
}

QString DrawingML::cell(const QStringList &paragraphs, const QColor &fill, const QColor &text, int size,
                        Language lang, bool bold)
{
    QString body;
    for (const QString &p : paragraphs)
        body += paragraph(run(p, size, text, lang, bold));
    if (body.isEmpty())
        body = QStringLiteral("<a:p><a:endParaRPr lang=\"%1\" sz=\"%2\"/></a:p>").arg(langTag(lang)).arg(size);
    QString line;
    for (const char *side : {"lnL", "lnR", "lnT", "lnB"})
        line += QStringLiteral("<a:%1 w=\"6350\"><a:solidFill><a:srgbClr val=\"BFC4CA\"/></a:solidFill></a:%1>")
                    .arg(QLatin1String(side));
    return QStringLiteral("<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%1</a:txBody>"
                          "<a:tcPr marL=\"45720\" marR=\"45720\" marT=\"45720\" marB=\"45720\">%2"
                          "<a:solidFill><a:srgbClr val=\"%3\"/></a:solidFill></a:tcPr></a:tc>")
        .arg(body, line, hex(fill));
}

QString DrawingML::chart(int id, const QString &name, const QString &relationship, qint64 x, qint64 y, qint64 cx,
                         qint64 cy)
{
    return QStringLiteral("<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"%1\" name=\"%2\"/>"
                          "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/>"
                          "</p:nvGraphicFramePr><p:xfrm>%3</p:xfrm>"
                          "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
                          "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"%4\"/>"
                          "</a:graphicData></a:graphic></p:graphicFrame>")
        .arg(id)
        .arg(escape(name), offsetAndExtent(x, y, cx, cy), relationship);
}

QString DrawingML::table(int id, const QString &name, qint64 x, qint64 y, qint64 cx, qint64 cy,
                         const QList<qint64> &columns, const QList<std::pair<QString, qint64>> &rows)
{
    QString grid;
    for (qint64 w : columns)
        grid += QStringLiteral("<a:gridCol w=\"%1\"/>").arg(w);
    QString body;
    for (const auto &[cells, height] : rows)
        body += QStringLiteral("<a:tr h=\"%1\">%2</a:tr>").arg(height).arg(cells);
    return QStringLiteral("<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"%1\" name=\"%2\"/>"
                          "<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/>"
                          "</p:nvGraphicFramePr><p:xfrm>%3</p:xfrm>"
                          "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\">"
                          "<a:tbl><a:tblPr firstRow=\"1\"/><a:tblGrid>%4</a:tblGrid>%5</a:tbl></a:graphicData>"
                          "</a:graphic></p:graphicFrame>")
        .arg(id)
        .arg(escape(name), offsetAndExtent(x, y, cx, cy), grid, body);
}

} // namespace gapscope
