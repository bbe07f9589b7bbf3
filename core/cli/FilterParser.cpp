#include "FilterParser.h"

#include <QDate>

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
        if (!m_dataset.country(upper) && !m_dataset.region(upper)) {
            m_error = tr("unknown country or region code \"%1\" (gapscope list countries and gapscope list regions"
                         " show the codes)")
                          .arg(code);
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

bool FilterParser::setEntities(const QString &list)
{
    const QStringList ids = split(list);
    if (ids.isEmpty()) {
        m_error = tr("--entity needs at least one id, such as KOR or a model's id");
        return false;
    }
    for (const QString &id : ids) {
        // Country and region codes are capitals; other ids are taken as written.
        const QString entity = m_dataset.entityKind(id) ? id : id.toUpper();
        if (!m_dataset.entityKind(entity)) {
            m_error = tr("unknown entity \"%1\" (gapscope list entities shows the ids)").arg(id);
            return false;
        }
        m_filter.entities.insert(entity);
    }
    return true;
}

bool FilterParser::setKinds(const QString &list)
{
    const QStringList kinds = split(list);
    const QStringList known = entityKindIds();
    if (kinds.isEmpty()) {
        m_error = tr("--kind needs at least one of: %1").arg(known.join(QLatin1String(", ")));
        return false;
    }
    QStringList named; // kinds the user named on import, by their name
    for (const QString &kind : kinds) {
        if (known.contains(kind)) {
            m_filter.entityKinds.insert(kind);
            continue;
        }
        // The name of a kind the user named ("Research domain"): its entities, in either language.
        const auto isKind = [&kind](const OtherEntity &e) {
            return e.kind.en.compare(kind, Qt::CaseInsensitive) == 0 || e.kind.ko.compare(kind, Qt::CaseInsensitive) == 0;
        };
        if (std::none_of(m_dataset.otherEntities.cbegin(), m_dataset.otherEntities.cend(), isKind)) {
            m_error = tr("unknown kind \"%1\": use %2, or the name of a kind of entities imported")
                          .arg(kind, known.join(QLatin1String(", ")));
            return false;
        }
        for (const OtherEntity &e : m_dataset.otherEntities) {
            if (isKind(e))
                m_filter.entities.insert(e.id);
        }
        named << kind;
    }
    if (!named.isEmpty()) {
        // Its entities are chosen by id, which would leave out every entity of another kind.
        if (!m_filter.entityKinds.isEmpty() && m_filter.entityKinds != QSet<QString>{QStringLiteral("other")}) {
            m_error = tr("--kind \"%1\" names a kind of imported entities: give it alone, or use --kind other")
                          .arg(named.join(QLatin1String(", ")));
            return false;
        }
        m_filter.entityKinds.insert(QStringLiteral("other"));
    }
    return true;
}

bool FilterParser::parseDate(const QString &text, int *year, int *month, int *day)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *year = m.captured(1).toInt();
    *month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    *day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    return QDate(*year, *month ? *month : 1, *day ? *day : 1).isValid();
}

bool FilterParser::setDates(const QString &range)
{
    const qsizetype colon = range.indexOf(QLatin1Char(':'));
    const QString first = colon < 0 ? range : range.left(colon);
    const QString last = colon < 0 ? range : range.mid(colon + 1);
    Filter f = m_filter;
    const bool ok = (!first.trimmed().isEmpty() || !last.trimmed().isEmpty())
        && (first.trimmed().isEmpty() || parseDate(first, &f.yearFrom, &f.monthFrom, &f.dayFrom))
        && (last.trimmed().isEmpty() || parseDate(last, &f.yearTo, &f.monthTo, &f.dayTo))
        && (!f.yearFrom || !f.yearTo || f.firstDateKey() <= f.lastDateKey());
    if (!ok) {
        m_error = tr("malformed date range \"%1\": use FROM:TO with years, months or days, such as 2024-01:2025-06,"
                     " 2024-03-15:2024-04-30, 2020:2025, 2024-01: or :2025-06")
                      .arg(range);
        return false;
    }
    m_filter = f;
    return true;
}

} // namespace gapscope
