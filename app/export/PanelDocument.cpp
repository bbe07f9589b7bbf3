#include "PanelDocument.h"

#include "format/DisplayText.h"
#include "model/GapTableModel.h"
#include "model/SwotModel.h"

#include <QAbstractItemModel>
#include <QPainter>

#include <numeric>

namespace gapscope {

namespace {

using Cell = PictureTable::Cell;
using Row = PictureTable::Row;

QColor headingBackground(const SlideTheme &theme)
{
    return theme.panel == theme.background ? QColor(0xe8, 0xeb, 0xef) : theme.panel.lighter(130);
}

// How wide a text is, roughly: Hangul and CJK about twice a Latin letter.
double textWidth(const QString &text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 && c.unicode() < 0xFFEF ? 1.8 : 1.0;
    return width;
}

// A table of a model's columns `columns`: its header row and every row, the columns as wide as
// their text wants.
std::unique_ptr<PictureTable> modelTable(const QAbstractItemModel &model, const QList<int> &columns,
                                         const SlideTheme &theme)
{
    auto table = std::make_unique<PictureTable>(theme, QList<double>(columns.size(), 1.0));
    table->setColumnsFromText(true);
    const QColor head = headingBackground(theme);
    Row header{{}, PictureTable::Kind::Header};
    for (int column : columns)
        header.cells.append({{{model.headerData(column, Qt::Horizontal).toString(), {}, true}}, head});
    table->addRow(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        Row row;
        for (int column : columns)
            row.cells.append({{{model.index(r, column).data().toString(), {}, false}}, theme.panel});
        table->addRow(row);
    }
    return table;
}

QList<int> allColumns(const QAbstractItemModel &model)
{
    QList<int> out(model.columnCount());
    std::iota(out.begin(), out.end(), 0);
    return out;
}

} // namespace

PanelDocument::PanelDocument(const SavedView &view) : m_view(view), m_theme(SlideTheme::of(view.theme)) { }

std::unique_ptr<PanelDocument> PanelDocument::swot(const Dataset &dataset, const SavedView &view,
                                                   const QStringList &countries)
{
    std::unique_ptr<PanelDocument> doc(new PanelDocument(view));
    const SlideTheme theme = doc->m_theme;
    static const QColor tints[4] = {QColor(0xe3, 0xf1, 0xe6), QColor(0xfb, 0xe5, 0xe3), QColor(0xe3, 0xed, 0xf9),
                                    QColor(0xfd, 0xf1, 0xdc)};
    const bool dark = view.theme == SavedView::Theme::Dark;
    // Strengths | Weaknesses over Opportunities | Threats, each country's grid beside the
    // other's; with two countries their names head the columns, on every page. The quadrants'
    // names are repeated on the pages their items continue on.
    const int countryCount = int(countries.size());
    Row names{{}, PictureTable::Kind::Header};
    Row headings[2] = {{{}, PictureTable::Kind::Heading}, {{}, PictureTable::Kind::Heading}};
    Row items[2];
    for (const QString &code : countries) {
        SwotModel model;
        model.setLanguage(view.language);
        model.setDataset(&dataset);
        Filter own = view.filter;
        own.countries = {code};
        model.setFilter(own);
        names.cells.append({{{DisplayText::country(dataset, code, view.language), {}, true}}, headingBackground(theme), 2});
        for (int q = 0; q < 4; ++q) {
            const QModelIndex parent = model.quadrantIndex(SwotModel::quadrants[q]);
            Cell cell{{}, theme.panel};
            for (int r = 0; r < model.rowCount(parent); ++r)
                cell.paragraphs.append({model.index(r, SwotModel::TextColumn, parent).data().toString(),
                                        model.index(r, SwotModel::DimensionColumn, parent).data().toString()});
            const QString heading = QStringLiteral("%1 (%2)")
                                        .arg(DisplayText::quadrant(SwotModel::quadrants[q]))
                                        .arg(cell.paragraphs.size());
            headings[q / 2].cells.append({{{heading, {}, true}}, dark ? theme.panel : tints[q]});
            items[q / 2].cells.append(cell);
        }
    }
    doc->m_table = std::make_unique<PictureTable>(theme, QList<double>(2 * countryCount, 1.0));
    if (countryCount > 1)
        doc->m_table->addRow(names);
    for (int pair = 0; pair < 2; ++pair) {
        doc->m_table->addRow(headings[pair]);
        doc->m_table->addRow(items[pair]);
    }
    return doc;
}

std::unique_ptr<PanelDocument> PanelDocument::comparison(const QAbstractItemModel &matrix, const SavedView &view)
{
    std::unique_ptr<PanelDocument> doc(new PanelDocument(view));
    const SlideTheme theme = doc->m_theme;
    const QColor head = headingBackground(theme);
    const int columns = matrix.columnCount();
    // The dimensions down the side, the countries across the top (repeated on every page).
    Row header{{Cell{{}, head}}, PictureTable::Kind::Header};
    for (int c = 0; c < columns; ++c)
        header.cells.append({{{matrix.headerData(c, Qt::Horizontal).toString(), {}, true}}, head});
    QList<Row> rows;
    // Each country's column as wide as its share of the text, a tenth at least: the rows are as
    // tall as their longest cell, so a country with little to say needs little room.
    QList<double> shares(columns, 1.0);
    for (int r = 0; r < matrix.rowCount(); ++r) {
        Row row{{Cell{{{matrix.headerData(r, Qt::Vertical).toString(), {}, true}}, head}}};
        for (int c = 0; c < columns; ++c) {
            Cell cell{{}, theme.panel};
            const QString text = matrix.index(r, c).data().toString();
            for (const QString &part : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
                cell.paragraphs.append({part, {}});
            shares[c] += textWidth(text);
            row.cells.append(cell);
        }
        rows.append(row);
    }
    const double total = std::accumulate(shares.cbegin(), shares.cend(), 0.0);
    const double first = columns > 3 ? 16 : 20;
    const double least = std::min(10.0, (100 - first) / std::max(1, columns));
    QList<double> widths{first};
    for (int c = 0; c < columns; ++c)
        widths << least + (100 - first - least * columns) * shares.at(c) / total;
    doc->m_table = std::make_unique<PictureTable>(theme, widths);
    doc->m_table->addRow(header);
    for (const Row &row : std::as_const(rows))
        doc->m_table->addRow(row);
    return doc;
}

std::unique_ptr<PanelDocument> PanelDocument::observations(const QAbstractItemModel &table, const SavedView &view)
{
    std::unique_ptr<PanelDocument> doc(new PanelDocument(view));
    doc->m_table = modelTable(table, allColumns(table), doc->m_theme);
    return doc;
}

std::unique_ptr<PanelDocument> PanelDocument::gaps(const GapTableModel &gaps, const SavedView &view)
{
    std::unique_ptr<PanelDocument> doc(new PanelDocument(view));
    doc->m_table = modelTable(gaps, allColumns(gaps), doc->m_theme);
    return doc;
}

void PanelDocument::layout(QPaintDevice *device, const QSizeF &page, int pixels, Mode mode)
{
    m_page = page;
    pixels = std::max(6, pixels);
    // One picture: the largest type at which the table fits, found by halving.
    if (mode == Mode::FitOnePage && m_table->measure(device, page.width(), pixels) > page.height()) {
        int large = pixels; // does not fit
        int small = 6;
        while (large - small > 1) {
            const int middle = (large + small) / 2;
            (m_table->measure(device, page.width(), middle) <= page.height() ? small : large) = middle;
        }
        pixels = small;
    }
    m_table->measure(device, page.width(), pixels);
    m_table->paginate(page.height());
    m_pixels = m_table->pixels();
}

int PanelDocument::rowCount() const
{
    return m_table->bodyRows();
}

int PanelDocument::rowsOnFirstPage() const
{
    return m_pixels ? m_table->bodyRowsOn(1) : 0;
}

int PanelDocument::pageCount() const
{
    return m_pixels ? m_table->pageCount() : 0;
}

void PanelDocument::paint(QPainter *painter, const QRectF &rect, int page) const
{
    if (!m_pixels)
        return;
    painter->save();
    painter->setClipRect(rect);
    m_table->paint(painter, rect.topLeft(), page);
    painter->restore();
}

QList<PanelDocument::Item> PanelDocument::items() const
{
    return m_pixels ? m_table->items() : QList<Item>();
}

} // namespace gapscope
