#include "startoptions.h"

#include "translations.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace MeshEntry {

std::optional<StartOptions> StartOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the window: en, de or fr."),
                                  QStringLiteral("LANGUAGE"));
    const QCommandLineOption newWindow(QStringLiteral("new-window"),
                                       QStringLiteral("Open a window of its own."));
    parser.addOptions({lang, newWindow});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("files to open"),
                                 QStringLiteral("[FILE...]"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText() + QStringLiteral("; run 'meshentry --help'");
        return std::nullopt;
    }
    StartOptions options;
    if (parser.isSet(lang)) {
        options.language = parser.value(lang).toLower();
        if (!Translations::available().contains(options.language)) {
            *error = QStringLiteral("--lang takes one of %1, not \"%2\"")
                         .arg(Translations::available().join(QStringLiteral(", ")),
                              parser.value(lang));
            return std::nullopt;
        }
    }
    options.newWindow = parser.isSet(newWindow);
    for (const QString &file : parser.positionalArguments())
        options.files.append(QFileInfo(file).absoluteFilePath());
    return options;
}

} // namespace MeshEntry
