#pragma once

#include "domain/Country.h"

#include <QHash>
#include <QList>
#include <QString>

namespace gapscope {

// Finds a country by any of its names as files write them: case, accents, punctuation,
// parentheses and spaces do not count, so "Korea (Republic of)" is "Korea, Republic of" and
// "Côte d'Ivoire" is "Cote dIvoire". The names GapScope shows win over another country's
// alternative name.
class CountryNameIndex
{
public:
    CountryNameIndex() = default;
    explicit CountryNameIndex(const QList<Country> &countries);

    // The code of the country called `name`, or an empty string. ISO 3166's long forms put the
    // article last ("Philippines (the)"): it may be left out.
    QString code(const QString &name) const;

    // `name` without case, accents, punctuation or spaces. Compatibility decomposition splits
    // accents (and Hangul syllables, alike on both sides) from their letters.
    static QString key(const QString &name);

private:
    QHash<QString, QString> m_codes; // key(name) -> code
};

} // namespace gapscope
