#include "TableText.h"

namespace gapscope {

TableText::TableText(const DatasetTableModel &table, const Dataset &dataset)
{
    const int columns = table.columnCount();
    for (int c = 0; c < columns; ++c)
        m_header << table.headerData(c, Qt::Horizontal).toString();
    m_header << tr("Licence");
    m_rows.reserve(table.rowCount());
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << table.index(r, c).data().toString();
        const int record = table.recordAt(r);
        const Source *source =
            record >= 0 && record < dataset.observations.size() ? dataset.source(dataset.observations.sourceAt(record)) : nullptr;
        cells << (source && !source->licence.isEmpty() ? source->licence : tr("not stated"));
        m_rows << cells;
    }
}

QString TableText::tsv() const
{
    // A tab or line break inside a cell would start another cell or row.
    const auto line = [](QStringList cells) {
        for (QString &cell : cells)
            cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        return cells.join(QLatin1Char('\t'));
    };
    QStringList lines{line(m_header)};
    for (const QStringList &row : m_rows)
        lines << line(row);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableText::html() const
{
    const auto row = [](const QStringList &cells, const QString &tag) {
        QString out = QStringLiteral("<tr>");
        for (const QString &cell : cells)
            out += QStringLiteral("<%1>%2</%1>").arg(tag, cell.toHtmlEscaped());
        return out + QStringLiteral("</tr>\n");
    };
    QString out = QStringLiteral("<meta charset=\"utf-8\"><table>\n<thead>") + row(m_header, QStringLiteral("th"))
                  + QStringLiteral("</thead>\n<tbody>\n");
    for (const QStringList &cells : m_rows)
        out += row(cells, QStringLiteral("td"));
    return out + QStringLiteral("</tbody>\n</table>\n");
}

} // namespace gapscope
