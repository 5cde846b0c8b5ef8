#include "clioutput.h"
#include "clustercli.h"
#include "clustercommand.h"
#include "exitcode.h"

namespace MeshEntry::ClusterCommand {

int contexts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the contexts of the kubeconfig as 'kubectl config get-contexts' does; * marks the\n"
        "current one. The kubeconfig is KUBECONFIG's files merged (the first file defining a name\n"
        "wins), else ~/.kube/config, or --kubeconfig alone."));
    ClusterCli cli;
    parser.addOptions({cli.help, cli.kubeconfig});
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("name: print only the names."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(output);
    if (const int code =
            cli.parse(&parser, args, QStringLiteral("meshentry cluster contexts [options]"));
        code >= 0)
        return code;
    if (parser.isSet(output) && parser.value(output) != u"name") {
        CliOutput::error(QStringLiteral("--output must be name, not %1").arg(parser.value(output)));
        return ExitUsage;
    }
    const KubeConfig config = KubeConfig::load(parser.value(cli.kubeconfig));
    if (!config.isValid()) {
        for (const QString &error : config.errors())
            CliOutput::error(error);
        return ExitFindings;
    }
    if (parser.isSet(output)) {
        for (const KubeContext &context : config.contexts())
            CliOutput::out(context.name + u'\n');
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("CURRENT"), QStringLiteral("NAME"),
                             QStringLiteral("CLUSTER"), QStringLiteral("AUTHINFO"),
                             QStringLiteral("NAMESPACE")}};
    for (const KubeContext &context : config.contexts())
        rows.append({context.name == config.currentContext() ? QStringLiteral("*") : QString(),
                     context.name, context.cluster, context.user, context.namespaceName});
    CliOutput::out(ClusterCli::table(rows));
    return ExitOk;
}

} // namespace MeshEntry::ClusterCommand
