#include "CommandLine.h"

#include "LanguageManager.h"
#include "Settings.h"
#include "io/DatasetReader.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

namespace gapscope {

CommandLine::CommandLine(int argc, char **argv) : m_language(LanguageManager::systemLanguage())
{
    for (int i = 0; i < argc; ++i)
        m_arguments.append(QString::fromLocal8Bit(argv[i]));
    for (qsizetype i = 1; i < m_arguments.size(); ++i) {
        const QString &arg = m_arguments[i];
        if (arg == QLatin1String("--lang") && i + 1 < m_arguments.size()) {
            m_languageArgument = m_arguments[i + 1];
            break;
        }
        if (arg.startsWith(QLatin1String("--lang="))) {
            m_languageArgument = arg.mid(7);
            break;
        }
    }
    m_languageValid = m_languageArgument.isEmpty() || languageFromCode(m_languageArgument, &m_language);
}

qsizetype CommandLine::commandIndex(const QStringList &arguments)
{
    // The options that take a value as the next argument and may come before a command.
    static const QStringList withValue{QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--screenshot"),
                                       QStringLiteral("--show")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (withValue.contains(arg))
            ++i; // its value
        else if (!arg.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

QStringList CommandLine::commandFirst(const QStringList &arguments)
{
    QStringList out = arguments;
    const qsizetype at = commandIndex(arguments);
    if (at > 1)
        out.move(at, 1);
    return out;
}

void CommandLine::nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GapScope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("gapscope.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("gapscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GAPSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.gapscope.GapScope"));
    Settings::adoptFilesOfUnnamedOrganisation();
}

void CommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Explore the AI ecosystems of the United States, China and Korea.\n\n"
                "Commands (first argument):\n"
                "  list KIND   list countries, regions, entities, dimensions, indicators, actors, models, clusters, events, swot, "
                "assessments or sources\n"
                "  query       print observations with unit, kind and source\n"
                "  gap         how far followers are behind a leader on one indicator, in size and in time\n"
                "  export      write a chart, table, comparison or SWOT to PNG, SVG, PDF or PowerPoint\n"
                "  import FILE add observations from a CSV or JSON file, or a timeline's events, all or nothing\n"
                "Run gapscope COMMAND --help for the options of each."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("main", "Open the workspace file PATH."),
                      QCoreApplication::translate("main", "PATH")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Language of the interface: en or ko."),
                      QCoreApplication::translate("main", "LANG")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("main", "Save a picture of the main window to FILE and quit."),
                      QCoreApplication::translate("main", "FILE")});
    parser.addOption({QStringLiteral("show"),
                      QCoreApplication::translate("main", "Bring these panels to the front, separated by commas: chart, "
                                                          "table, comparison, swot, timeline, actors, details, gap, clusters, map, scatter, bubble."),
                      QCoreApplication::translate("main", "PANELS")});
    parser.addOption({QStringLiteral("measure-startup"),
                      QCoreApplication::translate("main", "Print the milliseconds until the window is first painted "
                                                          "and until every observation is shown, and the peak memory "
                                                          "in KiB, then quit.")});
}

QString CommandLine::versionText()
{
    return QCoreApplication::translate("main", "GapScope %1\nDataset %2\n")
        .arg(QStringLiteral(GAPSCOPE_VERSION), DatasetReader::bundledVersion());
}

QString CommandLine::workspacePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Store::defaultWorkspacePath();
}

bool CommandLine::has(const QString &option) const
{
    return m_arguments.indexOf(option, 1) >= 0;
}

Language CommandLine::interfaceLanguage() const
{
    if (m_languageArgument.isEmpty() && Settings::language())
        return *Settings::language();
    return m_language;
}

std::optional<QString> CommandLine::workspaceToRead(const QStringList &arguments) const
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty() || !m_languageValid
        || parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")))
        return std::nullopt;
    return workspacePath(parser);
}

bool CommandLine::parseWindowOptions(QCommandLineParser &parser, const QStringList &arguments) const
{
    addOptions(parser);
    if (parser.parse(arguments) && parser.positionalArguments().isEmpty() && m_languageValid)
        return true;
    QString message = parser.errorText();
    if (message.isEmpty() && !m_languageValid)
        message = QCoreApplication::translate("main", "unknown language \"%1\": use en or ko").arg(m_languageArgument);
    if (message.isEmpty())
        message = QCoreApplication::translate("main", "unknown command \"%1\": use list or query")
                      .arg(parser.positionalArguments().value(0));
    std::fprintf(stderr, "gapscope: %s\n", qUtf8Printable(message));
    return false;
}

} // namespace gapscope
