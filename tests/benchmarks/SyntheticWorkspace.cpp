#include "SyntheticWorkspace.h"

#include "store/Store.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>

namespace gapscope::bench {

namespace {

constexpr int indicatorCount = 50;
constexpr int yearCount = 100;
constexpr int firstYear = 1924;

QString countryCode(int c)
{
    return QStringLiteral("C%1").arg(c, 3, 10, QLatin1Char('0'));
}

QString indicatorId(int i)
{
    return QStringLiteral("i%1").arg(i, 2, 10, QLatin1Char('0'));
}

// The source and indicators through the Store, as an import writes them.
bool writeRecords(const QString &path)
{
    Store store;
    ImportBatch batch;
    batch.file = QStringLiteral("benchmark");
    batch.sources = {Source{QStringLiteral("bench"), {QStringLiteral("Benchmark"), QStringLiteral("벤치마크")}, QString(),
                            QStringLiteral("generated"), QString(), QString(), QString(), QString(), {}}};
    for (int i = 0; i < indicatorCount; ++i) {
        Indicator ind;
        ind.id = indicatorId(i);
        ind.unit = QStringLiteral("USD");
        ind.dimension = QStringLiteral("d%1").arg(i % 10);
        batch.indicators.append(ind);
    }
    if (!store.open(path) || !store.import(batch)) {
        std::fprintf(stderr, "cannot write the benchmark workspace: %s\n", qUtf8Printable(store.errorString()));
        return false;
    }
    return true;
}

bool fail(sqlite3 *db, sqlite3_stmt *statement)
{
    std::fprintf(stderr, "cannot write the benchmark workspace: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return false;
}

} // namespace

bool writeSyntheticWorkspace(const QString &path, int entities, double *seconds)
{
    if (!writeRecords(path))
        return false;
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return fail(db, statement);
    // The rows as StoreImporter leaves them: the user's (origin), never edited, version 1.
    static const char insert[] = "INSERT INTO observations (id, indicator, country, year, month, day, value, kind,"
                                 " source, note_en, note_ko, origin) VALUES (?, ?, ?, ?, 0, 0, ?, 'estimate', 'bench',"
                                 " '', '', 'user')";
    // No journal while the rows go in (the file is new): the workspace's own WAL again after.
    if (sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; BEGIN", nullptr,
                     nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db, insert, -1, &statement, nullptr) != SQLITE_OK)
        return fail(db, statement);
    QList<QByteArray> indicators;
    for (int i = 0; i < indicatorCount; ++i)
        indicators.append(indicatorId(i).toUtf8());
    QRandomGenerator random(1000000);
    qint64 n = 0;
    for (int c = 0; c < entities; ++c) {
        const QByteArray country = countryCode(c).toUtf8();
        for (int i = 0; i < indicatorCount; ++i) {
            // A country's level, growing over the years with noise: values spread over decades.
            const double level = std::exp(random.generateDouble() * 12) * 1e3;
            for (int y = 0; y < yearCount; ++y) {
                const double value = level * std::pow(1.03, y) * (0.8 + 0.4 * random.generateDouble());
                char id[24];
                const int idSize = std::snprintf(id, sizeof id, "b%lld", static_cast<long long>(n++));
                sqlite3_bind_text(statement, 1, id, idSize, SQLITE_TRANSIENT);
                sqlite3_bind_text(statement, 2, indicators.at(i).constData(), int(indicators.at(i).size()), SQLITE_STATIC);
                sqlite3_bind_text(statement, 3, country.constData(), int(country.size()), SQLITE_STATIC);
                sqlite3_bind_int(statement, 4, firstYear + y);
                sqlite3_bind_double(statement, 5, value);
                if (sqlite3_step(statement) != SQLITE_DONE)
                    return fail(db, statement);
                sqlite3_reset(statement);
            }
        }
    }
    sqlite3_finalize(statement);
    if (sqlite3_exec(db, "COMMIT; PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(db, nullptr);
    sqlite3_close(db);
    if (seconds)
        *seconds = double(timer.nsecsElapsed()) / 1e9;
    return true;
}

} // namespace gapscope::bench
