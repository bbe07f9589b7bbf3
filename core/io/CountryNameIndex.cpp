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
