#include "StringInterner.h"

#include <cstring>

namespace gapscope {

const QString &StringInterner::fromUtf8(const char *data, qsizetype size)
{
    if (size <= 0)
        return m_null;
    if (size == m_lastBytes.size() && std::memcmp(data, m_lastBytes.constData(), size_t(size)) == 0)
        return m_last;
    const QByteArray key = QByteArray::fromRawData(data, size);
    auto it = m_byBytes.constFind(key);
    if (it == m_byBytes.cend()) {
        const QByteArray owned(data, size);
        it = m_byBytes.insert(owned, intern(QString::fromUtf8(owned)));
    }
    m_lastBytes = it.key();
    m_last = it.value();
    return m_last;
}

const QString &StringInterner::intern(const QString &text)
{
    if (text.isEmpty())
        return m_null;
    auto it = m_strings.constFind(text);
    if (it == m_strings.cend())
        it = m_strings.insert(text);
    return *it;
}

} // namespace gapscope
