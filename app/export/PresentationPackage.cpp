#include "PresentationPackage.h"

#include "ChartPart.h"
#include "DrawingML.h"

#include <QBuffer>
#include <QDateTime>
#include <QImageWriter>

namespace gapscope {

namespace {

const char *const nsA = "http://schemas.openxmlformats.org/drawingml/2006/main";
const char *const nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char *const nsP = "http://schemas.openxmlformats.org/presentationml/2006/main";
const QString relBase = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString ctBase = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.");

QByteArray xml(const QString &body)
{
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body).toUtf8();
}

QString namespaces()
{
    return QStringLiteral(" xmlns:a=\"%1\" xmlns:r=\"%2\" xmlns:p=\"%3\"")
        .arg(QLatin1String(nsA), QLatin1String(nsR), QLatin1String(nsP));
}

QString relationships(const QList<std::pair<QString, QString>> &rels, const QString &chartTarget = QString())
{
    // rels: (type, target); ids are rId1, rId2, ... in order; then the chart's, if any.
    QString body = QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (qsizetype i = 0; i < rels.size(); ++i) {
        const QString type = rels[i].first.startsWith(QLatin1String("http")) ? rels[i].first : relBase + rels[i].first;
        body += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2\" Target=\"%3\"/>")
                    .arg(i + 1)
                    .arg(type, rels[i].second);
    }
    if (!chartTarget.isEmpty())
        body += QStringLiteral("<Relationship Id=\"%1\" Type=\"%2chart\" Target=\"%3\"/>")
                    .arg(PresentationPackage::chartRelationship(), relBase, chartTarget);
    return body + QStringLiteral("</Relationships>");
}

QString emptyTree()
{
    return QStringLiteral("<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
                          "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/>"
                          "<a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>");
}

QString colorMap()
{
    return QStringLiteral("bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "
                          "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" "
                          "hlink=\"hlink\" folHlink=\"folHlink\"");
}

QString themeXml()
{
    QString fills;
    QString lines;
    QString effects;
    for (int i = 0; i < 3; ++i) {
        fills += QStringLiteral("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>");
        lines += QStringLiteral("<a:ln w=\"%1\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>")
                     .arg(6350 * (i + 1));
        effects += QStringLiteral("<a:effectStyle><a:effectLst/></a:effectStyle>");
    }
    const QString font = QStringLiteral("<a:latin typeface=\"Arial\"/><a:ea typeface=\"Malgun Gothic\"/>"
                                        "<a:cs typeface=\"Arial\"/><a:font script=\"Hang\" typeface=\"Malgun Gothic\"/>");
    return QStringLiteral(
               "<a:theme xmlns:a=\"%1\" name=\"GapScope\"><a:themeElements><a:clrScheme name=\"GapScope\">"
               "<a:dk1><a:srgbClr val=\"000000\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>"
               "<a:dk2><a:srgbClr val=\"20242A\"/></a:dk2><a:lt2><a:srgbClr val=\"F1F3F5\"/></a:lt2>"
               "<a:accent1><a:srgbClr val=\"2F6DB5\"/></a:accent1><a:accent2><a:srgbClr val=\"D64541\"/></a:accent2>"
               "<a:accent3><a:srgbClr val=\"1F9E89\"/></a:accent3><a:accent4><a:srgbClr val=\"E39B2F\"/></a:accent4>"
               "<a:accent5><a:srgbClr val=\"7E57C2\"/></a:accent5><a:accent6><a:srgbClr val=\"5F6670\"/></a:accent6>"
               "<a:hlink><a:srgbClr val=\"2F6DB5\"/></a:hlink><a:folHlink><a:srgbClr val=\"7E57C2\"/></a:folHlink>"
               "</a:clrScheme><a:fontScheme name=\"GapScope\"><a:majorFont>%2</a:majorFont>"
               "<a:minorFont>%2</a:minorFont></a:fontScheme><a:fmtScheme name=\"GapScope\">"
               "<a:fillStyleLst>%3</a:fillStyleLst><a:lnStyleLst>%4</a:lnStyleLst>"
               "<a:effectStyleLst>%5</a:effectStyleLst><a:bgFillStyleLst>%3</a:bgFillStyleLst>"
               "</a:fmtScheme></a:themeElements></a:theme>")
        .arg(QLatin1String(nsA), font, fills, lines, effects);
}

QString placeholder(int id, const QString &name, const QString &type, const QString &geometry,
                    const QString &body = QString())
{
    return QStringLiteral("<p:sp><p:nvSpPr><p:cNvPr id=\"%1\" name=\"%2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"
                          "</p:cNvSpPr><p:nvPr><p:ph %3/></p:nvPr></p:nvSpPr><p:spPr>%4</p:spPr>%5</p:sp>")
        .arg(id)
        .arg(name, type, geometry, body);
}

QByteArray png(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.write(image);
    return buffer.data();
}

} // namespace

PresentationPackage::PresentationPackage(qint64 slideWidth, qint64 slideHeight)
    : m_slideWidth(slideWidth), m_slideHeight(slideHeight)
{
}

void PresentationPackage::addSlide(const QColor &background, const QString &shapes, const QString &notes,
                                   const QImage &picture, const Chart &chart)
{
    const int n = ++m_slides;
    QList<std::pair<QString, QString>> rels{
        {QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")},
        {QStringLiteral("notesSlide"), QStringLiteral("../notesSlides/notesSlide%1.xml").arg(n)}};
    if (!picture.isNull()) {
        m_media.append({QStringLiteral("ppt/media/image%1.png").arg(n), png(picture)});
        rels.append({QStringLiteral("image"), QStringLiteral("../media/image%1.png").arg(n)}); // pictureRelationship()
    }
    m_slideParts.append(
        {QStringLiteral("ppt/slides/slide%1.xml").arg(n),
         xml(QStringLiteral("<p:sld%1><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"%2\"/></a:solidFill>"
                            "<a:effectLst/></p:bgPr></p:bg><p:spTree>%3%4</p:spTree></p:cSld>"
                            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")
                 .arg(namespaces(), DrawingML::hex(background), emptyTree(), shapes))});
    QString chartTarget;
    if (!chart.xml.isEmpty()) {
        const int c = ++m_charts;
        chartTarget = QStringLiteral("../charts/chart%1.xml").arg(c);
        m_chartParts.append({QStringLiteral("ppt/charts/chart%1.xml").arg(c), chart.xml});
        m_chartParts.append(
            {QStringLiteral("ppt/charts/_rels/chart%1.xml.rels").arg(c),
             xml(QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                "<Relationship Id=\"%1\" Type=\"%2package\" "
                                "Target=\"../embeddings/Microsoft_Excel_Worksheet%3.xlsx\"/></Relationships>")
                     .arg(ChartPart::workbookRelationship(), relBase)
                     .arg(c))});
        m_chartParts.append({QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(c), chart.workbook});
    }
    m_slideParts.append({QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(n), xml(relationships(rels, chartTarget))});
    m_slideParts.append(
        {QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n),
         xml(QStringLiteral("<p:notes%1><p:cSld><p:spTree>%2%3%4</p:spTree></p:cSld>"
                            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>")
                 .arg(namespaces(), emptyTree(),
                      placeholder(2, QStringLiteral("Slide Image Placeholder 1"), QStringLiteral("type=\"sldImg\""),
                                  QString()),
                      placeholder(3, QStringLiteral("Notes Placeholder 2"), QStringLiteral("type=\"body\" idx=\"1\""),
                                  QString(),
                                  QStringLiteral("<p:txBody><a:bodyPr/><a:lstStyle/>%1</p:txBody>").arg(notes))))});
    m_slideParts.append(
        {QStringLiteral("ppt/notesSlides/_rels/notesSlide%1.xml.rels").arg(n),
         xml(relationships({{QStringLiteral("notesMaster"), QStringLiteral("../notesMasters/notesMaster1.xml")},
                            {QStringLiteral("slide"), QStringLiteral("../slides/slide%1.xml").arg(n)}}))});
}

QList<ZipWriter::Entry> PresentationPackage::parts(const QString &title, const QString &description) const
{
    // The parts around the slides.
    QString types = QStringLiteral(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>");
    auto override = [&types](const QString &part, const QString &type) {
        types += QStringLiteral("<Override PartName=\"/%1\" ContentType=\"%2\"/>").arg(part, type);
    };
    override(QStringLiteral("ppt/presentation.xml"), ctBase + QStringLiteral("presentation.main+xml"));
    override(QStringLiteral("ppt/slideMasters/slideMaster1.xml"), ctBase + QStringLiteral("slideMaster+xml"));
    override(QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), ctBase + QStringLiteral("slideLayout+xml"));
    override(QStringLiteral("ppt/notesMasters/notesMaster1.xml"), ctBase + QStringLiteral("notesMaster+xml"));
    override(QStringLiteral("ppt/theme/theme1.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"));
    override(QStringLiteral("ppt/theme/theme2.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml"));
    override(QStringLiteral("ppt/presProps.xml"), ctBase + QStringLiteral("presProps+xml"));
    override(QStringLiteral("ppt/viewProps.xml"), ctBase + QStringLiteral("viewProps+xml"));
    override(QStringLiteral("ppt/tableStyles.xml"), ctBase + QStringLiteral("tableStyles+xml"));
    override(QStringLiteral("docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    override(QStringLiteral("docProps/app.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    for (int n = 1; n <= m_slides; ++n) {
        override(QStringLiteral("ppt/slides/slide%1.xml").arg(n), ctBase + QStringLiteral("slide+xml"));
        override(QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n), ctBase + QStringLiteral("notesSlide+xml"));
    }
    for (int c = 1; c <= m_charts; ++c)
        override(QStringLiteral("ppt/charts/chart%1.xml").arg(c),
                 QStringLiteral("application/vnd.openxmlformats-officedocument.drawingml.chart+xml"));
    types += QStringLiteral("</Types>");

    QList<ZipWriter::Entry> package;
    package.append({QStringLiteral("[Content_Types].xml"), xml(types)});
    package.append({QStringLiteral("_rels/.rels"),
                    xml(relationships({{QStringLiteral("officeDocument"), QStringLiteral("ppt/presentation.xml")},
                                       {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                                        QStringLiteral("docProps/core.xml")},
                                       {QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}}))});
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    package.append({QStringLiteral("docProps/core.xml"),
                    xml(QStringLiteral("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                                       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>%1</dc:title>"
                                       "<dc:creator>GapScope</dc:creator><dc:description>%2</dc:description>"
                                       "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%3</dcterms:created>"
                                       "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%3</dcterms:modified></cp:coreProperties>")
                            .arg(DrawingML::escape(title), DrawingML::escape(description), now))});
    package.append({QStringLiteral("docProps/app.xml"),
                    xml(QStringLiteral("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                                       "<Application>GapScope</Application><Slides>%1</Slides><Notes>%1</Notes></Properties>")
                            .arg(m_slides))});

    QString slideIds;
    QList<std::pair<QString, QString>> presRels{
        {QStringLiteral("slideMaster"), QStringLiteral("slideMasters/slideMaster1.xml")},
        {QStringLiteral("theme"), QStringLiteral("theme/theme1.xml")},
        {QStringLiteral("notesMaster"), QStringLiteral("notesMasters/notesMaster1.xml")},
        {QStringLiteral("presProps"), QStringLiteral("presProps.xml")},
        {QStringLiteral("viewProps"), QStringLiteral("viewProps.xml")},
        {QStringLiteral("tableStyles"), QStringLiteral("tableStyles.xml")}};
    for (int n = 1; n <= m_slides; ++n) {
        presRels.append({QStringLiteral("slide"), QStringLiteral("slides/slide%1.xml").arg(n)});
        slideIds += QStringLiteral("<p:sldId id=\"%1\" r:id=\"rId%2\"/>").arg(255 + n).arg(6 + n);
    }
    package.append({QStringLiteral("ppt/presentation.xml"),
                    xml(QStringLiteral("<p:presentation%1 saveSubsetFonts=\"1\"><p:sldMasterIdLst>"
                                       "<p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
                                       "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId3\"/></p:notesMasterIdLst>"
                                       "<p:sldIdLst>%2</p:sldIdLst><p:sldSz cx=\"%3\" cy=\"%4\"/>"
                                       "<p:notesSz cx=\"6858000\" cy=\"9144000\"/></p:presentation>")
                            .arg(namespaces(), slideIds)
                            .arg(m_slideWidth)
                            .arg(m_slideHeight))});
    package.append({QStringLiteral("ppt/_rels/presentation.xml.rels"), xml(relationships(presRels))});
    package.append({QStringLiteral("ppt/presProps.xml"), xml(QStringLiteral("<p:presentationPr%1/>").arg(namespaces()))});
    package.append({QStringLiteral("ppt/viewProps.xml"),
                    xml(QStringLiteral("<p:viewPr%1><p:normalViewPr/><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>")
                            .arg(namespaces()))});
    package.append({QStringLiteral("ppt/tableStyles.xml"),
                    xml(QStringLiteral("<a:tblStyleLst xmlns:a=\"%1\" def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>")
                            .arg(QLatin1String(nsA)))});
    package.append({QStringLiteral("ppt/slideMasters/slideMaster1.xml"),
                    xml(QStringLiteral("<p:sldMaster%1><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/>"
                                       "</p:bgRef></p:bg><p:spTree>%2</p:spTree></p:cSld><p:clrMap %3/>"
                                       "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
                                       "<p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz=\"3200\"/></a:lvl1pPr></p:titleStyle>"
                                       "<p:bodyStyle><a:lvl1pPr><a:defRPr sz=\"1800\"/></a:lvl1pPr></p:bodyStyle>"
                                       "<p:otherStyle><a:lvl1pPr><a:defRPr sz=\"1800\"/></a:lvl1pPr></p:otherStyle>"
                                       "</p:txStyles></p:sldMaster>")
                            .arg(namespaces(), emptyTree(), colorMap()))});
    package.append({QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"),
                    xml(relationships({{QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")},
                                       {QStringLiteral("theme"), QStringLiteral("../theme/theme1.xml")}}))});
    package.append({QStringLiteral("ppt/slideLayouts/slideLayout1.xml"),
                    xml(QStringLiteral("<p:sldLayout%1 type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\"><p:spTree>%2"
                                       "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>")
                            .arg(namespaces(), emptyTree()))});
    package.append({QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"),
                    xml(relationships({{QStringLiteral("slideMaster"), QStringLiteral("../slideMasters/slideMaster1.xml")}}))});
    package.append({QStringLiteral("ppt/notesMasters/notesMaster1.xml"),
                    xml(QStringLiteral("<p:notesMaster%1><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/>"
                                       "</p:bgRef></p:bg><p:spTree>%2%3%4</p:spTree></p:cSld><p:clrMap %5/></p:notesMaster>")
                            .arg(namespaces(), emptyTree(),
                                 placeholder(2, QStringLiteral("Slide Image Placeholder 1"), QStringLiteral("type=\"sldImg\" idx=\"2\""),
                                             DrawingML::geometry(381000, 685800, 6096000, 3429000)),
                                 placeholder(3, QStringLiteral("Notes Placeholder 2"), QStringLiteral("type=\"body\" idx=\"1\""),
                                             DrawingML::geometry(685800, 4343400, 5486400, 4114800),
                                             QStringLiteral("<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody>")),
                                 colorMap()))});
    package.append({QStringLiteral("ppt/notesMasters/_rels/notesMaster1.xml.rels"),
                    xml(relationships({{QStringLiteral("theme"), QStringLiteral("../theme/theme2.xml")}}))});
    package.append({QStringLiteral("ppt/theme/theme1.xml"), xml(themeXml())});
    package.append({QStringLiteral("ppt/theme/theme2.xml"), xml(themeXml())});
    package += m_slideParts;
    package += m_media;
    package += m_chartParts;
    return package;
}

} // namespace gapscope
