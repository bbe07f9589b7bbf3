#pragma once

#include "domain/Dataset.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace gapscope {

// The researchers' command line: `gapscope list KIND ...` and `gapscope query ...`.
// Usage errors print a message on `err` and return 2 with nothing written on `out`; a
// workspace that cannot be opened returns 1.
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    static bool isCommand(const QString &argument);
    static QStringList listKinds();

    // Opens and reads the workspace at `path`; its notes (an update to the bundled dataset) and
    // why it cannot be opened go to `err`.
    static std::optional<Dataset> openWorkspace(const QString &path, QIODevice *err);

    // `arguments` as in QCoreApplication::arguments(): program name, command, options.
    int run(const QStringList &arguments, QIODevice *out, QIODevice *err);
};

} // namespace gapscope
