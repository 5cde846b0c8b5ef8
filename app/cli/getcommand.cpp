#include "getcommand.h"

#include "clioutput.h"
#include "exitcode.h"
#include "fileloading.h"
#include "fragmentwriter.h"

#include <QCommandLineParser>

namespace MeshEntry::GetCommand {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print FILE exactly as MeshEntry would save it, or the value at PATH in "
                       "document DOC as YAML.\nDOC is a 0-based index, Kind/namespace/name, "
                       "Kind/name or a unique name.\nPATH looks like spec.ports[1].number or "
                       "metadata.annotations[\"sidecar.istio.io/inject\"]."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("YAML file, or - for stdin"));
    parser.addPositionalArgument(QStringLiteral("DOC"), QStringLiteral("document"),
                                 QStringLiteral("[DOC"));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("path"),
                                 QStringLiteral("PATH]"));
    if (const auto done = CliOutput::parse(
            parser, args, help, QStringLiteral("meshentry get [options] FILE [DOC PATH]")))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 && positional.size() != 3) {
        CliOutput::error(QStringLiteral("usage: meshentry get FILE [DOC PATH]"));
        return ExitUsage;
    }
    const QString path = positional.first();
    YamlFile file;
    if (const int code = FileLoading::load(path, &file))
        return code;
    if (positional.size() == 1) {
        CliOutput::out(file.bytes());
        return ExitOk;
    }
    YamlPath yamlPath;
    QString pathError;
    if (!YamlPath::parse(positional[2], &yamlPath, &pathError)) {
        CliOutput::error(pathError);
        return ExitUsage;
    }
    int index = -1;
    if (const int code = FileLoading::document(file, path, positional[1], &index))
        return code;
    const SpanTree &tree = file.document(index).tree();
    const int node = yamlPath.isRoot() ? tree.root() : tree.find(yamlPath);
    if (node < 0) {
        CliOutput::error(QStringLiteral("%1: document %2 has no %3")
                             .arg(path, positional[1], yamlPath.toString()));
        return ExitFindings;
    }
    const YamlValue value = tree.value(node);
    const FragmentWriter writer;
    const QString text = FragmentWriter::needsBlockLines(value) && !value.isScalar()
                             ? writer.blockLines(value, 0).join(u'\n')
                             : (value.isScalar() && value.text().contains(u'\n')
                                    ? FragmentWriter::doubleQuoted(value.text())
                                    : writer.inlineValue(value, false));
    CliOutput::out(text + u'\n');
    return ExitOk;
}

} // namespace MeshEntry::GetCommand
