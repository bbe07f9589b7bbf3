#include "ViewFile.h"

#include "cli/FilterParser.h"
#include "domain/EntityKind.h"
#include "format/DisplayText.h"
#include "gap/GapMethod.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace gapscope {

std::optional<SavedView> ViewFile::parse(const QJsonObject &json)
{
    m_error.clear();
    auto fail = [this](const QString &message) {
        m_error = message;
        return std::optional<SavedView>();
    };
    if (json.value("format").toString() != SavedView::fileFormat())
        return fail(tr("not a GapScope view: \"format\" must be \"gapview\""));
    if (json.value("version").toInt() != 1)
        return fail(tr("unsupported view version %1").arg(json.value("version").toVariant().toString()));
    SavedView v;
    auto text = [&json](const char *key, const QString &fallback) {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isUndefined() ? std::optional<QString>(fallback)
                                   : (value.isString() ? std::optional<QString>(value.toString()) : std::nullopt);
    };
    auto integer = [&json](const char *key, int fallback) -> std::optional<int> {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        // Range first: converting an out-of-range double to int is undefined behaviour.
        const double number = value.toDouble();
        if (!value.isDouble() || !(number >= double(std::numeric_limits<int>::min()))
            || !(number <= double(std::numeric_limits<int>::max())) || number != std::trunc(number))
            return std::nullopt;
        return int(number);
    };

    const auto panel = text("panel", QStringLiteral("chart"));
    if (!panel || !SavedView::panelFromName(*panel))
        return fail(tr("\"panel\" must be chart, table, comparison, swot, gap, map, scatter or bubble"));
    v.panel = *SavedView::panelFromName(*panel);
    const auto kind = text("chart", QStringLiteral("line"));
    if (!kind || !SavedView::chartKindFromName(*kind))
        return fail(tr("\"chart\" must be line, bar, stacked or percent"));
    v.chartKind = *SavedView::chartKindFromName(*kind);
    const auto theme = text("theme", QStringLiteral("light"));
    if (!theme || !SavedView::themeFromName(*theme))
        return fail(tr("\"theme\" must be light, dark or slide"));
    v.theme = *SavedView::themeFromName(*theme);
    const auto lang = text("language", QStringLiteral("en"));
    if (!lang || !languageFromCode(*lang, &v.language))
        return fail(tr("\"language\" must be en or ko"));
    const auto indicator = text("indicator", v.indicator);
    if (!indicator)
        return fail(tr("\"indicator\" must be a text"));
    v.indicator = *indicator;
    const auto title = text("title", QString());
    if (!title)
        return fail(tr("\"title\" must be a text"));
    v.title = *title;
    const QJsonValue log = json.value("log_scale");
    if (!log.isUndefined() && !log.isBool())
        return fail(tr("\"log_scale\" must be true or false"));
    v.logScale = log.toBool(false);

    const auto width = integer("width", 1920);
    const auto height = integer("height", 1080);
    if (!width || !height || *width < 200 || *height < 150 || *width > SavedView::maxSide || *height > SavedView::maxSide)
        return fail(tr("\"width\" and \"height\" must be whole numbers of pixels, from 200x150 to %1x%1").arg(SavedView::maxSide));
    v.size = QSize(*width, *height);
    const auto scale = integer("scale", 1);
    if (!scale || *scale < 1 || *scale > 3)
        return fail(tr("\"scale\" must be 1, 2 or 3"));
    v.scale = *scale;
    const auto dpi = integer("dpi", 96);
    if (!dpi || *dpi < 36 || *dpi > 1200)
        return fail(tr("\"dpi\" must be a whole number from 36 to 1200"));
    v.dpi = *dpi;

    const QJsonValue swot = json.value("swot_countries");
    if (!swot.isUndefined()) {
        const QJsonArray codes = swot.toArray();
        if (!swot.isArray() || codes.size() > 2)
            return fail(tr("\"swot_countries\" must list one or two country codes"));
        for (const QJsonValue &code : codes) {
            if (!code.isString())
                return fail(tr("\"swot_countries\" must list one or two country codes"));
            v.swotCountries.append(code.toString());
        }
    }

    const QJsonValue gap = json.value("gap");
    if (!gap.isUndefined()) {
        const QJsonObject g = gap.toObject();
        const QJsonValue leader = g.value("leader");
        const QJsonValue followers = g.value("followers");
        const QJsonValue method = g.value("method");
        bool ok = gap.isObject() && (leader.isUndefined() || leader.isString())
            && (followers.isUndefined() || followers.isArray()) && (method.isUndefined() || method.isString());
        for (const QJsonValue &code : followers.toArray()) {
            ok = ok && code.isString();
            v.gapFollowers.append(code.toString());
        }
        GapMethod parsed;
        const QString methodName = method.toString();
        if (!ok || (!methodName.isEmpty() && !gapMethodFromName(methodName, &parsed)))
            return fail(tr("\"gap\" must hold a leader (a country code), followers (a list of country codes) and a "
                           "method (frontier or values)"));
        v.gapLeader = leader.toString();
        v.gapMethod = methodName.isEmpty() ? QString() : gapMethodName(parsed);
    }
    const auto mapYear = integer("map_year", 0);
    if (!mapYear || *mapYear < 0 || *mapYear > 9999)
        return fail(tr("\"map_year\" must be a year, or 0 for the last year with data"));
    v.mapYear = *mapYear;

    const QJsonValue scatter = json.value("scatter");
    if (!scatter.isUndefined()) {
        const QJsonObject s = scatter.toObject();
        const auto measure = ModelScatter::measureFromName(s.value("measure").toString(QStringLiteral("compute")));
        bool ok = scatter.isObject() && measure && (s.value("measure").isUndefined() || s.value("measure").isString())
            && (s.value("domain").isUndefined() || s.value("domain").isString());
        for (const char *key : {"notable", "large_scale", "log", "frontier"})
            ok = ok && (s.value(QLatin1String(key)).isUndefined() || s.value(QLatin1String(key)).isBool());
        if (!ok)
            return fail(tr("\"scatter\" must hold a measure (compute, parameters or cost), a domain (a text) and "
                           "notable, large_scale, log and frontier (true or false)"));
        v.scatter.measure = *measure;
        v.scatter.domain = s.value("domain").toString();
        v.scatter.notable = s.value("notable").toBool(true);
        v.scatter.largeScale = s.value("large_scale").toBool(true);
        v.scatterLog = s.value("log").toBool(true);
        v.scatterFrontier = s.value("frontier").toBool(false);
    }

    const QJsonValue bubble = json.value("bubble");
    if (!bubble.isUndefined()) {
        const QJsonObject b = bubble.toObject();
        bool ok = bubble.isObject();
        for (const char *key : {"x", "y", "size"})
            ok = ok && (b.value(QLatin1String(key)).isUndefined() || b.value(QLatin1String(key)).isString());
        for (const char *key : {"log_x", "log_y"})
            ok = ok && (b.value(QLatin1String(key)).isUndefined() || b.value(QLatin1String(key)).isBool());
        const QJsonValue year = b.value("year");
        ok = ok && (year.isUndefined() || (year.isDouble() && year.toDouble() >= 0 && year.toDouble() <= 9999
                                           && year.toDouble() == std::trunc(year.toDouble())));
        const QJsonValue colour = b.value("colour");
        ok = ok && (colour.isUndefined() || colour == QJsonValue("country") || colour == QJsonValue("region"));
        if (!ok)
            return fail(tr("\"bubble\" must hold indicators x, y and size (texts), log_x and log_y (true or false), "
                           "a year (0 for the last with data) and a colour (country or region)"));
        const SavedView::Bubble defaults;
        v.bubble.x = b.value("x").toString(defaults.x);
        v.bubble.y = b.value("y").toString(defaults.y);
        v.bubble.size = b.value("size").toString();
        v.bubble.logX = b.value("log_x").toBool(true);
        v.bubble.logY = b.value("log_y").toBool(true);
        v.bubble.year = year.toInt(0);
        v.bubble.byRegion = colour == QJsonValue("region");
    }

    const QJsonValue fv = json.value("filter");
    if (!fv.isUndefined() && !fv.isObject())
        return fail(tr("\"filter\" must be an object"));
    const QJsonObject f = fv.toObject();
    auto set = [&f](const char *key, QSet<QString> *out) {
        const QJsonValue value = f.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return false;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return false;
            out->insert(item.toString());
        }
        return true;
    };
    if (!set("countries", &v.filter.countries) || !set("dimensions", &v.filter.dimensions)
        || !set("indicators", &v.filter.indicators))
        return fail(tr("\"filter\" lists (countries, dimensions, indicators) must hold texts"));
    // Views saved before entity kinds existed show what the window showed then: countries' figures.
    if (f.value("entity_kinds").isUndefined()) {
        v.filter.entityKinds = Filter::defaultEntityKinds();
    } else {
        QSet<QString> kinds;
        if (!set("entity_kinds", &kinds))
            return fail(tr("\"filter\" entity kinds must be a list of texts"));
        for (const QString &kind : std::as_const(kinds)) {
            if (!entityKindFromId(kind))
                return fail(tr("\"filter\" names an unknown entity kind \"%1\" (known: %2)")
                                .arg(kind, entityKindIds().join(QStringLiteral(", "))));
        }
        v.filter.entityKinds = kinds;
    }
    for (const char *key : {"year_from", "year_to"}) {
        const QJsonValue value = f.value(QLatin1String(key));
        if (!value.isUndefined() && (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 9999))
            return fail(tr("\"filter\" years must be whole numbers (0 for open)"));
    }
    v.filter.yearFrom = f.value("year_from").toInt();
    v.filter.yearTo = f.value("year_to").toInt();
    // Dates to the month or the day, where the view has them, take the years' place.
    const QJsonValue from = f.value("date_from"), to = f.value("date_to");
    if (!from.isUndefined()
        && (!from.isString()
            || !FilterParser::parseDate(from.toString(), &v.filter.yearFrom, &v.filter.monthFrom, &v.filter.dayFrom)))
        return fail(tr("\"filter\" date_from must be a date such as 2024, 2024-03 or 2024-03-15"));
    if (!to.isUndefined()
        && (!to.isString() || !FilterParser::parseDate(to.toString(), &v.filter.yearTo, &v.filter.monthTo, &v.filter.dayTo)))
        return fail(tr("\"filter\" date_to must be a date such as 2024, 2024-03 or 2024-03-15"));
    if (v.filter.yearFrom && v.filter.yearTo && v.filter.firstDateKey() > v.filter.lastDateKey())
        return fail(tr("\"filter\" dates are reversed: %1 is after %2")
                        .arg(DisplayText::isoPeriod(v.filter.yearFrom, v.filter.monthFrom, v.filter.dayFrom),
                             DisplayText::isoPeriod(v.filter.yearTo, v.filter.monthTo, v.filter.dayTo)));
    const QJsonValue t = f.value("text");
    if (!t.isUndefined() && !t.isString())
        return fail(tr("\"filter\" text must be a text"));
    v.filter.text = t.toString();
    return v;
}

bool ViewFile::write(const QString &path, const SavedView &view)
{
    m_error.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(view.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        m_error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<SavedView> ViewFile::read(const QString &path)
{
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(1 << 20);
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        // Where, as an editor shows it: the line, and the column in characters.
        const QByteArray before = bytes.left(jsonError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        m_error = tr("%1, line %2, column %3: not valid JSON: %4")
                      .arg(path)
                      .arg(before.count('\n') + 1)
                      .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1)
                      .arg(jsonError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        m_error = tr("%1: a view is a JSON object").arg(path);
        return std::nullopt;
    }
    auto view = parse(doc.object());
    if (!view)
        m_error = tr("%1: %2").arg(path, m_error);
    return view;
}

} // namespace gapscope
