#include "SlideTablePager.h"

#include "DrawingML.h"
#include "TypeFitter.h"

#include <algorithm>

namespace gapscope {

namespace {

// The first `keep` characters of the paragraphs, the last one cut ending in an ellipsis.
QStringList firstCharacters(const QStringList &paragraphs, qsizetype keep)
{
    QStringList out;
    for (const QString &p : paragraphs) {
        if (p.size() <= keep) {
            out << p;
            keep -= p.size();
            continue;
        }
        out << p.left(keep).trimmed() + QChar(0x2026);
        break;
    }
    return out;
}

} // namespace

SlideTablePager::SlideTablePager(const QList<qint64> &columns, const QColor &text, Language lang)
    : m_columns(columns), m_text(text), m_lang(lang)
{
}

qint64 SlideTablePager::rowHeight(const Row &row, int size) const
{
    qint64 h = 0;
    for (qsizetype c = 0; c < row.size() && c < m_columns.size(); ++c)
        h = std::max(h, TypeFitter::textHeight(row[c].paragraphs, m_columns[c], size));
    return h;
}

SlideTablePager::Row SlideTablePager::shortened(const Row &row, int size, qint64 room, QStringList *notes) const
{
    Row out = row;
    for (qsizetype c = 0; c < out.size() && c < m_columns.size(); ++c) {
        const QStringList &whole = row[c].paragraphs;
        if (TypeFitter::textHeight(whole, m_columns[c], size) <= room)
            continue;
        qsizetype total = 0;
        for (const QString &p : whole)
            total += p.size();
        // The most characters that fit, found by halving.
        qsizetype low = 0;
        qsizetype high = total;
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            if (TypeFitter::textHeight(firstCharacters(whole, mid), m_columns[c], size) <= room)
                low = mid;
            else
                high = mid - 1;
        }
        out[c].paragraphs = firstCharacters(whole, low);
        QStringList where;
        if (c > 0 && !row.isEmpty())
            where << row[0].paragraphs.join(QLatin1Char(' '));
        if (c < m_header.size())
            where << m_header[c].paragraphs.join(QLatin1Char(' '));
        where.removeAll(QString());
        notes->append(where.join(QStringLiteral(" · ")) + QStringLiteral(": ") + whole.join(QLatin1Char(' ')));
    }
    return out;
}

QString SlideTablePager::rowXml(const Row &row, int size) const
{
    QString xml;
    for (const Cell &cell : row)
        xml += DrawingML::cell(cell.paragraphs, cell.fill, m_text, size, m_lang, cell.bold);
    return xml;
}

QList<SlideTablePager::Page> SlideTablePager::pages(qint64 room) const
{
    const qint64 budget = room * fillPercent / 100;
    // The largest size at which everything fits one slide.
    int size = m_largest;
    for (; size >= m_smallest; size -= 100) {
        qint64 total = rowHeight(m_header, size);
        for (const Row &row : m_rows)
            total += rowHeight(row, size);
        if (total <= budget)
            break;
    }
    size = std::max(size, m_smallest);

    QList<Page> out;
    const qint64 header = rowHeight(m_header, size);
    const qint64 rowRoom = std::max<qint64>(budget - header, TypeFitter::textHeight({QStringLiteral("x")}, 1, size));
    Page page;
    auto start = [&]() {
        page = Page();
        page.size = size;
        page.rows.append({rowXml(m_header, size), header});
        page.height = header;
    };
    start();
    for (const Row &whole : m_rows) {
        QStringList notes;
        const Row row = shortened(whole, size, rowRoom, &notes);
        const qint64 h = std::min(rowHeight(row, size), rowRoom);
        if (page.rows.size() > 1 && page.height + h > budget) {
            out.append(page);
            start();
        }
        page.rows.append({rowXml(row, size), h});
        page.height += h;
        page.notes += notes;
    }
    out.append(page);
    return out;
}

} // namespace gapscope
