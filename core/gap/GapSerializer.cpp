#include "GapSerializer.h"

#include "GapText.h"
#include "format/DisplayText.h"
#include "format/ValueFormatter.h"
#include "io/RecordSerializer.h"

namespace gapscope {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QStringList GapSerializer::fields()
{
    return {"indicator", "leader", "leader_name", "follower", "follower_name", "year", "month", "date", "unit",
            "leader_value", "follower_value", "share", "difference", "time_gap", "time_gap_unit", "status",
            "leader_value_text", "follower_value_text", "share_text", "difference_text", "time_gap_text", "method",
            "source_id", "source_title", "source_url", "source_licence"};
}

QStringList GapSerializer::tableFields()
{
    return {"follower_name", "date", "leader_value_text", "follower_value_text", "share_text", "difference_text",
            "time_gap_text"};
}

QList<QJsonObject> GapSerializer::records(const Dataset &d, const QList<GapResult> &results, Language lang)
{
    const RecordSerializer serializer(d, lang);
    QList<QJsonObject> records;
    for (const GapResult &r : results) {
        const Indicator *i = d.indicator(r.indicator);
        const Unit *unit = i ? d.unit(i->unit) : nullptr;
        for (const GapPoint &p : r.points) {
            QJsonObject o{
                {"indicator", r.indicator},
                {"leader", r.leader},
                {"leader_name", DisplayText::country(d, r.leader, lang)},
                {"follower", r.follower},
                {"follower_name", DisplayText::country(d, r.follower, lang)},
                {"year", p.year},
                {"month", p.month > 0 ? QJsonValue(p.month) : QJsonValue(QJsonValue::Null)},
                {"date", DisplayText::period(p.year, p.month, lang)},
                {"unit", i ? i->unit : QString()},
                {"leader_value", optionalNumber(p.leaderValue)},
                {"follower_value", p.followerValue},
                {"share", optionalNumber(p.share)},
                {"difference", optionalNumber(p.difference)},
                {"time_gap", p.hasTimeGap() ? QJsonValue(GapText::rounded(p.timeGap)) : QJsonValue(QJsonValue::Null)},
                {"time_gap_unit",
                 r.precision == GapPrecision::Months ? QStringLiteral("months") : QStringLiteral("years")},
                {"status", GapText::statusCode(p.status)},
                {"leader_value_text", p.leaderValue ? ValueFormatter::withUnit(*p.leaderValue, unit, lang) : QString()},
                {"follower_value_text", ValueFormatter::withUnit(p.followerValue, unit, lang)},
                {"share_text", p.share ? GapText::share(*p.share, lang) : QString()},
                {"difference_text", p.difference ? ValueFormatter::withUnit(*p.difference, unit, lang) : QString()},
                {"time_gap_text", GapText::timeGap(p, r.precision, lang)},
                {"method", gapMethodName(r.method)},
            };
            if (p.record >= 0)
                o.insert(QStringLiteral("source"), serializer.source(d.observations.sourceAt(p.record)));
            records.append(o);
        }
    }
    return records;
}

} // namespace gapscope
