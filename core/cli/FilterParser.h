#pragma once

#include "query/Filter.h"
#include "domain/Dataset.h"

#include <QCoreApplication>

#include <optional>

namespace gapscope {

// Turns command-line filter options into a Filter, checking every code against the dataset:
// "--country USA,CHN", "--dimension capital", "--indicator id,...", "--year 2020:2025"
// (also "2020", "2020:" and ":2025").
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
    void setText(const QString &text) { m_filter.text = text; }

    const Filter &filter() const { return m_filter; }
    QString errorString() const { return m_error; }

    // Parses "A:B", "A", "A:" or ":B" into years; false when malformed or reversed.
    static bool parseYearRange(const QString &range, int *from, int *to);
    // The comma-separated items of `list`, trimmed, empty ones left out.
    static QStringList split(const QString &list);

private:
    const Dataset &m_dataset;
    Filter m_filter;
    QString m_error;
};

} // namespace gapscope
