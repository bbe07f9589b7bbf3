#include "DatePrecisionCheck.h"

#include "format/DisplayText.h"

#include <QHash>

namespace gapscope {

QString DatePrecisionCheck::problem(const Indicator &indicator, int year, int month, int day)
{
    if (datePrecisionOf(month, day) <= indicator.datePrecision)
        return {};
    return tr("%1 is finer than the indicator \"%2\" allows: its figures are dated to the %3")
        .arg(DisplayText::isoPeriod(year, month, day), indicator.id, DisplayText::datePrecision(indicator.datePrecision));
}

QString DatePrecisionCheck::problem(const Dataset &dataset, const Observation &observation)
{
    const Indicator *indicator = dataset.indicator(observation.indicator);
    return indicator ? problem(*indicator, observation) : QString();
}

QString DatePrecisionCheck::problem(const Indicator &indicator, const Observation &observation)
{
    const QString why = problem(indicator, observation.year, observation.month, observation.day);
    if (why.isEmpty())
        return {};
    return tr("the observation %1 (%2): %3").arg(observation.id, observation.country, why);
}

DatePrecision DatePrecisionCheck::finest(const QString &indicator, const QList<Observation> &observations)
{
    DatePrecision p = DatePrecision::Year;
    for (const Observation &o : observations) {
        if (o.indicator == indicator)
            p = std::max(p, datePrecisionOf(o.month, o.day));
    }
    return p;
}

DatePrecision DatePrecisionCheck::finest(const QString &indicator, const ObservationTable &observations)
{
    DatePrecision p = DatePrecision::Year;
    for (qsizetype row = 0; row < observations.size(); ++row) {
        if (observations.indicatorAt(row) == indicator)
            p = std::max(p, datePrecisionOf(observations.monthAt(row), observations.dayAt(row)));
    }
    return p;
}

void DatePrecisionCheck::deriveAll(QList<Indicator> &indicators, const ObservationTable &observations)
{
    QHash<QString, DatePrecision> finest;
    for (qsizetype row = 0; row < observations.size(); ++row) {
        DatePrecision &p = finest[observations.indicatorAt(row)];
        p = std::max(p, datePrecisionOf(observations.monthAt(row), observations.dayAt(row)));
    }
    for (Indicator &i : indicators)
        i.datePrecision = finest.value(i.id, DatePrecision::Year);
}

void DatePrecisionCheck::deriveAll(QList<Indicator> &indicators, const QList<Observation> &observations)
{
    QHash<QString, DatePrecision> finest;
    for (const Observation &o : observations) {
        DatePrecision &p = finest[o.indicator];
        p = std::max(p, datePrecisionOf(o.month, o.day));
    }
    for (Indicator &i : indicators)
        i.datePrecision = finest.value(i.id, DatePrecision::Year);
}

} // namespace gapscope
