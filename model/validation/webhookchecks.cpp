#include "webhookchecks.h"

#include "istiopredicates.h"
#include "serviceentryview.h"
#include "validationcontext.h"

namespace MeshEntry::WebhookChecks {

namespace {

using namespace IstioPredicates;
using Resolution = ServiceEntryView::Resolution;

/// validateMetadata: the first annotation rule that fires is the only finding.
bool metadataRejects(ValidationContext &context)
{
    const ObjectMetaView &meta = context.meta();
    if (const ObjectMetaView::Entry *dryRun = meta.annotation(u"istio.io/dry-run")) {
        context.reportAt(
            u"META-DRYRUN",
            MessageText(
                QT_TRANSLATE_NOOP("MeshEntry::Message",
                                  "%1/%2 has unsupported annotation istio.io/dry-run, please "
                                  "remove the annotation"))
                .arg(context.namespaceName(), meta.name.value),
            context.keySpan(dryRun->keyNode));
        return true;
    }
    if (const ObjectMetaView::Entry *reject =
            meta.annotation(u"internal.istio.io/webhook-always-reject")) {
        context.reportAt(
            u"META-ALWAYS-REJECT",
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "\"internal.istio.io/webhook-always-reject\" annotation "
                                          "found, rejecting")),
            context.keySpan(reject->keyNode));
        return true;
    }
    for (const QString &name : {QStringLiteral("internal.istio.io/parent-namespace"),
                                QStringLiteral("internal.istio.io/parents")}) {
        if (const ObjectMetaView::Entry *parent = meta.annotation(name)) {
            context.reportAt(
                u"META-INTERNAL-PARENT",
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "%1 annotation found, this may not be set by users"))
                    .arg(goQuote(name)),
                context.keySpan(parent->keyNode));
            return true;
        }
    }
    return false;
}

/// validateWorkloadEntry for a WorkloadEntry (prefix "") or a ServiceEntry endpoint ("SE-EP/").
void checkWorkload(ValidationContext &context, const WorkloadEntryView &view, const QString &prefix,
                   const QStringList *servicePorts, bool allowFqdn)
{
    const auto id = [&prefix](const char *rule) { return prefix + QLatin1String(rule); };
    const QString &address = view.address.value;
    if (address.isEmpty()) {
        if (view.network.value.isEmpty()) {
            context.report(
                id("WE-ADDRESS-REQUIRED"),
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "address is required")),
                view.node);
            return;
        }
        context.report(
            id("WE-ADDRESS-NETWORK-ONLY"),
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "address is unset with network %1"))
                .arg(goQuote(view.network.value)),
            view.address.present() ? view.address.node : view.network.node);
    }
    if (address.startsWith(u"unix://")) {
        const MessageText problem = checkUnixAddress(QStringView(address).mid(7));
        if (!problem.isEmpty())
            context.report(id("WE-UDS-PATH"), problem, view.address.node);
        if (!view.ports.isEmpty())
            context.report(id("WE-UDS-NO-PORTS"),
                           MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                         "unix endpoint %1 must not include ports"))
                               .arg(address),
                           view.portsNode);
    } else if (!address.isEmpty() && !isIp(address)) {
        if (!allowFqdn)
            context.report(
                id("WE-ADDRESS-IP-ONLY"),
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "endpoint address %1 is not a valid IP address"))
                    .arg(goQuote(address)),
                view.address.node);
        else if (!checkFqdn(address).isEmpty())
            context.report(
                id("WE-ADDRESS-FORMAT"),
                MessageText(
                    QT_TRANSLATE_NOOP("MeshEntry::Message",
                                      "endpoint address %1 is not a valid FQDN or an IP address"))
                    .arg(goQuote(address)),
                view.address.node);
    }
    for (const WorkloadEntryView::Port &port : view.ports) {
        if (servicePorts && !servicePorts->contains(port.name))
            context.reportAt(
                id("WE-PORT-UNDEFINED"),
                MessageText(
                    QT_TRANSLATE_NOOP("MeshEntry::Message",
                                      "endpoint port %1 is not defined by the service entry"))
                    .arg(port.number),
                context.keySpan(port.keyNode));
        const MessageText nameProblem = checkPortName(port.name);
        if (!nameProblem.isEmpty())
            context.reportAt(id("WE-PORT-NAME"), nameProblem, context.keySpan(port.keyNode));
        const MessageText numberProblem = checkPort(port.number);
        if (!numberProblem.isEmpty())
            context.report(id("WE-PORT-RANGE"), numberProblem, port.valueNode);
    }
    for (const ObjectMetaView::Entry &label : view.labels) {
        const MessageText keyProblem = checkLabelKey(label.key);
        if (!keyProblem.isEmpty())
            context.reportAt(id("WE-LABELS"), keyProblem, context.keySpan(label.keyNode));
        const MessageText valueProblem = checkLabelValue(label.value);
        if (!valueProblem.isEmpty())
            context.report(id("WE-LABELS"), valueProblem, label.valueNode);
    }
}

/// SE-SELECTOR-LABELS; true when it fired, which ends the validation.
bool selectorRejects(ValidationContext &context, const ServiceEntryView &view)
{
    bool rejected = false;
    for (const ObjectMetaView::Entry &label : view.selectorLabels) {
        const QString pair = goQuote(label.key + u'=' + label.value);
        if (label.key.isEmpty()) {
            context.reportAt(
                u"SE-SELECTOR-LABELS",
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "empty key is not supported in selector: %1"))
                    .arg(pair),
                context.keySpan(label.keyNode));
            rejected = true;
        }
        if (label.key.contains(u'*') || label.value.contains(u'*')) {
            const SourceSpan span = label.key.contains(u'*') ? context.keySpan(label.keyNode)
                                                             : context.spanOf(label.valueNode);
            context.reportAt(
                u"SE-SELECTOR-LABELS",
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "wildcard is not supported in selector: %1"))
                    .arg(pair),
                span);
            rejected = true;
        }
    }
    return rejected;
}

void checkHosts(ValidationContext &context, const ServiceEntryView &view)
{
    if (view.hosts.isEmpty())
        context.report(u"SE-HOSTS-EMPTY",
                       MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                     "service entry must have at least one host")),
                       view.hostsNode >= 0 ? view.hostsNode : view.node);
    for (const Located<QString> &host : view.hosts) {
        if (host.value == u"*") {
            context.report(u"SE-HOST-FULL-WILDCARD",
                           MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "invalid host *")),
                           host.node);
            continue;
        }
        const MessageText problem = checkWildcardDomain(host.value);
        if (!problem.isEmpty())
            context.report(u"SE-HOST-FORMAT", problem, host.node);
        if (view.resolution.value != Resolution::DynamicDns) {
            const MessageText partial = checkPartialWildcard(host.value);
            if (!partial.isEmpty())
                context.report(u"SE-HOST-PARTIAL-WILDCARD", partial, host.node);
        }
    }
}

void checkAddresses(ValidationContext &context, const ServiceEntryView &view)
{
    int cidr = -1;
    for (const Located<QString> &address : view.addresses) {
        const MessageText problem = checkAddress(address.value);
        if (!problem.isEmpty())
            context.report(u"SE-ADDRESS-FORMAT", problem, address.node);
        if (cidr < 0 && address.value.contains(u'/'))
            cidr = address.node;
    }
    if (cidr >= 0 && view.resolution.value != Resolution::None &&
        view.resolution.value != Resolution::Static)
        context.report(u"SE-ADDRESS-CIDR-RESOLUTION",
                       MessageText(QT_TRANSLATE_NOOP(
                           "MeshEntry::Message",
                           "CIDR addresses are allowed only for NONE/STATIC resolution types")),
                       cidr);
}

bool autoAllocates(const ValidationContext &context, const ServiceEntryView &view,
                   Metadata metadata)
{
    if (!context.options().ipAutoallocate || view.resolution.value == Resolution::None)
        return false;
    if (metadata == Metadata::Ignored)
        return true;
    const ObjectMetaView::Entry *optOut =
        context.meta().label(u"networking.istio.io/enable-autoallocate-ip");
    return !optOut || optOut->value.compare(u"false", Qt::CaseInsensitive) != 0;
}

void checkPorts(ValidationContext &context, const ServiceEntryView &view, Metadata metadata)
{
    // Few ports: plain lists are cheaper than hashing.
    QStringList names;
    QList<quint32> numbers;
    const bool allocated = autoAllocates(context, view, metadata);
    for (const ServiceEntryView::Port &port : view.ports) {
        const int nameNode = port.name.present() ? port.name.node : port.node;
        const int numberNode = port.number.present() ? port.number.node : port.node;
        if (names.contains(port.name.value))
            context.report(
                u"SE-PORT-NAME-DUP",
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "service entry port name %1 already defined"))
                    .arg(goQuote(port.name.value)),
                nameNode);
        names.append(port.name.value);
        if (numbers.contains(port.number.value))
            context.report(u"SE-PORT-NUMBER-DUP",
                           MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                         "service entry port %1 already defined"))
                               .arg(port.number.value),
                           numberNode);
        numbers.append(port.number.value);
        if (port.targetPort.value != 0) {
            const MessageText problem = checkPort(port.targetPort.value);
            if (!problem.isEmpty())
                context.report(u"SE-PORT-TARGET-RANGE", problem, port.targetPort.node);
        }
        if (view.addresses.isEmpty() && !allocated &&
            (port.protocol.value.isEmpty() || port.protocol.value == u"TCP"))
            context.report(
                u"SE-PORT-TCP-NEEDS-ADDRESS",
                MessageText(QT_TRANSLATE_NOOP(
                    "MeshEntry::Message", "addresses are required for ports serving TCP (or unset) "
                                          "protocol when IP Autoallocation is not enabled")),
                port.protocol.present() ? port.protocol.node : port.node);
        const MessageText nameProblem = checkPortName(port.name.value);
        if (!nameProblem.isEmpty())
            context.report(u"SE-PORT-NAME", nameProblem, nameNode);
        const MessageText protocolProblem = checkProtocol(port.protocol.value);
        if (!protocolProblem.isEmpty())
            context.report(u"SE-PORT-PROTOCOL", protocolProblem, port.protocol.node);
        const MessageText numberProblem = checkPort(port.number.value);
        if (!numberProblem.isEmpty())
            context.report(u"SE-PORT-NUMBER-RANGE", numberProblem, numberNode);
    }
}

void checkDnsEndpoints(ValidationContext &context, const ServiceEntryView &view,
                       const QStringList &servicePorts)
{
    if (view.endpoints.isEmpty()) {
        for (const Located<QString> &host : view.hosts) {
            const MessageText problem = checkFqdn(host.value);
            if (problem.isEmpty())
                continue;
            context.report(
                u"SE-DNS-HOST-FQDN",
                MessageText(
                    QT_TRANSLATE_NOOP("MeshEntry::Message",
                                      "hosts must be FQDN or contain only prefix wildcards if no "
                                      "endpoints are provided for resolution mode %1, %2"))
                    .arg(view.resolutionName(), problem.text()),
                host.node);
            break;
        }
    }
    if (view.resolution.value == Resolution::DnsRoundRobin && view.endpoints.size() > 1)
        context.report(
            u"SE-DNSRR-MAX-ONE-ENDPOINT",
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "there must only be 0 or 1 endpoint for resolution mode "
                                          "DNS_ROUND_ROBIN")),
            view.endpointsNode);
    for (const WorkloadEntryView &endpoint : view.endpoints) {
        const QString &address = endpoint.address.value;
        if (!isIp(address) && !checkFqdn(address).isEmpty())
            context.report(
                u"SE-DNS-EP-ADDRESS",
                MessageText(
                    QT_TRANSLATE_NOOP("MeshEntry::Message",
                                      "endpoint address %1 is not a valid FQDN or an IP address"))
                    .arg(goQuote(address)),
                endpoint.address.present() ? endpoint.address.node : endpoint.node);
        for (const ObjectMetaView::Entry &label : endpoint.labels) {
            const MessageText keyProblem = checkLabelKey(label.key);
            if (!keyProblem.isEmpty())
                context.reportAt(u"SE-EP/WE-LABELS", keyProblem, context.keySpan(label.keyNode));
            const MessageText valueProblem = checkLabelValue(label.value);
            if (!valueProblem.isEmpty())
                context.report(u"SE-EP/WE-LABELS", valueProblem, label.valueNode);
        }
        for (const WorkloadEntryView::Port &port : endpoint.ports) {
            if (!servicePorts.contains(port.name))
                context.reportAt(
                    u"SE-EP/WE-PORT-UNDEFINED",
                    MessageText(
                        QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "endpoint port %1 is not defined by the service entry"))
                        .arg(port.number),
                    context.keySpan(port.keyNode));
            const MessageText nameProblem = checkPortName(port.name);
            if (!nameProblem.isEmpty())
                context.reportAt(u"SE-EP/WE-PORT-NAME", nameProblem, context.keySpan(port.keyNode));
            const MessageText numberProblem = checkPort(port.number);
            if (!numberProblem.isEmpty())
                context.report(u"SE-EP/WE-PORT-RANGE", numberProblem, port.valueNode);
        }
    }
    if (!view.addresses.isEmpty()) {
        for (const ServiceEntryView::Port &port : view.ports) {
            if (!isTcp(parseProtocol(port.protocol.value)))
                continue;
            if (view.hosts.size() > 1)
                context.report(u"SE-DNS-MULTIHOST-ADDRESS-TCP",
                               MessageText(QT_TRANSLATE_NOOP(
                                   "MeshEntry::Message",
                                   "service entry can not have more than one host "
                                   "specified simultaneously with address and tcp port")),
                               view.addressesNode);
            break;
        }
    }
}

void checkDynamicDns(ValidationContext &context, const ServiceEntryView &view, Metadata metadata)
{
    if (view.hosts.isEmpty())
        context.report(
            u"SE-DYNDNS-HOSTS",
            MessageText(QT_TRANSLATE_NOOP(
                "MeshEntry::Message", "at least one wildcard host must be provided for resolution "
                                      "type DYNAMIC_DNS")),
            view.hostsNode >= 0 ? view.hostsNode : view.resolution.node);
    for (const Located<QString> &host : view.hosts) {
        if (!host.value.startsWith(u'*'))
            context.report(u"SE-DYNDNS-WILDCARD-HOST",
                           MessageText(QT_TRANSLATE_NOOP(
                               "MeshEntry::Message",
                               "host must be wildcarded for resolution mode DYNAMIC_DNS")),
                           host.node);
    }
    if (!view.addresses.isEmpty())
        context.report(
            u"SE-DYNDNS-NO-ADDRESSES",
            MessageText(QT_TRANSLATE_NOOP(
                "MeshEntry::Message", "addresses cannot be set for resolution type DYNAMIC_DNS. "
                                      "HTTP route domains will only be generatedfrom the hosts "
                                      "field values")),
            view.addressesNode);
    if (!view.endpoints.isEmpty())
        context.report(
            u"SE-DYNDNS-NO-ENDPOINTS",
            MessageText(QT_TRANSLATE_NOOP(
                "MeshEntry::Message", "endpoints cannot be set for resolution type DYNAMIC_DNS. "
                                      "Destination IP address determined from hostsfield values")),
            view.endpointsNode);
    for (const ServiceEntryView::Port &port : view.ports) {
        const Protocol protocol = parseProtocol(port.protocol.value);
        if (protocol != Protocol::Http && protocol != Protocol::Tls && protocol != Protocol::Grpc &&
            protocol != Protocol::Http2)
            context.report(
                u"SE-DYNDNS-PROTOCOL",
                MessageText(QT_TRANSLATE_NOOP(
                    "MeshEntry::Message", "only HTTP, TLS, GRPC, and HTTP2 protocols are supported "
                                          "for resolution type DYNAMIC_DNS")),
                port.protocol.present() ? port.protocol.node : port.node);
    }
    if (view.location.value != ServiceEntryView::MeshExternal &&
        view.location.value != ServiceEntryView::MeshInternal)
        context.report(
            u"SE-DYNDNS-LOCATION",
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "location must be MESH_EXTERNAL or MESH_INTERNAL for "
                                          "resolution type DYNAMIC_DNS")),
            view.location.node);
    if (metadata == Metadata::Used && view.location.value == ServiceEntryView::MeshInternal) {
        const ObjectMetaView::Entry *waypoint = context.meta().label(u"istio.io/use-waypoint");
        if (waypoint && !waypoint->value.isEmpty() &&
            waypoint->value.compare(u"none", Qt::CaseInsensitive) != 0)
            context.report(
                u"SE-DYNDNS-INTERNAL-WAYPOINT",
                MessageText(QT_TRANSLATE_NOOP(
                    "MeshEntry::Message", "location MESH_INTERNAL with resolution type DYNAMIC_DNS "
                                          "is not supported when using waypoints")),
                view.location.node);
    }
}

void checkResolution(ValidationContext &context, const ServiceEntryView &view, Metadata metadata)
{
    QStringList servicePorts;
    for (const ServiceEntryView::Port &port : view.ports) {
        if (!servicePorts.contains(port.name.value))
            servicePorts.append(port.name.value);
    }
    switch (view.resolution.value) {
    case Resolution::None:
        if (!view.endpoints.isEmpty())
            context.report(u"SE-NONE-NO-ENDPOINTS",
                           MessageText(QT_TRANSLATE_NOOP(
                               "MeshEntry::Message",
                               "no endpoints should be provided for resolution type none")),
                           view.endpointsNode);
        if (view.hasWorkloadSelector())
            context.report(u"SE-NONE-SELECTOR",
                           MessageText(QT_TRANSLATE_NOOP(
                               "MeshEntry::Message",
                               "workloadSelector should not be set when resolution mode is NONE")),
                           view.workloadSelectorNode);
        return;
    case Resolution::Static:
        for (const WorkloadEntryView &endpoint : view.endpoints) {
            checkWorkload(context, endpoint, QStringLiteral("SE-EP/"), &servicePorts, false);
            if (endpoint.address.value.startsWith(u"unix://") && servicePorts.size() != 1)
                context.report(u"SE-EP/WE-UDS-ONE-SERVICE-PORT",
                               MessageText(QT_TRANSLATE_NOOP(
                                   "MeshEntry::Message",
                                   "exactly 1 service port required for unix endpoints")),
                               endpoint.address.node);
        }
        return;
    case Resolution::Dns:
    case Resolution::DnsRoundRobin:
        checkDnsEndpoints(context, view, servicePorts);
        return;
    case Resolution::DynamicDns:
        checkDynamicDns(context, view, metadata);
        return;
    default:
        context.report(
            u"SE-RESOLUTION-UNKNOWN",
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "unsupported resolution type ")),
            view.resolution.node);
        return;
    }
}

void checkMultiHost(ValidationContext &context, const ServiceEntryView &view)
{
    if (view.resolution.value == Resolution::None || view.hosts.size() < 2)
        return;
    for (const ServiceEntryView::Port &port : view.ports) {
        const Protocol protocol = parseProtocol(port.protocol.value);
        if (!isHttp(protocol) && !isTls(protocol)) {
            context.report(
                u"SE-MULTIHOST-PROTOCOL",
                MessageText(QT_TRANSLATE_NOOP(
                    "MeshEntry::Message", "multiple hosts provided with non-HTTP, non-TLS ports")),
                port.protocol.present() ? port.protocol.node : port.node);
            return;
        }
    }
}

void checkExportTo(ValidationContext &context, const ServiceEntryView &view)
{
    const QString &namespaceName = context.namespaceName();
    QStringList seen;
    for (const Located<QString> &entry : view.exportTo) {
        const bool dot = entry.value == u".";
        const QString key = dot ? namespaceName : entry.value;
        if (seen.contains(key)) {
            // validateExportTo: the `.` wording only for a `.` that finds its key seen; a
            // namespace after `.` is a plain repeat of the key `.` stored.
            if (dot)
                context.report(
                    u"SE-EXPORTTO-DUP",
                    MessageText(QT_TRANSLATE_NOOP(
                                    "MeshEntry::Message",
                                    "duplicate entries in exportTo: . and current namespace %1"))
                        .arg(namespaceName),
                    entry.node);
            else
                context.report(
                    u"SE-EXPORTTO-DUP",
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "duplicate entries in exportTo for entry %1"))
                        .arg(entry.value),
                    entry.node);
            continue;
        }
        if (entry.value == u"~" || key == u"*" || isDns1123Label(key)) {
            seen.append(key);
        } else {
            context.report(u"SE-EXPORTTO-VALUE",
                           MessageText(QT_TRANSLATE_NOOP(
                               "MeshEntry::Message",
                               "only .,*, or a valid DNS 1123 label is allowed as exportTo entry")),
                           entry.node);
        }
    }
    if (seen.contains(QStringLiteral("*")) && view.exportTo.size() > 1)
        context.report(
            u"SE-EXPORTTO-STAR-EXCLUSIVE",
            MessageText(QT_TRANSLATE_NOOP(
                "MeshEntry::Message", "cannot have both public (*) and non-public exportTo values "
                                      "for a resource")),
            view.exportToNode);
    if (seen.contains(QStringLiteral("~")) && view.exportTo.size() > 1)
        context.report(
            u"SE-EXPORTTO-NONE-EXCLUSIVE",
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "cannot export service entry to no one (~) and someone")),
            view.exportToNode);
}

} // namespace

void runServiceEntry(ValidationContext &context, const ServiceEntryView &view, Metadata metadata)
{
    if (context.decodeFailed || (metadata == Metadata::Used && metadataRejects(context)))
        return;
    if (view.hasWorkloadSelector()) {
        if (selectorRejects(context, view))
            return;
        if (view.selectorLabels.isEmpty())
            context.report(
                u"SE-SELECTOR-EMPTY",
                MessageText(QT_TRANSLATE_NOOP(
                    "MeshEntry::Message", "service entry: workload selector specified without "
                                          "labels, will be applied to all services in namespace")),
                view.workloadSelectorNode);
        if (!view.endpoints.isEmpty())
            context.report(
                u"SE-SELECTOR-XOR-ENDPOINTS",
                MessageText(QT_TRANSLATE_NOOP(
                    "MeshEntry::Message", "only one of WorkloadSelector or Endpoints is allowed in "
                                          "Service Entry")),
                view.endpointsNode);
    }
    checkHosts(context, view);
    checkAddresses(context, view);
    checkPorts(context, view, metadata);
    checkResolution(context, view, metadata);
    checkMultiHost(context, view);
    checkExportTo(context, view);
}

void runWorkloadEntry(ValidationContext &context, const WorkloadEntryView &view, Metadata metadata)
{
    if (context.decodeFailed || (metadata == Metadata::Used && metadataRejects(context)))
        return;
    checkWorkload(context, view, QString(), nullptr, true);
}

void checkTopLevelKeys(ValidationContext &context)
{
    for (const NodeReader::Entry &entry : context.reader().entries(context.root())) {
        if (entry.name != u"apiVersion" && entry.name != u"kind" && entry.name != u"metadata" &&
            entry.name != u"spec" && entry.name != u"status")
            context.reportAt(u"WEBHOOK-UNKNOWN-FIELD",
                             MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                           "unknown field %1 on %2 resource %3/%4"))
                                 .arg(goQuote(entry.name.toString()), context.kind(),
                                      context.namespaceName(), context.meta().name.value),
                             context.keySpan(entry.key));
    }
}

} // namespace MeshEntry::WebhookChecks
