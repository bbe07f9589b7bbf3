#include "InterfaceFont.h"
#include "LanguageManager.h"
#include "command/CommandDispatcher.h"
#include "command/CommandLine.h"
#include "startup/StartupProbes.h"
#include "window/WindowLifecycle.h"
#include "window/WorkspaceOpener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QStyle>

using namespace gapscope;

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const CommandLine commandLine(argc, argv);
    if (const CommandDispatcher commands(commandLine); commands.handles())
        return commands.run(argc, argv);

    QApplication app(argc, argv);
    CommandLine::nameApplication();
    // The workspace is read in a thread of its own while the interface starts (icon, language,
    // fonts); only when the command line is one that opens it.
    WorkspaceOpener opener;
    if (const std::optional<QString> path = commandLine.workspaceToRead(app.arguments()))
        opener.readInBackground(*path);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gapscope.svg")));
    LanguageManager languages;
    InterfaceFont font(&languages);
    languages.setLanguage(commandLine.interfaceLanguage()); // the main window saves the user's later choices
    // While the workspace may still be being read: what the window's docks and toolbar load
    // first, the style's icons, and with them the image format plugins.
    for (const QStyle::StandardPixmap icon : {QStyle::SP_TitleBarNormalButton, QStyle::SP_TitleBarCloseButton,
                                              QStyle::SP_ToolBarHorizontalExtensionButton})
        QApplication::style()->standardIcon(icon);

    QCommandLineParser parser;
    if (!commandLine.parseWindowOptions(parser, app.arguments()))
        return 2;
    WindowLifecycle windows(&opener, &languages);
    MainWindow *window = windows.open(CommandLine::workspacePath(parser));
    if (!window)
        return 1;
    if (!StartupProbes(parser).apply(window, sinceStart))
        return 2;
    return app.exec();
}
