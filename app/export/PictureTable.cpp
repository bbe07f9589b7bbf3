#include "PictureTable.h"

#include "SlideText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSet>
#include <QTextOption>

#include <algorithm>
#include <limits>
#include <numeric>

namespace gapscope {

PictureTable::PictureTable(const SlideTheme &theme, const QList<double> &columns)
    : m_theme(theme), m_columns(columns)
{
}

PictureTable::~PictureTable() = default;

double PictureTable::padding() const
{
    return m_pixels * 0.45;
}

double PictureTable::border() const
{
    return std::max(1.0, m_pixels / 24.0);
}

double PictureTable::measure(QPaintDevice *device, double width, int pixels)
{
    m_width = width;
    m_pixels = std::max(6, pixels);
    m_pages.clear();
    m_cells.clear();
    m_cells.reserve(m_rows.size());
    const double pad = padding();
    const QFont body = SlideText::font(m_pixels);
    const QFont bold = SlideText::font(qRound(m_pixels * 1.08), true);
    // Where each column starts, and the right edge; the outer lines inside the width.
    const QList<double> widths = m_fitText ? textColumns(device, width - border(), body, bold) : m_columns;
    const double total = std::max(1e-9, std::accumulate(widths.cbegin(), widths.cend(), 0.0));
    QList<double> edges{0};
    for (double share : widths)
        edges << edges.constLast() + (width - border()) * share / total;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    double height = border();
    for (int r = 0; r < m_rows.size(); ++r) {
        std::vector<Measured> cells;
        qsizetype column = 0;
        for (const Cell &cell : std::as_const(m_rows.at(r).cells)) {
            Measured m;
            const qsizetype end = std::min(column + std::max(1, cell.span), edges.size() - 1);
            m.x = edges.at(std::min(column, edges.size() - 1));
            m.width = edges.at(end) - m.x;
            column = end;
            const double lineWidth = std::max(1.0, m.width - 2 * pad);
            double y = 0;
            for (qsizetype p = 0; p < cell.paragraphs.size(); ++p) {
                const Paragraph &paragraph = cell.paragraphs.at(p);
                const QString text = paragraph.tag.isEmpty() ? paragraph.text
                                                             : paragraph.text + QStringLiteral("  ") + paragraph.tag;
                auto layout = std::make_unique<QTextLayout>(text, paragraph.bold ? bold : body, device);
                layout->setTextOption(option);
                if (!paragraph.tag.isEmpty()) {
                    QTextLayout::FormatRange muted;
                    muted.start = int(paragraph.text.size());
                    muted.length = int(text.size() - paragraph.text.size());
                    muted.format.setForeground(m_theme.muted);
                    layout->setFormats({muted});
                }
                layout->beginLayout();
                double inner = 0;
                for (;;) {
                    QTextLine line = layout->createLine();
                    if (!line.isValid())
                        break;
                    line.setLineWidth(lineWidth);
                    line.setPosition(QPointF(0, inner));
                    m.lines.append({int(p), line.lineNumber(), y + inner, line.height()});
                    inner += line.height();
                }
                layout->endLayout();
                y += inner + pad;
                m.layouts.push_back(std::move(layout));
            }
            cells.push_back(std::move(m));
        }
        m_cells.push_back(std::move(cells));
        height += rowHeight(r);
    }
    return height;
}

QList<double> PictureTable::textColumns(QPaintDevice *device, double width, const QFont &body, const QFont &bold) const
{
    // What each column would take with no line broken.
    const QFontMetricsF plain(body, device);
    const QFontMetricsF heavy(bold, device);
    const double margins = 2 * padding() + border();
    QList<double> wants(m_columns.size(), margins);
    for (const Row &row : m_rows) {
        for (qsizetype c = 0; c < row.cells.size() && c < wants.size(); ++c) {
            if (row.cells.at(c).span != 1)
                continue;
            for (const Paragraph &p : row.cells.at(c).paragraphs) {
                const QString text = p.tag.isEmpty() ? p.text : p.text + QStringLiteral("  ") + p.tag;
                wants[c] = std::max(wants.at(c), (p.bold ? heavy : plain).horizontalAdvance(text) + margins);
            }
        }
    }
    // Columns that want less than an even share of what is left get what they want; the others
    // share the rest as they want it.
    QList<double> out(wants.size(), 0);
    QList<bool> settled(wants.size(), false);
    double left = width;
    for (bool changed = true; changed;) {
        changed = false;
        const qsizetype open = std::count(settled.cbegin(), settled.cend(), false);
        for (qsizetype c = 0; open > 0 && c < wants.size(); ++c) {
            if (!settled.at(c) && wants.at(c) <= left / open) {
                settled[c] = true;
                out[c] = wants.at(c);
                left -= wants.at(c);
                changed = true;
            }
        }
    }
    double rest = 0;
    for (qsizetype c = 0; c < wants.size(); ++c)
        rest += settled.at(c) ? 0 : wants.at(c);
    for (qsizetype c = 0; c < wants.size(); ++c) {
        if (!settled.at(c))
            out[c] = std::max(0.0, left) * wants.at(c) / rest;
    }
    return out;
}

double PictureTable::rowHeight(int row) const
{
    double text = 0;
    for (const Measured &m : m_cells.at(row)) {
        if (!m.lines.isEmpty())
            text = std::max(text, m.lines.constLast().top + m.lines.constLast().height);
    }
    return text + 2 * padding();
}

PictureTable::Placed PictureTable::place(int row, const QList<int> &from, double room, bool atLeastOne) const
{
    Placed out;
    out.row = row;
    const std::vector<Measured> &cells = m_cells.at(row);
    const double textRoom = room - 2 * padding();
    double text = 0;
    // Each cell's lines that fit, and the whole paragraphs (SWOT items) among them: a paragraph
    // goes to the next page whole, unless there is nothing else to put on this one.
    QList<std::pair<int, int>> byLine;
    bool progress = false;
    bool lineProgress = false;
    for (size_t c = 0; c < cells.size(); ++c) {
        const QList<Line> &lines = cells.at(c).lines;
        const int first = from.value(qsizetype(c), 0);
        const double origin = first < lines.size() ? lines.at(first).top : 0;
        int end = first;
        while (end < lines.size() && lines.at(end).top + lines.at(end).height - origin <= textRoom)
            ++end;
        byLine.append({first, end});
        lineProgress |= end > first;
        while (end > first && end < lines.size() && lines.at(end - 1).paragraph == lines.at(end).paragraph)
            --end;
        progress |= end > first;
        out.lines.append({first, end});
    }
    if (!progress && atLeastOne) {
        out.lines = byLine;
        progress = lineProgress;
    }
    // A line taller than the page still goes on it, rather than nowhere.
    if (!progress && atLeastOne) {
        for (size_t c = 0; c < cells.size(); ++c) {
            if (out.lines[qsizetype(c)].first < cells.at(c).lines.size())
                ++out.lines[qsizetype(c)].second;
        }
    }
    for (size_t c = 0; c < cells.size(); ++c) {
        const QList<Line> &lines = cells.at(c).lines;
        const auto [first, end] = out.lines.at(qsizetype(c));
        if (end > first)
            text = std::max(text, lines.at(end - 1).top + lines.at(end - 1).height - lines.at(first).top);
    }
    out.height = text + 2 * padding();
    return out;
}

int PictureTable::bodyRows() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.kind == Kind::Body; }));
}

int PictureTable::bodyRowsOn(int pages) const
{
    QSet<int> rows;
    for (int p = 0; p < std::min(pages, pageCount()); ++p) {
        for (const Placed &placed : m_pages.at(p)) {
            if (m_rows.at(placed.row).kind == Kind::Body)
                rows.insert(placed.row);
        }
    }
    return int(rows.size());
}

void PictureTable::paginate(double height)
{
    m_pages.clear();
    height -= border();
    const double unlimited = std::numeric_limits<double>::infinity();
    Page page;
    double y = 0;
    int heading = -1; // the heading of the section being placed
    bool canBreak = false; // whether the page holds a body row a new page may follow
    const auto put = [&](Placed placed) {
        placed.top = y;
        y += placed.height;
        page.append(placed);
    };
    const auto start = [&](bool continuing) {
        if (!page.isEmpty())
            m_pages.append(page);
        page.clear();
        y = 0;
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows.at(r).kind == Kind::Header)
                put(place(r, {}, unlimited, true));
        }
        if (continuing && heading >= 0)
            put(place(heading, {}, unlimited, true));
        canBreak = false;
    };
    start(false);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Kind kind = m_rows.at(r).kind;
        if (kind == Kind::Header)
            continue;
        if (kind == Kind::Heading) {
            // With the first paragraphs of the row after it, or on the next page.
            bool alone = y + rowHeight(r) > height;
            if (!alone && r + 1 < m_rows.size() && m_rows.at(r + 1).kind == Kind::Body) {
                const Placed next = place(r + 1, {}, height - y - rowHeight(r), false);
                alone = std::all_of(next.lines.cbegin(), next.lines.cend(),
                                    [](const std::pair<int, int> &l) { return l.second == l.first; });
            }
            heading = r;
            if (canBreak && alone)
                start(false);
            put(place(r, {}, unlimited, true));
            canBreak = false;
            continue;
        }
        if (canBreak && y + rowHeight(r) > height)
            start(true);
        // Whole, or when taller than what is left of a page, line by line over the pages.
        QList<int> from(qsizetype(m_cells.at(r).size()), 0);
        for (;;) {
            const Placed piece = place(r, from, height - y, !canBreak);
            bool done = true;
            bool placedSome = false;
            for (qsizetype c = 0; c < piece.lines.size(); ++c) {
                placedSome |= piece.lines.at(c).second > from.at(c);
                from[c] = piece.lines.at(c).second;
                done &= from.at(c) >= m_cells.at(r).at(size_t(c)).lines.size();
            }
            if (placedSome || done) {
                put(piece);
                canBreak = true;
            }
            if (done)
                break;
            start(true);
        }
    }
    m_pages.append(page);
}

void PictureTable::paint(QPainter *painter, const QPointF &topLeft, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    const double pad = padding();
    const double border = this->border();
    painter->save();
    for (const Placed &placed : m_pages.at(page)) {
        const Row &row = m_rows.at(placed.row);
        const std::vector<Measured> &cells = m_cells.at(placed.row);
        for (size_t c = 0; c < cells.size(); ++c) {
            const Measured &m = cells.at(c);
            const QRectF box(topLeft.x() + border / 2 + m.x, topLeft.y() + border / 2 + placed.top, m.width,
                             placed.height);
            const QColor fill = row.cells.at(qsizetype(c)).background;
            painter->fillRect(box, fill.isValid() ? fill : m_theme.panel);
            painter->setPen(QPen(m_theme.grid, border));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(box);
            painter->setPen(m_theme.text);
            const auto [first, end] = placed.lines.at(qsizetype(c));
            for (int l = first; l < end; ++l) {
                const Line &line = m.lines.at(l);
                const QTextLine text = m.layouts.at(size_t(line.paragraph))->lineAt(line.index);
                text.draw(painter, QPointF(box.x() + pad, box.y() + pad + line.top - m.lines.at(first).top - text.y()));
            }
        }
    }
    painter->restore();
}

QList<PictureTable::Item> PictureTable::items() const
{
    QList<Item> out;
    const double pad = padding();
    for (int page = 0; page < m_pages.size(); ++page) {
        for (const Placed &placed : m_pages.at(page)) {
            const std::vector<Measured> &cells = m_cells.at(placed.row);
            for (size_t c = 0; c < cells.size(); ++c) {
                const Measured &m = cells.at(c);
                const auto [first, end] = placed.lines.at(qsizetype(c));
                // The lines of each paragraph on this page, put together.
                int paragraph = -1;
                for (int l = first; l < end; ++l) {
                    const Line &line = m.lines.at(l);
                    const QTextLayout &layout = *m.layouts.at(size_t(line.paragraph));
                    const QTextLine text = layout.lineAt(line.index);
                    const QRectF rect(border() / 2 + m.x + pad + text.x(),
                                      border() / 2 + placed.top + pad + line.top - m.lines.at(first).top,
                                      text.naturalTextWidth(), line.height);
                    if (line.paragraph != paragraph) {
                        out.append({layout.text().mid(text.textStart()), page, rect});
                        paragraph = line.paragraph;
                    } else {
                        out.last().rect |= rect;
                    }
                }
            }
        }
    }
    return out;
}

} // namespace gapscope
