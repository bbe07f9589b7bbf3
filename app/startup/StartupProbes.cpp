#include "StartupProbes.h"

#include "MainWindow.h"
#include "StartupMeasurement.h"
#include "WindowScreenshot.h"

#include <QCommandLineParser>

#include <cstdio>

namespace gapscope {

StartupProbes::StartupProbes(const QCommandLineParser &parser)
    : m_panels(parser.value(QStringLiteral("show")).split(QLatin1Char(','), Qt::SkipEmptyParts)),
      m_measure(parser.isSet(QStringLiteral("measure-startup")))
{
    if (parser.isSet(QStringLiteral("screenshot")))
        m_screenshot = parser.value(QStringLiteral("screenshot"));
}

bool StartupProbes::apply(MainWindow *window, const QElapsedTimer &sinceStart) const
{
    for (const QString &panel : m_panels) {
        if (!window->raisePanel(panel.trimmed())) {
            std::fprintf(stderr, "gapscope: %s\n",
                         qUtf8Printable(QCoreApplication::translate("main", "unknown panel \"%1\"").arg(panel)));
            return false;
        }
    }
    if (m_measure)
        new StartupMeasurement(window, sinceStart);
    if (m_screenshot)
        new WindowScreenshot(window, *m_screenshot);
    return true;
}

} // namespace gapscope
