#include "DatasetValidator.h"

#include "io/DatePrecisionCheck.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <functional>

namespace gapscope {

const QStringList &DatasetValidator::actorKinds()
{
    static const QStringList kinds{"lab", "big_tech", "startup", "chipmaker", "cloud_si", "government",
                                   "university", "analyst", "media", "institution"};
    return kinds;
}

const QStringList &DatasetValidator::observationKinds()
{
    static const QStringList kinds{"measured", "estimate", "projection", "target"};
    return kinds;
}

const QStringList &DatasetValidator::assessmentKinds()
{
    static const QStringList kinds{"comparison", "position", "strategy", "advice", "quote"};
    return kinds;
}

const QStringList &DatasetValidator::eventKinds()
{
    // Infrastructure and other (a kind written otherwise, kept in the text) come of imported timelines.
    static const QStringList kinds{"policy",    "model_release", "report",         "investment",
                                   "milestone", "statement",     "infrastructure", "other"};
    return kinds;
}

bool DatasetValidator::isValidPartialDate(const QString &date)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(date);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return QDate(year, month, day).isValid();
}

QList<DatasetValidator::Problem> DatasetValidator::validate(const Dataset &d)
{
    QList<Problem> problems;
    auto problem = [&](const QString &id, const QString &message) { problems.append({id, message}); };

    auto checkUnique = [&](const QString &kind, const QString &id, QSet<QString> &seen) {
        if (id.trimmed().isEmpty())
            problem(id, tr("a %1 record has no id").arg(kind));
        else if (seen.contains(id))
            problem(id, tr("the %1 id \"%2\" is used twice").arg(kind, id));
        seen.insert(id);
    };
    auto checkText = [&](const QString &id, const char *field, const LocalizedText &text) {
        if (text.en.trimmed().isEmpty())
            problem(id, tr("\"%1\" has no English %2").arg(id, QLatin1String(field)));
        if (text.ko.trimmed().isEmpty())
            problem(id, tr("\"%1\" has no Korean %2").arg(id, QLatin1String(field)));
    };
    auto checkSource = [&](const QString &id, const QString &source) {
        if (source.isEmpty())
            problem(id, tr("\"%1\" has no source").arg(id));
        else if (!d.source(source))
            problem(id, tr("\"%1\" names an unknown source \"%2\"").arg(id, source));
    };
    auto checkCountry = [&](const QString &id, const QString &code) {
        if (!d.country(code))
            problem(id, tr("\"%1\" names an unknown country \"%2\"").arg(id, code));
    };
    // Assessments, SWOT items and events may concern a region too (the World's position).
    auto checkPlace = [&](const QString &id, const QString &code) {
        if (!d.country(code) && !d.region(code))
            problem(id, tr("\"%1\" names an unknown country or region \"%2\"").arg(id, code));
    };
    auto checkDimension = [&](const QString &id, const QString &dim) {
        if (!d.dimension(dim))
            problem(id, tr("\"%1\" names an unknown dimension \"%2\"").arg(id, dim));
    };
    auto checkKind = [&](const QString &id, const QString &kind, const QStringList &allowed) {
        if (!allowed.contains(kind))
            problem(id, tr("\"%1\" has an unknown kind \"%2\" (expected one of: %3)")
                            .arg(id, kind, allowed.join(QLatin1String(", "))));
    };
    auto checkYear = [&](const QString &id, int year) {
        if (year < 1900 || year > 2100)
            problem(id, tr("\"%1\" has no plausible year (%2)").arg(id).arg(year));
    };

    if (d.version.trimmed().isEmpty())
        problem({}, tr("the dataset has no version"));

    QSet<QString> seen;
    for (const Source &s : d.sources) {
        checkUnique(QStringLiteral("source"), s.id, seen);
        checkText(s.id, "title", s.title);
        if (s.document.trimmed().isEmpty() && s.url.trimmed().isEmpty())
            problem(s.id, tr("\"%1\" names neither a document nor a URL").arg(s.id));
        if (!s.date.isEmpty() && !isValidPartialDate(s.date))
            problem(s.id, tr("\"%1\" has an invalid date \"%2\"").arg(s.id, s.date));
    }
    seen.clear();
    for (const Unit &u : d.units) {
        checkUnique(QStringLiteral("unit"), u.id, seen);
        checkText(u.id, "name", u.name);
    }
    seen.clear();
    static const QRegularExpression codeRe(QStringLiteral("^(?:[A-Z]{3}|OWID_[A-Z0-9_]+)$"));
    static const QRegularExpression regionCodeRe(QStringLiteral("^[A-Z][A-Z0-9]*_[A-Z0-9_]+$"));
    for (const Country &c : d.countries) {
        checkUnique(QStringLiteral("country"), c.code, seen);
        if (!codeRe.match(c.code).hasMatch())
            problem(c.code, tr("\"%1\" is not an ISO 3166-1 alpha-3 code").arg(c.code));
        checkText(c.code, "name", c.name);
        // The countries the ISO catalogue adds have no region: it gives none.
        if (!c.region.isEmpty())
            checkText(c.code, "region", c.region);
    }
    for (const Region &r : d.regions) {
        checkUnique(QStringLiteral("country or region"), r.code, seen);
        if (!codeRe.match(r.code).hasMatch() && !regionCodeRe.match(r.code).hasMatch())
            problem(r.code, tr("\"%1\" is not a region code (OWID_ or a publisher's prefix, capitals)").arg(r.code));
        checkText(r.code, "name", r.name);
        if (!r.source.isEmpty())
            checkSource(r.code, r.source);
        for (const QString &member : r.members)
            checkPlace(r.code, member);
    }
    checkRegionCycles(d, problems);
    seen.clear();
    for (const Dimension &dim : d.dimensions) {
        checkUnique(QStringLiteral("dimension"), dim.id, seen);
        checkText(dim.id, "label", dim.label);
        checkText(dim.id, "description", dim.description);
    }
    seen.clear();
    for (const Actor &a : d.actors) {
        checkUnique(QStringLiteral("actor"), a.id, seen);
        checkText(a.id, "name", a.name);
        checkText(a.id, "description", a.description);
        // Epoch AI names some organisations without a country ("Multinational").
        if (!a.country.isEmpty())
            checkCountry(a.id, a.country);
        checkKind(a.id, a.kind, actorKinds());
        for (const QString &dim : a.dimensions)
            checkDimension(a.id, dim);
        checkSource(a.id, a.source);
    }
    seen.clear();
    for (const AiModel &m : d.models) {
        checkUnique(QStringLiteral("model"), m.id, seen);
        checkText(m.id, "name", m.name);
        checkText(m.id, "description", m.description);
        // Epoch AI lists a few models without an organisation or a country.
        const bool fromEpoch = !m.epochName.isEmpty();
        if (!fromEpoch || !m.country.isEmpty())
            checkCountry(m.id, m.country);
        if ((!fromEpoch || !m.developer.isEmpty()) && !d.actor(m.developer))
            problem(m.id, tr("\"%1\" names an unknown developer \"%2\"").arg(m.id, m.developer));
        if (!m.released.isEmpty() && !isValidPartialDate(m.released))
            problem(m.id, tr("\"%1\" has an invalid release date \"%2\"").arg(m.id, m.released));
        checkSource(m.id, m.source);
        if (!m.epochSource.isEmpty())
            checkSource(m.id, m.epochSource);
        for (const QString &code : m.countries)
            checkCountry(m.id, code);
        for (const QString &actor : m.organisations) {
            if (!d.actor(actor))
                problem(m.id, tr("\"%1\" names an unknown organisation \"%2\"").arg(m.id, actor));
        }
    }
    seen.clear();
    for (const Indicator &i : d.indicators) {
        checkUnique(QStringLiteral("indicator"), i.id, seen);
        checkText(i.id, "name", i.name);
        checkText(i.id, "description", i.description);
        if (i.unit.isEmpty() || !d.unit(i.unit))
            problem(i.id, tr("\"%1\" has no known unit (\"%2\")").arg(i.id, i.unit));
        checkDimension(i.id, i.dimension);
    }
    seen.clear();
    for (const Observation &o : d.observations) {
        checkUnique(QStringLiteral("observation"), o.id, seen);
        const Indicator *indicator = d.indicator(o.indicator);
        if (!indicator)
            problem(o.id, tr("\"%1\" names an unknown indicator \"%2\"").arg(o.id, o.indicator));
        else if (!d.unit(indicator->unit))
            problem(o.id, tr("\"%1\" has a value without a unit").arg(o.id));
        if (!d.entityKind(o.country))
            problem(o.id, tr("\"%1\" names an unknown country, region, organisation, model or cluster \"%2\"")
                              .arg(o.id, o.country));
        checkYear(o.id, o.year);
        if (o.month < 0 || o.month > 12)
            problem(o.id, tr("\"%1\" has an invalid month %2").arg(o.id).arg(o.month));
        else if (o.day != 0 && (o.month == 0 || !QDate(o.year, o.month, o.day).isValid()))
            problem(o.id, tr("\"%1\" has an invalid day %2").arg(o.id).arg(o.day));
        if (const QString finer = DatePrecisionCheck::problem(d, o); !finer.isEmpty())
            problem(o.id, finer);
        if (!std::isfinite(o.value))
            problem(o.id, tr("\"%1\" has no finite value").arg(o.id));
        checkKind(o.id, o.kind, observationKinds());
        checkSource(o.id, o.source);
        if (!o.note.isEmpty())
            checkText(o.id, "note", o.note);
    }
    seen.clear();
    for (const Assessment &a : d.assessments) {
        checkUnique(QStringLiteral("assessment"), a.id, seen);
        checkPlace(a.id, a.country);
        checkDimension(a.id, a.dimension);
        checkYear(a.id, a.year);
        checkKind(a.id, a.kind, assessmentKinds());
        checkText(a.id, "text", a.text);
        if (a.kind == QLatin1String("quote") || !a.attribution.isEmpty())
            checkText(a.id, "attribution", a.attribution);
        checkSource(a.id, a.source);
    }
    seen.clear();
    for (const SwotItem &s : d.swot) {
        checkUnique(QStringLiteral("SWOT"), s.id, seen);
        checkPlace(s.id, s.country);
        if (!QStringLiteral("SWOT").contains(s.quadrant) || s.quadrant.isNull())
            problem(s.id, tr("\"%1\" has an unknown quadrant \"%2\"").arg(s.id, QString(s.quadrant)));
        checkText(s.id, "text", s.text);
        checkDimension(s.id, s.dimension);
        checkYear(s.id, s.year);
        checkSource(s.id, s.source);
    }
    seen.clear();
    for (const Event &e : d.events) {
        checkUnique(QStringLiteral("event"), e.id, seen);
        if (!isValidPartialDate(e.date))
            problem(e.id, tr("\"%1\" has an invalid date \"%2\"").arg(e.id, e.date));
        checkPlace(e.id, e.country);
        checkKind(e.id, e.kind, eventKinds());
        checkText(e.id, "text", e.text);
        checkSource(e.id, e.source);
    }
    seen.clear();
    for (const ComputeCluster &c : d.clusters) {
        checkUnique(QStringLiteral("compute cluster"), c.id, seen);
        checkText(c.id, "name", c.name);
        // Epoch AI names a few clusters without a country.
        if (!c.country.isEmpty())
            checkCountry(c.id, c.country);
        if (!c.firstOperational.isEmpty() && !isValidPartialDate(c.firstOperational))
            problem(c.id, tr("\"%1\" has an invalid first operational date \"%2\"").arg(c.id, c.firstOperational));
        checkSource(c.id, c.source);
    }
    // An observation names its entity by id alone: no id may name two kinds of entity.
    QHash<QString, QString> kindOf;
    const auto claim = [&](const QString &id, const QString &kind) {
        const QString other = kindOf.value(id);
        if (!other.isEmpty() && other != kind)
            problem(id, tr("the id \"%1\" is used by two kinds of entity: %2 and %3").arg(id, other, kind));
        kindOf.insert(id, kind);
    };
    for (const Country &c : d.countries)
        claim(c.code, QStringLiteral("country"));
    for (const Region &r : d.regions)
        claim(r.code, QStringLiteral("region"));
    for (const Actor &a : d.actors)
        claim(a.id, QStringLiteral("organisation"));
    for (const AiModel &m : d.models)
        claim(m.id, QStringLiteral("model"));
    for (const ComputeCluster &c : d.clusters)
        claim(c.id, QStringLiteral("compute cluster"));
    return problems;
}

void DatasetValidator::checkRegionCycles(const Dataset &d, QList<Problem> &problems)
{
    // Depth-first through the members that are regions: a region met again on the current path
    // closes a cycle.
    enum class Mark { None, OnPath, Done };
    QHash<QString, Mark> marks;
    std::function<bool(const Region &, QStringList &)> visit = [&](const Region &r, QStringList &path) {
        marks.insert(r.code, Mark::OnPath);
        path.append(r.code);
        for (const QString &member : r.members) {
            const Region *inner = d.region(member);
            if (!inner)
                continue;
            const Mark mark = marks.value(member, Mark::None);
            if (mark == Mark::OnPath) {
                path.append(member);
                problems.append({r.code, tr("the regions \"%1\" contain each other").arg(path.join(QStringLiteral(" → ")))});
                return false;
            }
            if (mark == Mark::None && !visit(*inner, path))
                return false;
        }
        path.removeLast();
        marks.insert(r.code, Mark::Done);
        return true;
    };
    for (const Region &r : d.regions) {
        QStringList path;
        if (marks.value(r.code, Mark::None) == Mark::None && !visit(r, path))
            return;
    }
}

} // namespace gapscope
