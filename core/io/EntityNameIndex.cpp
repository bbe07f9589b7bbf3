#include "EntityNameIndex.h"

#include <QRegularExpression>

namespace gapscope {

EntityNameIndex::EntityNameIndex(const Dataset &dataset) : m_dataset(&dataset), m_countries(dataset.countries)
{
    for (const Region &r : dataset.regions) {
        for (const QString &name : r.alternativeNames)
            m_regions.insert(CountryNameIndex::key(name), r.code);
    }
    for (const Region &r : dataset.regions) {
        m_regions.insert(CountryNameIndex::key(r.name.en), r.code);
        m_regions.insert(CountryNameIndex::key(r.name.ko), r.code);
    }
    m_regions.remove(QString());
}

QString EntityNameIndex::code(const QString &text) const
{
    if (!m_dataset)
        return {};
    const QString trimmed = text.trimmed();
    const QString upper = trimmed.toUpper();
    if (trimmed.size() >= 3 && (m_dataset->country(upper) || m_dataset->region(upper)))
        return upper;
    const QString country = m_countries.code(trimmed);
    if (!country.isEmpty())
        return country;
    return m_regions.value(CountryNameIndex::key(trimmed));
}

QString EntityNameIndex::inHeader(const QString &header) const
{
    if (!m_dataset)
        return {};
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{M}\\p{N}]+"));
    const QStringList words = header.split(separators, Qt::SkipEmptyParts);
    for (qsizetype length = words.size(); length > 0; --length) {
        for (qsizetype from = 0; from + length <= words.size(); ++from) {
            const QStringList run = words.mid(from, length);
            // A code only as written in capitals ("KOR score"): "can" or "per" are words.
            if (length == 1 && run.constFirst().size() >= 3 && run.constFirst() == run.constFirst().toUpper()
                && !run.constFirst().at(0).isDigit()) {
                const QString word = run.constFirst();
                if (m_dataset->country(word) || m_dataset->region(word))
                    return word;
            }
            const QString name = run.join(QLatin1Char(' '));
            const QString country = m_countries.code(name);
            if (!country.isEmpty())
                return country;
            const QString region = m_regions.value(CountryNameIndex::key(name));
            if (!region.isEmpty())
                return region;
        }
    }
    return {};
}

} // namespace gapscope
