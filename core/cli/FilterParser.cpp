#include "FilterParser.h"

#include <QRegularExpression>

namespace gapscope {

QStringList FilterParser::split(const QString &list)
{
    QStringList items;
    for (const QString &item : list.split(QLatin1Char(','))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

std::optional<QStringList> FilterParser::countryCodes(const QString &list)
{
    const QStringList items = split(list);
    if (items.isEmpty()) {
        m_error = tr("--country needs at least one country code, such as USA,CHN,KOR");
        return std::nullopt;
    }
    QStringList codes;
    for (const QString &code : items) {
        const QString upper = code.toUpper();
        if (!m_dataset.country(upper)) {
            m_error = tr("unknown country code \"%1\" (gapscope list countries shows the codes)").arg(code);
            return std::nullopt;
        }
        if (!codes.contains(upper))
            codes.append(upper);
    }
    return codes;
}

bool FilterParser::setCountries(const QString &list)
{
    const auto codes = countryCodes(list);
    if (!codes)
        return false;
    for (const QString &code : *codes)
        m_filter.countries.insert(code);
    return true;
}

bool FilterParser::setDimensions(const QString &list)
{
    const QStringList ids = split(list);
    if (ids.isEmpty()) {
        m_error = tr("--dimension needs at least one dimension id");
        return false;
    }
    for (const QString &id : ids) {
        if (!m_dataset.dimension(id)) {
            m_error = tr("unknown dimension \"%1\" (gapscope list dimensions shows the ids)").arg(id);
            return false;
        }
        m_filter.dimensions.insert(id);
    }
    return true;
}

bool FilterParser::setIndicators(const QString &list)
{
    const QStringList ids = split(list);
    if (ids.isEmpty()) {
        m_error = tr("--indicator needs at least one indicator id");
        return false;
    }
    for (const QString &id : ids) {
        if (!m_dataset.indicator(id)) {
            m_error = tr("unknown indicator \"%1\" (gapscope list indicators shows the ids)").arg(id);
            return false;
        }
        m_filter.indicators.insert(id);
    }
    return true;
}

bool FilterParser::parseYearRange(const QString &range, int *from, int *to)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})?\\s*(:)?\\s*(\\d{4})?\\s*$"));
    const auto m = re.match(range);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty()))
        return false;
    const bool isRange = !m.captured(2).isEmpty();
    if (!isRange && !m.captured(3).isEmpty())
        return false;
    const int a = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    const int b = isRange ? (m.captured(3).isEmpty() ? 0 : m.captured(3).toInt()) : a;
    if (a != 0 && b != 0 && a > b)
        return false;
    *from = a;
    *to = b;
    return true;
}

bool FilterParser::setYears(const QString &range)
{
    if (!parseYearRange(range, &m_filter.yearFrom, &m_filter.yearTo)) {
        m_error = tr("malformed year range \"%1\": use FROM:TO such as 2018:2023, a single year, 2018: or :2023")
                      .arg(range);
        return false;
    }
    return true;
}

} // namespace gapscope
