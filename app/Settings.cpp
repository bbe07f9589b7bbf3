#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace gapscope {

namespace {

const auto kLanguage = QStringLiteral("ui/language");
const auto kGeometry = QStringLiteral("window/geometry");
const auto kState = QStringLiteral("window/state");
const auto kCountries = QStringLiteral("filter/countries");
const auto kDimensions = QStringLiteral("filter/dimensions");
const auto kYearFrom = QStringLiteral("filter/yearFrom");
const auto kYearTo = QStringLiteral("filter/yearTo");
const auto kText = QStringLiteral("filter/text");
const auto kIndicator = QStringLiteral("chart/indicator");
const auto kKind = QStringLiteral("chart/kind");
const auto kLog = QStringLiteral("chart/log");
const auto kExportTheme = QStringLiteral("export/theme");
const auto kExportWidth = QStringLiteral("export/width");
const auto kExportHeight = QStringLiteral("export/height");
const auto kExportScale = QStringLiteral("export/scale");
const auto kExportDpi = QStringLiteral("export/dpi");
const auto kExportPanel = QStringLiteral("export/panel");
const auto kExportFormat = QStringLiteral("export/format");
const auto kExportFolder = QStringLiteral("export/folder");

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
    if (languageFromCode(QSettings().value(kLanguage).toString(), &lang))
        return lang;
    return std::nullopt;
}

void Settings::setLanguage(Language lang)
{
    QSettings().setValue(kLanguage, languageCode(lang));
}

bool Settings::bothNames()
{
    return QSettings().value(QStringLiteral("ui/bothNames"), false).toBool();
}

void Settings::setBothNames(bool on)
{
    QSettings().setValue(QStringLiteral("ui/bothNames"), on);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray Settings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}

Filter Settings::filter()
{
    QSettings s;
    Filter f;
    f.countries = s.contains(kCountries) ? toSet(s.value(kCountries).toStringList()) : Filter::defaultView().countries;
    f.dimensions = toSet(s.value(kDimensions).toStringList());
    f.yearFrom = s.value(kYearFrom, 0).toInt();
    f.yearTo = s.value(kYearTo, 0).toInt();
    f.text = s.value(kText).toString();
    return f;
}

void Settings::setFilter(const Filter &f)
{
    QSettings s;
    s.setValue(kCountries, toSortedList(f.countries));
    s.setValue(kDimensions, toSortedList(f.dimensions));
    s.setValue(kYearFrom, f.yearFrom);
    s.setValue(kYearTo, f.yearTo);
    s.setValue(kText, f.text);
}

QString Settings::chartIndicator()
{
    return QSettings().value(kIndicator, QStringLiteral("private_ai_investment")).toString();
}

void Settings::setChartIndicator(const QString &id)
{
    QSettings().setValue(kIndicator, id);
}

int Settings::chartKind()
{
    return QSettings().value(kKind, 0).toInt();
}

void Settings::setChartKind(int kind)
{
    QSettings().setValue(kKind, kind);
}

bool Settings::chartLogScale()
{
    return QSettings().value(kLog, false).toBool();
}

void Settings::setChartLogScale(bool on)
{
    QSettings().setValue(kLog, on);
}

SavedView Settings::exportView(SavedView view)
{
    // What a hand-edited or older settings file holds is checked like a view file's fields.
    QSettings s;
    if (const auto theme = SavedView::themeFromName(s.value(kExportTheme).toString()))
        view.theme = *theme;
    const int width = s.value(kExportWidth, view.size.width()).toInt();
    const int height = s.value(kExportHeight, view.size.height()).toInt();
    if (width >= 200 && height >= 150 && width <= SavedView::maxSide && height <= SavedView::maxSide)
        view.size = QSize(width, height);
    if (const int scale = s.value(kExportScale, view.scale).toInt(); scale >= 1 && scale <= 3)
        view.scale = scale;
    if (const int dpi = s.value(kExportDpi, view.dpi).toInt(); dpi >= 36 && dpi <= 1200)
        view.dpi = dpi;
    return view;
}

void Settings::setExportView(const SavedView &view)
{
    QSettings s;
    s.setValue(kExportTheme, SavedView::themeName(view.theme));
    s.setValue(kExportWidth, view.size.width());
    s.setValue(kExportHeight, view.size.height());
    s.setValue(kExportScale, view.scale);
    s.setValue(kExportDpi, view.dpi);
    s.setValue(kExportPanel, SavedView::panelName(view.panel));
}

SavedView::Panel Settings::exportPanel()
{
    return SavedView::panelFromName(QSettings().value(kExportPanel).toString()).value_or(SavedView::Panel::Chart);
}

QString Settings::exportFormat()
{
    const QString suffix = QSettings().value(kExportFormat).toString();
    for (const char *known : {"png", "svg", "pdf", "pptx"}) {
        if (suffix == QLatin1String(known))
            return suffix;
    }
    return QStringLiteral("png");
}

void Settings::setExportFormat(const QString &suffix)
{
    QSettings().setValue(kExportFormat, suffix);
}

QString Settings::exportFolder()
{
    return QSettings().value(kExportFolder).toString();
}

void Settings::setExportFolder(const QString &folder)
{
    QSettings().setValue(kExportFolder, folder);
}

} // namespace gapscope
