#pragma once

#include "CsvParser.h"
#include "ImportRows.h"

namespace gapscope {

// A timeline: one event per row, with columns for the date (YYYY, YYYY-MM or YYYY-MM-DD, or a
// year and a month), the country or region (a code or a name in English or Korean), a title, a
// kind and a description, named in English or Korean ("Date", "날짜", "Event", "제목", "Type",
// "유형", ...). The kind, written in common words, becomes one of the app's event kinds (a word
// it does not know: "other", the word kept in the text); the title and description fill the
// text of the file's language (Korean when they are written in Hangul; the other language falls
// back to it), or of each language from title_en, title_ko, description_en and description_ko;
// every other column is kept in the text as "Header: value". An event of the same date, country
// and title as one of the workspace or an earlier row is refused.
class EventLayoutReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    explicit EventLayoutReader(ImportRows &rows) : m_rows(rows) { }
    // `names` are the header's fields, lower-cased, with the columns the user mapped to fields
    // renamed after them.
    bool read(const QList<CsvRecord> &records, const QStringList &names);

    // Whether a header is a timeline's: a date or year, a title (or event) and a kind (or type).
    static bool namesEvents(const QStringList &names);
    // The event kind of a kind as written ("Regulation", "모델 출시", "data centre"): one of
    // DatasetValidator::eventKinds(), "other" when no word of it is known.
    static QString kindOf(const QString &text);

private:
    bool fail(int line, int column, const QString &message) { return m_rows.fail(line, column, message); }

    ImportRows &m_rows;
};

} // namespace gapscope
