#include "DisplayText.h"

#include "domain/EntityKind.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <functional>

namespace gapscope {

namespace {

// The names of `ids`, as `name` gives each, in one line.
QString names(const QStringList &ids, const std::function<QString(const QString &)> &name)
{
    QStringList out;
    for (const QString &id : ids)
        out.append(name(id));
    return out.join(QLatin1String(", "));
}

} // namespace

QString DisplayText::country(const Dataset &d, const QString &code, Language lang)
{
    const Country *c = d.country(code);
    return c ? c->name.text(lang) : d.entityName(code).text(lang);
}

QString DisplayText::countries(const Dataset &d, const QStringList &codes, Language lang)
{
    return names(codes, [&](const QString &code) { return country(d, code, lang); });
}

QString DisplayText::actors(const Dataset &d, const QStringList &ids, Language lang)
{
    return names(ids, [&](const QString &id) { return actor(d, id, lang); });
}

QString DisplayText::dimension(const Dataset &d, const QString &id, Language lang)
{
    const Dimension *dim = d.dimension(id);
    return dim ? dim->label.text(lang) : id;
}

QString DisplayText::dimensions(const Dataset &d, const QStringList &ids, Language lang)
{
    return names(ids, [&](const QString &id) { return dimension(d, id, lang); });
}

QString DisplayText::indicator(const Dataset &d, const QString &id, Language lang)
{
    const Indicator *i = d.indicator(id);
    return i ? i->name.text(lang) : id;
}

QString DisplayText::actor(const Dataset &d, const QString &id, Language lang)
{
    const Actor *a = d.actor(id);
    return a ? a->name.text(lang) : id;
}

QString DisplayText::unit(const Dataset &d, const QString &id, Language lang)
{
    const Unit *u = d.unit(id);
    return u ? u->name.text(lang) : id;
}

QString DisplayText::source(const Dataset &d, const QString &id, Language lang)
{
    const Source *s = d.source(id);
    if (!s)
        return id;
    QString text = s->title.text(lang);
    if (!s->section.isEmpty())
        text += QLatin1String(", ") + s->section;
    text += QLatin1String(" (") + (s->date.isEmpty() ? tr("undated") : date(s->date, lang)) + QLatin1Char(')');
    return text;
}

QString DisplayText::date(const QString &partial, Language lang)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(partial);
    if (!m.hasMatch())
        return partial;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && !QDate(year, month, day).isValid()))
        return partial;
    if (lang == Language::Korean) {
        QString text = QStringLiteral("%1년").arg(year);
        if (month > 0)
            text += QStringLiteral(" %1월").arg(month);
        if (day > 0)
            text += QStringLiteral(" %1일").arg(day);
        return text;
    }
    if (month == 0)
        return QString::number(year);
    // Month names from the C locale data, not from translations: English is fixed here.
    const QString name = QLocale(QLocale::English, QLocale::UnitedStates).monthName(month);
    return day > 0 ? QStringLiteral("%1 %2, %3").arg(name).arg(day).arg(year) : QStringLiteral("%1 %2").arg(name).arg(year);
}

QString DisplayText::period(int year, int month, Language lang)
{
    if (month <= 0)
        return lang == Language::Korean ? QStringLiteral("%1년").arg(year) : QString::number(year);
    return date(QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')), lang);
}

QString DisplayText::period(int year, int month, int day, Language lang)
{
    return day > 0 && month > 0 ? date(isoPeriod(year, month, day), lang) : period(year, month, lang);
}

QString DisplayText::isoPeriod(int year, int month, int day)
{
    QString text = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    if (month > 0)
        text += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (month > 0 && day > 0)
        text += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return text;
}

QString DisplayText::both(const LocalizedText &text, Language lang)
{
    const QString first = text.text(lang);
    const QString other = text.text(lang == Language::Korean ? Language::English : Language::Korean);
    if (other.isEmpty() || other == first)
        return first;
    return QStringLiteral("%1 (%2)").arg(first, other);
}

QString DisplayText::actorKind(const QString &kind)
{
    if (kind == QLatin1String("lab"))
        return tr("AI lab");
    if (kind == QLatin1String("big_tech"))
        return tr("Big tech");
    if (kind == QLatin1String("startup"))
        return tr("Startup");
    if (kind == QLatin1String("chipmaker"))
        return tr("Chipmaker");
    if (kind == QLatin1String("cloud_si"))
        return tr("Cloud and SI");
    if (kind == QLatin1String("government"))
        return tr("Government body");
    if (kind == QLatin1String("university"))
        return tr("University");
    if (kind == QLatin1String("analyst"))
        return tr("Analyst");
    if (kind == QLatin1String("media"))
        return tr("Media");
    if (kind == QLatin1String("institution"))
        return tr("Institution");
    return kind;
}

QString DisplayText::observationKind(const QString &kind)
{
    if (kind == QLatin1String("measured"))
        return tr("Measured");
    if (kind == QLatin1String("estimate"))
        return tr("Estimate");
    if (kind == QLatin1String("projection"))
        return tr("Projection");
    if (kind == QLatin1String("target"))
        return tr("Target");
    return kind;
}

namespace {

// Each kind of entity's name, one and several, in the order of allEntityKinds; translated by
// DisplayText's tr().
struct EntityKindNames
{
    const char *one;
    const char *several;
};
constexpr EntityKindNames entityKindNames[] = {
    {QT_TRANSLATE_NOOP("DisplayText", "Country"), QT_TRANSLATE_NOOP("DisplayText", "Countries")},
    {QT_TRANSLATE_NOOP("DisplayText", "Region"), QT_TRANSLATE_NOOP("DisplayText", "Regions")},
    {QT_TRANSLATE_NOOP("DisplayText", "Organisation"),
     QT_TRANSLATE_NOOP("DisplayText", "Organisations")},
    {QT_TRANSLATE_NOOP("DisplayText", "AI model"), QT_TRANSLATE_NOOP("DisplayText", "AI models")},
    {QT_TRANSLATE_NOOP("DisplayText", "Compute cluster"),
     QT_TRANSLATE_NOOP("DisplayText", "Compute clusters")},
    {QT_TRANSLATE_NOOP("DisplayText", "Other entity"), QT_TRANSLATE_NOOP("DisplayText", "Other entities")},
};
static_assert(std::size(entityKindNames) == allEntityKinds.size());

} // namespace

QString DisplayText::entityKind(const QString &kind)
{
    const auto k = entityKindFromId(kind);
    return k ? tr(entityKindNames[int(*k)].one) : kind;
}

QString DisplayText::entityKinds(const QString &kind)
{
    const auto k = entityKindFromId(kind);
    return k ? tr(entityKindNames[int(*k)].several) : kind;
}

QString DisplayText::entityKindOf(const Dataset &d, const QString &id, Language lang)
{
    if (const OtherEntity *e = d.otherEntity(id))
        return e->kind.text(lang);
    const auto kind = d.entityKind(id);
    return kind ? entityKind(entityKindId(*kind)) : QString();
}

QString DisplayText::datePrecision(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year:
        return tr("year");
    case DatePrecision::Month:
        return tr("month");
    case DatePrecision::Day:
        break;
    }
    return tr("day");
}

QString DisplayText::assessmentKind(const QString &kind)
{
    if (kind == QLatin1String("comparison"))
        return tr("Comparison");
    if (kind == QLatin1String("position"))
        return tr("Position");
    if (kind == QLatin1String("strategy"))
        return tr("Strategic suggestion");
    if (kind == QLatin1String("advice"))
        return tr("Practical advice");
    if (kind == QLatin1String("quote"))
        return tr("Quote");
    return kind;
}

QString DisplayText::eventKind(const QString &kind)
{
    if (kind == QLatin1String("policy"))
        return tr("Policy");
    if (kind == QLatin1String("model_release"))
        return tr("Model release");
    if (kind == QLatin1String("report"))
        return tr("Report");
    if (kind == QLatin1String("investment"))
        return tr("Investment");
    if (kind == QLatin1String("milestone"))
        return tr("Milestone");
    if (kind == QLatin1String("statement"))
        return tr("Statement");
    if (kind == QLatin1String("infrastructure"))
        return tr("Infrastructure");
    if (kind == QLatin1String("other"))
        return tr("Other");
    return kind;
}

QString DisplayText::quadrant(QChar quadrant)
{
    switch (quadrant.unicode()) {
    case 'S':
        return tr("Strengths");
    case 'W':
        return tr("Weaknesses");
    case 'O':
        return tr("Opportunities");
    case 'T':
        return tr("Threats");
    default:
        return QString(quadrant);
    }
}

QString DisplayText::openWeights(const std::optional<bool> &open)
{
    if (!open)
        return tr("Not stated");
    return *open ? tr("Open weights") : tr("Closed");
}

} // namespace gapscope
