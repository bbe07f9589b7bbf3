#pragma once

#include "query/Filter.h"
#include "domain/Dataset.h"

#include <QCoreApplication>

#include <optional>

namespace gapscope {

// Turns command-line filter options into a Filter, checking every code against the dataset:
// "--country USA,CHN" (countries or regions), "--entity id,...", "--kind model,cluster",
// "--dimension capital", "--indicator id,...", "--year 2020:2025" (also "2020", "2020:" and
// ":2025"), "--date 2024-01:2025-06" (years, months or days on either side).
class FilterParser
{
    Q_DECLARE_TR_FUNCTIONS(FilterParser)

public:
    explicit FilterParser(const Dataset &dataset) : m_dataset(dataset) { }

    bool setCountries(const QString &list);
    // The country codes of `list` in its order, upper case, each once; nothing (with
    // errorString()) when there is none or one is unknown. The filter stays as it is.
    std::optional<QStringList> countryCodes(const QString &list);
    bool setDimensions(const QString &list);
    bool setIndicators(const QString &list);
    bool setYears(const QString &range);
    bool setEntities(const QString &list);
    bool setKinds(const QString &list);
    bool setDates(const QString &range);
    void setText(const QString &text) { m_filter.text = text; }

    const Filter &filter() const { return m_filter; }
    QString errorString() const { return m_error; }

    // Parses "A:B", "A", "A:" or ":B" into years; false when malformed or reversed.
    static bool parseYearRange(const QString &range, int *from, int *to);
    // Parses "YYYY[-MM[-DD]]" into its parts (0 where absent); false unless a real date.
    static bool parseDate(const QString &text, int *year, int *month, int *day);
    // The comma-separated items of `list`, trimmed, empty ones left out.
    static QStringList split(const QString &list);

private:
    const Dataset &m_dataset;
    Filter m_filter;
    QString m_error;
};

} // namespace gapscope
