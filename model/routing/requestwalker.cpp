#include "requestwalker.h"

#include "messagetext.h"
#include "walkertexts.h"

#include "istiohost.h"
#include "serviceentryview.h"

#include <QSet>
#include <limits>

namespace MeshEntry {

using namespace WalkerTexts;

namespace {

const QString wildcardBind = QStringLiteral("0.0.0.0");
const QString passthroughCluster = QStringLiteral("PassthroughCluster");
const QString blackHoleCluster = QStringLiteral("BlackHoleCluster");
const QString dynamicDnsCluster = QStringLiteral("AllowAnyDynamicDNSCluster");
/// Addresses reserved for documentation (RFC 5737): no entry is likely to declare them.
const char *const undeclaredCandidates[] = {"203.0.113.10", "198.51.100.10", "192.0.2.10",
                                            "100.64.0.10", "172.31.255.10"};

YamlPath path(const QString &text)
{
    return YamlPath::fromText(text);
}

YamlPath hostPath(int index)
{
    return path(QStringLiteral("spec.hosts[%1]").arg(index));
}

YamlPath portPath(int index)
{
    return path(QStringLiteral("spec.ports[%1]").arg(index));
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString protocolOf(RoutingRequest::Protocol protocol)
{
    return RoutingRequest::protocolName(protocol);
}

bool isTlsRequest(RoutingRequest::Protocol protocol)
{
    return protocol == RoutingRequest::Protocol::Https || protocol == RoutingRequest::Protocol::Tls;
}

/// The protocol a client of a port with this declared protocol speaks.
RoutingRequest::Protocol clientProtocol(const RoutingPort &port, MessageText *why)
{
    const IstioProtocol protocol = port.protocol;
    if (protocol.isHttp())
        return RoutingRequest::Protocol::Http;
    if (protocol == IstioProtocol(IstioProtocol::Https))
        return RoutingRequest::Protocol::Https;
    if (protocol == IstioProtocol(IstioProtocol::Tls))
        return RoutingRequest::Protocol::Tls;
    if (protocol.isTcp())
        return RoutingRequest::Protocol::Tcp;
    // Istio sniffs such a port; the client's protocol can only be guessed, from the name.
    const QString name = port.name.toLower();
    RoutingRequest::Protocol guess = RoutingRequest::Protocol::Tcp;
    if (name.startsWith(u"https"))
        guess = RoutingRequest::Protocol::Https;
    else if (name.startsWith(u"http") || name.startsWith(u"grpc"))
        guess = RoutingRequest::Protocol::Http;
    else if (name.startsWith(u"tls"))
        guess = RoutingRequest::Protocol::Tls;
    *why = guess == RoutingRequest::Protocol::Tcp
               ? MessageText(
                     QT_TRANSLATE_NOOP("MeshEntry::Message",
                                       "port %1 declares no protocol, so Istio sniffs it; the "
                                       "request is sent as %2 (give the protocol to send something "
                                       "else)"))
                     .arg(QString::number(port.number), protocolOf(guess))
               : MessageText(
                     QT_TRANSLATE_NOOP("MeshEntry::Message",
                                       "port %1 declares no protocol, so Istio sniffs it; the "
                                       "request is sent as %2 after the port name %3 (give the "
                                       "protocol to send something else)"))
                     .arg(QString::number(port.number), protocolOf(guess), quoted(port.name));
    return guess;
}

QString resolutionText(int resolution)
{
    switch (resolution) {
    case ServiceEntryView::None:
        return QStringLiteral("NONE");
    case ServiceEntryView::Static:
        return QStringLiteral("STATIC");
    case ServiceEntryView::Dns:
        return QStringLiteral("DNS");
    case ServiceEntryView::DnsRoundRobin:
        return QStringLiteral("DNS_ROUND_ROBIN");
    case ServiceEntryView::DynamicDns:
        return QStringLiteral("DYNAMIC_DNS");
    }
    return QStringLiteral("unknown");
}

QString outcomeOf(const QString &cluster, const OutboundPolicy &policy)
{
    if (cluster == passthroughCluster)
        return QStringLiteral("passthrough");
    if (cluster == blackHoleCluster)
        return QStringLiteral("blackhole");
    if (cluster == dynamicDnsCluster)
        return QStringLiteral("dynamic-dns");
    if (!policy.egressProxyCluster.isEmpty() && cluster == policy.egressProxyCluster)
        return QStringLiteral("egress-proxy");
    return QStringLiteral("service");
}

/// host.Name(sni).SubsetOf(serverName) ranked as traffic.go ranks server names.
int sniRank(const QString &sni, const QStringList &serverNames)
{
    int best = 0;
    for (const QString &name : serverNames) {
        if (sni == name)
            best = std::numeric_limits<int>::max();
        else if (!sni.isEmpty() && IstioHost::subsetOf(sni, name))
            best = std::max(best, int(name.size()));
    }
    return best;
}

/// filterRank: keep the best-ranked chains that set the field; none matching keeps those
/// that do not set it; none setting it keeps all.
template <typename IsSet, typename Rank>
QList<const FilterChain *> sieve(const QList<const FilterChain *> &chains, IsSet isSet, Rank rank)
{
    if (std::none_of(chains.cbegin(), chains.cend(), isSet))
        return chains;
    int best = 0;
    for (const FilterChain *chain : chains) {
        if (isSet(chain))
            best = std::max(best, rank(chain));
    }
    QList<const FilterChain *> out;
    for (const FilterChain *chain : chains) {
        if (best > 0 ? isSet(chain) && rank(chain) == best : !isSet(chain))
            out.append(chain);
    }
    return out;
}

bool hasServerNames(const FilterChain *chain)
{
    return !chain->serverNames.isEmpty() && !chain->serverNames.contains(QStringLiteral("*"));
}

} // namespace

QString entryName(const ServiceEntryRecord &entry)
{
    return entry.facts.fullName();
}

QString listText(const QStringList &entries)
{
    QStringList items;
    for (const QString &entry : entries)
        items.append(quoted(entry));
    return u'[' + items.join(QStringLiteral(", ")) + u']';
}

QString RoutingRequest::protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Default:
        return QString();
    case Protocol::Http:
        return QStringLiteral("http");
    case Protocol::Https:
        return QStringLiteral("https");
    case Protocol::Tls:
        return QStringLiteral("tls");
    case Protocol::Tcp:
        return QStringLiteral("tcp");
    }
    return QString();
}

bool RoutingRequest::parseProtocol(const QString &text, Protocol *protocol)
{
    for (const Protocol candidate :
         {Protocol::Http, Protocol::Https, Protocol::Tls, Protocol::Tcp}) {
        if (text.compare(protocolName(candidate), Qt::CaseInsensitive) == 0) {
            *protocol = candidate;
            return true;
        }
    }
    return false;
}

struct RequestWalker::Context {
    RoutingRequest request;
    RouteAnswer answer;
    QString hostHeader; ///< without the port
    QHostAddress ip;    ///< the destination, when it is an IP

    void step(const char *rule, const MessageText &detail, int document = -1,
              const YamlPath &at = YamlPath())
    {
        answer.steps.append(
            {QString::fromLatin1(rule), detail.text(), document, at, detail.source()});
    }
    void unknown(const MessageText &text) { answer.addUnknown(text); }
    void warn(const MessageText &text) { answer.addWarning(text); }
};

RequestWalker::RequestWalker(const RoutingRegistry &registry, const SidecarScope &scope,
                             const PortPlan &plan)
    : m_registry(registry), m_scope(scope), m_plan(plan)
{}

const ScopeEgressListener *RequestWalker::egressFor(quint32 port) const
{
    for (const ScopeEgressListener &listener : m_scope.egress) {
        if (listener.hasPort && listener.port == port && listener.matchPort)
            return &listener;
    }
    for (const ScopeEgressListener &listener : m_scope.egress) {
        if (!listener.hasPort)
            return &listener;
    }
    return nullptr;
}

MessageText RequestWalker::outboundPolicyText() const
{
    const OutboundPolicy &policy = m_scope.policy;
    const QString mode = MeshConfig::outboundModeName(policy.mode);
    if (!policy.fromSidecar) {
        const QString &config = m_registry.mesh().source;
        return config.isEmpty()
                   ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                   "Outbound traffic policy %1 (Istio's "
                                                   "default; no mesh config given)."))
                         .arg(mode)
                   : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                   "Outbound traffic policy %1, from the mesh "
                                                   "config %2."))
                         .arg(mode, config);
    }
    // Only a Sidecar sets an egress proxy; one with a proxy has mode ALLOW_ANY.
    const QString sidecar = m_scope.sidecar->facts.fullName();
    const bool noMode = m_scope.sidecar->facts.outboundMode.isEmpty();
    if (!policy.egressProxyCluster.isEmpty())
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "Outbound traffic policy %1, from Sidecar %2; unknown "
                                             "destinations go to the egress proxy %3."))
            .arg(mode, sidecar, policy.egressProxyCluster);
    if (!policy.egressProxyIgnored.isEmpty())
        return MessageText(noMode ? ignoredProxySidecarNoMode : ignoredProxySidecar)
            .arg(mode, sidecar, policy.egressProxyIgnored);
    return noMode ? MessageText(
                        QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "Outbound traffic policy %1, from Sidecar %2 (a Sidecar "
                                          "policy without a mode means REGISTRY_ONLY)."))
                        .arg(mode, sidecar)
                  : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "Outbound traffic policy %1, from Sidecar %2."))
                        .arg(mode, sidecar);
}

void RequestWalker::describeScope(Context &context) const
{
    const QString &ns = m_scope.namespaceName;
    const SidecarRecord *sidecar = m_scope.sidecar;
    switch (m_scope.source) {
    case SidecarScope::Source::Own:
        context.step("SIDECAR-OWN",
                     MessageText(QT_TRANSLATE_NOOP(
                                     "MeshEntry::Message",
                                     "Sidecar %1 applies to sidecars in %2: it is the namespace's "
                                     "oldest Sidecar without a workloadSelector."))
                         .arg(sidecar->facts.fullName(), ns),
                     sidecar->document, path(QStringLiteral("metadata.name")));
        break;
    case SidecarScope::Source::Root:
        context.step("SIDECAR-ROOT",
                     MessageText(QT_TRANSLATE_NOOP(
                                     "MeshEntry::Message",
                                     "%1 has no Sidecar of its own, so Sidecar %2 of the root "
                                     "namespace applies, read as if it were in %1 (./ means %1)."))
                         .arg(ns, sidecar->facts.fullName()),
                     sidecar->document, path(QStringLiteral("metadata.name")));
        break;
    case SidecarScope::Source::Default:
        context.step("SIDECAR-DEFAULT",
                     MessageText(QT_TRANSLATE_NOOP(
                                     "MeshEntry::Message",
                                     "No Sidecar applies to %1: its sidecars import every service "
                                     "exported to %1 (*/*)."))
                         .arg(ns));
        break;
    }
    if (sidecar) {
        for (int e = 0; e < sidecar->facts.egress.size(); ++e) {
            const RoutingFacts::EgressListener &egress = sidecar->facts.egress[e];
            if (!egress.bind.isEmpty() || !egress.captureMode.isEmpty())
                context.unknown(
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "Sidecar %1 egress[%2] sets bind or "
                                                  "captureMode, which MeshEntry does not model "
                                                  "(ISTIO-ROUTING.md §9): its listeners are "
                                                  "shown as if captured by iptables"))
                        .arg(sidecar->facts.fullName())
                        .arg(e));
            if (egress.hasPort && egress.port == context.request.port &&
                IstioProtocol::parse(egress.portProtocol) ==
                    IstioProtocol(IstioProtocol::HttpProxy))
                context.unknown(
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "Sidecar %1 egress[%2] makes port %3 an "
                                                  "HTTP_PROXY port, which MeshEntry does not "
                                                  "model"))
                        .arg(sidecar->facts.fullName())
                        .arg(e)
                        .arg(egress.port));
        }
    }
    for (const SidecarRecord *selecting : m_scope.selectorSidecars) {
        QStringList labels;
        for (auto it = selecting->facts.selector.cbegin(); it != selecting->facts.selector.cend();
             ++it)
            labels.append(it.key() + u'=' + it.value());
        context.unknown(
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "Sidecar %1 applies instead to workloads with the "
                                          "labels %2; this answer is for the others"))
                .arg(selecting->facts.fullName(), labels.join(u',')));
    }
    const OutboundPolicy &policy = m_scope.policy;
    context.step(
        "OUTBOUND-POLICY", outboundPolicyText(), policy.fromSidecar ? sidecar->document : -1,
        policy.fromSidecar ? path(QStringLiteral("spec.outboundTrafficPolicy")) : YamlPath());
}

void RequestWalker::resolveDefaults(Context &context) const
{
    RoutingRequest &request = context.request;
    context.hostHeader = request.host;
    if (!request.host.startsWith(u'[') && request.host.count(u':') == 1)
        context.hostHeader = request.host.section(u':', 0, 0);
    const QString host = context.hostHeader;
    const QList<const RoutingService *> &withHost = m_registry.servicesWithHost(host);

    // What N uses for the host: an imported service of the listener handling the port first.
    const RoutingService *target = nullptr;
    if (const ScopeEgressListener *listener = egressFor(request.port)) {
        for (const ImportedService &imported : listener->services) {
            if (imported.service->host == host) {
                target = imported.service;
                break;
            }
        }
    }
    if (!target && !withHost.isEmpty())
        target =
            *std::min_element(withHost.cbegin(), withHost.cend(), &RoutingRegistry::creationLess);

    if (request.protocol == RoutingRequest::Protocol::Default) {
        const RoutingPort *declared = nullptr;
        const QList<const RoutingService *> order =
            target ? QList<const RoutingService *>{target} + withHost : withHost;
        for (const RoutingService *service : order) {
            for (const RoutingPort &port : service->entry->ports) {
                if (port.number == request.port) {
                    declared = &port;
                    break;
                }
            }
            if (declared)
                break;
        }
        if (declared) {
            MessageText why;
            request.protocol = clientProtocol(*declared, &why);
            if (!why.isEmpty())
                context.warn(why);
        } else {
            request.protocol = request.port == 443 ? RoutingRequest::Protocol::Https
                               : request.port == 80 || request.port == 8080
                                   ? RoutingRequest::Protocol::Http
                                   : RoutingRequest::Protocol::Tcp;
            const QString port = QString::number(request.port);
            context.warn(
                host.isEmpty()
                    ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                    "no ServiceEntry declares port %1: the request "
                                                    "is sent as %2"))
                          .arg(port, protocolOf(request.protocol))
                    : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                    "no ServiceEntry declares port %1 for %2: the "
                                                    "request is sent as %3"))
                          .arg(port, host, protocolOf(request.protocol)));
        }
    }
    if (isTlsRequest(request.protocol) && request.sni.isEmpty())
        request.sni = host;
    context.answer.chosenProtocol = protocolOf(request.protocol);

    if (!request.address.isEmpty()) {
        context.step("ADDRESS", MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                              "The request goes to %1:%2 over %3."))
                                    .arg(request.address)
                                    .arg(request.port)
                                    .arg(protocolOf(request.protocol)));
    } else {
        const bool dnsCapture = m_registry.mesh().dnsCapture();
        QString address = target ? proxyAddress(m_registry, *target) : QString();
        if (target && address != wildcardBind) {
            const RoutingFacts &facts = target->entry->facts;
            if (target->addressIndex >= 0) {
                if (target->prefix.isCidr())
                    address = target->prefix.firstHost().toString();
                context.step(
                    "ADDRESS",
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "%1 has the address %2 in ServiceEntry %3; the "
                                                  "request goes to %4:%5 over %6."))
                        .arg(host, target->address, facts.fullName(), address)
                        .arg(request.port)
                        .arg(protocolOf(request.protocol)),
                    target->entry->document,
                    path(QStringLiteral("spec.addresses[%1]").arg(target->addressIndex)));
                if (target->prefix.isCidr())
                    context.unknown(
                        MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                      "%1 is somewhere in %2; assumed %3"))
                            .arg(host, target->address, address));
                if (!dnsCapture)
                    context.unknown(
                        MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                      "without DNS capture the application "
                                                      "looks %1 up in the cluster's DNS; "
                                                      "assumed it gets the address the "
                                                      "ServiceEntry declares"))
                            .arg(host));
            } else if (target->autoState == RoutingService::AutoAddress::Unknown) {
                context.step("ADDRESS",
                             MessageText(QT_TRANSLATE_NOOP(
                                             "MeshEntry::Message",
                                             "DNS capture answers %1 with the address istiod "
                                             "auto-allocated to it; the request goes there, port "
                                             "%2, over %3."))
                                 .arg(host)
                                 .arg(request.port)
                                 .arg(protocolOf(request.protocol)),
                             target->entry->document, hostPath(target->hostIndex));
                context.unknown(
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "the address auto-allocated to %1 "
                                                  "(240.240.0.0/16) is not in status.addresses "
                                                  "of ServiceEntry %2; it is shown as %3"))
                        .arg(host, facts.fullName(), address));
            } else {
                context.step("ADDRESS",
                             MessageText(autoAllocated)
                                 .arg(host, address,
                                      target->autoState == RoutingService::AutoAddress::Status
                                          ? QStringLiteral("status.addresses")
                                          : QString::fromUtf8(legacyAllocator))
                                 .arg(request.port)
                                 .arg(protocolOf(request.protocol)),
                             target->entry->document, hostPath(target->hostIndex));
            }
        } else {
            for (const char *candidate : undeclaredCandidates) {
                if (!m_registry.isDeclaredAddress(QHostAddress(QString::fromLatin1(candidate)))) {
                    address = QString::fromLatin1(candidate);
                    break;
                }
            }
            const QString port = QString::number(request.port);
            const QString protocol = protocolOf(request.protocol);
            if (host.isEmpty()) {
                context.step("ADDRESS",
                             MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                           "No address and no host were given; "
                                                           "the request goes to %1:%2 over %3."))
                                 .arg(address, port, protocol));
                context.unknown(
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "the destination address is not known: "
                                                  "assumed %1, an address no ServiceEntry "
                                                  "declares"))
                        .arg(address));
            } else {
                context.step("ADDRESS",
                             MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                           "No ServiceEntry gives %1 an address; "
                                                           "the request goes to %2:%3 over %4."))
                                 .arg(host, address, port, protocol));
                context.unknown(
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "the application dials whatever DNS answers "
                                                  "for %1: assumed %2, an address no "
                                                  "ServiceEntry declares"))
                        .arg(host, address));
            }
        }
        request.address = address;
    }
    const IpPrefix ip = IpPrefix::parse(request.address);
    if (ip.isValid() && !ip.isCidr())
        context.ip = ip.address();
    if (request.protocol == RoutingRequest::Protocol::Http && context.hostHeader.isEmpty())
        context.hostHeader = request.address;
    if (IstioHost::isKubernetesServiceHost(host))
        context.unknown(
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "Kubernetes Services are not in the files: a "
                                          "Service %1 would take the host from a ServiceEntry "
                                          "in its namespace and add its own listeners"))
                .arg(host));
}

void RequestWalker::explainHost(Context &context) const
{
    const QString &host = context.hostHeader;
    const QString &ns = m_scope.namespaceName;
    const ScopeEgressListener *listener = egressFor(context.request.port);
    QSet<const ServiceEntryRecord *> seen;
    QList<const RoutingService *> services = m_registry.servicesWithHost(host);
    std::sort(services.begin(), services.end(), &RoutingRegistry::creationLess);
    for (const RoutingService *service : std::as_const(services)) {
        const ServiceEntryRecord &entry = *service->entry;
        if (seen.contains(&entry))
            continue;
        seen.insert(&entry);
        const QString name = entryName(entry);
        const YamlPath exportPath = entry.facts.hasExportTo ? path(QStringLiteral("spec.exportTo"))
                                                            : path(QStringLiteral("metadata.name"));
        const QString declared = listText(m_registry.mesh().declaredExportTo(entry.facts.exportTo));
        if (!entry.exportToKnown)
            context.unknown(
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "the labels of namespace %1 are not known: "
                                              "serviceEntryVisibility may narrow the exportTo "
                                              "of %2"))
                    .arg(entry.namespaceName(), name));
        if (!entry.isVisibleTo(ns)) {
            const bool narrowed =
                entry.exportTo != m_registry.mesh().declaredExportTo(entry.facts.exportTo);
            context.step(
                "EXPORTTO",
                narrowed ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                         "ServiceEntry %1 does not export %2 to %3 "
                                                         "(exportTo %4, narrowed to %5 by "
                                                         "serviceEntryVisibility)."))
                               .arg(name, host, ns, declared, listText(entry.exportTo))
                         : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                         "ServiceEntry %1 does not export %2 to %3 "
                                                         "(exportTo %4)."))
                               .arg(name, host, ns, declared),
                entry.document, exportPath);
            continue;
        }
        context.step(
            "EXPORTTO",
            entry.facts.hasExportTo
                ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                "ServiceEntry %1 exports %2 to %3 (exportTo %4)."))
                      .arg(name, host, ns, declared)
                : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                "ServiceEntry %1 exports %2 to %3 (exportTo %4, "
                                                "the mesh default)."))
                      .arg(name, host, ns, declared),
            entry.document, exportPath);
        if (!listener)
            continue;
        const int egressIndex = int(listener - m_scope.egress.constData());
        const ScopeDecision decision = m_scope.explain(service, egressIndex);
        const int sidecarDocument = m_scope.sidecar ? m_scope.sidecar->document : -1;
        const auto egressHostPath = [&](int rule) {
            return path(QStringLiteral("spec.egress[%1].hosts[%2]").arg(listener->index).arg(rule));
        };
        const QString ruleText = decision.egressHost >= 0 && listener->index >= 0
                                     ? listener->hosts[decision.egressHost].text
                                     : QString();
        switch (decision.kind) {
        case ScopeDecision::Kind::Imported:
        case ScopeDecision::Kind::Shadowed:
            if (listener->index >= 0)
                context.step(
                    "IMPORT",
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "Sidecar %1 imports it with egress host %2."))
                        .arg(m_scope.sidecar->facts.fullName(), quoted(ruleText)),
                    sidecarDocument, egressHostPath(decision.egressHost));
            break;
        case ScopeDecision::Kind::Excluded:
            context.step(
                "IMPORT",
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "Sidecar %1 excludes it with egress host %2."))
                    .arg(m_scope.sidecar->facts.fullName(), quoted(ruleText)),
                sidecarDocument, egressHostPath(decision.egressHost));
            continue;
        case ScopeDecision::Kind::NotImported:
            context.step(
                "IMPORT",
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "Sidecar %1 does not import it: no egress host of "
                                              "egress[%2] covers %3/%4."))
                    .arg(m_scope.sidecar->facts.fullName())
                    .arg(listener->index)
                    .arg(entry.namespaceName(), host),
                sidecarDocument, path(QStringLiteral("spec.egress[%1]").arg(listener->index)));
            continue;
        case ScopeDecision::Kind::PortNotImported:
            context.step("IMPORT",
                         MessageText(QT_TRANSLATE_NOOP(
                                         "MeshEntry::Message",
                                         "Sidecar %1 egress[%2] listens on port %3, which %4 does "
                                         "not have."))
                             .arg(m_scope.sidecar->facts.fullName())
                             .arg(listener->index)
                             .arg(listener->port)
                             .arg(name),
                         sidecarDocument,
                         path(QStringLiteral("spec.egress[%1].port").arg(listener->index)));
            continue;
        }
        if (decision.kind == ScopeDecision::Kind::Shadowed) {
            const ServiceEntryRecord &winner = *decision.winner->entry;
            const QString why = winner.namespaceName() == ns ? QString::fromUtf8(ownNamespaceWins)
                                : winner.isPublic == entry.isPublic || winner.isPublic
                                    ? QString::fromUtf8(firstInCreationOrder)
                                    : MessageText(exportedExplicitly).arg(ns).text();
            context.step("HOST-NAMESPACE",
                         MessageText(shadowedByNamespace)
                             .arg(host, entryName(winner), winner.namespaceName(), ns, why),
                         entry.document, hostPath(service->hostIndex));
            continue;
        }
        const auto merged = m_scope.services.constFind(host);
        if (merged == m_scope.services.cend() || merged->kept->entry == &entry)
            continue;
        const qsizetype ignored =
            std::find_if(merged->ignored.cbegin(), merged->ignored.cend(),
                         [&](const RoutingService *s) { return s->entry == &entry; }) -
            merged->ignored.cbegin();
        if (ignored < merged->ignored.size())
            context.step("HOST-MERGE",
                         MessageText(notMergedInto)
                             .arg(entryName(*merged->kept->entry), host, name,
                                  merged->ignoredReasons[ignored]),
                         entry.document, hostPath(service->hostIndex));
        else
            context.step("HOST-MERGE",
                         MessageText(QT_TRANSLATE_NOOP(
                                         "MeshEntry::Message",
                                         "ServiceEntry %1 in the same namespace defines %2 first; "
                                         "the ports of %3 are merged into it."))
                             .arg(entryName(*merged->kept->entry), host, name),
                         entry.document, hostPath(service->hostIndex));
    }
}

RouteAnswer RequestWalker::walk(const RoutingRequest &request) const
{
    Context context;
    context.request = request;
    describeScope(context);
    resolveDefaults(context);
    explainHost(context);
    const quint32 port = context.request.port;
    if (port == m_registry.mesh().proxyListenPort || port == 15006) {
        const bool outbound = port == m_registry.mesh().proxyListenPort;
        context.answer.listener =
            outbound ? QStringLiteral("virtualOutbound") : QStringLiteral("virtualInbound");
        context.step(
            "LOOP",
            (outbound ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                      "Port %1 is the sidecar's own outbound port: "
                                                      "the connection goes to BlackHoleCluster so "
                                                      "it cannot loop."))
                      : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                      "Port %1 is the sidecar's own inbound port: "
                                                      "the connection goes to BlackHoleCluster so "
                                                      "it cannot loop.")))
                .arg(port));
        context.answer.cluster = blackHoleCluster;
        context.answer.outcome = QStringLiteral("blackhole");
    } else {
        walkListener(context);
    }
    context.answer.request = context.request;
    return context.answer;
}

void RequestWalker::walkListener(Context &context) const
{
    const quint32 port = context.request.port;
    const QString &address = context.request.address;
    QString key = address;
    if (!context.ip.isNull())
        key = context.ip.protocol() == QHostAddress::IPv6Protocol ? context.ip.toString() : address;
    if (const ScopeEgressListener *listener = egressFor(port); listener && listener->hasPort)
        context.step("EGRESS-PORT",
                     MessageText(QT_TRANSLATE_NOOP(
                                     "MeshEntry::Message",
                                     "Port %1 is egress[%2] of Sidecar %3 (%4): only the services "
                                     "it imports listen on it."))
                         .arg(port)
                         .arg(listener->index)
                         .arg(m_scope.sidecar->facts.fullName(), listener->protocol.name()),
                     m_scope.sidecar->document,
                     path(QStringLiteral("spec.egress[%1].port").arg(listener->index)));
    const OutboundListener *listener = key == wildcardBind ? nullptr : m_plan.listener(key);
    const auto describeCreator = [&](const OutboundListener &l) {
        const ChainOrigin &origin = l.creator;
        const QString service = QStringLiteral("%1 (ServiceEntry %2, %3)")
                                    .arg(origin.service->host, entryName(*origin.service->entry),
                                         origin.port.protocol.name());
        if (!origin.endpoint.isEmpty())
            return MessageText(boundToEndpoint).arg(origin.endpoint, service).text();
        if (l.bind == wildcardBind)
            return MessageText(createdBy).arg(service).text();
        return MessageText(boundToAddress).arg(service).text();
    };
    if (listener) {
        const ChainOrigin &origin = listener->creator;
        context.step(
            "LISTENER-ADDRESS",
            MessageText(listenerOfAddress).arg(listener->name(), describeCreator(*listener)),
            origin.service->entry->document,
            origin.service->addressIndex >= 0
                ? path(QStringLiteral("spec.addresses[%1]").arg(origin.service->addressIndex))
                : hostPath(origin.service->hostIndex));
    } else if ((listener = m_plan.listener(wildcardBind))) {
        QStringList others;
        for (const OutboundListener &l : m_plan.listeners) {
            if (l.bind != wildcardBind)
                others.append(l.name());
        }
        const ChainOrigin &origin = listener->creator;
        context.step("LISTENER-WILDCARD",
                     others.isEmpty() ? MessageText(wildcardListener)
                                            .arg(address, QString::number(port), listener->name(),
                                                 describeCreator(*listener))
                                      : MessageText(wildcardListenerAmong)
                                            .arg(address, QString::number(port), others.join(u", "),
                                                 listener->name(), describeCreator(*listener)),
                     origin.service->entry->document, portPath(origin.port.index));
    } else {
        walkVirtualOutbound(context);
        return;
    }
    context.answer.listener = listener->name();
    walkChain(context, *listener);
}

void RequestWalker::walkVirtualOutbound(Context &context) const
{
    QStringList others;
    for (const OutboundListener &l : m_plan.listeners)
        others.append(l.name());
    context.answer.listener = QStringLiteral("virtualOutbound");
    const QString port = QString::number(context.request.port);
    const QString listenPort = QString::number(m_registry.mesh().proxyListenPort);
    context.step(
        "LISTENER-VIRTUAL-OUTBOUND",
        others.isEmpty()
            ? MessageText(
                  QT_TRANSLATE_NOOP("MeshEntry::Message",
                                    "No listener has %1:%2 (no listener on port %2 at all): "
                                    "the connection goes to virtualOutbound (0.0.0.0_%3)."))
                  .arg(context.request.address, port, listenPort)
            : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                            "No listener has %1:%2 (only %3): the connection goes "
                                            "to virtualOutbound (0.0.0.0_%4)."))
                  .arg(context.request.address, port, others.join(u", "), listenPort));
    const bool http = context.request.protocol == RoutingRequest::Protocol::Http;
    if (m_scope.policy.mode == MeshConfig::OutboundMode::AllowAnyDynamicDns && http) {
        context.answer.virtualHost = QStringLiteral("allow_any_dynamic_dns");
        context.step(
            "CATCH-ALL",
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "ALLOW_ANY_DYNAMIC_DNS: plaintext HTTP goes to "
                                          "the dynamic forward proxy, which resolves Host %1."))
                .arg(context.hostHeader));
        context.answer.cluster = dynamicDnsCluster;
        context.answer.outcome = QStringLiteral("dynamic-dns");
        return;
    }
    fallback(context, false);
}

void RequestWalker::walkChain(Context &context, const OutboundListener &listener) const
{
    const RoutingRequest &request = context.request;
    const FilterChain *matchAll = listener.matchAll();
    QList<const FilterChain *> chains;
    for (const FilterChain &chain : listener.chains) {
        if (&chain != matchAll)
            chains.append(&chain);
    }
    const bool tlsInspector = std::any_of(chains.cbegin(), chains.cend(), [](const FilterChain *c) {
        return !c->serverNames.isEmpty();
    });
    const bool httpInspector = std::any_of(chains.cbegin(), chains.cend(),
                                           [](const FilterChain *c) { return c->plaintextHttp; });
    const bool tls = isTlsRequest(request.protocol);
    QString alpn;
    if (tls && tlsInspector && request.protocol == RoutingRequest::Protocol::Https)
        alpn = QStringLiteral("http/1.1");
    if (!tls && httpInspector && request.protocol == RoutingRequest::Protocol::Http)
        alpn = QStringLiteral("http/1.1");

    QStringList described;
    for (const FilterChain *chain : std::as_const(chains))
        described.append(
            chain->action == FilterChain::Action::TcpProxy
                ? MessageText(chainToCluster).arg(chain->matchText(), chain->cluster).text()
                : MessageText(chainToRoute).arg(chain->matchText(), chain->route).text());
    QList<const FilterChain *> left = sieve(
        chains, [](const FilterChain *c) { return !c->prefixes.isEmpty(); },
        [&](const FilterChain *c) {
            int best = 0;
            for (const IpPrefix &prefix : c->prefixes) {
                if (prefix.contains(context.ip))
                    best = std::max(best, prefix.bits() + 1);
            }
            return best;
        });
    const QString sni = tls ? request.sni : QString();
    left = sieve(left, hasServerNames,
                 [&](const FilterChain *c) { return sniRank(sni, c->serverNames); });
    left = sieve(
        left, [](const FilterChain *c) { return c->plaintextHttp; },
        [&](const FilterChain *) { return !tlsInspector || !tls ? 1 : 0; });
    left = sieve(
        left, [](const FilterChain *c) { return c->plaintextHttp; },
        [&](const FilterChain *) {
            return alpn == u"http/1.1" || alpn == u"http/1.0" || alpn == u"h2c" ? 1 : 0;
        });

    const QString sent =
        !tls ? QString::fromUtf8(request.protocol == RoutingRequest::Protocol::Http ? plaintextHttp
                                                                                    : rawTcp)
        : sni.isEmpty()
            ? (alpn.isEmpty() ? MessageText(tlsNoSni) : MessageText(tlsNoSniAlpn).arg(alpn)).text()
            : (alpn.isEmpty() ? MessageText(tlsSni).arg(sni)
                              : MessageText(tlsSniAlpn).arg(sni, alpn))
                  .text();
    const FilterChain *chosen = nullptr;
    if (left.size() > 1) {
        context.step("FILTER-CHAIN", MessageText(chainsEqual)
                                         .arg(sent, request.address)
                                         .arg(left.size())
                                         .arg(listener.name()));
        context.answer.outcome = QStringLiteral("no-filter-chain");
        return;
    }
    if (left.size() == 1) {
        chosen = left.first();
        const ChainOrigin &origin = chosen->origin;
        context.step(
            "FILTER-CHAIN",
            chains.size() > 1 ? MessageText(chainSelectedAmong)
                                    .arg(sent, request.address, chosen->matchText(),
                                         origin.service->host, entryName(*origin.service->entry),
                                         joinedList(ListKind::Semicolons, described))
                              : MessageText(chainSelected)
                                    .arg(sent, request.address, chosen->matchText(),
                                         origin.service->host, entryName(*origin.service->entry)),
            origin.service->entry->document,
            !chosen->prefixes.isEmpty()
                ? path(QStringLiteral("spec.addresses[%1]").arg(origin.service->addressIndex))
            : !chosen->serverNames.isEmpty() ? hostPath(origin.service->hostIndex)
                                             : portPath(origin.port.index));
    } else if (matchAll) {
        chosen = matchAll;
        const ChainOrigin &origin = chosen->origin;
        const bool noAddresses = origin.service->addressIndex < 0;
        const QString host = origin.service->host;
        const QString entry = entryName(*origin.service->entry);
        const QString protocol = origin.port.protocol.name();
        context.step("DEFAULT-CHAIN",
                     chains.isEmpty()
                         ? MessageText(noAddresses ? matchAllAloneNoAddresses : matchAllAlone)
                               .arg(sent, request.address, host, entry, protocol)
                         : MessageText(noAddresses ? matchAllNoneOfNoAddresses : matchAllNoneOf)
                               .arg(sent, request.address,
                                    joinedList(ListKind::Semicolons, described), host, entry,
                                    protocol),
                     origin.service->entry->document, portPath(origin.port.index));
    } else {
        context.step("DEFAULT-CHAIN", MessageText(passthroughChain)
                                          .arg(sent, request.address, listener.name(),
                                               joinedList(ListKind::Semicolons, described)));
        fallback(context, false);
        return;
    }
    if (chosen->action == FilterChain::Action::TcpProxy) {
        reachCluster(context, chosen->cluster, chosen->origin);
        return;
    }
    if (tls || request.protocol == RoutingRequest::Protocol::Tcp) {
        context.step(
            "PROTOCOL-ERROR",
            tls ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                "The chain is an HTTP connection manager, but the "
                                                "client sends TLS: the connection fails."))
                : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                "The chain is an HTTP connection manager, but the "
                                                "client sends raw TCP: the connection fails.")));
        context.answer.outcome = QStringLiteral("protocol-error");
        return;
    }
    walkRoute(context, *chosen);
}

void RequestWalker::walkRoute(Context &context, const FilterChain &chain) const
{
    const bool shared = chain.route == QString::number(m_plan.port);
    const RouteTable route = shared ? m_plan.route : m_plan.sniffedRoute(chain.route);
    const QString host = context.hostHeader.toLower();
    context.step(
        "ROUTE",
        !shared ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                "Route %1 belongs to the sniffed listener of one "
                                                "service: its virtual host takes any Host."))
                      .arg(route.name)
        : route.hosts.size() == 1
            ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                            "Route %1 is shared by the HTTP services on port %1 (1 "
                                            "virtual host and the catch-all)."))
                  .arg(route.name)
            : MessageText(
                  QT_TRANSLATE_NOOP("MeshEntry::Message",
                                    "Route %1 is shared by the HTTP services on port %1 (%2 "
                                    "virtual hosts and the catch-all)."))
                  .arg(route.name, QString::number(route.hosts.size())));
    const VirtualHost *matched = nullptr;
    // The sentence that says how, and the domain or wildcard it names.
    const char *how = nullptr;
    QString by;
    for (const VirtualHost &vhost : route.hosts) {
        if (vhost.domains.contains(host) ||
            std::any_of(vhost.domains.cbegin(), vhost.domains.cend(),
                        [&](const QString &d) { return d.toLower() == host; })) {
            matched = &vhost;
            how = QT_TRANSLATE_NOOP("MeshEntry::Message",
                                    "Host %1 selects the virtual host %2 by the exact domain %3.");
            by = host;
            break;
        }
    }
    for (const bool suffix : {true, false}) {
        if (matched)
            break;
        qsizetype longest = 0;
        for (const VirtualHost &vhost : route.hosts) {
            for (const QString &domain : vhost.domains) {
                const QString d = domain.toLower();
                const bool fits = suffix ? d.startsWith(u'*') && host.size() >= d.size() &&
                                               host.endsWith(QStringView(d).mid(1))
                                         : d.endsWith(u'*') && host.size() >= d.size() &&
                                               host.startsWith(QStringView(d).chopped(1));
                if (fits && d.size() > longest && d != u"*") {
                    matched = &vhost;
                    longest = d.size();
                    how = suffix ? QT_TRANSLATE_NOOP(
                                       "MeshEntry::Message",
                                       "Host %1 selects the virtual host %2 by the longest "
                                       "suffix wildcard %3.")
                                 : QT_TRANSLATE_NOOP(
                                       "MeshEntry::Message",
                                       "Host %1 selects the virtual host %2 by the longest "
                                       "prefix wildcard %3.");
                    by = domain;
                }
            }
        }
    }
    if (!matched) {
        for (const VirtualHost &vhost : route.hosts) {
            if (vhost.domains.contains(QStringLiteral("*"))) {
                matched = &vhost;
                how = QT_TRANSLATE_NOOP("MeshEntry::Message",
                                        "Host %1 selects the virtual host %2 by the domain *.");
                break;
            }
        }
    }
    if (matched) {
        context.answer.virtualHost = matched->name;
        const ChainOrigin &origin = matched->origin;
        context.step("VIRTUAL-HOST",
                     by.isNull() ? MessageText(how).arg(context.hostHeader, matched->name)
                                 : MessageText(how).arg(context.hostHeader, matched->name, by),
                     origin.service->entry->document, hostPath(origin.service->hostIndex));
        reachCluster(context, matched->cluster, origin);
        return;
    }
    if (!route.catchAll) {
        context.step("VIRTUAL-HOST",
                     MessageText(QT_TRANSLATE_NOOP(
                                     "MeshEntry::Message",
                                     "Route %1 has no virtual host (its host's domains went to "
                                     "another service): Envoy answers 404."))
                         .arg(route.name));
        context.answer.outcome = QStringLiteral("no-route");
        return;
    }
    fallback(context, true);
}

void RequestWalker::fallback(Context &context, bool http) const
{
    const OutboundPolicy &policy = m_scope.policy;
    RouteAnswer &answer = context.answer;
    if (http) {
        switch (policy.mode) {
        case MeshConfig::OutboundMode::AllowAnyDynamicDns:
            answer.virtualHost = QStringLiteral("allow_any_dynamic_dns");
            answer.cluster = dynamicDnsCluster;
            break;
        case MeshConfig::OutboundMode::AllowAny:
            answer.virtualHost = QStringLiteral("allow_any");
            answer.cluster = policy.egressProxyCluster.isEmpty() ? passthroughCluster
                                                                 : policy.egressProxyCluster;
            break;
        case MeshConfig::OutboundMode::RegistryOnly:
            answer.virtualHost = QStringLiteral("block_all");
            break;
        }
        const QString mode = MeshConfig::outboundModeName(policy.mode);
        context.step(
            "CATCH-ALL",
            answer.cluster.isEmpty()
                ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                "No virtual host has the domain %1: the catch-all "
                                                "%2 (%3) answers 502."))
                      .arg(context.hostHeader, answer.virtualHost, mode)
                : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                "No virtual host has the domain %1: the catch-all "
                                                "%2 (%3) sends it to %4."))
                      .arg(context.hostHeader, answer.virtualHost, mode, answer.cluster));
        answer.outcome = answer.cluster.isEmpty() ? QStringLiteral("direct-response")
                                                  : outcomeOf(answer.cluster, policy);
        return;
    }
    if (policy.mode == MeshConfig::OutboundMode::RegistryOnly)
        answer.cluster = blackHoleCluster;
    else
        answer.cluster =
            policy.egressProxyCluster.isEmpty() ? passthroughCluster : policy.egressProxyCluster;
    context.step(
        "FALLBACK",
        answer.cluster == blackHoleCluster
            ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                            "%1: REGISTRY_ONLY closes the connection."))
                  .arg(answer.cluster)
        : answer.cluster == passthroughCluster
            ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                            "%1: %2 lets it leave the mesh to %3:%4 as it is."))
                  .arg(answer.cluster, MeshConfig::outboundModeName(policy.mode),
                       context.request.address, QString::number(context.request.port))
            : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                            "%1: ALLOW_ANY sends it to the egress proxy."))
                  .arg(answer.cluster));
    answer.outcome = outcomeOf(answer.cluster, policy);
}

void RequestWalker::reachCluster(Context &context, const QString &cluster,
                                 const ChainOrigin &origin) const
{
    RouteAnswer &answer = context.answer;
    const RoutingService &service = *origin.service;
    const ServiceEntryRecord &entry = *service.entry;
    answer.cluster = cluster;
    const quint32 clusterPort = cluster.section(u'|', 1, 1).toUInt();
    answer.hasServiceEntry = true;
    answer.serviceEntry = {entry.document, entry.namespaceName(), entry.facts.name, service.host,
                           clusterPort,    service.hostIndex,     origin.port.index};
    if (!m_scope.hasCluster(service.host, clusterPort)) {
        const auto merged = m_scope.services.constFind(service.host);
        QString why =
            MessageText(noServiceWithPort).arg(service.host, QString::number(clusterPort)).text();
        if (merged != m_scope.services.cend() && merged->kept->entry != &entry) {
            const qsizetype at = merged->ignored.indexOf(origin.service);
            const QString kept = entryName(*merged->kept->entry);
            why =
                at >= 0
                    ? MessageText(portsNotMergedWhy)
                          .arg(kept, service.host, entryName(entry), merged->ignoredReasons[at])
                          .text()
                    : MessageText(portsNotMerged).arg(kept, service.host, entryName(entry)).text();
        }
        context.step("CLUSTER-MISSING", MessageText(clusterMissing).arg(cluster, why),
                     entry.document, portPath(origin.port.index));
        context.warn(
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "the request reaches cluster %1, which istiod does not "
                                          "build"))
                .arg(cluster));
        answer.outcome = QStringLiteral("missing-cluster");
        return;
    }
    answer.outcome = QStringLiteral("service");
    const auto merged = m_scope.services.constFind(service.host);
    const RoutingService &kept = *merged->kept;
    const RoutingFacts &facts = kept.entry->facts;
    const RoutingPort *port = nullptr;
    for (const RoutingPort &candidate : merged->ports) {
        if (candidate.number == clusterPort)
            port = &candidate;
    }
    QString type;
    switch (facts.resolution) {
    case ServiceEntryView::None:
        type = port && port->targetPort
                   ? MessageText(originalDestinationTargetPort).arg(port->targetPort).text()
                   : QString::fromUtf8(originalDestination);
        break;
    case ServiceEntryView::Static:
        type = QStringLiteral("EDS");
        break;
    case ServiceEntryView::Dns:
        type = facts.connectStrategy == u"RACE_FIRST_TCP_CONNECT" ? QStringLiteral("LOGICAL_DNS")
                                                                  : QStringLiteral("STRICT_DNS");
        break;
    case ServiceEntryView::DnsRoundRobin:
        type = QStringLiteral("LOGICAL_DNS");
        break;
    case ServiceEntryView::DynamicDns:
        type = IstioHost::isWildcard(kept.host) && port &&
                       (port->protocol.isHttp() || port->protocol.isTls())
                   ? QString::fromUtf8(dynamicForwardProxy)
                   : QStringLiteral("EDS");
        break;
    default:
        type = QString::fromUtf8(unknownResolution);
        break;
    }
    QStringList endpoints;
    const bool dnsType = facts.resolution == ServiceEntryView::Dns ||
                         facts.resolution == ServiceEntryView::DnsRoundRobin;
    QStringList unused;
    if (facts.resolution != ServiceEntryView::None && port && !type.startsWith(u"dynamic")) {
        bool selector = false;
        const QList<RoutingRegistry::ClusterEndpoint> pooled = m_registry.endpoints(
            kept.host, kept.entry->namespaceName(), clusterPort, &selector, &unused);
        for (const RoutingRegistry::ClusterEndpoint &endpoint : pooled) {
            // A Unix socket endpoint has no port (conversion.go:convertEndpoint).
            if (endpoint.address.startsWith(u"unix://")) {
                if (dnsType)
                    endpoints.append(endpoint.address);
                continue;
            }
            const IpPrefix ip = IpPrefix::parse(endpoint.address);
            if (!dnsType && (!ip.isValid() || ip.isCidr()))
                continue; // STATIC skips host-name endpoints
            endpoints.append(QStringLiteral("%1:%2").arg(endpoint.address).arg(endpoint.port));
        }
        if (facts.resolution == ServiceEntryView::DnsRoundRobin && endpoints.size() > 1)
            endpoints = endpoints.mid(0, 1);
        if (selector && !m_registry.knowsPods())
            context.unknown(
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "Pods are not in the files: the workloadSelector "
                                              "of ServiceEntry %1 may select Pods too"))
                    .arg(entryName(*kept.entry)));
    }
    const QString unusedText =
        unused.isEmpty() ? QString()
                         : MessageText(unused.size() == 1 ? oneUnusedWorkload : unusedWorkloads)
                               .arg(QString::number(unused.size()), unused.first())
                               .text();
    const QString name = entryName(*kept.entry);
    const QString resolution = resolutionText(facts.resolution);
    const qsizetype shown = std::min<qsizetype>(endpoints.size(), 4);
    const QString listed = endpoints.mid(0, shown).join(QStringLiteral(", "));
    MessageText detail;
    if (endpoints.size() > shown)
        detail = MessageText(clusterMoreEndpoints)
                     .arg(cluster, name, resolution, type, listed,
                          QString::number(endpoints.size() - shown), unusedText);
    else if (endpoints.size() > 1)
        detail =
            MessageText(clusterEndpoints).arg(cluster, name, resolution, type, listed, unusedText);
    else if (endpoints.size() == 1)
        detail = MessageText(clusterOneEndpoint)
                     .arg(cluster, name, resolution, type, listed, unusedText);
    else if (facts.resolution == ServiceEntryView::Static)
        detail =
            MessageText(clusterStaticNoEndpoints).arg(cluster, name, resolution, type, unusedText);
    else
        detail = MessageText(clusterNoEndpoints).arg(cluster, name, resolution, type, unusedText);
    context.step("CLUSTER", detail, kept.entry->document,
                 port ? portPath(port->index) : hostPath(kept.hostIndex));
}

} // namespace MeshEntry
