#pragma once

#include "domain/LocalizedText.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <span>

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
    // The free text (trimmed) is empty or found, ignoring case, in one of `texts` (English or
    // Korean) or of `words` (ids, codes, the names of a record's dimensions and kinds...).
    bool acceptsText(std::span<const LocalizedText> texts, std::span<const QString> words = {}) const;
    bool acceptsText(std::initializer_list<LocalizedText> texts, std::initializer_list<QString> words = {}) const
    {
        return acceptsText(std::span(texts.begin(), texts.size()), std::span(words.begin(), words.size()));
    }

    bool isEmpty() const { return *this == Filter(); }
    friend bool operator==(const Filter &, const Filter &) = default;
};

} // namespace gapscope
