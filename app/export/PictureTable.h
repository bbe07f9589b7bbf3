#pragma once

#include "SlideTheme.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace gapscope {

// A table for the pages of a picture (PNG, SVG, PDF): every cell measured on its own with
// QTextLayout in the column's width, the rows split between pages of a given height and the
// pages painted directly. The header rows are repeated at the top of every page; a heading row
// (a SWOT's quadrant names) stays with the row after it and is repeated on the pages its section
// continues on. A row taller than a whole page continues on the next, split between lines.
class PictureTable
{
public:
    struct Paragraph
    {
        QString text;
        QString tag; // after the text, in the muted colour (a SWOT item's dimension)
        bool bold = false;
    };
    struct Cell
    {
        QList<Paragraph> paragraphs;
        QColor background;
        int span = 1; // columns
    };
    enum class Kind { Header, Heading, Body };
    struct Row
    {
        QList<Cell> cells;
        Kind kind = Kind::Body;
    };
    // One laid-out piece of a paragraph: its text and where it is on its page.
    struct Item
    {
        QString text;
        int page = 0;
        QRectF rect;
    };

    // Columns as shares of the width (they need not add up to 1).
    PictureTable(const SlideTheme &theme, const QList<double> &columns);
    ~PictureTable();

    void addRow(const Row &row) { m_rows.append(row); }
    // Columns as wide as their text wants when it fits, else the narrow ones as wide as they want
    // and the wide ones sharing the rest, instead of the shares given.
    void setColumnsFromText(bool on) { m_fitText = on; }
    int rowCount() const { return int(m_rows.size()); }

    // Measures every cell on `device` at `width` with body type of `pixels`; the height of the
    // whole table on one page.
    double measure(QPaintDevice *device, double width, int pixels);
    // Splits the measured rows between pages `height` high.
    void paginate(double height);
    int pageCount() const { return int(m_pages.size()); }
    // The body rows, and those on the first `pages` pages (a row split by a break counted).
    int bodyRows() const;
    int bodyRowsOn(int pages) const;
    int pixels() const { return m_pixels; }
    // Paints page `page` (from 0) with its top left at `topLeft`.
    void paint(QPainter *painter, const QPointF &topLeft, int page) const;
    // Every paragraph's pieces, from the pages' top left.
    QList<Item> items() const;

private:
    struct Line
    {
        int paragraph = 0; // its layout in the cell
        int index = 0; // in that layout
        double top = 0; // in the cell's text
        double height = 0;
    };
    struct Measured
    {
        std::vector<std::unique_ptr<QTextLayout>> layouts;
        QList<Line> lines;
        double x = 0;
        double width = 0;
    };
    // A row, or the part of it from some line of each cell, placed on a page.
    struct Placed
    {
        int row = 0;
        QList<std::pair<int, int>> lines; // per cell, [first, end)
        double top = 0;
        double height = 0;
    };
    using Page = QList<Placed>;

    double padding() const;
    // The columns' widths for setColumnsFromText, adding up to `width`.
    QList<double> textColumns(QPaintDevice *device, double width, const QFont &body, const QFont &bold) const;
    // The width of the lines between cells, half of it outside the cells at the table's edges.
    double border() const;
    double rowHeight(int row) const;
    // The lines of each cell of `row` from `from` that fit in `room`; all when `room` is infinite.
    Placed place(int row, const QList<int> &from, double room, bool atLeastOne) const;

    SlideTheme m_theme;
    QList<double> m_columns;
    QList<Row> m_rows;
    std::vector<std::vector<Measured>> m_cells; // per row, per cell
    QList<Page> m_pages;
    double m_width = 0;
    int m_pixels = 0;
    bool m_fitText = false;
};

} // namespace gapscope
