#include "SavedView.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gapscope {

namespace {

const QLatin1String kFormat("gapview");

QJsonArray sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return QJsonArray::fromStringList(list);
}

template<typename Enum>
struct Names
{
    Enum value;
    const char *name;
};

constexpr Names<SavedView::Panel> panels[] = {{SavedView::Panel::Chart, "chart"},
                                               {SavedView::Panel::Table, "table"},
                                               {SavedView::Panel::Comparison, "comparison"},
                                               {SavedView::Panel::Swot, "swot"}};
constexpr Names<SavedView::ChartKind> kinds[] = {{SavedView::ChartKind::Line, "line"},
                                                  {SavedView::ChartKind::Bar, "bar"},
                                                  {SavedView::ChartKind::Stacked, "stacked"},
                                                  {SavedView::ChartKind::Percent, "percent"}};
constexpr Names<SavedView::Theme> themes[] = {{SavedView::Theme::Light, "light"},
                                               {SavedView::Theme::Dark, "dark"},
                                               {SavedView::Theme::Slide, "slide"}};

template<typename Enum, size_t N>
QString nameOf(const Names<Enum> (&table)[N], Enum value)
{
    for (const auto &n : table) {
        if (n.value == value)
            return QLatin1String(n.name);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const Names<Enum> (&table)[N], const QString &name)
{
    for (const auto &n : table) {
        if (name == QLatin1String(n.name))
            return n.value;
    }
    return std::nullopt;
}

} // namespace

QString SavedView::panelName(Panel panel) { return nameOf(panels, panel); }
std::optional<SavedView::Panel> SavedView::panelFromName(const QString &name) { return valueOf(panels, name); }
QString SavedView::chartKindName(ChartKind kind) { return nameOf(kinds, kind); }
std::optional<SavedView::ChartKind> SavedView::chartKindFromName(const QString &name) { return valueOf(kinds, name); }
QString SavedView::themeName(Theme theme) { return nameOf(themes, theme); }
std::optional<SavedView::Theme> SavedView::themeFromName(const QString &name) { return valueOf(themes, name); }

std::optional<QSize> SavedView::sizeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("16:9"))
        return QSize(1920, 1080);
    if (n == QLatin1String("4:3"))
        return QSize(1600, 1200);
    if (n == QLatin1String("square"))
        return QSize(1080, 1080);
    if (n == QLatin1String("a4"))
        return QSize(1123, 794); // 297 x 210 mm at 96 dpi
    static const QRegularExpression pixels(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch m = pixels.match(n);
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > maxSide || size.height() > maxSide)
        return std::nullopt;
    return size;
}

QJsonObject SavedView::toJson() const
{
    QJsonObject f{{"countries", sorted(filter.countries)},
                  {"dimensions", sorted(filter.dimensions)},
                  {"indicators", sorted(filter.indicators)},
                  {"year_from", filter.yearFrom},
                  {"year_to", filter.yearTo},
                  {"text", filter.text}};
    QJsonObject json{{"format", kFormat},
            {"version", 1},
            {"panel", panelName(panel)},
            {"filter", f},
            {"indicator", indicator},
            {"chart", chartKindName(chartKind)},
            {"log_scale", logScale},
            {"width", size.width()},
            {"height", size.height()},
            {"scale", scale},
            {"dpi", dpi},
            {"theme", themeName(theme)},
            {"language", languageCode(language)},
            {"title", title}};
    if (!swotCountries.isEmpty())
        json.insert("swot_countries", QJsonArray::fromStringList(swotCountries));
    return json;
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return std::optional<SavedView>();
    };
    if (json.value("format").toString() != kFormat)
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
    if (!panel || !panelFromName(*panel))
        return fail(tr("\"panel\" must be chart, table, comparison or swot"));
    v.panel = *panelFromName(*panel);
    const auto kind = text("chart", QStringLiteral("line"));
    if (!kind || !chartKindFromName(*kind))
        return fail(tr("\"chart\" must be line, bar, stacked or percent"));
    v.chartKind = *chartKindFromName(*kind);
    const auto theme = text("theme", QStringLiteral("light"));
    if (!theme || !themeFromName(*theme))
        return fail(tr("\"theme\" must be light, dark or slide"));
    v.theme = *themeFromName(*theme);
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
    if (!width || !height || *width < 200 || *height < 150 || *width > maxSide || *height > maxSide)
        return fail(tr("\"width\" and \"height\" must be whole numbers of pixels, from 200x150 to %1x%1").arg(maxSide));
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
    for (const char *key : {"year_from", "year_to"}) {
        const QJsonValue value = f.value(QLatin1String(key));
        if (!value.isUndefined() && (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 9999))
            return fail(tr("\"filter\" years must be whole numbers (0 for open)"));
    }
    v.filter.yearFrom = f.value("year_from").toInt();
    v.filter.yearTo = f.value("year_to").toInt();
    if (v.filter.yearFrom && v.filter.yearTo && v.filter.yearFrom > v.filter.yearTo)
        return fail(tr("\"filter\" years are reversed: %1 is after %2").arg(v.filter.yearFrom).arg(v.filter.yearTo));
    const QJsonValue t = f.value("text");
    if (!t.isUndefined() && !t.isString())
        return fail(tr("\"filter\" text must be a text"));
    v.filter.text = t.toString();
    return v;
}

bool SavedView::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<SavedView> SavedView::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parse.error != QJsonParseError::NoError
            ? tr("%1: not valid JSON at character %2: %3").arg(path).arg(parse.offset).arg(parse.errorString())
            : tr("%1: a view is a JSON object").arg(path);
        return std::nullopt;
    }
    QString message;
    auto view = fromJson(doc.object(), &message);
    if (!view)
        *error = tr("%1: %2").arg(path, message);
    return view;
}

} // namespace gapscope
