#include "visiblecommand.h"

#include "clioutput.h"
#include "exitcode.h"
#include "requestwalker.h"
#include "routinginput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MeshEntry::VisibleCommand {

namespace {

const QString usage = QStringLiteral("meshentry visible [options] --from NAMESPACE PATH...");

QJsonArray portArray(const QList<RoutingPort> &ports)
{
    QJsonArray array;
    for (const RoutingPort &port : ports)
        array.append(QJsonObject{{QLatin1String("number"), int(port.number)},
                                 {QLatin1String("name"), port.name},
                                 {QLatin1String("protocol"), port.protocol.name()}});
    return array;
}

QByteArray jsonOutput(const ServiceVisibility &visibility, const RoutingInput &input)
{
    QJsonArray services;
    for (const ServiceVisibility::Visible &service : visibility.services)
        services.append(QJsonObject{
            {QLatin1String("host"), service.host},
            {QLatin1String("namespace"), service.entry->namespaceName()},
            {QLatin1String("serviceEntry"), input.entryObject(service.entry->document)},
            {QLatin1String("ports"), portArray(service.ports)},
            {QLatin1String("addresses"), QJsonArray::fromStringList(service.addresses)}});
    QJsonArray hidden;
    for (const ServiceVisibility::Hidden &entry : visibility.hidden)
        hidden.append(
            QJsonObject{{QLatin1String("host"), entry.host},
                        {QLatin1String("namespace"), entry.entry->namespaceName()},
                        {QLatin1String("serviceEntry"), input.entryObject(entry.entry->document)},
                        {QLatin1String("reason"), entry.reason}});
    const QJsonObject object{{QLatin1String("namespace"), visibility.namespaceName},
                             {QLatin1String("services"), services},
                             {QLatin1String("hidden"), hidden}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString portText(const QList<RoutingPort> &ports)
{
    QStringList parts;
    for (const RoutingPort &port : ports)
        parts.append(port.protocol.isUnsupported()
                         ? QString::number(port.number)
                         : QStringLiteral("%1/%2").arg(port.number).arg(port.protocol.name()));
    return parts.join(u' ');
}

QString textOutput(const ServiceVisibility &visibility, const RoutingInput &input)
{
    QString text = QStringLiteral("Sidecars in %1 see %2 ServiceEntry host%3")
                       .arg(visibility.namespaceName)
                       .arg(visibility.services.size())
                       .arg(visibility.services.size() == 1 ? QString() : QStringLiteral("s"));
    text += visibility.services.isEmpty() ? QStringLiteral(".\n") : QStringLiteral(":\n");
    qsizetype hostWidth = 0;
    qsizetype entryWidth = 0;
    for (const ServiceVisibility::Visible &service : visibility.services) {
        hostWidth = std::max(hostWidth, service.host.size());
        entryWidth = std::max(entryWidth, entryName(*service.entry).size());
    }
    for (const ServiceVisibility::Visible &service : visibility.services) {
        text += QStringLiteral("  %1  %2  %3")
                    .arg(service.host, -int(hostWidth))
                    .arg(entryName(*service.entry), -int(entryWidth))
                    .arg(portText(service.ports));
        if (!service.addresses.isEmpty())
            text += QStringLiteral("  %1").arg(service.addresses.join(u' '));
        text +=
            QStringLiteral("  [%1]\n")
                .arg(input.location(
                    service.entry->document,
                    YamlPath::fromText(QStringLiteral("spec.hosts[%1]").arg(service.hostIndex))));
    }
    if (!visibility.hidden.isEmpty()) {
        text += QStringLiteral("Hidden from %1 (%2):\n")
                    .arg(visibility.namespaceName)
                    .arg(visibility.hidden.size());
        for (const ServiceVisibility::Hidden &entry : visibility.hidden)
            text += QStringLiteral("  %1  %2: %3  [%4]\n")
                        .arg(entry.host, entryName(*entry.entry), entry.reason,
                             input.location(entry.document, entry.path));
    }
    return text;
}

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Which ServiceEntry hosts does a sidecar in NAMESPACE see? Lists them with their ports\n"
        "and addresses, and every other host with the rule that hides it: not exported to the\n"
        "namespace, serviceEntryVisibility, a Sidecar that does not import it, or another entry\n"
        "that shadows it. PATH is a file, a directory or -.\n"
        "Exit code: 0, 2 unreadable input, 64 usage."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    RoutingInput input;
    input.addOptions(&parser);
    if (const auto done = CliOutput::parse(parser, args, help, usage))
        return *done;
    if (const int code = input.load(parser, usage))
        return code;
    const ServiceVisibility visibility = input.model().visibility(input.fromNamespace());
    CliOutput::out(input.json() ? jsonOutput(visibility, input)
                                : textOutput(visibility, input).toUtf8());
    return input.unreadable() ? ExitUnreadable : ExitOk;
}

} // namespace MeshEntry::VisibleCommand
