#include "clicommand.h"
#include "colorscheme.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace MeshEntry;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MeshEntry"));
    QCoreApplication::setApplicationName(QStringLiteral("MeshEntry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHENTRY_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
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
    // The user's language when there is a translation, else English plural forms.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("meshentry"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/meshentry_en")))
        QApplication::installTranslator(&translator);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/meshentry.svg")));
    ColorScheme::apply();
    MainWindow window;
    window.show();
    window.offerRecovery();
    for (const QString &file : app.arguments().mid(1))
        window.openFile(file);
    return app.exec();
}
