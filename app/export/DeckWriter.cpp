#include "DeckWriter.h"

#include "TranslationScope.h"

#include "LanguageManager.h"
#include "SlideRenderer.h"
#include "format/DisplayText.h"
#include "model/AssessmentMatrixModel.h"
#include "model/Roles.h"
#include "model/SwotModel.h"
#include "panels/SwotPanel.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImageWriter>

#include <zip.h>

#include <cmath>
#include <numeric>

namespace gapscope {

namespace {

const char *const nsA = "http://schemas.openxmlformats.org/drawingml/2006/main";
const char *const nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char *const nsP = "http://schemas.openxmlformats.org/presentationml/2006/main";
const QString relBase = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString ctBase = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.");

constexpr qint64 emuPerPixel = 9525; // at 96 dpi
constexpr qint64 margin = 457200;

QString esc(const QString &text)
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

QByteArray xml(const QString &body)
{
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body).toUtf8();
}

QString namespaces()
{
    return QStringLiteral(" xmlns:a=\"%1\" xmlns:r=\"%2\" xmlns:p=\"%3\"")
        .arg(QLatin1String(nsA), QLatin1String(nsR), QLatin1String(nsP));
}

QString relationships(const QList<std::pair<QString, QString>> &rels)
{
    // rels: (type, target); ids are rId1, rId2, ... in order.
    QString body = QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (qsizetype i = 0; i < rels.size(); ++i) {
        const QString type = rels[i].first.startsWith(QLatin1String("http")) ? rels[i].first : relBase + rels[i].first;
        body += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2\" Target=\"%3\"/>")
                    .arg(i + 1)
                    .arg(type, rels[i].second);
    }
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

QString hex(const QColor &c)
{
    return c.name().mid(1).toUpper();
}

QString langTag(Language lang)
{
    return lang == Language::Korean ? QStringLiteral("ko-KR") : QStringLiteral("en-US");
}

// One run of text; size in hundredths of a point.
QString run(const QString &text, int size, const QColor &color, Language lang, bool bold = false)
{
    return QStringLiteral("<a:r><a:rPr lang=\"%1\" altLang=\"%2\" sz=\"%3\" b=\"%4\" dirty=\"0\">"
                          "<a:solidFill><a:srgbClr val=\"%5\"/></a:solidFill>"
                          "<a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/></a:rPr><a:t>%6</a:t></a:r>")
        .arg(langTag(lang), lang == Language::Korean ? QStringLiteral("en-US") : QStringLiteral("ko-KR"))
        .arg(size)
        .arg(bold ? 1 : 0)
        .arg(hex(color), esc(text));
}

QString paragraph(const QString &runs)
{
    return QStringLiteral("<a:p>%1</a:p>").arg(runs);
}

QString offsetAndExtent(qint64 x, qint64 y, qint64 cx, qint64 cy)
{
    return QStringLiteral("<a:off x=\"%1\" y=\"%2\"/><a:ext cx=\"%3\" cy=\"%4\"/>").arg(x).arg(y).arg(cx).arg(cy);
}

QString geometry(qint64 x, qint64 y, qint64 cx, qint64 cy)
{
    return QStringLiteral("<a:xfrm>%1</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>")
        .arg(offsetAndExtent(x, y, cx, cy));
}

QString textBox(int id, const QString &name, qint64 x, qint64 y, qint64 cx, qint64 cy, const QString &paragraphs,
                const QString &anchor = QStringLiteral("t"))
{
    return QStringLiteral("<p:sp><p:nvSpPr><p:cNvPr id=\"%1\" name=\"%2\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
                          "<p:spPr>%3<a:noFill/></p:spPr>"
                          "<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" "
                          "anchor=\"%4\"><a:normAutofit/></a:bodyPr><a:lstStyle/>%5</p:txBody></p:sp>")
        .arg(id)
        .arg(esc(name), geometry(x, y, cx, cy), anchor, paragraphs);
}

QString cell(const QStringList &paragraphs, const QColor &fill, const QColor &text, int size, Language lang,
             bool bold)
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

// The height in EMU that `paragraphs` take in a cell `width` EMU wide at `size` hundredths of a
// point: an estimate from typical glyph widths (Hangul and CJK about one em, Latin about half).
qint64 textHeight(const QStringList &paragraphs, qint64 width, int size)
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

// Rows are (cells, height in EMU); PowerPoint grows a row whose text needs more.
QString table(int id, const QString &name, qint64 x, qint64 y, qint64 cx, qint64 cy, const QList<qint64> &columns,
              const QList<std::pair<QString, qint64>> &rows)
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
        .arg(esc(name), offsetAndExtent(x, y, cx, cy), grid, body);
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

DeckWriter::DeckWriter(const Dataset &dataset, LanguageManager *languages, QObject *parent)
    : QObject(parent), m_dataset(dataset), m_languages(languages)
{
}

QByteArray DeckWriter::comparisonTable(const SavedView &view, qint64 x, qint64 y, qint64 cx, qint64 cy) const
{
    AssessmentMatrixModel model;
    model.setLanguage(view.language);
    model.setDataset(&m_dataset);
    model.setFilter(view.filter);
    const SlideTheme theme = SlideTheme::of(view.theme);
    const qint64 first = cx / 6;
    const int countries = std::max(1, model.columnCount());
    QList<qint64> columns{first};
    for (int c = 0; c < model.columnCount(); ++c)
        columns << (cx - first) / countries;
    auto cellText = [&model](int r, int c) {
        return model.index(r, c).data().toString().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    };
    // The largest type at which the whole matrix fits the slide, as far as it can be estimated.
    auto heights = [&](int size) {
        QList<qint64> out{textHeight({model.headerData(0, Qt::Horizontal).toString()}, columns.value(1), size)};
        for (int r = 0; r < model.rowCount(); ++r) {
            qint64 h = textHeight({model.headerData(r, Qt::Vertical).toString()}, first, size);
            for (int c = 0; c < model.columnCount(); ++c)
                h = std::max(h, textHeight(cellText(r, c), columns.value(c + 1), size));
            out << h;
        }
        return out;
    };
    int size = 1200;
    QList<qint64> rowHeights = heights(size);
    while (size > 600 && std::accumulate(rowHeights.cbegin(), rowHeights.cend(), qint64(0)) > cy) {
        size -= 100;
        rowHeights = heights(size);
    }
    const QColor head = theme.panel == theme.background ? QColor(0xe8, 0xeb, 0xef) : theme.panel.lighter(130);
    QList<std::pair<QString, qint64>> rows;
    QString header = cell({}, head, theme.text, size, view.language, true);
    for (int c = 0; c < model.columnCount(); ++c)
        header += cell({model.headerData(c, Qt::Horizontal).toString()}, head, theme.text, size, view.language, true);
    rows.append({header, rowHeights.value(0)});
    for (int r = 0; r < model.rowCount(); ++r) {
        QString row = cell({model.headerData(r, Qt::Vertical).toString()}, head, theme.text, size, view.language, true);
        for (int c = 0; c < model.columnCount(); ++c)
            row += cell(cellText(r, c), theme.panel, theme.text, size, view.language, false);
        rows.append({row, rowHeights.value(r + 1)});
    }
    return table(7, tr("Comparison"), x, y, cx, cy, columns, rows).toUtf8();
}

QByteArray DeckWriter::swotTables(const QStringList &countries, const SavedView &view, qint64 x, qint64 y,
                                  qint64 cx, qint64 cy) const
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const qint64 gap = countries.size() > 1 ? 228600 : 0;
    const qint64 width = (cx - gap * (countries.size() - 1)) / std::max<qsizetype>(1, countries.size());
    QString frames;
    int id = 20;
    for (qsizetype i = 0; i < countries.size(); ++i) {
        SwotModel model;
        model.setLanguage(view.language);
        model.setDataset(&m_dataset);
        Filter own = view.filter;
        own.countries = {countries[i]};
        model.setFilter(own);
        QStringList cells[4];
        for (int q = 0; q < 4; ++q) {
            const QModelIndex parent = model.quadrantIndex(SwotModel::quadrants[q]);
            for (int r = 0; r < model.rowCount(parent); ++r) {
                const QString text = model.index(r, SwotModel::TextColumn, parent).data().toString();
                const QString dim = model.index(r, SwotModel::DimensionColumn, parent).data().toString();
                cells[q] << QStringLiteral("%1 [%2]").arg(text, dim);
            }
        }
        const bool labelled = countries.size() > 1;
        const qint64 top = labelled ? 365760 : 0;
        auto heights = [&](int size) {
            QList<qint64> out;
            for (int row = 0; row < 2; ++row) {
                out << textHeight({QStringLiteral("S")}, width / 2, size + 200);
                out << std::max(textHeight(cells[row * 2], width / 2, size), textHeight(cells[row * 2 + 1], width / 2, size));
            }
            return out;
        };
        int size = 1200;
        QList<qint64> rowHeights = heights(size);
        while (size > 600 && std::accumulate(rowHeights.cbegin(), rowHeights.cend(), qint64(0)) > cy - top) {
            size -= 100;
            rowHeights = heights(size);
        }
        // What room is left goes to the items, so that the grid fills the slide.
        const qint64 spare = (cy - top) - std::accumulate(rowHeights.cbegin(), rowHeights.cend(), qint64(0));
        if (spare > 0) {
            rowHeights[1] += spare / 2;
            rowHeights[3] += spare / 2;
        }
        static const QColor tints[4] = {QColor(0xe3, 0xf1, 0xe6), QColor(0xfb, 0xe5, 0xe3), QColor(0xe3, 0xed, 0xf9),
                                        QColor(0xfd, 0xf1, 0xdc)};
        QList<std::pair<QString, qint64>> rows;
        const QString name = DisplayText::country(m_dataset, countries[i], view.language);
        for (int row = 0; row < 2; ++row) {
            QString heads;
            QString bodies;
            for (int col = 0; col < 2; ++col) {
                const int q = row * 2 + col;
                const QColor fill = view.theme == SavedView::Theme::Dark ? theme.panel : tints[q];
                heads += cell({QStringLiteral("%1 (%2)").arg(DisplayText::quadrant(SwotModel::quadrants[q]))
                                   .arg(cells[q].size())},
                              fill, theme.text, size + 200, view.language, true);
                bodies += cell(cells[q], fill, theme.text, size, view.language, false);
            }
            rows.append({heads, rowHeights[row * 2]});
            rows.append({bodies, rowHeights[row * 2 + 1]});
        }
        const qint64 left = x + i * (width + gap);
        if (labelled)
            frames += textBox(id++, name, left, y, width, 320040,
                              paragraph(run(name, 1600, theme.text, view.language, true)));
        frames += table(id++, tr("SWOT of %1").arg(name), left, y + top, width, cy - top, {width / 2, width / 2}, rows);
    }
    return frames.toUtf8();
}

QByteArray DeckWriter::notesXml(SlideRenderer &renderer) const
{
    const Language lang = renderer.view().language;
    QString body = paragraph(run(renderer.title(), 1200, Qt::black, lang, true));
    body += paragraph(run(renderer.subtitle(), 1200, Qt::black, lang));
    for (const QString &source : renderer.sources())
        body += paragraph(run(tr("Source: %1", nullptr, 1).arg(source), 1200, Qt::black, lang));
    const QStringList licences = renderer.licences();
    if (!licences.isEmpty())
        body += paragraph(run(tr("Licence: %1").arg(licences.join(QLatin1String(", "))), 1200, Qt::black, lang));
    body += paragraph(run(renderer.producer(), 1200, Qt::black, lang));
    return xml(QStringLiteral("<p:notes%1><p:cSld><p:spTree>%2%3%4</p:spTree></p:cSld>"
                              "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>")
                   .arg(namespaces(), emptyTree(),
                        placeholder(2, QStringLiteral("Slide Image Placeholder 1"), QStringLiteral("type=\"sldImg\""),
                                    QString()),
                        placeholder(3, QStringLiteral("Notes Placeholder 2"), QStringLiteral("type=\"body\" idx=\"1\""),
                                    QString(), QStringLiteral("<p:txBody><a:bodyPr/><a:lstStyle/>%1</p:txBody>").arg(body))));
}

QByteArray DeckWriter::slideXml(int number, SlideRenderer &renderer, const SavedView &view, QList<Part> *media)
{
    const SlideTheme theme = SlideTheme::of(view.theme);
    const bool big = view.theme == SavedView::Theme::Slide;
    const Language lang = view.language;
    const qint64 width = slideWidth - 2 * margin;
    QString shapes;
    shapes += textBox(2, tr("Title"), margin, 274320, width, 640080,
                      paragraph(run(renderer.title(), big ? 3600 : 2800, theme.text, lang, true)), QStringLiteral("b"));
    shapes += textBox(3, tr("Subtitle"), margin, 960120, width, 411480,
                      paragraph(run(renderer.subtitle(), big ? 2000 : 1600, theme.muted, lang)));
    const qint64 footerTop = slideHeight - 685800;
    shapes += textBox(4, tr("Sources"), margin, footerTop, width, 548640,
                      paragraph(run(renderer.footer(), big ? 1100 : 900, theme.muted, lang))
                          + paragraph(run(renderer.producer(), big ? 1100 : 900, theme.muted, lang)),
                      QStringLiteral("b"));
    const qint64 top = 1463040;
    const qint64 height = footerTop - 91440 - top;
    const QString empty = renderer.emptyMessage();
    if (!empty.isEmpty()) {
        shapes += textBox(5, tr("Note"), margin, top, width, height,
                          paragraph(run(empty, 1800, theme.muted, lang)), QStringLiteral("ctr"));
    } else if (view.panel == SavedView::Panel::Comparison) {
        shapes += QString::fromUtf8(comparisonTable(view, margin, top, width, height));
    } else if (view.panel == SavedView::Panel::Swot) {
        shapes += QString::fromUtf8(swotTables(renderer.swotCountries(), view, margin, top, width, height));
    } else {
        // Charts and tables: a picture at twice the slide's resolution.
        const QSize pixels(int(width / emuPerPixel), int(height / emuPerPixel));
        const QImage image = renderer.panelImage(pixels * 3 / 2, 2);
        const QString name = QStringLiteral("image%1.png").arg(number);
        media->append({QStringLiteral("ppt/media/") + name, png(image)});
        shapes += QStringLiteral("<p:pic><p:nvPicPr><p:cNvPr id=\"5\" name=\"%1\" descr=\"%2\"/><p:cNvPicPr>"
                                 "<a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
                                 "<p:blipFill><a:blip r:embed=\"rId3\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
                                 "<p:spPr>%3</p:spPr></p:pic>")
                      .arg(esc(renderer.title()), esc(renderer.title() + QStringLiteral(" — ") + renderer.subtitle()),
                           geometry(margin, top, width, height));
    }
    return xml(QStringLiteral("<p:sld%1><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"%2\"/></a:solidFill>"
                              "<a:effectLst/></p:bgPr></p:bg><p:spTree>%3%4</p:spTree></p:cSld>"
                              "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")
                   .arg(namespaces(), hex(theme.background), emptyTree(), shapes));
}

bool DeckWriter::write(const QList<SavedView> &views, const QString &path)
{
    m_error.clear();
    if (views.isEmpty()) {
        m_error = tr("no views to write");
        return false;
    }
    QList<Part> parts;
    QList<Part> media;
    QStringList titles;
    QStringList descriptions;
    for (qsizetype i = 0; i < views.size(); ++i) {
        SavedView view = views[i];
        view.size = QSize(1920, 1080); // type sizes of a full-screen picture, whatever the view's own size
        // The slide's texts in its view's language; the interface stays as it is.
        const TranslationScope language(m_languages, view.language);
        SlideRenderer renderer(m_dataset, view);
        const int n = int(i + 1);
        parts.append({QStringLiteral("ppt/slides/slide%1.xml").arg(n), slideXml(n, renderer, view, &media)});
        QList<std::pair<QString, QString>> rels{{QStringLiteral("slideLayout"), QStringLiteral("../slideLayouts/slideLayout1.xml")},
                                                {QStringLiteral("notesSlide"), QStringLiteral("../notesSlides/notesSlide%1.xml").arg(n)}};
        if (!media.isEmpty() && media.constLast().name.endsWith(QStringLiteral("/image%1.png").arg(n)))
            rels.append({QStringLiteral("image"), QStringLiteral("../media/image%1.png").arg(n)});
        parts.append({QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(n), xml(relationships(rels))});
        parts.append({QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n), notesXml(renderer)});
        parts.append({QStringLiteral("ppt/notesSlides/_rels/notesSlide%1.xml.rels").arg(n),
                      xml(relationships({{QStringLiteral("notesMaster"), QStringLiteral("../notesMasters/notesMaster1.xml")},
                                         {QStringLiteral("slide"), QStringLiteral("../slides/slide%1.xml").arg(n)}}))});
        titles << renderer.title();
        descriptions << renderer.footer();
    }
    const int count = int(views.size());

    // The package around the slides.
    QString types = QStringLiteral(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>");
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
    for (int n = 1; n <= count; ++n) {
        override(QStringLiteral("ppt/slides/slide%1.xml").arg(n), ctBase + QStringLiteral("slide+xml"));
        override(QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n), ctBase + QStringLiteral("notesSlide+xml"));
    }
    types += QStringLiteral("</Types>");

    QList<Part> package;
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
                            .arg(esc(titles.join(QStringLiteral(" · "))), esc(descriptions.join(QLatin1Char('\n'))), now))});
    package.append({QStringLiteral("docProps/app.xml"),
                    xml(QStringLiteral("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                                       "<Application>GapScope</Application><Slides>%1</Slides><Notes>%1</Notes></Properties>")
                            .arg(count))});

    QString slideIds;
    QList<std::pair<QString, QString>> presRels{
        {QStringLiteral("slideMaster"), QStringLiteral("slideMasters/slideMaster1.xml")},
        {QStringLiteral("theme"), QStringLiteral("theme/theme1.xml")},
        {QStringLiteral("notesMaster"), QStringLiteral("notesMasters/notesMaster1.xml")},
        {QStringLiteral("presProps"), QStringLiteral("presProps.xml")},
        {QStringLiteral("viewProps"), QStringLiteral("viewProps.xml")},
        {QStringLiteral("tableStyles"), QStringLiteral("tableStyles.xml")}};
    for (int n = 1; n <= count; ++n) {
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
                            .arg(slideWidth)
                            .arg(slideHeight))});
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
                                             geometry(381000, 685800, 6096000, 3429000)),
                                 placeholder(3, QStringLiteral("Notes Placeholder 2"), QStringLiteral("type=\"body\" idx=\"1\""),
                                             geometry(685800, 4343400, 5486400, 4114800),
                                             QStringLiteral("<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody>")),
                                 colorMap()))});
    package.append({QStringLiteral("ppt/notesMasters/_rels/notesMaster1.xml.rels"),
                    xml(relationships({{QStringLiteral("theme"), QStringLiteral("../theme/theme2.xml")}}))});
    package.append({QStringLiteral("ppt/theme/theme1.xml"), xml(themeXml())});
    package.append({QStringLiteral("ppt/theme/theme2.xml"), xml(themeXml())});
    package += parts;
    package += media;

    // Zipped by libzip, which writes a temporary file and renames it on close: the deck appears
    // complete or not at all.
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        m_error = tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return false;
    }
    for (const Part &part : std::as_const(package)) {
        zip_source_t *source = zip_source_buffer(archive, part.data.constData(), zip_uint64_t(part.data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, part.name.toUtf8().constData(), source,
                                                        ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            m_error = tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(zip_strerror(archive)));
            zip_discard(archive);
            return false;
        }
        if (part.name.endsWith(QLatin1String(".png")))
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    // The buffers must live until zip_close, which reads them.
    if (zip_close(archive) != 0) {
        m_error = tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(zip_strerror(archive)));
        zip_discard(archive);
        return false;
    }
    return true;
}

} // namespace gapscope
