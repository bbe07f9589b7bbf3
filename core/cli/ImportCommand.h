#pragma once

#include "io/ImportBatch.h"

#include <QCoreApplication>

class QIODevice;

namespace gapscope {

class Dataset;

// `gapscope import FILE`: adds a user's observations, or a timeline's events, to the workspace in
// one transaction.
// Exit code 0 on success, 1 when the file or the workspace has a problem (nothing is written),
// 2 on bad options.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static bool isCommand(const QString &argument) { return argument == QLatin1String("import"); }
    // `arguments` as in QCoreApplication::arguments(): program name, "import", file, options.
    int run(const QStringList &arguments, QIODevice *out, QIODevice *err);

private:
    // How many of a timeline's events the report lists.
    static constexpr qsizetype firstEvents = 5;
    // What a timeline's import added (or would add): counts per kind, dates, the first events.
    static int reportEvents(const Dataset &dataset, const ImportBatch &batch, ImportLayout asked, bool dryRun,
                            const QString &langName, QIODevice *out);
};

} // namespace gapscope
