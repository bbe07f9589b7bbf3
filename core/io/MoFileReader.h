#pragma once

#include "ParseError.h"

#include <QHash>
#include <optional>

namespace gapscope {

// Reads a GNU gettext message catalogue (a binary .mo file) into its translations, keyed by the
// original text. Only what GapScope needs: the singular form of each message, without context.
// The file comes from another project, so every offset is checked against its size before it is
// read; a damaged file gives parseError() (the file and the byte at fault) and errorString().
class MoFileReader
{
    Q_DECLARE_TR_FUNCTIONS(MoFileReader)

public:
    std::optional<QHash<QString, QString>> read(const QString &path, const QString &displayName);
    // The same from the file's bytes.
    std::optional<QHash<QString, QString>> parse(const QByteArray &bytes, const QString &displayName);
    const ParseError &parseError() const { return m_error; }
    QString errorString() const { return m_error.toString(); }

private:
    bool fail(const QString &message);

    QString m_file;
    ParseError m_error;
};

} // namespace gapscope
