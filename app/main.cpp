#include "clicommand.h"
#include "clioutput.h"
#include "colorscheme.h"
#include "exitcode.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "startoptions.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

using namespace MeshEntry;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MeshEntry"));
    QCoreApplication::setApplicationName(QStringLiteral("MeshEntry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHENTRY_VERSION));
}

void openAndRaise(MainWindow *window, const QStringList &files)
{
    for (const QString &file : files)
        window->openFile(file);
    if (window->isMinimized())
        window->showNormal();
    window->raise();
    window->activateWindow();
}

} // namespace

int main(int argc, char *argv[])
{
    {
        // Subcommands run headless: no display connection, no GUI start-up cost.
        QCoreApplication core(argc, argv);
        describeApplication();
        const int code = runCommandLine(core.arguments());
        if (code >= 0)
            return code;
    }
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.meshentry.MeshEntry"));
    QString error;
    const std::optional<StartOptions> options = StartOptions::parse(app.arguments(), &error);
    if (!options) {
        CliOutput::error(error);
        return ExitUsage;
    }
    const QString socket = SingleInstance::defaultName();
    if (!options->newWindow && SingleInstance::forward(socket, options->files))
        return ExitOk;
    Translations::install(&app, options->language);
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.meshentry.MeshEntry"),
                                                 QIcon(QStringLiteral(":/icons/meshentry.svg"))));
    ColorScheme::apply();
    MainWindow window;
    window.show();
    window.offerRecovery();
    for (const QString &file : options->files)
        window.openFile(file);
    // Later launches hand their files to this window (a --new-window one too, when it is
    // the first).
    SingleInstance instance;
    instance.listen(socket);
    QObject::connect(&instance, &SingleInstance::filesRequested, &window,
                     [&window](const QStringList &files) { openAndRaise(&window, files); });
    return app.exec();
}
