#pragma once

#include "io/DatasetReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QTest>
#include <functional>

namespace gapscope::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(GAPSCOPE_TEST_DATA_DIR "/") + relative;
}

// Writes `content` to `path` (replacing it) and returns the path; a file that cannot be written
// ends the test run.
inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The SHA-256 of the file `path`'s bytes (empty when it cannot be read): a workspace's hash before
// and after a refused change shows that nothing was written.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The small fixture dataset in tests/data/mini: a real slice of the seed articles and the
// CSET series for USA, CHN and KOR.
inline Dataset miniDataset()
{
    DatasetReader reader;
    auto d = reader.read(dataPath(QStringLiteral("mini/gapscope.json")));
    if (!d)
        qFatal("the mini fixture does not load: %s", qPrintable(reader.errorString()));
    return *d;
}

// The dataset bundled in the application's resources, as a new workspace gets it.
inline Dataset bundledDataset()
{
    DatasetReader reader;
    auto d = reader.read(DatasetReader::bundledPath());
    if (!d)
        qFatal("the bundled dataset does not load: %s", qPrintable(reader.errorString()));
    return *d;
}

// Opens the SQLite file `path` on a connection of its own for `body`, then closes it, so that the
// test can prepare a workspace the way an older or foreign program left it. False when `body`
// (or opening) failed a check.
inline bool withSqlite(const QString &path, const std::function<void(QSqlDatabase &)> &body)
{
    const QString name = QStringLiteral("test-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            body(db);
        else
            QTest::qFail("cannot open the test database", __FILE__, __LINE__);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return !QTest::currentTestFailed();
}

// The text of the PDF file `path` as pdftotext (poppler-utils) extracts it; empty when it cannot.
inline QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

// What a run of the gapscope program gave.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the gapscope program with `args`, its data in `dataHome` (XDG_DATA_HOME), and waits for
// it (two minutes at most: a run that hangs fails the test).
inline ProgramRun runGapscope(const QStringList &args, const QString &dataHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GAPSCOPE_BINARY), args);
    if (!p.waitForFinished(120000))
        qFatal("gapscope did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// Runs `gapscope export` with `args` on the workspace `workspace.gapscope` in `folder` (made
// from the bundled dataset on the first run), its data in `folder`/xdg.
inline ProgramRun runExport(const QString &folder, const QStringList &args)
{
    return runGapscope(QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                   folder + QStringLiteral("/workspace.gapscope")}
                           + args,
                       folder + QStringLiteral("/xdg"));
}

} // namespace gapscope::test
