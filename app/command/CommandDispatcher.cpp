#include "CommandDispatcher.h"

#include "CommandLine.h"
#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "cli/CommandLineTool.h"
#include "cli/GapCommand.h"
#include "cli/ImportCommand.h"
#include "export/ExportCommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace gapscope {

namespace {

// Runs `body` in an application of type App with the language installed and stdout and stderr
// open as devices.
template<typename App, typename Body>
int headless(int &argc, char **argv, Language lang, Body body)
{
    App app(argc, argv);
    CommandLine::nameApplication();
    LanguageManager languages;
    InterfaceFont font(&languages); // for an application with widgets: what exports draw with
    languages.setLanguage(lang);
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    return body(app, languages, out, err);
}

} // namespace

CommandDispatcher::CommandDispatcher(const CommandLine &commandLine) : m_commandLine(commandLine) {}

bool CommandDispatcher::handles() const
{
    const QString command = m_commandLine.command();
    if (ExportCommand::isCommand(command) || CommandLineTool::isCommand(command) || ImportCommand::isCommand(command)
        || GapCommand::isCommand(command))
        return true;
    for (const char *option : {"--version", "-v", "--help", "-h"}) {
        if (m_commandLine.has(QLatin1String(option)))
            return true;
    }
    return false;
}

int CommandDispatcher::run(int &argc, char **argv) const
{
    if (ExportCommand::isCommand(m_commandLine.command()))
        return runExport(argc, argv);
    return runWithoutDisplay(argc, argv);
}

int CommandDispatcher::runExport(int &argc, char **argv) const
{
    // Exports draw with the explorer's own widgets, never on a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    auto body = [this](QCoreApplication &app, LanguageManager &languages, QFile &out, QFile &err) {
        if (!m_commandLine.languageValid()) {
            err.write(QCoreApplication::translate("main", "gapscope: unknown language \"%1\": use en or ko\n")
                          .arg(m_commandLine.languageArgument())
                          .toUtf8());
            return 2;
        }
        return ExportCommand(&languages).run(CommandLine::commandFirst(app.arguments()), &out, &err);
    };
    return headless<QApplication>(argc, argv, m_commandLine.language(), body);
}

int CommandDispatcher::runWithoutDisplay(int &argc, char **argv) const
{
    auto body = [](QCoreApplication &app, LanguageManager &, QFile &out, QFile &err) {
        const QStringList arguments = CommandLine::commandFirst(app.arguments());
        if (CommandLineTool::isCommand(arguments.value(1)))
            return CommandLineTool().run(arguments, &out, &err);
        if (ImportCommand::isCommand(arguments.value(1)))
            return ImportCommand().run(arguments, &out, &err);
        if (GapCommand::isCommand(arguments.value(1)))
            return GapCommand().run(arguments, &out, &err);
        QCommandLineParser parser;
        CommandLine::addOptions(parser);
        if (!parser.parse(arguments)) {
            err.write((parser.errorText() + QLatin1Char('\n')).toUtf8());
            return 2;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            out.write(CommandLine::versionText().toUtf8());
            return 0;
        }
        out.write(parser.helpText().toUtf8());
        return 0;
    };
    return headless<QCoreApplication>(argc, argv, m_commandLine.language(), body);
}

} // namespace gapscope
