#include "clicommand.h"

#include "clioutput.h"
#include "clustercommand.h"
#include "exitcode.h"
#include "fixcommand.h"
#include "getcommand.h"
#include "matchcommand.h"
#include "routecommand.h"
#include "rulescommand.h"
#include "setcommand.h"
#include "validatecommand.h"
#include "visiblecommand.h"

#include <QCoreApplication>

namespace MeshEntry {

namespace {

QString overview()
{
    return QStringLiteral(
        "Usage: meshentry [--lang LANGUAGE] [--new-window] [FILE...]\n"
        "                                           open the editor (in the running window\n"
        "                                           unless --new-window; LANGUAGE: en, de, fr)\n"
        "       meshentry get FILE [DOC PATH]       print a file, or one value as YAML\n"
        "       meshentry set FILE DOC PATH VALUE   change one value, print the new file\n"
        "       meshentry validate PATH...          check documents as Kubernetes and Istio would\n"
        "       meshentry fix [--in-place] PATH...  apply the one-click fixes of the findings\n"
        "       meshentry match PATH...             show the workloads each ServiceEntry selects\n"
        "       meshentry rules [--markdown]        list the validation rules\n"
        "       meshentry cluster COMMAND           contexts, get, diff, apply, delete\n"
        "       meshentry route --from NS --port N PATH...  where a request from a sidecar goes\n"
        "       meshentry visible --from NS PATH... the ServiceEntry hosts a namespace sees\n"
        "       meshentry --version                 print the version\n"
        "\n"
        "Run 'meshentry COMMAND --help' for a command's options, 'man meshentry' for all.\n");
}

} // namespace

int runCommandLine(const QStringList &args)
{
    if (args.size() < 2)
        return -1;
    const QString command = args.at(1);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("get"))
        return GetCommand::run(rest);
    if (command == QLatin1String("set"))
        return SetCommand::run(rest);
    if (command == QLatin1String("validate"))
        return ValidateCommand::run(rest);
    if (command == QLatin1String("fix"))
        return FixCommand::run(rest);
    if (command == QLatin1String("match"))
        return MatchCommand::run(rest);
    if (command == QLatin1String("rules"))
        return RulesCommand::run(rest);
    if (command == QLatin1String("cluster"))
        return ClusterCommand::run(rest);
    if (command == QLatin1String("route"))
        return RouteCommand::run(rest);
    if (command == QLatin1String("visible"))
        return VisibleCommand::run(rest);
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        CliOutput::out(overview());
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        CliOutput::out(
            QStringLiteral("meshentry %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    return -1;
}

} // namespace MeshEntry
