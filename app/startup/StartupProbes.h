#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QElapsedTimer;

namespace gapscope {

class MainWindow;

// What the start-up options ask of the first window: --show brings panels to the front,
// --measure-startup and --screenshot watch it start, then quit.
class StartupProbes
{
public:
    explicit StartupProbes(const QCommandLineParser &parser);

    // Applies them to `window`, the program started at `sinceStart`; false, said on stderr, when
    // --show names a panel the window does not have.
    bool apply(MainWindow *window, const QElapsedTimer &sinceStart) const;

private:
    QStringList m_panels;
    bool m_measure = false;
    std::optional<QString> m_screenshot; // the file --screenshot names
};

} // namespace gapscope
