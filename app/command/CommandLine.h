#pragma once

#include "domain/Language.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace gapscope {

// gapscope's command line: its options and help text, and what the raw arguments ask for before
// the application exists (the language, so that translators are installed before anything
// prints, and the sub-command).
class CommandLine
{
public:
    CommandLine(int argc, char **argv);

    // Before anything reads settings or finds the workspace: they live under these names.
    static void nameApplication();
    // The description and options `gapscope --help` shows.
    static void addOptions(QCommandLineParser &parser);
    static QString versionText();
    // The workspace --db names, or the default one.
    static QString workspacePath(const QCommandLineParser &parser);

    // The sub-command when there is one: the first argument that is not an option or an option's
    // value, so that global options may come first (`gapscope --db W query`).
    QString command() const { return m_arguments.value(commandIndex(m_arguments)); }
    // `arguments` with the sub-command moved right after the program's name, where each
    // command's own parser expects it: `gapscope --db W query` reads as `gapscope query --db W`.
    static QStringList commandFirst(const QStringList &arguments);
    // Whether any argument is exactly `option`.
    bool has(const QString &option) const;

    // The value of "--lang X" or "--lang=X" (empty when not given).
    QString languageArgument() const { return m_languageArgument; }
    bool languageValid() const { return m_languageValid; }
    // The language --lang names, else the system's.
    Language language() const { return m_language; }
    // The language of the window: --lang, then the language chosen last time, then the system's.
    Language interfaceLanguage() const;

    // The workspace to read while the interface starts, when the arguments are a window's that
    // opens one.
    std::optional<QString> workspaceToRead(const QStringList &arguments) const;
    // Parses the window's options into `parser`; false, with the reason on stderr, when they are
    // wrong.
    bool parseWindowOptions(QCommandLineParser &parser, const QStringList &arguments) const;

private:
    // Where the sub-command is in `arguments`, or -1.
    static qsizetype commandIndex(const QStringList &arguments);

    QStringList m_arguments;
    QString m_languageArgument;
    Language m_language;
    bool m_languageValid = true;
};

} // namespace gapscope
