// ostshelf: the desktop app. Thin: options, the library, the window.
#include "app/apptranslations.h"
#include "app/quitsignals.h"
#include "app/startupprobe.h"
#include "backup/backupactions.h"
#include "common/appicon.h"
#include "core/startuptrace.h"
#include "library/damagenotice.h"
#include "mainwindow/mainwindow.h"
#include "playback/playbackcontroller.h"
#include "services/libraryservice.h"
#include "services/singleinstance.h"
#include "storage/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Without a display Qt would abort with a message about platform plugins. Say what is missing
// instead; --help and --version still answer (on the offscreen platform).
bool displayMissing(int argc, char **argv)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    for (int i = 1; i < argc; ++i)
        for (const char *info : { "-h", "--help", "--help-all", "-v", "--version" })
            if (std::strcmp(argv[i], info) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return false;
            }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    ost::StartupTrace::mark("main");
    if (displayMissing(argc, argv)) {
        std::fprintf(stderr,
                     "ostshelf: there is no display to show the window on (neither DISPLAY nor "
                     "WAYLAND_DISPLAY is set).\nStart OST Shelf from a desktop session. Without "
                     "one, ostshelf-cli searches, scans and backs up the same library.\n");
        return 1;
    }
    QApplication app(argc, argv);
    ost::StartupTrace::mark("QApplication");
    QApplication::setApplicationName(u"ostshelf"_s);
    QApplication::setApplicationDisplayName(u"OST Shelf"_s);
    QApplication::setOrganizationName(u"ostshelf"_s);
    QApplication::setApplicationVersion(QStringLiteral(OSTSHELF_VERSION));
    QApplication::setDesktopFileName(u"io.github.ostshelf.OstShelf"_s);
    QApplication::setWindowIcon(ost::AppIcon::icon());
    ost::AppTranslations::install(app);

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("main", "Korean drama soundtrack library"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({ u"data-dir"_s, QApplication::translate("main", "Use DIR for the library (it must exist)."),
                  u"DIR"_s });
    p.addOption({ u"screenshot"_s,
                  QApplication::translate(
                      "main", "Save a screenshot to FILE once the first posters are painted, then quit."),
                  u"FILE"_s });
    QCommandLineOption uiReport(
        u"ui-report"_s,
        u"Write the window's words as JSON to FILE once the first posters are painted, then quit (tests)."_s,
        u"FILE"_s);
    uiReport.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(uiReport);
    // After a language change the window comes back on the page it showed.
    QCommandLineOption openLocation(u"open-location"_s, u"Open PAGE (drama:ID, playlist:ID, ...) first."_s,
                                    u"PAGE"_s);
    openLocation.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(openLocation);
    p.addOption({ u"startup-benchmark"_s,
                  QApplication::translate(
                      "main", "Print the time until the first screen of posters is painted, then quit.") });
    p.addPositionalArgument(
        u"files"_s,
        QApplication::translate(
            "main",
            "Audio files to play, drama packs (.ostpack) to import or a backup (.ostbackup) to restore; handed to the running OST Shelf if there is one."),
        u"[FILE...]"_s);
    p.process(app);
    QStringList files;
    for (const QString &f : p.positionalArguments())
        files << QFileInfo(f).absoluteFilePath();

    ost::LibraryOptions options;
    QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (p.isSet(u"data-dir"_s)) {
        options.dataDir = p.value(u"data-dir"_s);
        options.dataDirExplicit = true;
        cacheDir = QDir(options.dataDir).filePath(u"cache"_s);
    }
    const bool measuring = p.isSet(u"screenshot"_s) || p.isSet(u"startup-benchmark"_s) || p.isSet(uiReport);
    bool restart = false;
    QString restartLocation; // where the restarted window opens (a language change)
    int code = 0;
    { // everything holding the library ends here, before a restart reopens it
        ost::SingleInstance instance(options.dataDir.isEmpty() ? ost::Library::defaultDataDir()
                                                               : options.dataDir);
        if (!measuring && instance.forward(files))
            return 0; // the running window has them now
        if (!measuring)
            instance.listen();
        ost::StartupTrace::mark("single instance");
        auto library = ost::Library::open(options);
        ost::StartupTrace::mark("library open");
        if (!library) {
            std::fprintf(stderr, "ostshelf: %s\n", qPrintable(library.error().message));
            if (!measuring)
                QMessageBox::critical(nullptr,
                                      QApplication::translate("main", "OST Shelf cannot open its library"),
                                      library.error().message);
            return 1;
        }
        const QStringList notices = library->notices();
        ost::LibraryService service(std::move(*library), cacheDir);
        // The grid is read on the database thread while the window is built and shown.
        service.load();
        ost::StartupTrace::mark("service");
        ost::MainWindow window(&service);
        ost::StartupTrace::mark("window built");
        window.show();
        ost::StartupTrace::mark("window shown");
        const auto openFiles = [&window, &service](const QStringList &paths) {
            window.showNormal();
            window.raise();
            window.activateWindow();
            QStringList audio;
            for (const QString &path : paths)
                if (!window.openArchive(path))
                    audio << path;
            if (!audio.isEmpty())
                service.playback()->playFile(audio.first()); // one at a time: the first file asked for
        };
        QObject::connect(&instance, &ost::SingleInstance::argumentsReceived, &window, openFiles);
        ost::QuitSignals quitSignals;
        const auto quit = [&window] {
            window.close();
            QCoreApplication::quit();
        };
        const auto restartApp = [&restart, quit] {
            restart = true;
            quit();
        };
        QObject::connect(&quitSignals, &ost::QuitSignals::quitRequested, &window, quit);
        // View → Language: the window is built again in the new language, on the same page.
        QObject::connect(&window, &ost::MainWindow::languageChanged, &window,
                         [&window, &restartLocation, restartApp] {
                             restartLocation = window.currentLocation().toText();
                             restartApp();
                         });
        // A verified restore is swapped in by the next start, when no connection holds the library.
        QObject::connect(window.backupActions(), &ost::BackupActions::restartRequested, &window, restartApp);
        // Damage met while in use: restart to check and salvage, or quit.
        ost::DamageNotice damage(&service, &window);
        QObject::connect(&damage, &ost::DamageNotice::restartRequested, &window, restartApp);
        QObject::connect(&damage, &ost::DamageNotice::quitRequested, &window, quit);
        if (!measuring)
            QTimer::singleShot(std::chrono::seconds(20), window.backupActions(),
                               &ost::BackupActions::backUpIfDue);
        if (!files.isEmpty())
            openFiles(files);
        if (p.isSet(openLocation)) {
            if (const auto location = ost::Location::fromText(p.value(openLocation)))
                window.navigate(*location);
            else
                std::fprintf(stderr, "ostshelf: %s\n", qPrintable(location.error().message));
        }

        if (!notices.isEmpty()) {
            for (const auto &n : notices)
                std::fprintf(stderr, "ostshelf: %s\n", qPrintable(n));
            if (!measuring) {
                auto *box = new QMessageBox(QMessageBox::Information,
                                            QApplication::translate("main", "Your library"),
                                            notices.join(u"\n\n"_s), QMessageBox::Ok, &window);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
        }

        ost::StartupProbe probe(
            { p.isSet(u"startup-benchmark"_s), p.value(u"screenshot"_s), p.value(uiReport) }, &window,
            &service);
        code = QApplication::exec();
    }
    if (restart) {
        QStringList args;
        if (options.dataDirExplicit)
            args << u"--data-dir"_s << options.dataDir;
        if (!restartLocation.isEmpty())
            args << u"--open-location"_s << restartLocation;
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
            std::fprintf(stderr,
                         "ostshelf: could not restart; start OST Shelf again to finish the restore\n");
    }
    return code;
}
