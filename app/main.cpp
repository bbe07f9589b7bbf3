#include "LanguageManager.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "Settings.h"
#include "cli/CommandLineTool.h"
#include "cli/ImportCommand.h"
#include "export/ExportCommand.h"
#include "store/DatasetReader.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace gapscope;

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("gapscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GAPSCOPE_VERSION));
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
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gapscope.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.gapscope.GapScope"));
    LanguageManager languages;
    // --lang wins, then the language chosen last time, then the system's.
    if (langArgument.isEmpty() && Settings::language())
        lang = *Settings::language();
    languages.setLanguage(lang); // the main window saves the user's later choices

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
    openWorkspace = [&languages, &openWorkspace](const QString &path) -> MainWindow * {
        Store store;
        std::optional<Dataset> dataset;
        // A large workspace shows its window first and reads its observations in the background;
        // a small one is read at once, so that its window never flashes empty.
        bool background = false;
        if (store.open(path)) {
            const std::optional<bool> large = store.hasObservations(50000);
            background = large && *large;
            if (large)
                dataset = background ? store.loadWithoutObservations() : store.load();
        }
        if (!dataset) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "GapScope"),
                                  QCoreApplication::translate("main", "The workspace cannot be opened.\n\n%1")
                                      .arg(store.errorString()));
            return nullptr;
        }
        auto *window = new MainWindow(std::move(*dataset), path, &languages);
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
        if (store.isReadOnly())
            window->setReadOnly(true);
        if (background)
            window->loadObservations();
        if (store.lastUpdate())
            window->showNotice(store.lastUpdate()->summary());
        if (!store.updateError().isEmpty())
            window->showNotice(QCoreApplication::translate("main", "The workspace was not updated to the bundled dataset "
                                                                   "and opened as it was.\n\n%1")
                                   .arg(store.updateError()));
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
        // Start-up as the user waits for it: the window painted, then every observation shown.
        auto report = [&sinceStart](const char *what) {
            std::printf("%s %lld\n", what, sinceStart.elapsed());
            std::fflush(stdout);
        };
        auto painted = std::make_shared<bool>(false);
        // From the first paint on, the longest the window went without answering events.
        auto *ticker = new QTimer(window);
        ticker->setInterval(5);
        auto sinceTick = std::make_shared<QElapsedTimer>();
        auto longest = std::make_shared<qint64>(0);
        QObject::connect(ticker, &QTimer::timeout, window, [sinceTick, longest] {
            *longest = std::max(*longest, sinceTick->restart());
        });
        auto *probe = new FirstPaintProbe(window);
        QObject::connect(probe, &FirstPaintProbe::painted, window, [window, report, painted, ticker, sinceTick] {
            report("first-paint-ms");
            *painted = true;
            sinceTick->start();
            ticker->start();
            if (!window->isLoading()) {
                report("loaded-ms");
                QCoreApplication::exit(0);
            }
        });
        QObject::connect(window, &MainWindow::observationsLoaded, window, [report, painted, sinceTick, longest](bool ok) {
            if (!*painted)
                return; // reported with the first paint
            *longest = std::max(*longest, sinceTick->elapsed());
            std::printf("longest-stall-ms %lld\n", *longest);
            report("loaded-ms");
            QCoreApplication::exit(ok ? 0 : 1);
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
        // Once every observation is shown.
        if (window->isLoading())
            QObject::connect(window, &MainWindow::observationsLoaded, window,
                             [window, shoot] { QTimer::singleShot(500, window, shoot); });
        else
            QTimer::singleShot(500, window, shoot);
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
