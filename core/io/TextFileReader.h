#pragma once

#include "ParseError.h"

#include <optional>

namespace gapscope {

// Reads a whole text file as strict UTF-8 (a byte order mark is allowed), so that a file in
// another encoding is reported instead of turning into replacement characters.
class TextFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TextFileReader)

public:
    static std::optional<QString> readUtf8(const QString &path, const QString &displayName, ParseError *error);
    // Reads UTF-8 (with or without a byte order mark), or else CP949 / EUC-KR as Korean Excel
    // writes CSV; `encoding` tells which. A file that is neither is reported where UTF-8 fails.
    static std::optional<QString> readText(const QString &path, const QString &displayName, ParseError *error,
                                           QString *encoding = nullptr);
};

} // namespace gapscope
