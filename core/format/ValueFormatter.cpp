#include "ValueFormatter.h"

#include "domain/Unit.h"

#include <QLocale>
#include <cmath>

namespace gapscope {

QString ValueFormatter::plain(double value, Language lang, int maxDecimals)
{
    const QLocale locale(lang == Language::Korean ? QLocale::Korean : QLocale::English,
                         lang == Language::Korean ? QLocale::SouthKorea : QLocale::UnitedStates);
    QString s = locale.toString(value, 'f', maxDecimals);
    const QChar point = locale.decimalPoint().at(0);
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}

QString ValueFormatter::scientific(double value, Language lang)
{
    const double a = std::abs(value);
    if (a == 0 || !std::isfinite(a))
        return plain(value, lang, 2);
    int exponent = int(std::floor(std::log10(a)));
    double mantissa = a / std::pow(10.0, exponent);
    if (std::round(mantissa * 100) >= 1000) {
        mantissa /= 10;
        ++exponent;
    }
    static const char16_t superscripts[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString power;
    for (const QChar digit : QString::number(std::abs(exponent)))
        power += QChar(superscripts[digit.digitValue()]);
    if (exponent < 0)
        power.prepend(QChar(u'⁻'));
    return (value < 0 ? QStringLiteral("-") : QString()) + plain(mantissa, lang, 2) + QStringLiteral(" × 10") + power;
}

QString ValueFormatter::number(double value, Language lang)
{
    const double a = std::abs(value);
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    if (a >= 1e15 || (a > 0 && a < 1e-4))
        return sign + scientific(a, lang);
    if (a > 0 && a < 0.01) // three significant digits: 0.0015, not 0
        return sign + plain(a, lang, 2 - int(std::floor(std::log10(a))));
    if (lang == Language::Korean) {
        if (a >= 1e12)
            return sign + plain(a / 1e12, lang, 2) + QStringLiteral("조");
        if (a >= 1e8) {
            // 818,000,000 -> 8억 1,800만
            const double eok = std::floor(a / 1e8);
            const double man = std::round((a - eok * 1e8) / 1e4);
            QString s = sign + plain(eok, lang, 0) + QStringLiteral("억");
            if (man >= 1)
                s += QLatin1Char(' ') + plain(man, lang, 0) + QStringLiteral("만");
            return s;
        }
        if (a >= 1e4) {
            const double man = std::floor(a / 1e4);
            const double rest = std::round(a - man * 1e4);
            QString s = sign + plain(man, lang, 0) + QStringLiteral("만");
            if (rest >= 1)
                s += QLatin1Char(' ') + plain(rest, lang, 0);
            return s;
        }
        return sign + plain(a, lang, 2);
    }
    if (a >= 1e12)
        return QStringLiteral("%1 trillion").arg(sign + plain(a / 1e12, lang, 2));
    if (a >= 1e9)
        return QStringLiteral("%1 billion").arg(sign + plain(a / 1e9, lang, 2));
    if (a >= 1e6)
        return QStringLiteral("%1 million").arg(sign + plain(a / 1e6, lang, 2));
    return sign + plain(a, lang, 2);
}

QString ValueFormatter::withUnit(double value, const Unit *unit, Language lang)
{
    const QString n = number(value, lang);
    if (!unit)
        return n;
    const QString pattern = unit->pattern.text(lang);
    if (pattern.contains(QLatin1String("%1")))
        return QString(pattern).replace(QLatin1String("%1"), n);
    return n + QLatin1Char(' ') + unit->name.text(lang);
}

} // namespace gapscope
