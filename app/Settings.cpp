#include "Settings.h"

#include "Preference.h"
#include "view/ViewFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

namespace gapscope {

namespace {

// Every key, with its default.
const Preference<QString> language("ui/language");
const Preference<bool> bothNames("ui/bothNames", false);
const Preference<QByteArray> geometry("window/geometry");
const Preference<QByteArray> state("window/state");
const Preference<QStringList> countries("filter/countries");
const Preference<QStringList> entityKinds("filter/entityKinds");
const Preference<QStringList> dimensions("filter/dimensions");
const Preference<int> yearFrom("filter/yearFrom", 0);
const Preference<int> yearTo("filter/yearTo", 0);
const Preference<QString> text("filter/text");
const Preference<QString> indicator("chart/indicator", QStringLiteral("private_ai_investment"));
const Preference<int> chartKind("chart/kind", 0);
const Preference<bool> logScale("chart/log", false);
const Preference<QString> gapIndicator("gap/indicator");
const Preference<QString> gapLeader("gap/leader");
const Preference<QStringList> gapFollowers("gap/followers");
const Preference<QString> gapMethod("gap/method");
const Preference<QString> exportTheme("export/theme");
const Preference<int> exportWidth("export/width", 0);
const Preference<int> exportHeight("export/height", 0);
const Preference<int> exportScale("export/scale", 0);
const Preference<int> exportDpi("export/dpi", 0);
const Preference<QString> exportPanel("export/panel");
const Preference<QString> exportFormat("export/format");
const Preference<QString> exportFolder("export/folder");
const Preference<QString> exportChartsAs("export/chartAs");

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

QStringList toSortedList(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace

void Settings::adoptFilesOfUnnamedOrganisation()
{
    const QString app = QCoreApplication::applicationName();
    const auto move = [](const QString &from, const QString &to) {
        if (QFileInfo::exists(from) && !QFileInfo::exists(to) && QDir().mkpath(QFileInfo(to).absolutePath()))
            QFile::rename(from, to);
    };
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    move(config + QStringLiteral("/Unknown Organization/") + app + QStringLiteral(".conf"), QSettings().fileName());
}

std::optional<Language> Settings::language()
{
    Language lang;
    if (languageFromCode(gapscope::language.get(), &lang))
        return lang;
    return std::nullopt;
}

void Settings::setLanguage(Language lang)
{
    gapscope::language.set(languageCode(lang));
}

bool Settings::bothNames()
{
    return gapscope::bothNames.get();
}

void Settings::setBothNames(bool on)
{
    gapscope::bothNames.set(on);
}

QByteArray Settings::windowGeometry()
{
    return geometry.get();
}

void Settings::setWindowGeometry(const QByteArray &g)
{
    geometry.set(g);
}

QByteArray Settings::windowState()
{
    return state.get();
}

void Settings::setWindowState(const QByteArray &s)
{
    state.set(s);
}

Filter Settings::filter()
{
    Filter f;
    f.countries = countries.isSet() ? toSet(countries.get()) : Filter::defaultView().countries;
    f.entityKinds = entityKinds.isSet() ? toSet(entityKinds.get()) : Filter::defaultEntityKinds();
    f.dimensions = toSet(dimensions.get());
    f.yearFrom = yearFrom.get();
    f.yearTo = yearTo.get();
    f.text = text.get();
    return f;
}

void Settings::setFilter(const Filter &f)
{
    countries.set(toSortedList(f.countries));
    entityKinds.set(toSortedList(f.entityKinds));
    dimensions.set(toSortedList(f.dimensions));
    yearFrom.set(f.yearFrom);
    yearTo.set(f.yearTo);
    text.set(f.text);
}

QString Settings::chartIndicator()
{
    return indicator.get();
}

void Settings::setChartIndicator(const QString &id)
{
    indicator.set(id);
}

int Settings::chartKind()
{
    return gapscope::chartKind.get();
}

void Settings::setChartKind(int kind)
{
    gapscope::chartKind.set(kind);
}

bool Settings::chartLogScale()
{
    return logScale.get();
}

void Settings::setChartLogScale(bool on)
{
    logScale.set(on);
}

SavedView Settings::gapChoices()
{
    SavedView view;
    view.panel = SavedView::Panel::Gap;
    view.indicator = gapIndicator.get();
    view.gapLeader = gapLeader.get();
    view.gapFollowers = gapFollowers.get();
    view.gapMethod = gapMethod.get();
    return view;
}

void Settings::setGapChoices(const SavedView &view)
{
    gapIndicator.set(view.indicator);
    gapLeader.set(view.gapLeader);
    gapFollowers.set(view.gapFollowers);
    gapMethod.set(view.gapMethod);
}

std::optional<SavedView> Settings::panelChoices(SavedView::Panel panel)
{
    const Preference<QString> kept((QStringLiteral("views/") + SavedView::panelName(panel)).toUtf8().constData());
    if (!kept.isSet())
        return std::nullopt;
    // A hand-edited or older settings file is checked like a view file.
    const QJsonDocument json = QJsonDocument::fromJson(kept.get().toUtf8());
    auto view = ViewFile().parse(json.object());
    if (view && view->panel != panel)
        return std::nullopt;
    return view;
}

void Settings::setPanelChoices(const SavedView &view)
{
    const Preference<QString> kept((QStringLiteral("views/") + SavedView::panelName(view.panel)).toUtf8().constData());
    kept.set(QString::fromUtf8(QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact)));
}

SavedView Settings::exportView(SavedView view)
{
    // What a hand-edited or older settings file holds is checked like a view file's fields.
    if (const auto theme = SavedView::themeFromName(exportTheme.get()))
        view.theme = *theme;
    const int width = exportWidth.isSet() ? exportWidth.get() : view.size.width();
    const int height = exportHeight.isSet() ? exportHeight.get() : view.size.height();
    if (width >= 200 && height >= 150 && width <= SavedView::maxSide && height <= SavedView::maxSide)
        view.size = QSize(width, height);
    if (const int scale = exportScale.get(); scale >= 1 && scale <= 3)
        view.scale = scale;
    if (const int dpi = exportDpi.get(); dpi >= 36 && dpi <= 1200)
        view.dpi = dpi;
    return view;
}

void Settings::setExportView(const SavedView &view)
{
    exportTheme.set(SavedView::themeName(view.theme));
    exportWidth.set(view.size.width());
    exportHeight.set(view.size.height());
    exportScale.set(view.scale);
    exportDpi.set(view.dpi);
    gapscope::exportPanel.set(SavedView::panelName(view.panel));
}

SavedView::Panel Settings::exportPanel()
{
    return SavedView::panelFromName(gapscope::exportPanel.get()).value_or(SavedView::Panel::Chart);
}

QString Settings::exportFormat()
{
    const QString suffix = gapscope::exportFormat.get();
    for (const char *known : {"png", "svg", "pdf", "pptx"}) {
        if (suffix == QLatin1String(known))
            return suffix;
    }
    return QStringLiteral("png");
}

void Settings::setExportFormat(const QString &suffix)
{
    gapscope::exportFormat.set(suffix);
}

QString Settings::exportFolder()
{
    return gapscope::exportFolder.get();
}

void Settings::setExportFolder(const QString &folder)
{
    gapscope::exportFolder.set(folder);
}

QString Settings::exportChartsAs()
{
    return gapscope::exportChartsAs.get() == QLatin1String("picture") ? QStringLiteral("picture") : QStringLiteral("native");
}

void Settings::setExportChartsAs(const QString &how)
{
    gapscope::exportChartsAs.set(how);
}

} // namespace gapscope
