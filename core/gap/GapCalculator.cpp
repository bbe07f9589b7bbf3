#include "GapCalculator.h"

#include <QHash>

#include <algorithm>

namespace gapscope {

namespace {

// Measured or estimated: not a projection or a target.
bool isData(const QString &kind)
{
    return kind != QLatin1String("projection") && kind != QLatin1String("target");
}

bool isReferenceIndicator(const Indicator &i)
{
    return i.unit == QLatin1String("months") && i.id.contains(QLatin1String("gap"));
}

int dateOf(const GapCalculator::Sample &s)
{
    return GapCalculator::dateIndex(s.year, s.month);
}

// The leader's value at `t` on the line between the observations around it; none outside them.
std::optional<double> valueAt(const QList<GapCalculator::Sample> &leader, int t)
{
    if (leader.isEmpty() || t < dateOf(leader.first()) || t > dateOf(leader.last()))
        return std::nullopt;
    for (qsizetype i = 0; i < leader.size(); ++i) {
        const int ti = dateOf(leader.at(i));
        if (ti == t)
            return leader.at(i).value;
        if (ti > t) {
            const GapCalculator::Sample &a = leader.at(i - 1);
            const int ta = dateOf(a);
            return a.value + (leader.at(i).value - a.value) * double(t - ta) / double(ti - ta);
        }
    }
    return std::nullopt;
}

struct CurvePoint
{
    int date;
    double value;
};

GapPoint gapAt(const QList<GapCalculator::Sample> &leader, const GapCalculator::Sample &f, GapMethod method,
               GapPrecision precision)
{
    GapPoint p;
    p.year = f.year;
    p.month = f.month;
    p.followerValue = f.value;
    p.record = f.record;
    const int t = dateOf(f);
    const double v = f.value;
    p.leaderValue = valueAt(leader, t);
    if (p.leaderValue) {
        p.difference = v - *p.leaderValue;
        if (*p.leaderValue != 0.0)
            p.share = v / *p.leaderValue;
        if (v >= *p.leaderValue) {
            p.status = GapPoint::Status::Ahead;
            return p;
        }
    }
    // The leader's curve up to t.
    QList<CurvePoint> curve;
    for (const GapCalculator::Sample &s : leader) {
        if (dateOf(s) <= t)
            curve.append({dateOf(s), s.value});
    }
    if (p.leaderValue && (curve.isEmpty() || curve.last().date < t))
        curve.append({t, *p.leaderValue});
    qsizetype reached = -1;
    for (qsizetype i = 0; i < curve.size() && reached < 0; ++i) {
        if (curve.at(i).value >= v)
            reached = i;
    }
    if (reached < 0) {
        p.status = GapPoint::Status::NotComparable;
        return p;
    }
    double s = curve.at(reached).date;
    if (reached == 0) {
        p.status = curve.first().date < t ? GapPoint::Status::AtLeast : GapPoint::Status::NoEarlierData;
    } else {
        const CurvePoint &a = curve.at(reached - 1);
        const CurvePoint &b = curve.at(reached);
        s = a.date + (v - a.value) / (b.value - a.value) * (b.date - a.date);
        p.status = GapPoint::Status::Behind;
    }
    if (method == GapMethod::Values) {
        for (qsizetype i = reached + 1; i < curve.size(); ++i) {
            if (curve.at(i).value < v) {
                p.status = GapPoint::Status::Falling;
                return p;
            }
        }
    }
    const double months = t - s;
    p.timeGap = precision == GapPrecision::Months ? months : months / 12.0;
    return p;
}

} // namespace

GapPrecision GapCalculator::precisionOf(const QList<Sample> &leader, const QList<Sample> &follower)
{
    auto monthly = [](const Sample &s) { return s.month > 0; };
    return std::any_of(leader.begin(), leader.end(), monthly) || std::any_of(follower.begin(), follower.end(), monthly)
        ? GapPrecision::Months
        : GapPrecision::Years;
}

QList<GapCalculator::Sample> GapCalculator::prepare(QList<Sample> series, GapMethod method)
{
    std::stable_sort(series.begin(), series.end(),
                     [](const Sample &a, const Sample &b) { return dateOf(a) < dateOf(b); });
    QList<Sample> out;
    for (const Sample &s : series) {
        if (!out.isEmpty() && dateOf(out.last()) == dateOf(s)) {
            if (s.value > out.last().value)
                out.last() = s;
        } else {
            out.append(s);
        }
    }
    if (method == GapMethod::RunningMax) {
        for (qsizetype i = 1; i < out.size(); ++i)
            out[i].value = std::max(out.at(i).value, out.at(i - 1).value);
    }
    return out;
}

QList<GapPoint> GapCalculator::compute(QList<Sample> leader, QList<Sample> follower, GapMethod method,
                                       GapPrecision precision)
{
    leader = prepare(std::move(leader), method);
    follower = prepare(std::move(follower), method);
    QList<GapPoint> points;
    points.reserve(follower.size());
    for (const Sample &f : follower)
        points.append(gapAt(leader, f, method, precision));
    return points;
}

GapResult GapCalculator::compute(const Dataset &d, const QString &indicator, const QString &leader,
                                 const QString &follower, GapMethod method, int yearFrom, int yearTo)
{
    GapResult r;
    r.indicator = indicator;
    r.leader = leader;
    r.follower = follower;
    r.method = method;
    QList<Sample> lead;
    QList<Sample> follow;
    const ObservationTable &o = d.observations;
    for (qsizetype i = 0; i < o.size(); ++i) {
        if (o.indicatorAt(i) != indicator || !isData(o.kindAt(i)))
            continue;
        const Sample s{o.yearAt(i), o.monthAt(i), o.valueAt(i), int(i)};
        if (o.entityAt(i) == leader)
            lead.append(s);
        if (o.entityAt(i) == follower)
            follow.append(s);
    }
    r.precision = precisionOf(lead, follow);
    // The follower's running maximum counts its whole history too; only the points are narrowed.
    for (const GapPoint &p : compute(lead, follow, method, r.precision)) {
        if ((yearFrom == 0 || p.year >= yearFrom) && (yearTo == 0 || p.year <= yearTo))
            r.points.append(p);
    }
    return r;
}

bool GapCalculator::isFrontier(const Indicator &indicator)
{
    const QString words = indicator.id + QLatin1Char(' ') + indicator.name.en.toLower();
    for (const char *word : {"largest", "cumulative", "to date", "to_date", "frontier_", "running_max"}) {
        if (words.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

QList<int> GapCalculator::references(const Dataset &d, const QStringList &countries, int yearFrom, int yearTo)
{
    QSet<QString> gapIndicators;
    for (const Indicator &i : d.indicators) {
        if (isReferenceIndicator(i))
            gapIndicators.insert(i.id);
    }
    QList<int> rows;
    const ObservationTable &o = d.observations;
    for (qsizetype i = 0; i < o.size(); ++i) {
        if (gapIndicators.contains(o.indicatorAt(i)) && (countries.isEmpty() || countries.contains(o.entityAt(i)))
            && (yearFrom == 0 || o.yearAt(i) >= yearFrom) && (yearTo == 0 || o.yearAt(i) <= yearTo))
            rows.append(int(i));
    }
    return rows;
}

QStringList GapCalculator::measurableIndicators(const Dataset &d)
{
    QHash<QString, QSet<int>> datesByIndicatorCountry;
    const ObservationTable &o = d.observations;
    for (qsizetype i = 0; i < o.size(); ++i) {
        if (isData(o.kindAt(i)))
            datesByIndicatorCountry[o.indicatorAt(i) + QLatin1Char('\n') + o.entityAt(i)].insert(
                dateIndex(o.yearAt(i), o.monthAt(i)));
    }
    QStringList ids;
    for (const Indicator &i : d.indicators) {
        if (isReferenceIndicator(i))
            continue;
        for (auto it = datesByIndicatorCountry.cbegin(); it != datesByIndicatorCountry.cend(); ++it) {
            if (it.value().size() >= 2 && it.key().startsWith(i.id + QLatin1Char('\n'))) {
                ids.append(i.id);
                break;
            }
        }
    }
    return ids;
}

} // namespace gapscope
