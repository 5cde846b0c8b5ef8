#include "routecommand.h"

#include "clioutput.h"
#include "exitcode.h"
#include "routinginput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MeshEntry::RouteCommand {

namespace {

const QString usage = QStringLiteral(
    "meshentry route [options] --from NAMESPACE --port N [--address IP] [--host HOST] "
    "[--sni NAME] [--protocol http|https|tls|tcp] PATH...");

/// Outcomes after which the request does not reach anything (exit code 1).
bool failed(const QString &outcome)
{
    return outcome == u"blackhole" || outcome == u"direct-response" ||
           outcome == u"protocol-error" || outcome == u"no-route" ||
           outcome == u"no-filter-chain" || outcome == u"missing-cluster";
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QByteArray jsonOutput(const RouteAnswer &answer, const RoutingInput &input)
{
    QJsonArray steps;
    for (const RouteStep &step : answer.steps)
        steps.append(QJsonObject{{QLatin1String("rule"), step.rule},
                                 {QLatin1String("detail"), step.detail}});
    QJsonValue entry(QJsonValue::Null);
    if (answer.hasServiceEntry) {
        QJsonObject object = input.entryObject(answer.serviceEntry.document);
        object.insert(QLatin1String("host"), answer.serviceEntry.host);
        object.insert(QLatin1String("port"), int(answer.serviceEntry.port));
        entry = object;
    }
    const QJsonObject object{
        {QLatin1String("cluster"), nullable(answer.cluster)},
        {QLatin1String("virtualHost"), nullable(answer.virtualHost)},
        {QLatin1String("listener"), answer.listener},
        {QLatin1String("outcome"), answer.outcome},
        {QLatin1String("serviceEntry"), entry},
        {QLatin1String("steps"), steps},
        {QLatin1String("unknowns"), QJsonArray::fromStringList(answer.unknowns)},
        {QLatin1String("warnings"), QJsonArray::fromStringList(answer.warnings)}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString textOutput(const RouteAnswer &answer, const RoutingInput &input)
{
    const RoutingRequest &request = answer.request;
    QString text = QStringLiteral("From a sidecar in %1: %2 to %3:%4")
                       .arg(request.fromNamespace, answer.chosenProtocol, request.address)
                       .arg(request.port);
    if (!request.host.isEmpty())
        text += QStringLiteral(", Host %1").arg(request.host);
    if (!request.sni.isEmpty())
        text += QStringLiteral(", SNI %1").arg(request.sni);
    text += QStringLiteral("\n\n");
    for (qsizetype i = 0; i < answer.steps.size(); ++i) {
        const RouteStep &step = answer.steps[i];
        text += QStringLiteral("%1. %2").arg(i + 1, 2).arg(step.detail);
        if (step.document >= 0)
            text += QStringLiteral(" [%1]").arg(input.location(step.document, step.path));
        text += QStringLiteral("\n");
    }
    text += QStringLiteral("\nOutcome: %1").arg(answer.outcome);
    if (!answer.cluster.isEmpty())
        text += QStringLiteral(", cluster %1").arg(answer.cluster);
    if (!answer.virtualHost.isEmpty())
        text += QStringLiteral(", virtual host %1").arg(answer.virtualHost);
    text += QStringLiteral(" (listener %1)\n").arg(answer.listener);
    for (const QString &unknown : answer.unknowns)
        text += QStringLiteral("Unknown: %1\n").arg(unknown);
    for (const QString &warning : answer.warnings)
        text += QStringLiteral("Warning: %1\n").arg(warning);
    return text;
}

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Where does a request from a sidecar in NAMESPACE go? Walks it through the listeners,\n"
        "filter chains, routes and clusters istiod would build from the ServiceEntries,\n"
        "WorkloadEntries and Sidecars in PATH, in the order Envoy matches them, and tells each\n"
        "step. PATH is a file, a directory (searched for *.yaml, *.yml, *.json) or -.\n"
        "Without --address the request goes to the address the host has in the files, else to\n"
        "an address no entry declares; --protocol defaults from the port's declared protocol;\n"
        "--sni defaults to --host for tls and https. 'unknowns' lists what the files cannot tell.\n"
        "Exit code: 0 the request reaches a service or leaves the mesh, 1 it fails (blackhole,\n"
        "502, protocol error, reset, missing cluster), 2 unreadable input, 64 usage."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Destination port."),
                                  QStringLiteral("N"));
    const QCommandLineOption address(
        QStringLiteral("address"), QStringLiteral("Destination IP address."), QStringLiteral("IP"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Host the client names (HTTP Host; SNI for TLS)."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption sni(QStringLiteral("sni"), QStringLiteral("TLS server name."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption protocol(
        QStringLiteral("protocol"),
        QStringLiteral("What the client sends: http, https (TLS carrying HTTP), tls or tcp."),
        QStringLiteral("PROTOCOL"));
    parser.addOptions({help, port, address, host, sni, protocol});
    RoutingInput input;
    input.addOptions(&parser);
    if (const auto done = CliOutput::parse(parser, args, help, usage))
        return *done;
    RoutingRequest request;
    bool ok = false;
    const uint number = parser.value(port).toUInt(&ok);
    if (!parser.isSet(port) || !ok || number == 0 || number > 65535) {
        CliOutput::error(parser.isSet(port)
                             ? QStringLiteral("--port must be a number from 1 to 65535, not %1")
                                   .arg(parser.value(port))
                             : QStringLiteral("--port N is required; usage: %1").arg(usage));
        return ExitUsage;
    }
    request.port = number;
    if (parser.isSet(protocol) &&
        !RoutingRequest::parseProtocol(parser.value(protocol), &request.protocol)) {
        CliOutput::error(QStringLiteral("--protocol must be http, https, tls or tcp, not %1")
                             .arg(parser.value(protocol)));
        return ExitUsage;
    }
    request.address = parser.value(address);
    if (!request.address.isEmpty() && QHostAddress(request.address).isNull()) {
        CliOutput::error(
            QStringLiteral("--address must be an IP address, not %1").arg(request.address));
        return ExitUsage;
    }
    request.host = parser.value(host);
    request.sni = parser.value(sni);
    if (const int code = input.load(parser, usage))
        return code;
    request.fromNamespace = input.fromNamespace();
    RouteAnswer answer = input.model().route(request);
    QList<int> documents;
    if (answer.hasServiceEntry)
        documents.append(answer.serviceEntry.document);
    for (const RouteStep &step : std::as_const(answer.steps)) {
        if (step.document >= 0 && !documents.contains(step.document))
            documents.append(step.document);
    }
    for (const int document : std::as_const(documents)) {
        const QStringList errors = input.errors(document);
        if (errors.isEmpty())
            continue;
        const QJsonObject entry = input.entryObject(document);
        answer.warnings.append(QStringLiteral("%1/%2 would be rejected by Istio (%3), so the "
                                              "cluster cannot hold it as written")
                                   .arg(entry.value(QLatin1String("namespace")).toString(),
                                        entry.value(QLatin1String("name")).toString(),
                                        errors.first()));
    }
    CliOutput::out(input.json() ? jsonOutput(answer, input) : textOutput(answer, input).toUtf8());
    if (input.unreadable())
        return ExitUnreadable;
    return failed(answer.outcome) ? ExitFindings : ExitOk;
}

} // namespace MeshEntry::RouteCommand
