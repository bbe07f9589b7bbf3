#include "CsvParser.h"

#include <algorithm>
#include <iterator>

namespace gapscope {

bool CsvParser::fail(int line, int column, const QString &message)
{
    m_records.clear();
    m_error = message;
    m_errorLine = line;
    m_errorColumn = column;
    return false;
}

QChar CsvParser::detectDelimiter(QStringView text)
{
    static const QChar candidates[] = {u',', u';', u'\t'};
    constexpr int lines = 10;
    // Fields per line (outside quotes) of the first lines, for each candidate.
    QList<int> counts[3];
    int current[3] = {0, 0, 0};
    bool inQuotes = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < text.size() && counts[0].size() < lines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (lineHasText) {
                for (int k = 0; k < 3; ++k)
                    counts[k].append(current[k]);
            }
            std::fill(std::begin(current), std::end(current), 0);
            lineHasText = false;
            continue;
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
        lineHasText = true;
    }
    if (lineHasText && counts[0].size() < lines) {
        for (int k = 0; k < 3; ++k)
            counts[k].append(current[k]);
    }
    int best = -1;
    for (int k = 0; k < 3; ++k) {
        const QList<int> &n = counts[k];
        const bool consistent = !n.isEmpty() && n.constFirst() > 0
            && std::all_of(n.cbegin(), n.cend(), [&n](int v) { return v == n.constFirst(); });
        if (consistent && (best < 0 || n.constFirst() > counts[best].constFirst()))
            best = k;
    }
    if (best < 0) {
        // No candidate is consistent (a ragged file): the one the header uses most.
        for (int k = 0; k < 3; ++k) {
            if (!counts[k].isEmpty() && counts[k].constFirst() > 0
                && (best < 0 || counts[k].constFirst() > counts[best].constFirst()))
                best = k;
        }
    }
    return best < 0 ? QChar(u',') : candidates[best];
}

bool CsvParser::parse(const QString &input)
{
    m_records.clear();
    m_error.clear();
    m_errorLine = m_errorColumn = 0;

    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    int line = 1;
    int column = 1;
    CsvRecord record;
    record.line = 1;
    QString field;
    int fieldColumn = 1;
    bool inQuotes = false;
    bool wasQuoted = false;
    int quoteLine = 0;
    int quoteColumn = 0;

    auto endField = [&] {
        record.fields.append(field);
        record.columns.append(fieldColumn);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is not a record.
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()))
            m_records.append(record);
        record = CsvRecord();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                    column += 2;
                    continue;
                }
                inQuotes = false;
                ++column;
                continue;
            }
            field.append(c);
            if (c == u'\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            continue;
        }
        if (c == m_delimiter) {
            endField();
            ++column;
            fieldColumn = column;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            column = 1;
            fieldColumn = 1;
            record.line = line;
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return fail(line, column, tr("unexpected quote inside an unquoted field"));
            inQuotes = true;
            wasQuoted = true;
            quoteLine = line;
            quoteColumn = column;
            ++column;
            continue;
        }
        if (wasQuoted)
            return fail(line, column, tr("unexpected text after a closing quote"));
        field.append(c);
        ++column;
    }
    if (inQuotes)
        return fail(quoteLine, quoteColumn, tr("quoted field is never closed"));
    if (!field.isEmpty() || wasQuoted || !record.fields.isEmpty())
        endRecord();
    return true;
}

} // namespace gapscope
