#pragma once

#include "ParseError.h"

#include <optional>

namespace gapscope {

// Reads a whole text file as strict UTF-8 (a byte order mark is allowed), so that a file in
// another encoding is reported instead of turning into replacement characters. A read that
// fails returns nothing and leaves parseError() (file, line, column) and errorString().
class TextFileReader
{
    Q_DECLARE_TR_FUNCTIONS(TextFileReader)

public:
    std::optional<QString> readUtf8(const QString &path, const QString &displayName);
    // Reads UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark (Excel's
    // "Unicode text"), or else CP949 / EUC-KR as Korean Excel writes CSV; encoding() tells which.
    // A file that is none of them is reported where UTF-8 fails.
    std::optional<QString> readText(const QString &path, const QString &displayName);
    // The same for bytes already read (a member of an archive).
    std::optional<QString> decodeText(const QByteArray &bytes, const QString &displayName);
    // "UTF-8", "UTF-16" or "CP949": what the last readText() decoded.
    QString encoding() const { return m_encoding; }
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    ParseError m_error;
    QString m_encoding;
};

} // namespace gapscope
