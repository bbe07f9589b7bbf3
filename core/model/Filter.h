#pragma once

#include "domain/LocalizedText.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace gapscope {

// The one filter every model and panel follows: countries, dimensions, indicators, a year
// range and free text. An empty set or an open year bound accepts everything. Filtering
// works on ids, codes and years, never on display text, except for the free text, which
// matches English and Korean alike.
class Filter
{
public:
    QSet<QString> countries;
    QSet<QString> dimensions;
    QSet<QString> indicators;
    int yearFrom = 0; // 0: open
    int yearTo = 0; // 0: open
    QString text;

    bool acceptsCountry(const QString &code) const { return countries.isEmpty() || countries.contains(code); }
    bool acceptsDimension(const QString &id) const { return dimensions.isEmpty() || dimensions.contains(id); }
    bool acceptsAnyDimension(const QStringList &ids) const;
    bool acceptsIndicator(const QString &id) const { return indicators.isEmpty() || indicators.contains(id); }
    // `year` 0 stands for undated records (a model whose release date is not known), which no
    // year range excludes.
    bool acceptsYear(int year) const
    {
        return year == 0 || ((yearFrom == 0 || year >= yearFrom) && (yearTo == 0 || year <= yearTo));
    }
    bool acceptsText(std::initializer_list<LocalizedText> texts, std::initializer_list<QString> ids = {}) const;

    bool isEmpty() const { return *this == Filter(); }
    friend bool operator==(const Filter &, const Filter &) = default;
};

} // namespace gapscope
