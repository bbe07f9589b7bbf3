#include "LanguageManager.h"
#include "window/FirstPaintProbe.h"
#include "MainWindow.h"
#include "Settings.h"
#include "cli/CommandLineTool.h"
#include "cli/ImportCommand.h"
#include "export/ExportCommand.h"
#include "io/DatasetReader.h"
#include "store/DatasetUpdate.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QStyle>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <future>
#include <memory>

using namespace gapscope;

namespace {

void setApplicationNames()
{
    // Before anything reads settings or finds the workspace: they live under these names.
    QCoreApplication::setOrganizationName(QStringLiteral("GapScope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("gapscope.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("gapscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GAPSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.gapscope.GapScope"));
    Settings::adoptFilesOfUnnamedOrganisation();
}

// The value of "--lang X" or "--lang=X" among the raw arguments, so that translators are
// installed before anything prints.
QString rawLanguageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

// A workspace as read before its window opens: everything but, for large ones, the observations.
struct OpenedWorkspace
{
    QString path;
    std::optional<Dataset> dataset;
    bool background = false; // the observations are still to be read
    bool readOnly = false;
    std::optional<DatasetUpdate> update;
    QString updateError;
    QString error;
};

// Reads in the calling thread, with a Store (and database connection) of its own that is gone
// when it returns.
OpenedWorkspace readWorkspace(const QString &path)
{
    OpenedWorkspace w;
    w.path = path;
    Store store;
    // A large workspace shows its window first and reads its observations in the background;
    // a small one is read at once, so that its window never shows it half.
    if (store.open(path)) {
        const std::optional<bool> large = store.isLarge();
        w.background = large && *large;
        if (large)
            w.dataset = w.background ? store.loadWithoutObservations() : store.load();
    }
    if (!w.dataset)
        w.error = store.errorString();
    w.readOnly = store.isReadOnly();
    w.update = store.lastUpdate();
    w.updateError = store.updateError();
    return w;
}

bool wantsNoDisplay(int argc, char **argv)
{
    if (argc > 1
        && (CommandLineTool::isCommand(QString::fromLocal8Bit(argv[1]))
            || ImportCommand::isCommand(QString::fromLocal8Bit(argv[1]))))
        return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h")
            return true;
    }
    return false;
}

QString versionText()
{
    return QCoreApplication::translate("main", "GapScope %1\nDataset %2\n")
        .arg(QStringLiteral(GAPSCOPE_VERSION), DatasetReader::bundledVersion());
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Explore the AI ecosystems of the United States, China and Korea.\n\n"
                "Commands (first argument):\n"
                "  list KIND   list countries, dimensions, indicators, actors, models, events, swot, assessments "
                "or sources\n"
                "  query       print observations with unit, kind and source\n"
                "  export      write a chart, table, comparison or SWOT to PNG, SVG, PDF or PowerPoint\n"
                "  import FILE add observations from a CSV or JSON file, all or nothing\n"
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
                                                          "table, comparison, swot, timeline, actors, details."),
                      QCoreApplication::translate("main", "PANELS")});
    parser.addOption({QStringLiteral("measure-startup"),
                      QCoreApplication::translate("main", "Print the milliseconds until the window is first painted "
                                                          "and until every observation is shown, then quit.")});
}

// Runs `body` in an application of type App with the language installed and stdout and stderr
// open as devices: the commands that print instead of opening a window.
template<typename App, typename Body>
int headless(int &argc, char **argv, Language lang, Body body)
{
    App app(argc, argv);
    setApplicationNames();
    LanguageManager languages;
    languages.setLanguage(lang);
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    return body(app, languages, out, err);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    Language lang = LanguageManager::systemLanguage();
    const QString langArgument = rawLanguageArgument(argc, argv);
    const bool langValid = langArgument.isEmpty() || languageFromCode(langArgument, &lang);

    if (argc > 1 && ExportCommand::isCommand(QString::fromLocal8Bit(argv[1]))) {
        // Exports draw with the explorer's own widgets, never on a screen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return headless<QApplication>(argc, argv, lang, [&](QCoreApplication &app, LanguageManager &languages,
                                                            QFile &out, QFile &err) {
            if (!langValid) {
                err.write(QCoreApplication::translate("main", "gapscope: unknown language \"%1\": use en or ko\n")
                              .arg(langArgument)
                              .toUtf8());
                return 2;
            }
            return ExportCommand(&languages).run(app.arguments(), &out, &err);
        });
    }
    if (wantsNoDisplay(argc, argv)) {
        return headless<QCoreApplication>(argc, argv, lang, [&](QCoreApplication &app, LanguageManager &,
                                                                QFile &out, QFile &err) {
            if (argc > 1 && CommandLineTool::isCommand(QString::fromLocal8Bit(argv[1])))
                return CommandLineTool().run(app.arguments(), &out, &err);
            if (argc > 1 && ImportCommand::isCommand(QString::fromLocal8Bit(argv[1])))
                return ImportCommand().run(app.arguments(), &out, &err);
            QCommandLineParser parser;
            addCommonOptions(parser);
            if (!parser.parse(app.arguments())) {
                err.write((parser.errorText() + QLatin1Char('\n')).toUtf8());
                return 2;
            }
            if (parser.isSet(QStringLiteral("version"))) {
                out.write(versionText().toUtf8());
                return 0;
            }
            out.write(parser.helpText().toUtf8());
            return 0;
        });
    }

    QApplication app(argc, argv);
    setApplicationNames();
    // The workspace is read in a thread of its own while the interface starts (icon, language,
    // fonts); only when the command line is one that opens it.
    std::future<OpenedWorkspace> firstRead;
    {
        QCommandLineParser early;
        addCommonOptions(early);
        if (early.parse(app.arguments()) && early.positionalArguments().isEmpty() && langValid
            && !early.isSet(QStringLiteral("help")) && !early.isSet(QStringLiteral("version")))
            firstRead = std::async(std::launch::async, readWorkspace,
                                   early.isSet(QStringLiteral("db")) ? early.value(QStringLiteral("db"))
                                                                     : Store::defaultWorkspacePath());
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gapscope.svg")));
    LanguageManager languages;
    // --lang wins, then the language chosen last time, then the system's.
    if (langArgument.isEmpty() && Settings::language())
        lang = *Settings::language();
    languages.setLanguage(lang); // the main window saves the user's later choices
    // While the workspace may still be being read: what the window's docks and toolbar load
    // first, the style's icons, and with them the image format plugins.
    for (const QStyle::StandardPixmap icon : {QStyle::SP_TitleBarNormalButton, QStyle::SP_TitleBarCloseButton,
                                              QStyle::SP_ToolBarHorizontalExtensionButton})
        QApplication::style()->standardIcon(icon);

    QCommandLineParser parser;
    addCommonOptions(parser);
    if (!parser.parse(app.arguments()) || !parser.positionalArguments().isEmpty() || !langValid) {
        QString message = parser.errorText();
        if (message.isEmpty() && !langValid)
            message = QCoreApplication::translate("main", "unknown language \"%1\": use en or ko").arg(langArgument);
        if (message.isEmpty())
            message = QCoreApplication::translate("main", "unknown command \"%1\": use list or query")
                          .arg(parser.positionalArguments().value(0));
        std::fprintf(stderr, "gapscope: %s\n", qUtf8Printable(message));
        return 2;
    }

    // One window per workspace; File ▸ New/Open workspace closes it and opens the next.
    QApplication::setQuitOnLastWindowClosed(false);
    std::function<MainWindow *(const QString &)> openWorkspace;
    openWorkspace = [&languages, &openWorkspace, &firstRead](const QString &path) -> MainWindow * {
        std::optional<OpenedWorkspace> read;
        if (firstRead.valid()) {
            read = firstRead.get();
            // Not the workspace asked for, or texts written while the translators were being
            // installed: read again, here (keeping word of an update the first reading made).
            if (read->path != path || !read->error.isEmpty() || !read->updateError.isEmpty()) {
                const std::optional<DatasetUpdate> update = read->path == path ? read->update : std::nullopt;
                read = readWorkspace(path);
                if (!read->update)
                    read->update = update;
            }
        }
        if (!read)
            read = readWorkspace(path);
        if (!read->dataset) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "GapScope"),
                                  QCoreApplication::translate("main", "The workspace cannot be opened.\n\n%1")
                                      .arg(read->error));
            return nullptr;
        }
        auto *window = new MainWindow(std::move(*read->dataset), path, &languages, MainWindow::Start::PaintFirst);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(window, &MainWindow::workspaceRequested, window, [&openWorkspace, window](const QString &next) {
            // The window is closing; when the next workspace cannot be opened, this one opens again.
            if (!openWorkspace(next))
                openWorkspace(window->workspacePath());
        });
        QObject::connect(window, &QObject::destroyed, qApp, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (qobject_cast<MainWindow *>(w))
                    return;
            }
            QCoreApplication::quit();
        });
        window->show();
        if (read->readOnly)
            window->setReadOnly(true);
        if (read->background)
            window->loadObservations();
        if (read->update)
            window->showNotice(read->update->summary());
        if (!read->updateError.isEmpty())
            window->showNotice(QCoreApplication::translate("main", "The workspace was not updated to the bundled dataset "
                                                                   "and opened as it was.\n\n%1")
                                   .arg(read->updateError));
        return window;
    };
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                           : Store::defaultWorkspacePath();
    MainWindow *window = openWorkspace(path);
    if (!window)
        return 1;
    const QStringList panels = parser.value(QStringLiteral("show")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &panel : panels) {
        if (!window->raisePanel(panel.trimmed())) {
            std::fprintf(stderr, "gapscope: %s\n",
                         qUtf8Printable(QCoreApplication::translate("main", "unknown panel \"%1\"").arg(panel)));
            delete window;
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("measure-startup"))) {
        // Start-up as the user waits for it: the window painted, its panels built, then every
        // observation shown; and from the first paint on, the longest the window went without
        // answering events.
        auto report = [&sinceStart](const char *what) {
            std::printf("%s %lld\n", what, sinceStart.elapsed());
            std::fflush(stdout);
        };
        auto *ticker = new QTimer(window);
        ticker->setInterval(5);
        auto sinceTick = std::make_shared<QElapsedTimer>();
        auto longest = std::make_shared<qint64>(0);
        QObject::connect(ticker, &QTimer::timeout, window, [sinceTick, longest] {
            *longest = std::max(*longest, sinceTick->restart());
        });
        auto finishIfWhole = [window, report, sinceTick, longest] {
            if (!window->isReady() || window->isLoading())
                return;
            *longest = std::max(*longest, sinceTick->elapsed());
            std::printf("longest-stall-ms %lld\n", *longest);
            report("loaded-ms");
            QCoreApplication::exit(0);
        };
        auto *probe = new FirstPaintProbe(window);
        QObject::connect(probe, &FirstPaintProbe::painted, window, [report, ticker, sinceTick] {
            report("first-paint-ms");
            sinceTick->start();
            ticker->start();
        });
        QObject::connect(window, &MainWindow::ready, window, [report, finishIfWhole] {
            report("ready-ms");
            finishIfWhole();
        });
        QObject::connect(window, &MainWindow::observationsLoaded, window, [finishIfWhole](bool ok) {
            if (!ok)
                QCoreApplication::exit(1);
            else
                finishIfWhole();
        });
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        // For documentation and visual checks: the window as it is painted, then quit.
        const QString file = parser.value(QStringLiteral("screenshot"));
        auto shoot = [window, file] {
            const bool saved = window->grab().save(file);
            if (!saved)
                std::fprintf(stderr, "gapscope: %s\n",
                             qUtf8Printable(QCoreApplication::translate("main", "cannot write %1").arg(file)));
            QCoreApplication::exit(saved ? 0 : 1);
        };
        // Once every panel is built and every observation shown.
        auto shootWhenWhole = [window, shoot] {
            if (window->isReady() && !window->isLoading())
                QTimer::singleShot(500, window, shoot);
        };
        QObject::connect(window, &MainWindow::ready, window, shootWhenWhole);
        QObject::connect(window, &MainWindow::observationsLoaded, window, shootWhenWhole);
    }
    const int code = app.exec();
    // Windows still open at exit (a screenshot run) go before the language manager they use.
    QList<QPointer<MainWindow>> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *main = qobject_cast<MainWindow *>(w))
            windows.append(main);
    }
    for (const QPointer<MainWindow> &w : std::as_const(windows))
        delete w.data();
    return code;
}
