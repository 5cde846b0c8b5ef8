#include "portplan.h"

#include "istiohost.h"
#include "messagetext.h"
#include "serviceentryview.h"

#include <QSet>

namespace MeshEntry {

namespace {

const QString wildcardBind = QStringLiteral("0.0.0.0");

const char *const matchSni = QT_TRANSLATE_NOOP("MeshEntry::Message", "SNI %1");
const char *const matchDestination = QT_TRANSLATE_NOOP("MeshEntry::Message", "destination %1");
const char *const matchPlaintext = QT_TRANSLATE_NOOP("MeshEntry::Message", "plaintext HTTP");
const char *const matchAll = QT_TRANSLATE_NOOP("MeshEntry::Message", "all traffic");

const char *const udpPort = QT_TRANSLATE_NOOP("MeshEntry::Message", "UDP ports get no listener");
const char *const httpProxyPort = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "HTTP_PROXY ports are not modelled (ISTIO-ROUTING.md §9)");
const char *const ownPort = QT_TRANSLATE_NOOP("MeshEntry::Message", "port %1 is the sidecar's own");
const char *const selectsNothing =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "resolution NONE with a workloadSelector that selects "
                                            "no WorkloadEntry: no listener");

/// Ports the sidecar's own listeners hold (context.go:conflictWithReservedListener).
bool isReservedPort(const RoutingRegistry &registry, quint32 port)
{
    return port == registry.mesh().proxyListenPort || port == 15006 || port == 15021 ||
           port == 15090;
}

/// The address a proxy uses is the entry's CIDR (not an IP, not an auto-allocated one).
bool isCidrAddress(const QString &address, const RoutingService &service)
{
    return address == service.address && service.prefix.isCidr();
}

enum class Conflict {
    None,
    HttpOverTcp,
    TcpOverHttp,
    TcpOverTcp,
    TcpOverAuto,
    AutoOverHttp,
    AutoOverTcp
};

/// isConflictWithWellKnownPort: Mongo and MySQL never share a listener with another protocol.
bool wellKnownPortAllows(IstioProtocol incoming, IstioProtocol existing, Conflict conflict)
{
    if (conflict == Conflict::None)
        return true;
    const auto serverFirst = [](IstioProtocol p) {
        return p == IstioProtocol(IstioProtocol::Mongo) || p == IstioProtocol(IstioProtocol::MySql);
    };
    return !((serverFirst(incoming) || serverFirst(existing)) && incoming != existing);
}

class Builder
{
public:
    Builder(const RoutingRegistry &registry, const SidecarScope &scope, PortPlan &plan)
        : m_registry(registry), m_scope(scope), m_plan(plan)
    {}

    void add(const ImportedService &imported, const RoutingPort &listenPort, QString bind,
             int egress, const QString &endpoint);
    void buildRoute();

private:
    FilterChain tcpChain(const ImportedService &imported, const RoutingPort &listenPort,
                         const QString &bind, const QList<IpPrefix> &cidrs,
                         const ChainOrigin &origin) const;
    void merge(OutboundListener *current, const QList<FilterChain> &incoming);

    const RoutingRegistry &m_registry;
    const SidecarScope &m_scope;
    PortPlan &m_plan;
};

FilterChain Builder::tcpChain(const ImportedService &imported, const RoutingPort &listenPort,
                              const QString &bind, const QList<IpPrefix> &cidrs,
                              const ChainOrigin &origin) const
{
    const RoutingService &service = *imported.service;
    FilterChain chain;
    chain.origin = origin;
    chain.prefixes = cidrs;
    // tls.go: the cluster uses the service's only port, else the listener's port.
    const quint32 port =
        imported.ports.size() == 1 ? imported.ports.first().number : listenPort.number;
    chain.cluster = clusterName(port, service.host);
    if (!listenPort.protocol.isTls())
        return chain;
    QString listenAddress = proxyAddress(m_registry, service);
    if (isCidrAddress(listenAddress, service))
        listenAddress.clear();
    const bool dynamicWildcard = IstioHost::isWildcard(service.host) &&
                                 service.entry->facts.resolution == ServiceEntryView::DynamicDns;
    // buildSidecarOutboundTLSFilterChainOpts: a dedicated VIP listener matches no SNI at all.
    if (!cidrs.isEmpty() || listenAddress.isEmpty() ||
        (listenAddress == wildcardBind && bind == wildcardBind) || dynamicWildcard)
        chain.serverNames = {service.host};
    return chain;
}

void Builder::merge(OutboundListener *current, const QList<FilterChain> &incoming)
{
    for (const FilterChain &chain : incoming) {
        const QString key = chain.matchKey();
        const auto conflict = current->chainsByMatch.constFind(key);
        if (conflict != current->chainsByMatch.cend()) {
            m_plan.dropped.append({DroppedChain::Reason::SameMatch, chain, current->name(),
                                   current->chains[*conflict].origin});
            continue;
        }
        current->chainsByMatch.insert(key, int(current->chains.size()));
        current->chains.append(chain);
    }
}

void Builder::add(const ImportedService &imported, const RoutingPort &listenPort, QString bind,
                  int egress, const QString &endpoint)
{
    const RoutingService &service = *imported.service;
    const ChainOrigin origin{&service, listenPort, egress, endpoint};
    const IstioProtocol::ListenerClass listenerClass = listenPort.protocol.listenerClass();
    if (listenerClass == IstioProtocol::ListenerClass::None) {
        m_plan.skipped.append({origin, QString::fromUtf8(udpPort)});
        return;
    }
    if (listenPort.protocol == IstioProtocol(IstioProtocol::HttpProxy)) {
        m_plan.skipped.append({origin, QString::fromUtf8(httpProxyPort)});
        return;
    }
    QList<IpPrefix> cidrs;
    if (listenerClass == IstioProtocol::ListenerClass::Http) {
        if (bind.isEmpty())
            bind = wildcardBind; // HTTP always binds the wildcard; the VIP is only a domain
    } else if (bind.isEmpty()) {
        const QString address = proxyAddress(m_registry, service);
        if (isCidrAddress(address, service)) {
            bind = wildcardBind;
            cidrs.append(service.prefix);
        } else {
            bind = address;
        }
    }

    auto current = m_plan.listeners.find(bind);
    OutboundListener *existing = current == m_plan.listeners.end() ? nullptr : &*current;
    if (existing && existing->locked) {
        FilterChain chain;
        chain.origin = origin;
        m_plan.dropped.append(
            {DroppedChain::Reason::Locked, chain, existing->name(), existing->creator});
        return;
    }
    if (listenerClass == IstioProtocol::ListenerClass::Http && existing &&
        !existing->protocol.isTcp())
        return; // the listener exists: the service is a virtual host of the route

    const auto httpChain = [&]() {
        FilterChain http;
        http.action = FilterChain::Action::HttpConnectionManager;
        http.origin = origin;
        http.route = listenerClass == IstioProtocol::ListenerClass::Auto && bind != wildcardBind
                         ? service.host + u':' + QString::number(listenPort.number)
                         : QString::number(listenPort.number);
        return http;
    };

    Conflict conflict = Conflict::None;
    IstioProtocol entryProtocol = listenPort.protocol;
    QList<FilterChain> chains;
    switch (listenerClass) {
    case IstioProtocol::ListenerClass::Http: {
        if (existing)
            conflict = Conflict::HttpOverTcp;
        FilterChain http = httpChain();
        http.plaintextHttp = bind == wildcardBind;
        if (http.plaintextHttp)
            entryProtocol = IstioProtocol::Unsupported; // HTTP chain plus a fallthrough: sniffed
        chains.append(http);
        break;
    }
    case IstioProtocol::ListenerClass::Tcp:
        chains.append(tcpChain(imported, listenPort, bind, cidrs, origin));
        if (existing)
            conflict = existing->protocol.isHttp()  ? Conflict::TcpOverHttp
                       : existing->protocol.isTcp() ? Conflict::TcpOverTcp
                                                    : Conflict::TcpOverAuto;
        break;
    case IstioProtocol::ListenerClass::Auto:
        chains.append(tcpChain(imported, listenPort, bind, cidrs, origin));
        if (existing && !existing->protocol.isHttp() && !existing->protocol.isTcp()) {
            conflict = Conflict::TcpOverAuto; // only the TCP chain joins a sniffed listener
            break;
        }
        if (existing)
            conflict = existing->protocol.isHttp() ? Conflict::AutoOverHttp : Conflict::AutoOverTcp;
        chains.append(httpChain());
        chains.last().plaintextHttp = true;
        break;
    case IstioProtocol::ListenerClass::None:
        return;
    }

    if (existing && !wellKnownPortAllows(listenPort.protocol, existing->protocol, conflict)) {
        for (const FilterChain &chain : std::as_const(chains))
            m_plan.dropped.append(
                {DroppedChain::Reason::WellKnownPort, chain, existing->name(), existing->creator});
        return;
    }
    switch (conflict) {
    case Conflict::None:
    case Conflict::AutoOverHttp: {
        OutboundListener listener;
        listener.bind = bind;
        listener.port = listenPort.number;
        listener.protocol = entryProtocol;
        listener.creator = origin;
        merge(&listener, chains);
        m_plan.listeners.insert(bind, listener);
        break;
    }
    case Conflict::HttpOverTcp:
    case Conflict::TcpOverHttp:
    case Conflict::AutoOverTcp:
        merge(existing, chains);
        existing->protocol = IstioProtocol::Unsupported;
        break;
    case Conflict::TcpOverTcp:
    case Conflict::TcpOverAuto:
        merge(existing, chains);
        break;
    }
}

/// GenerateAltVirtualHosts for a proxy domain `<ns>.svc.cluster.local`, ports ignored.
QStringList altHosts(const QString &host, const QString &proxyNamespace)
{
    QStringList out;
    if (!IpPrefix::parse(host).isValid())
        out.append(host + u'.'); // PILOT_ENABLE_ABSOLUTE_FQDN_VHOST_DOMAIN
    const QString suffix = QStringLiteral(".svc.cluster.local");
    if (!host.endsWith(suffix))
        return out;
    const qsizetype svc = host.indexOf(u".svc.");
    const qsizetype dot = host.indexOf(u'.');
    if (svc <= 0 || dot + 1 >= host.size() || dot + 1 > svc)
        return out;
    if (host.mid(dot + 1, svc - dot - 1) == proxyNamespace)
        out << host.left(dot) << host.left(svc) + QStringLiteral(".svc") << host.left(svc);
    else
        out << host.left(svc) << host.left(svc) + QStringLiteral(".svc");
    return out;
}

void Builder::buildRoute()
{
    RouteTable &route = m_plan.route;
    route.name = QString::number(m_plan.port);
    const ScopeEgressListener *listener = m_scope.egressForRoute(m_plan.port);
    if (!listener ||
        (listener->hasPort && listener->protocol == IstioProtocol(IstioProtocol::HttpProxy)))
        return;
    // servicesByName: keyed by lower-cased host, the last service of a host wins.
    QMap<QString, std::pair<const ImportedService *, RoutingPort>> byName;
    for (const ImportedService &imported : listener->services) {
        for (const RoutingPort &port : imported.ports) {
            if (port.number == m_plan.port) {
                byName.insert(imported.service->host.toLower(), {&imported, port});
                break;
            }
        }
    }
    QSet<QString> knownFqdn;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        knownFqdn << it.key() << it.key() + u':' + route.name;
    QSet<QString> claimed;
    // istiod walks a Go map here, so which host keeps a shared domain is not deterministic;
    // MeshEntry walks hosts in order (ISTIO-ROUTING.md §6.1 [I]).
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const auto &[imported, port] = it.value();
        if (!port.protocol.isHttpOrSniffed())
            continue;
        VirtualHost vhost;
        vhost.name = it.key() + u':' + route.name;
        vhost.cluster = clusterName(m_plan.port, imported->service->host);
        vhost.origin = {imported->service, port, int(listener - m_scope.egress.constData()), {}};
        const QStringList alternates = altHosts(it.key(), m_scope.namespaceName);
        QStringList domains = QStringList{it.key()} + alternates;
        const QString address = proxyAddress(m_registry, *imported->service);
        if (address != wildcardBind && !address.startsWith(u"auto-allocated("))
            domains.append(address);
        for (const QString &domain : std::as_const(domains)) {
            const QString lower = domain.toLower();
            if (claimed.contains(lower) ||
                (alternates.contains(domain) && knownFqdn.contains(domain))) {
                vhost.lostDomains.append(domain);
                continue;
            }
            claimed.insert(lower);
            vhost.domains.append(domain);
        }
        if (!vhost.domains.isEmpty())
            route.hosts.append(vhost);
    }
    std::stable_sort(route.hosts.begin(), route.hosts.end(),
                     [](const VirtualHost &a, const VirtualHost &b) { return a.name < b.name; });
}

} // namespace

bool FilterChain::isMatchAll() const
{
    return (serverNames.isEmpty() || serverNames.contains(QStringLiteral("*"))) && !plaintextHttp &&
           prefixes.isEmpty();
}

QString FilterChain::matchKey() const
{
    if (prefixes.isEmpty() && serverNames.size() <= 1)
        return (plaintextHttp ? QStringLiteral("http|") : QStringLiteral("raw|")) +
               (serverNames.isEmpty() || serverNames.first() == u"*" ? QString()
                                                                     : serverNames.first()) +
               u'|';
    QStringList names;
    for (const QString &name : serverNames) {
        if (name != u"*")
            names.append(name);
    }
    names.sort();
    names.removeDuplicates();
    QStringList masked;
    for (const IpPrefix &prefix : prefixes) {
        if (prefix.address().toString() != wildcardBind)
            masked.append(prefix.maskedText());
    }
    masked.sort();
    masked.removeDuplicates();
    return (plaintextHttp ? QStringLiteral("http|") : QStringLiteral("raw|")) + names.join(u',') +
           u'|' + masked.join(u',');
}

QString FilterChain::matchText() const
{
    QStringList parts;
    if (!serverNames.isEmpty() && !serverNames.contains(QStringLiteral("*")))
        parts.append(MessageText(matchSni).arg(serverNames.join(u", ")).text());
    for (const IpPrefix &prefix : prefixes)
        parts.append(MessageText(matchDestination).arg(prefix.text()).text());
    if (plaintextHttp)
        parts.append(QString::fromUtf8(matchPlaintext));
    return parts.isEmpty() ? QString::fromUtf8(matchAll) : joinedList(ListKind::Commas, parts);
}

const QList<const char *> &FilterChain::matchTexts()
{
    static const QList<const char *> all = {matchSni, matchDestination, matchPlaintext, matchAll};
    return all;
}

const QList<const char *> &SkippedPort::reasons()
{
    static const QList<const char *> all = {udpPort, httpProxyPort, ownPort, selectsNothing};
    return all;
}

const FilterChain *OutboundListener::matchAll() const
{
    for (const FilterChain &chain : chains) {
        if (chain.isMatchAll())
            return &chain;
    }
    return nullptr;
}

const OutboundListener *PortPlan::listener(const QString &bind) const
{
    const auto it = listeners.constFind(bind);
    return it == listeners.cend() ? nullptr : &*it;
}

RouteTable PortPlan::sniffedRoute(const QString &routeName) const
{
    RouteTable out;
    out.name = routeName;
    out.catchAll = false;
    const QString host = routeName.section(u':', 0, -2);
    for (const VirtualHost &vhost : route.hosts) {
        if (vhost.domains.contains(routeName) || vhost.domains.contains(host))
            out.hosts.append(vhost);
    }
    if (out.hosts.size() == 1)
        out.hosts.first().domains = {QStringLiteral("*")};
    return out;
}

QString proxyAddress(const RoutingRegistry &registry, const RoutingService &service)
{
    if (service.address != wildcardBind || !registry.proxiesUseAutoAddresses())
        return service.address;
    switch (service.autoState) {
    case RoutingService::AutoAddress::None:
        return service.address;
    case RoutingService::AutoAddress::Status:
    case RoutingService::AutoAddress::Legacy:
        return service.autoAddress.isEmpty() ? service.address : service.autoAddress;
    case RoutingService::AutoAddress::Unknown:
        return QStringLiteral("auto-allocated(%1/%2)")
            .arg(service.entry->namespaceName(), service.host);
    }
    return service.address;
}

QString clusterName(quint32 port, const QString &host, const QString &subset)
{
    return QStringLiteral("outbound|") + QString::number(port) + u'|' + subset + u'|' + host;
}

std::shared_ptr<const PortPlan> PortPlan::build(const RoutingRegistry &registry,
                                                const SidecarScope &scope, quint32 port,
                                                bool withRoute)
{
    auto plan = std::make_shared<PortPlan>();
    plan->port = port;
    Builder builder(registry, scope, *plan);
    for (int e = 0; e < scope.egress.size(); ++e) {
        const ScopeEgressListener &listener = scope.egress[e];
        if (listener.hasPort) {
            if (listener.port != port || !listener.matchPort)
                continue;
            const RoutingPort listenPort{port, listener.portName, listener.protocol, 0, -1};
            if (listenPort.protocol.isHttp() && isReservedPort(registry, port))
                continue;
            for (const ImportedService &imported : listener.services)
                builder.add(imported, listenPort, QString(), e, QString());
            continue;
        }
        // The catch-all listener adds nothing to listeners the explicit ones created.
        for (OutboundListener &existing : plan->listeners)
            existing.locked = true;
        for (const int index : listener.byPort.value(port)) {
            const ImportedService &imported = listener.services[index];
            const RoutingService &service = *imported.service;
            for (const RoutingPort &servicePort : imported.ports) {
                if (servicePort.number != port)
                    continue;
                if (servicePort.protocol.isHttp() && isReservedPort(registry, port)) {
                    plan->skipped.append(
                        {{&service, servicePort, e, {}}, MessageText(ownPort).arg(port).text()});
                    continue;
                }
                const bool headless =
                    service.entry->facts.resolution == ServiceEntryView::None &&
                    proxyAddress(registry, service) == wildcardBind &&
                    (servicePort.protocol.isTcp() || servicePort.protocol.isUnsupported());
                if (!headless) {
                    builder.add(imported, servicePort, QString(), e, QString());
                    continue;
                }
                bool selector = false;
                const QList<RoutingRegistry::ClusterEndpoint> endpoints = registry.endpoints(
                    service.host, service.entry->namespaceName(), port, &selector);
                if (endpoints.isEmpty() && !selector) {
                    builder.add(imported, servicePort, QString(), e, QString());
                    continue;
                }
                if (endpoints.isEmpty())
                    plan->skipped.append(
                        {{&service, servicePort, e, {}}, QString::fromUtf8(selectsNothing)});
                for (const RoutingRegistry::ClusterEndpoint &endpoint : endpoints) {
                    const IpPrefix ip = IpPrefix::parse(endpoint.address);
                    if (!ip.isValid() || ip.isCidr())
                        continue; // only IP endpoints get a listener of their own
                    builder.add(imported, servicePort, ip.address().toString(), e,
                                endpoint.address);
                }
            }
        }
    }
    if (withRoute)
        builder.buildRoute();
    return plan;
}

} // namespace MeshEntry
