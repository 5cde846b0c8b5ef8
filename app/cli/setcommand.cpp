#include "setcommand.h"

#include "clioutput.h"
#include "documenteditor.h"
#include "exitcode.h"
#include "fileloading.h"

#include <QCommandLineParser>

namespace MeshEntry::SetCommand {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Set PATH in document DOC of FILE to VALUE (YAML: 8080, \"1.0\", [a, b], {app: x}),\n"
        "creating missing maps, and print the new file. Only the lines that change differ;\n"
        "comments, quoting and layout elsewhere stay byte for byte."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption inPlace(
        QStringList{QStringLiteral("i"), QStringLiteral("in-place")},
        QStringLiteral("Write FILE (atomically) instead of printing."));
    const QCommandLineOption remove(QStringLiteral("delete"),
                                    QStringLiteral("Remove PATH instead (no VALUE)."));
    const QCommandLineOption append(QStringLiteral("append"),
                                    QStringLiteral("Append VALUE to the sequence at PATH."));
    parser.addOptions({help, inPlace, remove, append});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("YAML file"));
    parser.addPositionalArgument(QStringLiteral("DOC"),
                                 QStringLiteral("index, Kind/namespace/name or name"));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("path, e.g. spec.ports[0].number"));
    parser.addPositionalArgument(QStringLiteral("VALUE"), QStringLiteral("new value as YAML"));
    if (const auto done = CliOutput::parse(
            parser, args, help, QStringLiteral("meshentry set [options] FILE DOC PATH VALUE")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const bool deleting = parser.isSet(remove);
    if (deleting && parser.isSet(append)) {
        CliOutput::error(QStringLiteral("--delete and --append exclude each other"));
        return ExitUsage;
    }
    if (positional.size() != (deleting ? 3 : 4)) {
        CliOutput::error(deleting ? QStringLiteral("usage: meshentry set --delete FILE DOC PATH")
                                  : QStringLiteral("usage: meshentry set FILE DOC PATH VALUE"));
        return ExitUsage;
    }
    const QString path = positional[0];
    if (parser.isSet(inPlace) && path == QLatin1String("-")) {
        CliOutput::error(QStringLiteral("--in-place needs a file, not standard input"));
        return ExitUsage;
    }
    YamlPath yamlPath;
    QString pathError;
    if (!YamlPath::parse(positional[2], &yamlPath, &pathError)) {
        CliOutput::error(pathError);
        return ExitUsage;
    }
    YamlValue value;
    if (!deleting) {
        const SpanTree valueTree = SpanTree::parse(positional[3].toUtf8());
        if (valueTree.hasErrors()) {
            CliOutput::error(QStringLiteral("VALUE is not valid YAML: %1")
                                 .arg(valueTree.errors().first().message));
            return ExitUsage;
        }
        value = valueTree.documentValue();
    }

    YamlFile file;
    if (const int code = FileLoading::load(path, &file))
        return code;
    int index = -1;
    if (const int code = FileLoading::document(file, path, positional[1], &index))
        return code;
    const YamlDocument &document = file.document(index);
    const DocumentEditor editor(document.text(), document.tree());
    DocumentEdit edit = deleting ? editor.remove(yamlPath)
                                 : (parser.isSet(append) ? editor.insertItem(yamlPath, -1, value)
                                                         : editor.setValue(yamlPath, value));
    if (!edit.ok) {
        CliOutput::error(QStringLiteral("%1: %2").arg(path, edit.error));
        return ExitFindings;
    }
    file.applyEdit(index, std::move(edit));
    if (parser.isSet(inPlace)) {
        QString error;
        if (!file.save(path, &error)) {
            CliOutput::error(error);
            return ExitUnreadable;
        }
        return ExitOk;
    }
    CliOutput::out(file.bytes());
    return ExitOk;
}

} // namespace MeshEntry::SetCommand
