#pragma once

#include "chart/ModelScatter.h"
#include "domain/Language.h"
#include "query/Filter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace gapscope {

// What an export shows and how: the panel, the filter, the chart settings, the picture's size,
// scale, resolution and theme, and the language. Saved as a small JSON file (.gapview) that
// reopens exactly and that `gapscope export --view` reads.
class SavedView
{
    Q_DECLARE_TR_FUNCTIONS(SavedView)

public:
    enum class Panel { Chart, Table, Comparison, Swot, Gap, Map, Scatter, Bubble };
    enum class ChartKind { Line, Bar, Stacked, Percent };
    enum class Theme { Light, Dark, Slide };

    Panel panel = Panel::Chart;
    // Countries' and regions' figures unless the view says otherwise, as the window opens.
    Filter filter = [] {
        Filter f;
        f.entityKinds = Filter::defaultEntityKinds();
        return f;
    }();
    QString indicator = QStringLiteral("private_ai_investment");
    ChartKind chartKind = ChartKind::Line;
    bool logScale = false;
    QSize size{1920, 1080}; // logical pixels
    int scale = 1; // 1, 2 or 3: pixels written per logical pixel
    int dpi = 96; // resolution recorded in PNG and used for PDF page size
    Theme theme = Theme::Light;
    Language language = Language::English;
    QString title; // empty: the indicator's or panel's name
    // The SWOT's countries (ISO codes), one or two side by side; empty: Korea, or the first
    // filtered country with a SWOT.
    QStringList swotCountries;
    // The Gap panel's leader and followers (ISO codes; empty: the United States leading China and
    // South Korea) and its method ("frontier" or "values"; empty: the indicator's own default).
    // The gap is measured on `indicator`.
    QString gapLeader;
    QStringList gapFollowers;
    QString gapMethod;
    // The map's year; 0: the last year with data.
    int mapYear = 0;
    // The models scatter's figure, domain and lists, its axis (logarithmic or linear) and
    // whether it draws each country's frontier.
    ModelScatter::Options scatter;
    bool scatterLog = true;
    bool scatterFrontier = false;
    // The bubble chart's indicators across, up and for the size (empty: none), its axes' scales,
    // its year (0: the last with data) and whether the bubbles take their region's colour.
    struct Bubble
    {
        QString x = QStringLiteral("ai_scholarly_publications");
        QString y = QStringLiteral("private_ai_investment");
        QString size;
        bool logX = true;
        bool logY = true;
        int year = 0;
        bool byRegion = false;
        friend bool operator==(const Bubble &, const Bubble &) = default;
    };
    Bubble bubble;

    // What a view file holds (ViewFile reads and writes them).
    QJsonObject toJson() const;
    static QString fileFormat();

    // Names used in files and on the command line.
    static QString panelName(Panel panel);
    static std::optional<Panel> panelFromName(const QString &name);
    static QString chartKindName(ChartKind kind);
    static std::optional<ChartKind> chartKindFromName(const QString &name);
    static QString themeName(Theme theme);
    static std::optional<Theme> themeFromName(const QString &name);
    // "16:9" 1920x1080, "4:3" 1600x1200, "square" 1080x1080, "a4" (landscape, 96 dpi) 1123x794,
    // or "WxH" in pixels.
    static std::optional<QSize> sizeFromName(const QString &name);

    friend bool operator==(const SavedView &, const SavedView &) = default;

    static constexpr int maxSide = 10000;
};

} // namespace gapscope
