#include "GapText.h"

#include "format/ValueFormatter.h"

#include <cmath>

namespace gapscope {

double GapText::rounded(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString GapText::timeGap(const GapPoint &point, GapPrecision precision, Language lang)
{
    const QString number = ValueFormatter::number(rounded(point.timeGap), lang);
    const bool months = precision == GapPrecision::Months;
    const bool one = rounded(point.timeGap) == 1.0;
    switch (point.status) {
    case GapPoint::Status::Behind:
        if (one)
            return months ? tr("1 month") : tr("1 year");
        return months ? tr("%1 months").arg(number) : tr("%1 years").arg(number);
    case GapPoint::Status::AtLeast:
        if (one)
            return months ? tr("at least 1 month") : tr("at least 1 year");
        return months ? tr("at least %1 months").arg(number) : tr("at least %1 years").arg(number);
    case GapPoint::Status::Ahead:
        return tr("ahead");
    case GapPoint::Status::NotComparable:
        return tr("not comparable: the leader never reached this level in the data");
    case GapPoint::Status::Falling:
        return tr("not comparable: the leader fell below this level again after reaching it");
    case GapPoint::Status::NoEarlierData:
        return tr("not comparable: the leader's data start above this level at this date");
    }
    return {};
}

QString GapText::statusCode(GapPoint::Status status)
{
    switch (status) {
    case GapPoint::Status::Behind:
        return QStringLiteral("behind");
    case GapPoint::Status::AtLeast:
        return QStringLiteral("at_least");
    case GapPoint::Status::Ahead:
        return QStringLiteral("ahead");
    case GapPoint::Status::NotComparable:
        return QStringLiteral("not_comparable");
    case GapPoint::Status::Falling:
        return QStringLiteral("falling");
    case GapPoint::Status::NoEarlierData:
        return QStringLiteral("no_earlier_data");
    }
    return {};
}

QString GapText::share(double share, Language lang)
{
    // Shares under 1% keep two significant digits: 0.012%, never "0%" for a follower that has some.
    const double percent = share * 100.0;
    if (percent != 0.0 && std::abs(percent) < 1.0 && std::abs(percent) >= 1e-4) {
        const int decimals = 1 - int(std::floor(std::log10(std::abs(percent))));
        return tr("%1%").arg(ValueFormatter::plain(percent, lang, decimals));
    }
    return tr("%1%").arg(ValueFormatter::number(rounded(percent), lang));
}

QString GapText::methodName(GapMethod method)
{
    return method == GapMethod::RunningMax ? tr("running maximum (the frontier to date)") : tr("values as observed");
}

QString GapText::timeGapUnit(GapPrecision precision)
{
    return precision == GapPrecision::Months ? tr("Time gap (months)") : tr("Time gap (years)");
}

QString GapText::methodParagraph(GapMethod method, GapPrecision precision)
{
    const QString unit = precision == GapPrecision::Months ? tr("months") : tr("years");
    QString text = tr("Share: the follower's value over the leader's at the same date (and the difference, in the "
                      "indicator's unit); between two of its observations the leader's value is read on the line "
                      "joining them. Time gap: how long before that date the leader first reached the follower's "
                      "value, in %1; \"ahead\" when the follower is at or above the leader.")
                       .arg(unit);
    text += QLatin1Char(' ');
    text += method == GapMethod::RunningMax
        ? tr("Both series are read as their running maximum, the largest value to date.")
        : tr("Values as observed; where the leader fell back below the level, no time gap.");
    return text;
}

} // namespace gapscope
