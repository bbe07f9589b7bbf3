#pragma once

#include "ImportRows.h"

class QJsonArray;
class QJsonValue;

namespace gapscope {

// The JSON layout of an import: an array of objects with the tidy fields, or {"observations":
// [...]}; or a timeline: {"events": [...]}, or an array of objects with a timeline's fields (a
// date or year, a title and a kind, as EventLayoutReader names them) or read with the events
// layout. Items have no line: a problem names the item.
class JsonLayoutReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    explicit JsonLayoutReader(ImportRows &rows) : m_rows(rows) { }
    bool read(const QString &text);

private:
    // The events of `items`, as a table whose header is every key the items use and whose rows
    // are the items, read by the events layout.
    bool readEvents(const QJsonArray &items);
    // The text of an item's value, for a string or a number; false (after naming the item and
    // key) for another type.
    bool valueText(const QJsonValue &value, qsizetype item, const QString &key, QString *text);

    ImportRows &m_rows;
};

} // namespace gapscope
