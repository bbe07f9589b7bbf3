#include "LoadBenchmarks.h"

#include "BenchProcess.h"
#include "store/Store.h"
#include "store/StoreReader.h"
#include "store/WorkspaceLoader.h"

#include <QEventLoop>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace gapscope::bench {

namespace {

// The peak memory in KiB that `gapscope --measure-startup` reports once every observation is shown.
double peakKiB(const QString &workspace, const QString &scratch)
{
    QProcess process;
    prepareProcess(process, scratch);
    process.start(QStringLiteral(GAPSCOPE_BINARY), {QStringLiteral("--db"), workspace, QStringLiteral("--lang"),
                                                    QStringLiteral("en"), QStringLiteral("--measure-startup")});
    process.waitForFinished(600000);
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2 && parts[0] == "peak-rss-kb")
            return parts[1].toDouble();
    }
    std::fprintf(stderr, "%s did not report its peak memory (exit code %d)\n", GAPSCOPE_BINARY, process.exitCode());
    return 0;
}

double medianKiB(const QString &workspace, const QString &scratch)
{
    std::vector<double> values;
    for (int r = 0; r < repetitions; ++r)
        values.push_back(peakKiB(workspace, scratch));
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

Result measureLoad(const QString &workspace)
{
    Result load{QStringLiteral("load 1,000,000 observations until the last is indexed"),
                QStringLiteral("the same query stepped through with the sqlite3 C API, every column read")};
    std::optional<Dataset> base;
    {
        Store store;
        if (store.open(workspace))
            base = store.loadWithoutObservations();
    }
    if (!base) {
        std::fprintf(stderr, "cannot read the benchmark workspace\n");
        return load;
    }
    qsizetype loaded = 0;
    load.ours = medianMs([&] {
        WorkspaceLoader loader;
        QEventLoop wait;
        QObject::connect(&loader, &WorkspaceLoader::finished, &wait, &QEventLoop::quit);
        loader.start(workspace, *base);
        wait.exec();
        if (!loader.succeeded())
            std::fprintf(stderr, "the loader failed: %s\n", qUtf8Printable(loader.errorString()));
        loaded = loader.takeIndex().size();
    });
    qsizetype stepped = 0;
    volatile double sink = 0;
    const QByteArray sql = StoreReader::observationsQuery().toUtf8();
    load.base = medianMs([&] {
        sqlite3 *db = nullptr;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_open_v2(workspace.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "sqlite3: %s\n", sqlite3_errmsg(db));
            sqlite3_close(db);
            return;
        }
        const int columns = sqlite3_column_count(statement);
        double sum = 0;
        stepped = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(statement, c)) {
                case SQLITE_INTEGER:
                    sum += double(sqlite3_column_int64(statement, c));
                    break;
                case SQLITE_FLOAT:
                    sum += sqlite3_column_double(statement, c);
                    break;
                case SQLITE_TEXT:
                    sqlite3_column_text(statement, c);
                    sum += sqlite3_column_bytes(statement, c);
                    break;
                default:
                    break;
                }
            }
            ++stepped;
        }
        sqlite3_finalize(statement);
        sqlite3_close(db);
        sink = sink + sum;
    });
    if (loaded != stepped)
        std::fprintf(stderr, "warning: %lld observations indexed, %lld rows stepped through\n", qlonglong(loaded),
                     qlonglong(stepped));
    load.goal = QStringLiteral("within 2x of the plain loop");
    load.met = load.ours / load.base <= 2;
    return load;
}

MemoryResult measureMemory(const QString &workspace, const QString &empty, qsizetype observations,
                           const QString &scratch)
{
    MemoryResult m;
    m.fullMiB = medianKiB(workspace, scratch) / 1024;
    m.emptyMiB = medianKiB(empty, scratch) / 1024;
    m.bytesPerObservation = (m.fullMiB - m.emptyMiB) * 1024 * 1024 / double(observations);
    m.met = m.bytesPerObservation <= 100;
    return m;
}

QString describe(const MemoryResult &memory)
{
    return QStringLiteral("peak memory of the program once every observation is shown (VmHWM, median of %1 runs "
                          "each): %2 MiB with the million observations, %3 MiB without them: %4 bytes per observation "
                          "(goal: at most 100) %5")
        .arg(repetitions)
        .arg(memory.fullMiB, 0, 'f', 1)
        .arg(memory.emptyMiB, 0, 'f', 1)
        .arg(memory.bytesPerObservation, 0, 'f', 1)
        .arg(memory.met ? QStringLiteral("yes") : QStringLiteral("no"));
}

} // namespace gapscope::bench
