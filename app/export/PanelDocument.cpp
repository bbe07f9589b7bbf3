#include "PanelDocument.h"

#include "format/DisplayText.h"
#include "model/SwotModel.h"

#include <QAbstractItemModel>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>

#include <map>
#include <numeric>

namespace gapscope {

namespace {

// Marks the blocks that are items, for items().
constexpr int ItemProperty = QTextFormat::UserProperty + 1;

QFont pixelFont(double pixels, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPixelSize(std::max(6, qRound(pixels)));
    f.setBold(bold);
    return f;
}

QTextCharFormat charFormat(const QColor &color, double pixels, bool bold = false)
{
    QTextCharFormat f;
    f.setFont(pixelFont(pixels, bold));
    f.setForeground(color);
    return f;
}

// A paragraph of a cell: its text and, for SWOT items, the dimension as a muted tag after it.
struct Paragraph
{
    QString text;
    QString tag;
    bool bold = false;
};

struct Cell
{
    QList<Paragraph> paragraphs;
    QColor background;
};

QTextTableFormat tableFormat(const SlideTheme &theme, int pixels, const QList<double> &percents, int headerRows)
{
    QTextTableFormat f;
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (double p : percents)
        widths << QTextLength(QTextLength::PercentageLength, p);
    f.setColumnWidthConstraints(widths);
    f.setCellPadding(pixels * 0.45);
    f.setCellSpacing(0);
    f.setBorder(std::max(1.0, pixels / 24.0));
    f.setBorderBrush(theme.grid);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setMargin(0);
    f.setHeaderRowCount(headerRows);
    return f;
}

void fill(QTextTable *table, int row, int column, const Cell &cell, const SlideTheme &theme, int pixels)
{
    QTextTableCell target = table->cellAt(row, column);
    QTextTableCellFormat format = target.format().toTableCellFormat();
    format.setBackground(cell.background);
    target.setFormat(format);
    QTextCursor cursor = target.firstCursorPosition();
    for (qsizetype i = 0; i < cell.paragraphs.size(); ++i) {
        const Paragraph &p = cell.paragraphs.at(i);
        QTextBlockFormat block;
        block.setProperty(ItemProperty, true);
        block.setBottomMargin(i + 1 < cell.paragraphs.size() ? pixels * 0.45 : 0);
        const QTextCharFormat text = charFormat(theme.text, p.bold ? pixels * 1.08 : pixels, p.bold);
        if (i == 0)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block, text);
        cursor.insertText(p.text, text);
        if (!p.tag.isEmpty())
            cursor.insertText(QStringLiteral("  ") + p.tag, charFormat(theme.muted, pixels * 0.85));
    }
}

QColor headingBackground(const SlideTheme &theme)
{
    return theme.panel == theme.background ? QColor(0xe8, 0xeb, 0xef) : theme.panel.lighter(130);
}

} // namespace

PanelDocument::PanelDocument(const SavedView &view) : m_view(view), m_theme(SlideTheme::of(view.theme)) { }

std::unique_ptr<PanelDocument> PanelDocument::swot(const Dataset &dataset, const SavedView &view,
                                                   const QStringList &countries)
{
    std::unique_ptr<PanelDocument> doc(new PanelDocument(view));
    const SlideTheme theme = doc->m_theme;
    // Per country, per quadrant: the heading and the items, read as the panel reads them.
    QStringList names;
    QList<std::array<QList<Paragraph>, 4>> grids;
    QStringList headings[4];
    for (const QString &code : countries) {
        SwotModel model;
        model.setLanguage(view.language);
        model.setDataset(&dataset);
        Filter own = view.filter;
        own.countries = {code};
        model.setFilter(own);
        std::array<QList<Paragraph>, 4> grid;
        for (int q = 0; q < 4; ++q) {
            const QModelIndex parent = model.quadrantIndex(SwotModel::quadrants[q]);
            for (int r = 0; r < model.rowCount(parent); ++r)
                grid[q].append({model.index(r, SwotModel::TextColumn, parent).data().toString(),
                                model.index(r, SwotModel::DimensionColumn, parent).data().toString()});
            headings[q] << QStringLiteral("%1 (%2)").arg(DisplayText::quadrant(SwotModel::quadrants[q])).arg(grid[q].size());
        }
        grids.append(grid);
        names << DisplayText::country(dataset, code, view.language);
    }
    static const QColor tints[4] = {QColor(0xe3, 0xf1, 0xe6), QColor(0xfb, 0xe5, 0xe3), QColor(0xe3, 0xed, 0xf9),
                                    QColor(0xfd, 0xf1, 0xdc)};
    const bool dark = view.theme == SavedView::Theme::Dark;
    doc->m_builder = [=](QTextDocument *d, int pixels) {
        // Strengths | Weaknesses over Opportunities | Threats, each country's grid beside the
        // other's; with two countries their names head the columns, on every page.
        const int countryCount = int(grids.size());
        const int labelled = countryCount > 1 ? 1 : 0;
        QList<double> widths;
        for (int c = 0; c < 2 * countryCount; ++c)
            widths << 100.0 / (2 * countryCount);
        QTextCursor cursor(d);
        QTextTable *table = cursor.insertTable(labelled + 4, 2 * countryCount, tableFormat(theme, pixels, widths, labelled));
        for (int k = 0; k < countryCount; ++k) {
            if (labelled) {
                table->mergeCells(0, 2 * k, 1, 2);
                fill(table, 0, 2 * k, {{{names.at(k), {}, true}}, headingBackground(theme)}, theme, pixels);
            }
            for (int q = 0; q < 4; ++q) {
                const int row = labelled + (q / 2) * 2;
                const int column = 2 * k + q % 2;
                const QColor tint = dark ? theme.panel : tints[q];
                fill(table, row, column, {{{headings[q].at(k), {}, true}}, tint}, theme, pixels);
                fill(table, row + 1, column, {grids.at(k)[q], theme.panel}, theme, pixels);
            }
        }
    };
    return doc;
}

std::unique_ptr<PanelDocument> PanelDocument::comparison(const QAbstractItemModel &matrix, const SavedView &view)
{
    std::unique_ptr<PanelDocument> doc(new PanelDocument(view));
    const SlideTheme theme = doc->m_theme;
    QStringList countries;
    for (int c = 0; c < matrix.columnCount(); ++c)
        countries << matrix.headerData(c, Qt::Horizontal).toString();
    QStringList dimensions;
    QList<QList<QStringList>> cells;
    for (int r = 0; r < matrix.rowCount(); ++r) {
        dimensions << matrix.headerData(r, Qt::Vertical).toString();
        QList<QStringList> row;
        for (int c = 0; c < matrix.columnCount(); ++c)
            row << matrix.index(r, c).data().toString().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        cells << row;
    }
    // Each country's column as wide as its share of the text, a tenth at least: the rows are as
    // tall as their longest cell, so a country with little to say needs little room.
    const int columns = int(countries.size());
    const double first = columns > 3 ? 16 : 20;
    QList<double> shares(columns, 1.0);
    for (const QList<QStringList> &row : std::as_const(cells)) {
        for (int c = 0; c < columns; ++c)
            shares[c] += row.at(c).join(QString()).size();
    }
    const double total = std::accumulate(shares.cbegin(), shares.cend(), 0.0);
    const double least = std::min(10.0, (100 - first) / std::max(1, columns));
    QList<double> widths{first};
    for (int c = 0; c < columns; ++c)
        widths << least + (100 - first - least * columns) * shares.at(c) / total;
    doc->m_builder = [=](QTextDocument *d, int pixels) {
        // The dimensions down the side, the countries across the top (repeated on every page).
        QTextCursor cursor(d);
        QTextTable *table = cursor.insertTable(int(dimensions.size()) + 1, columns + 1, tableFormat(theme, pixels, widths, 1));
        const QColor head = headingBackground(theme);
        fill(table, 0, 0, {{}, head}, theme, pixels);
        for (int c = 0; c < columns; ++c)
            fill(table, 0, c + 1, {{{countries.at(c), {}, true}}, head}, theme, pixels);
        for (int r = 0; r < dimensions.size(); ++r) {
            fill(table, r + 1, 0, {{{dimensions.at(r), {}, true}}, head}, theme, pixels);
            for (int c = 0; c < columns; ++c) {
                Cell cell{{}, theme.panel};
                for (const QString &text : cells.at(r).at(c))
                    cell.paragraphs.append({text, {}});
                fill(table, r + 1, c + 1, cell, theme, pixels);
            }
        }
    };
    return doc;
}

void PanelDocument::build(int pixels)
{
    m_pixels = pixels;
    m_document->clear();
    m_document->setDefaultFont(pixelFont(pixels));
    m_builder(m_document.get(), pixels);
}

void PanelDocument::layout(QPaintDevice *device, const QSizeF &page, int pixels, Mode mode)
{
    m_page = page;
    m_document = std::make_unique<QTextDocument>();
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDocumentMargin(0);
    pixels = std::max(6, pixels);
    // Measured without page breaks, which are slow to lay out in long tables: what fits in the
    // page's height fits one page.
    const auto fits = [this, &page](int size) {
        m_document->setPageSize(QSizeF(page.width(), -1));
        build(size);
        return m_document->size().height() <= page.height();
    };
    // Pages shrink their type by a third at most to fit one page; one picture as far as it must.
    // Beyond that, pages keep the theme's size and the document runs over as many as it takes.
    const int smallest = mode == Mode::Paginate ? std::max(6, (2 * pixels + 2) / 3) : 6;
    int size = pixels;
    if (!fits(pixels)) {
        if (!fits(smallest)) {
            size = mode == Mode::Paginate ? pixels : smallest;
        } else {
            int large = pixels; // does not fit
            size = smallest; // fits
            while (large - size > 1) {
                const int middle = (large + size) / 2;
                (fits(middle) ? size : large) = middle;
            }
        }
    }
    m_document->setPageSize(page);
    build(size);
}

int PanelDocument::pageCount() const
{
    return m_document ? m_document->pageCount() : 0;
}

void PanelDocument::paint(QPainter *painter, const QRectF &rect, int page) const
{
    if (!m_document)
        return;
    const double height = m_page.height();
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * height, m_page.width(), height);
    context.palette = m_theme.palette();
    painter->save();
    painter->translate(rect.topLeft() - QPointF(0, page * height));
    painter->setClipRect(context.clip);
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
}

QList<PanelDocument::Item> PanelDocument::items() const
{
    QList<Item> out;
    if (!m_document)
        return out;
    const double height = m_page.height();
    const QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(ItemProperty) || block.text().isEmpty())
            continue;
        // Lines are in the block's coordinates; the block's box places them in the document,
        // whose pages follow one another.
        const QPointF origin = layout->blockBoundingRect(block).topLeft();
        const QTextLayout *lines = block.layout();
        std::map<int, QRectF> pieces;
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QRectF line = lines->lineAt(i).naturalTextRect().translated(origin);
            const int page = int(line.center().y() / height);
            pieces[page] |= line.translated(0, -page * height);
        }
        for (const auto &[page, rect] : pieces)
            out.append({block.text(), page, rect});
    }
    return out;
}

} // namespace gapscope
