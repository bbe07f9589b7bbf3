#include "DeckSupport.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace gapscope;

// GapScope killed (SIGKILL: no clean-up of any kind) in the middle of writing, many times: the
// workspace it was writing opens, passes SQLite's integrity check and holds either everything it
// held before or that plus the whole import, never a part; a file being exported over keeps its
// old bytes or gets the complete new file.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedDuringImport();
    void killedDuringExport();

private:
    QString writeCsv(int k) const;
    QStringList importArguments(int k) const;
    // Starts gapscope with `arguments` and kills it after `ms` (or lets it finish when negative);
    // returns whether it ran to the end.
    bool runAndKill(const QStringList &arguments, int ms);

    QTemporaryDir m_dir;
    QString m_workspace;
    static constexpr int rows = 20000;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath("crash.gapscope");
    Store store;
    QVERIFY2(store.open(m_workspace), qPrintable(store.errorString()));
}

QString TestCrashSafety::writeCsv(int k) const
{
    // A new indicator each time, so that every import has something new to write.
    const QString path = m_dir.filePath(QString("import-%1.csv").arg(k));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray csv = "country,indicator,year,month,value\n";
    const char *countries[] = {"KOR", "USA", "CHN", "JPN", "DEU", "GBR", "FRA", "CAN", "IND", "ISR", "SGP", "TWN", "ARE"};
    for (int r = 0; r < rows; ++r)
        csv += QByteArray(countries[r % 13]) + ",crash_" + QByteArray::number(k) + ","
            + QByteArray::number(1800 + (r / 13) % 200) + "," + QByteArray::number(1 + (r / 13 / 200) % 12) + ","
            + QByteArray::number(r * 1.5) + "\n";
    f.write(csv);
    return path;
}

QStringList TestCrashSafety::importArguments(int k) const
{
    return {"import", writeCsv(k), "--db", m_workspace, "--unit", "count", "--source", "Crash test",
            "--dimension", "capital"};
}

bool TestCrashSafety::runAndKill(const QStringList &arguments, int ms)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(GAPSCOPE_BINARY, arguments);
    if (!p.waitForStarted())
        return false;
    if (ms < 0) {
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            qWarning("%s", p.readAll().constData());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    const bool finished = p.waitForFinished(ms);
    if (!finished) {
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(10000);
    }
    return finished && p.exitCode() == 0;
}

static qint64 observations(const QString &workspace, QString *integrity)
{
    Store store;
    if (!store.open(workspace)) {
        *integrity = store.errorString();
        return -1;
    }
    QSqlQuery q(store.database());
    *integrity = q.exec("PRAGMA integrity_check") && q.next() ? q.value(0).toString() : q.lastError().text();
    return store.observationCount().value_or(-1);
}

void TestCrashSafety::killedDuringImport()
{
    // How long a whole import takes, then kills spread over that time.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runAndKill(importArguments(0), -1));
    const int whole = int(timer.elapsed());
    QString integrity;
    qint64 count = observations(m_workspace, &integrity);
    QCOMPARE(integrity, QStringLiteral("ok"));
    int killed = 0, completed = 0;
    const int runs = 12;
    for (int k = 1; k <= runs; ++k) {
        const int at = int(QRandomGenerator::global()->bounded(whole / 10, whole * 13 / 10));
        const bool done = runAndKill(importArguments(k), at);
        const qint64 after = observations(m_workspace, &integrity);
        QVERIFY2(integrity == "ok", qPrintable(QString("run %1, killed at %2 ms: %3").arg(k).arg(at).arg(integrity)));
        // All or nothing: never a part of an import.
        QVERIFY2(after == count || after == count + rows,
                 qPrintable(QString("run %1, killed at %2 ms: %3 observations, before %4").arg(k).arg(at).arg(after).arg(count)));
        // An import that ran to its end (exit code 0) wrote every row; one killed may have
        // committed just before the kill.
        if (done)
            QVERIFY2(after == count + rows, qPrintable(QString("run %1 finished, yet %2 observations, before %3")
                                                           .arg(k).arg(after).arg(count)));
        (after == count ? killed : completed) += 1;
        count = after;
    }
    qInfo("%d imports killed before their commit, %d completed (a whole import takes %d ms)", killed, completed, whole);
    QVERIFY2(killed >= runs / 4, "too few kills landed during the write to show anything");
}

void TestCrashSafety::killedDuringExport()
{
    const QString out = m_dir.filePath("deck.pptx");
    const QStringList args{"export", "--db", m_workspace, "--out", out, "--indicator", "crash_0", "--lang", "ko"};
    QVERIFY(runAndKill(args, -1));
    int slides = 0;
    const QString problem = test::deckProblem(out, &slides);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runAndKill(args, -1));
    const int whole = int(timer.elapsed());
    int killed = 0;
    for (int k = 0; k < 8; ++k) {
        const int at = int(QRandomGenerator::global()->bounded(whole / 10, whole + 1));
        killed += !runAndKill(args, at);
        // The old deck, or a whole new one with every slide, never a part of one.
        int now = 0;
        const QString after = test::deckProblem(out, &now);
        QVERIFY2(after.isEmpty(), qPrintable(QString("run %1, killed at %2 ms: %3").arg(k).arg(at).arg(after)));
        QCOMPARE(now, slides);
    }
    QVERIFY2(killed > 0, "no export was killed: nothing shown");
    // What a killed writer leaves behind is its temporary file (deck.pptx.XXXXXX), never the target
    // half-written: the deck is whole (above), and every other file is a temporary one.
    static const QRegularExpression temporary("^deck\\.pptx\\.[A-Za-z0-9]{6}$");
    const QStringList left = QDir(m_dir.path()).entryList({"deck.pptx*"}, QDir::Files);
    QVERIFY(left.contains("deck.pptx"));
    for (const QString &name : left)
        QVERIFY2(name == "deck.pptx" || temporary.match(name).hasMatch(), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
