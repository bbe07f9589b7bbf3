#pragma once

#include "domain/LocalizedText.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <span>

namespace gapscope {

// The one filter every model and panel follows: countries, entities and their kinds, dimensions,
// indicators, a date range and free text. An empty set or an open bound accepts everything.
// Filtering works on ids, codes and dates, never on display text, except for the free text,
// which matches English and Korean alike.
//
// An observation's entity passes the countries when it is one of them or counts for one of them
// through its links (an LG AI Research model for KOR; Dataset::entityCountries()).
//
// Dates: the range runs from yearFrom (monthFrom, dayFrom) to yearTo (monthTo, dayTo), each part
// 0 where open (years stay the default). A value dated to a year or a month stands for that whole
// period and passes when the period overlaps the range: with a range of 2024-03 to 2024-06, a
// value of 2024 passes, one of 2024-07 does not.
class Filter
{
public:
    QSet<QString> countries;
    QSet<QString> entities; // ids of entities of any kind (a model, a region...)
    QSet<QString> entityKinds; // entityKindId()s: country, region, organisation, model, cluster
    QSet<QString> dimensions;
    QSet<QString> indicators;
    int yearFrom = 0; // 0: open
    int yearTo = 0; // 0: open
    int monthFrom = 0; // 1-12 within yearFrom, 0: from its January
    int dayFrom = 0; // 1-31 within monthFrom, 0: from its first day
    int monthTo = 0; // 0: to December of yearTo
    int dayTo = 0; // 0: to the month's last day
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

    // The view GapScope opens on, and Reset returns to: the figures of the United States, China
    // and South Korea (and of regions, once picked), every dimension and year. The figures of
    // single organisations, AI models and clusters are shown when their kinds are picked.
    static Filter defaultView()
    {
        Filter f;
        f.countries = {QStringLiteral("USA"), QStringLiteral("CHN"), QStringLiteral("KOR")};
        f.entityKinds = defaultEntityKinds();
        return f;
    }
    static QSet<QString> defaultEntityKinds() { return {QStringLiteral("country"), QStringLiteral("region")}; }

    bool acceptsCountry(const QString &code) const { return countries.isEmpty() || countries.contains(code); }
    // An entity of `kind` with `id`, which counts for the countries `linked`.
    bool acceptsEntity(const QString &id, const QString &kind, const QStringList &linked) const;
    bool acceptsFocusEntity(const QString &id, const QStringList &linked) const;
    // Whether the range has a month or a day bound, or only years.
    bool hasFinerDates() const { return monthFrom || dayFrom || monthTo || dayTo; }
    // A date as one ordered number (year, month, day), and the range's bounds in it: a value of
    // `year` (`month`, `day` 0 where not known) passes when its period overlaps them.
    static int dateKey(int year, int month, int day) { return (year * 16 + month) * 32 + day; }
    int firstDateKey() const;
    int lastDateKey() const;
    bool acceptsDate(int year, int month, int day) const;
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
