#include "SavedView.h"

#include "format/DisplayText.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gapscope {

namespace {

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
                                               {SavedView::Panel::Swot, "swot"},
                                               {SavedView::Panel::Gap, "gap"},
                                               {SavedView::Panel::Map, "map"},
                                               {SavedView::Panel::Scatter, "scatter"},
                                               {SavedView::Panel::Bubble, "bubble"}};
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

QString SavedView::fileFormat() { return QStringLiteral("gapview"); }
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
                  {"entity_kinds", sorted(filter.entityKinds)},
                  {"dimensions", sorted(filter.dimensions)},
                  {"indicators", sorted(filter.indicators)},
                  {"year_from", filter.yearFrom},
                  {"year_to", filter.yearTo},
                  {"text", filter.text}};
    // A range to the month or the day also as dates; year_from and year_to stay for older readers.
    if (filter.hasFinerDates()) {
        if (filter.yearFrom)
            f.insert("date_from", DisplayText::isoPeriod(filter.yearFrom, filter.monthFrom, filter.dayFrom));
        if (filter.yearTo)
            f.insert("date_to", DisplayText::isoPeriod(filter.yearTo, filter.monthTo, filter.dayTo));
    }
    QJsonObject json{{"format", fileFormat()},
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
    if (!gapLeader.isEmpty() || !gapFollowers.isEmpty() || !gapMethod.isEmpty())
        json.insert("gap", QJsonObject{{"leader", gapLeader},
                                       {"followers", QJsonArray::fromStringList(gapFollowers)},
                                       {"method", gapMethod}});
    if (mapYear)
        json.insert("map_year", mapYear);
    if (scatter != ModelScatter::Options() || !scatterLog || scatterFrontier)
        json.insert("scatter", QJsonObject{{"measure", ModelScatter::measureName(scatter.measure)},
                                           {"domain", scatter.domain},
                                           {"notable", scatter.notable},
                                           {"large_scale", scatter.largeScale},
                                           {"log", scatterLog},
                                           {"frontier", scatterFrontier}});
    if (bubble != Bubble())
        json.insert("bubble", QJsonObject{{"x", bubble.x},
                                          {"y", bubble.y},
                                          {"size", bubble.size},
                                          {"log_x", bubble.logX},
                                          {"log_y", bubble.logY},
                                          {"year", bubble.year},
                                          {"colour", bubble.byRegion ? "region" : "country"}});
    return json;
}

} // namespace gapscope
