#pragma once

#include "domain/Language.h"
#include "model/Filter.h"

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
};

} // namespace gapscope
