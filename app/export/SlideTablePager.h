#pragma once

#include "domain/Language.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace gapscope {

// Lays a native table out on as many slides as it needs, in type no smaller than a presenter's
// minimum: the largest size from `largest` down to `smallest` at which the whole table fits one
// slide, else the smallest size with the rows split between slides, the header row repeated on
// each. A cell too long for a slide on its own is shortened with an ellipsis; its whole text is
// given back for the speaker notes. Sizes are in hundredths of a point, lengths in EMU.
class SlideTablePager
{
public:
    struct Cell
    {
        QStringList paragraphs;
        QColor fill;
        bool bold = false;
    };
    using Row = QList<Cell>;

    // One slide's table.
    struct Page
    {
        QList<std::pair<QString, qint64>> rows; // DrawingML rows and their heights
        qint64 height = 0;
        int size = 0;
        QStringList notes; // the whole texts of the cells shortened on this slide
    };

    SlideTablePager(const QList<qint64> &columns, const QColor &text, Language lang);

    // The header row repeated on every slide; its texts name the columns of shortened cells in the notes.
    void setHeader(const Row &header) { m_header = header; }
    void addRow(const Row &row) { m_rows.append(row); }
    void setSizes(int largest, int smallest)
    {
        m_largest = largest;
        m_smallest = smallest;
    }

    // The pages of a table `room` high (EMU).
    QList<Page> pages(qint64 room) const;

    // How much of its box a table may fill: LibreOffice and PowerPoint lay rows out somewhat taller
    // than the estimate, and a table that runs past its box runs off the slide.
    static constexpr int fillPercent = 90;
    // Body text of a table on a slide, in hundredths of a point.
    static constexpr int minimumSize = 1200;

private:
    qint64 rowHeight(const Row &row, int size) const;
    // The row with every cell taller than `room` shortened to fit it; `notes` receive their texts.
    Row shortened(const Row &row, int size, qint64 room, QStringList *notes) const;
    QString rowXml(const Row &row, int size) const;

    QList<qint64> m_columns;
    QColor m_text;
    Language m_lang;
    Row m_header;
    QList<Row> m_rows;
    int m_largest = 1800;
    int m_smallest = minimumSize;
};

} // namespace gapscope
