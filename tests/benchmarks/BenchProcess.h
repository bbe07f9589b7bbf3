#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace gapscope::bench {

// A program the benchmark starts as a process: offscreen, its settings in `scratch`, its errors
// passed through.
inline void prepareProcess(QProcess &process, const QString &scratch)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch + QStringLiteral("/config"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

} // namespace gapscope::bench
