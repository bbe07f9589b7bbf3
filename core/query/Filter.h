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

    // "Narrow panels to the selection": one organisation or AI model and what concerns it, a
    // filter of its own: its country's observations, and the events, assessments and SWOT items
    // that name it. The lists of organisations and models ignore it, so that the next one can be
    // picked.
    struct Focus
    {
        QString id; // of the organisation or model; empty: no narrowing
        LocalizedText name;
        QString country;
        QStringList names; // every name it goes by (its own, and its models' or developer's)
        bool isEmpty() const { return id.isEmpty(); }
        friend bool operator==(const Focus &, const Focus &) = default;
    };
    Focus focus;

    // The view GapScope opens on, and Reset returns to: the United States, China and South Korea,
    // every dimension and year.
    static Filter defaultView()
    {
        Filter f;
        f.countries = {QStringLiteral("USA"), QStringLiteral("CHN"), QStringLiteral("KOR")};
        return f;
    }

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
    // The narrowing: a country passes when it is the focus's; a text record when one of its texts
    // names the focus (or one of `ids` is the focus's id).
    bool acceptsFocusCountry(const QString &code) const { return focus.isEmpty() || code == focus.country; }
    bool acceptsFocus(std::initializer_list<LocalizedText> texts, std::initializer_list<QString> ids = {}) const;

    bool isEmpty() const { return *this == Filter(); }
    friend bool operator==(const Filter &, const Filter &) = default;
};

} // namespace gapscope
