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
};

} // namespace gapscope
