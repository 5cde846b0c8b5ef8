#include "clustercommand.h"

#include "clioutput.h"
#include "exitcode.h"

namespace MeshEntry::ClusterCommand {

namespace {

QString overview()
{
    return QStringLiteral(
        "Usage: meshentry cluster contexts                      list the kubeconfig's contexts\n"
        "       meshentry cluster get [TYPE] [NAME]              print objects (yaml cleaned for "
        "editing)\n"
        "       meshentry cluster diff FILE                      live objects vs server-side dry "
        "run\n"
        "       meshentry cluster apply [--dry-run] FILE         server-side apply\n"
        "       meshentry cluster delete FILE                    delete the objects FILE "
        "describes\n"
        "\n"
        "Common options: --kubeconfig FILE, --context NAME, -n NS, --request-timeout 30s.\n"
        "Run 'meshentry cluster COMMAND --help' for a command's options.\n");
}

} // namespace

int run(const QStringList &args)
{
    const QString command = args.value(1);
    const QStringList rest = args.mid(1);
    if (command == u"contexts")
        return contexts(rest);
    if (command == u"get")
        return get(rest);
    if (command == u"diff")
        return diff(rest);
    if (command == u"apply")
        return apply(rest);
    if (command == u"delete")
        return remove(rest);
    if (command.isEmpty() || command == u"help" || command == u"--help" || command == u"-h") {
        CliOutput::out(overview());
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    CliOutput::error(
        QStringLiteral("unknown cluster command \"%1\"; run 'meshentry cluster --help'")
            .arg(command));
    return ExitUsage;
}

} // namespace MeshEntry::ClusterCommand
