#pragma once

#include <QCoreApplication>

class QIODevice;

namespace gapscope {

// `gapscope import FILE`: adds a user's observations to the workspace in one transaction.
// Exit code 0 on success, 1 when the file or the workspace has a problem (nothing is written),
// 2 on bad options.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static bool isCommand(const QString &argument) { return argument == QLatin1String("import"); }
    // `arguments` as in QCoreApplication::arguments(): program name, "import", file, options.
    int run(const QStringList &arguments, QIODevice *out, QIODevice *err);
};

} // namespace gapscope
