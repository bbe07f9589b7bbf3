#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace gapscope {

// `gapscope gap --indicator ID [--leader USA] [--follower CHN,KOR] [--year A:B]
// [--method frontier|values] [--format csv|json|table] [--lang en|ko] [--db PATH]`: how far each
// follower is behind the leader at each of its dates, in size and in time (GapCalculator).
// Usage errors print a message on `err` and return 2 with nothing written on `out`; a workspace
// that cannot be opened returns 1.
class GapCommand
{
    Q_DECLARE_TR_FUNCTIONS(GapCommand)

public:
    static bool isCommand(const QString &argument) { return argument == QLatin1String("gap"); }
    // `arguments` as in QCoreApplication::arguments(): program name, command, options.
    int run(const QStringList &arguments, QIODevice *out, QIODevice *err);
};

} // namespace gapscope
