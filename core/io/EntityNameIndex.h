#pragma once

#include "CountryNameIndex.h"
#include "domain/Dataset.h"

#include <QHash>

namespace gapscope {

// Finds the country or region a file means by its code or any of its names, in English or Korean,
// whatever the case and punctuation (CountryNameIndex::key()): ISO alpha-3 codes and countries'
// names first, then Our World in Data's codes (OWID_WRL) and the names regions go by ("World",
// "세계", "High-income countries").
class EntityNameIndex
{
public:
    EntityNameIndex() = default;
    explicit EntityNameIndex(const Dataset &dataset);

    // The code of the country or region `text` names, or an empty string.
    QString code(const QString &text) const;
    // The country or region a column's header names among other words ("Japan score", "세계 평균"):
    // the longest run of its words that is a name or an upper-case code, or an empty string.
    QString inHeader(const QString &header) const;

private:
    const Dataset *m_dataset = nullptr;
    CountryNameIndex m_countries;
    QHash<QString, QString> m_regions; // CountryNameIndex::key(name) -> region code
};

} // namespace gapscope
