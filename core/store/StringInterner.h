#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace gapscope {

// Hands out one shared QString for each distinct text read, so that a million observations of
// fifty indicators hold fifty indicator strings, not a million copies. The text read last is
// checked first: rows come sorted by indicator and entity, so most reads cost one comparison.
class StringInterner
{
public:
    // The string of these UTF-8 bytes (a null string for none).
    const QString &fromUtf8(const char *data, qsizetype size);
    // The shared string equal to `text`.
    const QString &intern(const QString &text);

private:
    QHash<QByteArray, QString> m_byBytes;
    QSet<QString> m_strings;
    QByteArray m_lastBytes;
    QString m_last;
    const QString m_null;
};

} // namespace gapscope
