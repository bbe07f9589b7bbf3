#include "IndicatorId.h"

#include <QCryptographicHash>
#include <QList>

#include <algorithm>

namespace gapscope {

namespace {

QString hash8(const QString &name)
{
    const QByteArray utf8 = name.normalized(QString::NormalizationForm_C).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha1).toHex().left(8));
}

// Cut to at most `size` UTF-16 units without splitting a surrogate pair or ending on "_".
QString cut(QString id, qsizetype size)
{
    if (id.size() > size) {
        id.truncate(size);
        if (id.back().isHighSurrogate())
            id.chop(1);
    }
    while (id.endsWith(QLatin1Char('_')))
        id.chop(1);
    return id;
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

} // namespace

QString IndicatorId::fromName(const QString &name)
{
    const QString text = name.normalized(QString::NormalizationForm_C).toLower();
    QString id;
    bool gap = false;
    for (const char32_t c : text.toUcs4()) {
        if (isWordCharacter(c)) {
            // A mark cannot start the id: it belongs to a letter that was dropped.
            if (id.isEmpty() && QChar::isMark(c))
                continue;
            if (gap && !id.isEmpty())
                id += QLatin1Char('_');
            gap = false;
            id += QString::fromUcs4(&c, 1);
        } else {
            gap = true;
        }
    }
    id = cut(id, 60);
    return id.isEmpty() ? QStringLiteral("indicator_") + hash8(name) : id;
}

QString IndicatorId::withSuffix(const QString &name)
{
    return cut(fromName(name), 51) + QLatin1Char('_') + hash8(name);
}

bool IndicatorId::isValid(const QString &id)
{
    if (id.isEmpty() || id.size() > 80 || id != id.toLower())
        return false;
    const QList<uint> chars = id.toUcs4();
    if (!QChar::isLetterOrNumber(chars.constFirst()))
        return false;
    return std::all_of(chars.cbegin(), chars.cend(), [](uint c) {
        return isWordCharacter(c) || c == u'_' || c == u'-';
    });
}

bool IndicatorId::sameName(const QString &a, const QString &b)
{
    const auto plain = [](const QString &name) { return name.normalized(QString::NormalizationForm_C).simplified(); };
    return plain(a).compare(plain(b), Qt::CaseInsensitive) == 0;
}

} // namespace gapscope
