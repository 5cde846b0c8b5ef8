#include "clioutput.h"
#include "clustercli.h"
#include "clustercommand.h"
#include "clusterdiff.h"
#include "exitcode.h"
#include "manifestbatch.h"
#include "yamlfile.h"

namespace MeshEntry::ClusterCommand {

namespace {

struct FileCommand {
    QCommandLineParser parser;
    ClusterCli cli;
    YamlFile file;
    QString path;
};

/// Parses the options every FILE command has, connects and loads FILE; -1 to go on.
int prepare(FileCommand *command, const QStringList &args, const QString &usage,
            const QList<QCommandLineOption> &options, int failureCode)
{
    command->cli.addOptions(&command->parser);
    command->parser.addOptions(options);
    command->parser.addPositionalArgument(QStringLiteral("FILE"),
                                          QStringLiteral("YAML file, or - for stdin"));
    if (const int code = command->cli.parse(&command->parser, args, usage); code >= 0)
        return code;
    const QStringList positional = command->parser.positionalArguments();
    if (positional.size() != 1) {
        CliOutput::error(QStringLiteral("usage: ") + usage);
        return ExitUsage;
    }
    command->path = positional.first();
    if (const int code = ClusterCli::loadManifests(command->path, &command->file))
        return code;
    if (!command->cli.connect(command->parser))
        return failureCode;
    return -1;
}

} // namespace

int diff(const QStringList &args)
{
    FileCommand command;
    command.parser.setApplicationDescription(QStringLiteral(
        "Show what applying FILE would change: for each object, a unified diff of the live\n"
        "object and the server's dry-run result of a server-side apply (managedFields hidden),\n"
        "as 'kubectl diff --server-side' prints it. Nothing is changed on the cluster.\n"
        "Exit code: 0 no differences, 1 differences, 2 an error (as kubectl diff)."));
    const QCommandLineOption force(
        QStringLiteral("force-conflicts"),
        QStringLiteral("Diff as if fields other managers own were taken."));
    if (const int code = prepare(
            &command, args, QStringLiteral("meshentry cluster diff [options] FILE"), {force}, 2);
        code >= 0)
        return code;
    const QList<Manifest> manifests = command.cli.manifests(command.file);
    if (manifests.isEmpty()) {
        CliOutput::error(QStringLiteral("no objects passed to diff"));
        return 2;
    }
    ApplyOperation operation(command.cli.client(), manifests);
    operation.preview(command.parser.isSet(force));
    ClusterCli::waitFor(&operation);
    bool failed = false;
    bool changed = false;
    for (int i = 0; i < operation.count(); ++i) {
        const ManifestResult &result = operation.result(i);
        const Manifest &manifest = operation.manifests()[i];
        if (result.isFailure() || result.state == ManifestResult::State::Conflict) {
            ClusterCli::printFailure(command.file, command.path, manifest, result.error);
            failed = true;
            continue;
        }
        ClusterCli::printWarnings(result.warnings);
        const QByteArray text = ClusterDiff::kubectlStyle(manifest, result.live, result.merged);
        changed = changed || !text.isEmpty();
        CliOutput::out(text);
    }
    return failed ? 2 : changed ? 1 : 0;
}

int apply(const QStringList &args)
{
    FileCommand command;
    command.parser.setApplicationDescription(QStringLiteral(
        "Server-side apply of every document of FILE (fieldManager=meshentry,\n"
        "fieldValidation=Strict, so an unknown or duplicate field is an error, not dropped).\n"
        "Every document is first applied with dryRun=All; nothing is written unless all of them\n"
        "pass. Prints 'kind.group/name serverside-applied' per object, as kubectl does; the\n"
        "server's complaints about a field are also printed as FILE:LINE:COL."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QStringLiteral("Only the server-side dry run; change nothing."));
    const QCommandLineOption force(
        QStringLiteral("force-conflicts"),
        QStringLiteral("Take the fields other field managers own (409 conflicts)."));
    if (const int code =
            prepare(&command, args, QStringLiteral("meshentry cluster apply [options] FILE"),
                    {dryRun, force}, ExitFindings);
        code >= 0)
        return code;
    const QList<Manifest> manifests = command.cli.manifests(command.file);
    if (manifests.isEmpty()) {
        CliOutput::error(QStringLiteral("no objects passed to apply"));
        return ExitFindings;
    }
    const bool forced = command.parser.isSet(force);
    ApplyOperation operation(command.cli.client(), manifests);
    operation.preview(forced);
    ClusterCli::waitFor(&operation);
    bool failed = false;
    for (int i = 0; i < operation.count(); ++i) {
        const ManifestResult &result = operation.result(i);
        if (result.isFailure() || result.state == ManifestResult::State::Conflict) {
            ClusterCli::printFailure(command.file, command.path, operation.manifests()[i],
                                     result.error);
            failed = true;
        }
    }
    if (failed) {
        CliOutput::error(
            QStringLiteral("nothing was applied: the server's dry run refused the objects above"));
        return ExitFindings;
    }
    if (command.parser.isSet(dryRun)) {
        for (int i = 0; i < operation.count(); ++i) {
            ClusterCli::printWarnings(operation.result(i).warnings);
            CliOutput::out(operation.manifests()[i].objectName() +
                           QStringLiteral(" serverside-applied (server dry run)\n"));
        }
        return ExitOk;
    }
    operation.apply(forced);
    ClusterCli::waitFor(&operation);
    for (int i = 0; i < operation.count(); ++i) {
        const ManifestResult &result = operation.result(i);
        ClusterCli::printWarnings(result.warnings);
        if (result.isFailure() || result.state == ManifestResult::State::Conflict) {
            ClusterCli::printFailure(command.file, command.path, operation.manifests()[i],
                                     result.error);
            failed = true;
            continue;
        }
        CliOutput::out(operation.manifests()[i].objectName() +
                       QStringLiteral(" serverside-applied\n"));
    }
    return failed ? ExitFindings : ExitOk;
}

int remove(const QStringList &args)
{
    FileCommand command;
    command.parser.setApplicationDescription(QStringLiteral(
        "Delete the objects the documents of FILE describe, as kubectl delete -f does."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QStringLiteral("Ask the server with dryRun=All; delete nothing."));
    const QCommandLineOption ignore(
        QStringLiteral("ignore-not-found"),
        QStringLiteral("An object that is already gone is not an error."));
    if (const int code =
            prepare(&command, args, QStringLiteral("meshentry cluster delete [options] FILE"),
                    {dryRun, ignore}, ExitFindings);
        code >= 0)
        return code;
    const QList<Manifest> manifests = command.cli.manifests(command.file);
    if (manifests.isEmpty()) {
        CliOutput::error(QStringLiteral("no objects passed to delete"));
        return ExitFindings;
    }
    DeleteOperation operation(command.cli.client(), manifests);
    operation.remove(command.parser.isSet(dryRun));
    ClusterCli::waitFor(&operation);
    bool failed = false;
    const QString shown = command.path == u"-" ? QStringLiteral("STDIN") : command.path;
    for (int i = 0; i < operation.count(); ++i) {
        const ManifestResult &result = operation.result(i);
        const Manifest &manifest = operation.manifests()[i];
        if (result.state == ManifestResult::State::Deleted) {
            CliOutput::out(QStringLiteral("%1 \"%2\" deleted%3\n")
                               .arg(manifest.resource->qualifiedSingular(), manifest.name,
                                    command.parser.isSet(dryRun)
                                        ? QStringLiteral(" (server dry run)")
                                        : QString()));
        } else if (result.state == ManifestResult::State::NotFound) {
            if (!command.parser.isSet(ignore)) {
                CliOutput::error(
                    QStringLiteral("Error from server (NotFound): error when deleting \"%1\": %2")
                        .arg(shown, result.error.message()));
                failed = true;
            }
        } else {
            ClusterCli::printFailure(command.file, command.path, manifest, result.error);
            failed = true;
        }
    }
    return failed ? ExitFindings : ExitOk;
}

} // namespace MeshEntry::ClusterCommand
