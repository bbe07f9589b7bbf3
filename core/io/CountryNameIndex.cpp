#include "CountryNameIndex.h"

namespace gapscope {

CountryNameIndex::CountryNameIndex(const QList<Country> &countries)
{
    for (const Country &c : countries) {
        for (const QString &name : c.alternativeNames)
            m_codes.insert(key(name), c.code);
    }
    for (const Country &c : countries) {
        m_codes.insert(key(c.name.en), c.code);
        m_codes.insert(key(c.name.ko), c.code);
    }
    m_codes.remove(QString());
}

QString CountryNameIndex::code(const QString &name) const
{
    const QString k = key(name);
    const QString found = m_codes.value(k);
    if (!found.isEmpty() || !k.endsWith(QLatin1String("the")) || !name.trimmed().endsWith(QLatin1String("(the)")))
        return found;
    return m_codes.value(k.chopped(3));
}

QString CountryNameIndex::key(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace gapscope
