#pragma once

#include "domain/Language.h"
#include "io/OutputWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

class QIODevice;

namespace gapscope {

// How the commands of the command line (`gapscope list`, `query`, `gap`, `import`) read their
// options: a parser with --help, the options they share (--db, --format, --lang), and usage
// errors, printed on `err` as "gapscope: message" (or the command's own pattern) with exit code
// 2 and nothing written on `out`.
class CommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    // The exit code of a usage error.
    static constexpr int usageExit = 2;

    // `usagePattern` is the usage errors' text with %1 for the message; empty: "gapscope: %1".
    CommandOptions(const QString &description, QIODevice *out, QIODevice *err, const QString &usagePattern = {});

    // --db PATH, --format FORMAT and --lang LANG (the language of the texts), as the commands
    // name them; each command adds them where its help lists them.
    static QCommandLineOption dbOption();
    static QCommandLineOption formatOption();
    static QCommandLineOption langOption();

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    // Reads `arguments` with the options added: nothing when the command is to run, else its exit
    // code, after the help (0, on `out`) or the usage error.
    std::optional<int> parse(const QStringList &arguments);
    // Prints the usage error `message` on `err`; usageExit.
    int usageError(const QString &message) const;
    // --format's output format, `fallback` when it is not given; nothing (after the usage error)
    // when it names none.
    std::optional<OutputWriter::Format> format(OutputWriter::Format fallback) const;
    // --lang's language, English when it is not given; nothing (after the usage error) when it
    // names neither en nor ko.
    std::optional<Language> language() const;
    // --db's workspace file, else the default workspace.
    QString workspacePath() const;

private:
    QCommandLineParser m_parser;
    QIODevice *m_out = nullptr;
    QIODevice *m_err = nullptr;
    QString m_usagePattern;
};

// Prints `text` and a line end on `device`, in UTF-8: how the commands write their output and
// their messages.
void writeLine(QIODevice *device, const QString &text);

} // namespace gapscope
