#pragma once

#include "ImportRows.h"

namespace gapscope {

// The JSON layout of an import: an array of objects with the tidy fields, or {"observations":
// [...]}. Items have no line: a problem names the item.
class JsonLayoutReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportReader)

public:
    explicit JsonLayoutReader(ImportRows &rows) : m_rows(rows) { }
    bool read(const QString &text);

private:
    ImportRows &m_rows;
};

} // namespace gapscope
