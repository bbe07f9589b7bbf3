#pragma once

#include "domain/Language.h"
#include "query/Filter.h"
#include "view/SavedView.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace gapscope {

// Every setting GapScope keeps between runs, declared in one place with its key, type and
// default, stored with QSettings.
class Settings
{
public:
    // Earlier versions set no organisation name, so Qt kept their settings under "Unknown
    // Organization": moves them where this version looks (once; nothing is overwritten). Call
    // after the names are set.
    static void adoptFilesOfUnnamedOrganisation();

    static std::optional<Language> language();
    static void setLanguage(Language lang);
    // Names of organisations and models shown in both languages.
    static bool bothNames();
    static void setBothNames(bool on);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);

    // The last filter; the first run opens on USA, CHN and KOR.
    static Filter filter();
    static void setFilter(const Filter &filter);

    static QString chartIndicator(); // default: private AI investment
    static void setChartIndicator(const QString &id);
    static int chartKind();
    static void setChartKind(int kind);
    static bool chartLogScale();
    static void setChartLogScale(bool on);

    // The Gap panel's last choices: the indicator, leader, followers and method of a gap view
    // (empty when never chosen).
    static SavedView gapChoices();
    static void setGapChoices(const SavedView &view);
    // A panel's last choices (the map, the models scatter, the bubble chart), kept as the view
    // that panel writes; nothing when never chosen, or when what is kept is not a valid view.
    static std::optional<SavedView> panelChoices(SavedView::Panel panel);
    static void setPanelChoices(const SavedView &view);

    // The export dialog's last choices, for the next export and for File > Save view: the
    // picture's theme, size, scale and resolution laid over `view`; the panel; the file format
    // ("png", "svg", "pdf" or "pptx") and folder.
    static SavedView exportView(SavedView view);
    static void setExportView(const SavedView &view);
    static SavedView::Panel exportPanel(); // default: the chart
    static QString exportFormat(); // default: "png"
    static void setExportFormat(const QString &suffix);
    static QString exportFolder(); // default: empty, the pictures folder
    static void setExportFolder(const QString &folder);
    // How a chart goes into a deck: "native" (the default) or "picture".
    static QString exportChartsAs();
    static void setExportChartsAs(const QString &how);
};

} // namespace gapscope
