#pragma once

#include "sidecarscope.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>

namespace MeshEntry {

/// Which service and port (and egress listener) a filter chain or virtual host came from.
struct ChainOrigin {
    const RoutingService *service = nullptr;
    RoutingPort port;
    int egress = -1;  ///< index into SidecarScope::egress
    QString endpoint; ///< headless listeners: the endpoint address the listener binds
};

/// One filter chain of an outbound listener (listener.go:filterChainOpts).
struct FilterChain {
    enum class Action { TcpProxy, HttpConnectionManager };

    Action action = Action::TcpProxy;
    QStringList serverNames;    ///< SNI match; `*` in it means none
    QList<IpPrefix> prefixes;   ///< destination CIDRs
    bool plaintextHttp = false; ///< transport raw_buffer and ALPN http/1.0, http/1.1, h2c
    QString cluster;            ///< TcpProxy
    QString route;              ///< HttpConnectionManager: the RDS route name
    ChainOrigin origin;

    bool isMatchAll() const; ///< filterChainOpts.isMatchAll
    /// filterChainOpts.conflictsWith: the same match, so the later chain is dropped.
    bool conflictsWith(const FilterChain &other) const { return matchKey() == other.matchKey(); }
    /// The match as conflictsWith compares it: transport and ALPN, the SNI set without `*`,
    /// the masked prefixes without 0.0.0.0.
    QString matchKey() const;
    /// "SNI api.example.com", "10.0.0.0/24", "plaintext HTTP", "everything".
    QString matchText() const;
    /// The templates of matchText()'s parts, joined by ", " (for NestedMessages).
    static const QList<const char *> &matchTexts();
};

/// An outbound listener `<bind>_<port>` (outboundListenerEntry).
struct OutboundListener {
    QString bind;
    quint32 port = 0;
    IstioProtocol protocol; ///< the entry's protocol; UnsupportedProtocol once sniffed
    bool locked = false;
    QList<FilterChain> chains;
    QHash<QString, int> chainsByMatch; ///< matchKey() → index into chains
    ChainOrigin creator;

    QString name() const { return bind + u'_' + QString::number(port); }
    const FilterChain *matchAll() const;
};

/// A chain that did not make it into a listener, and why.
struct DroppedChain {
    enum class Reason { SameMatch, WellKnownPort, Locked };
    Reason reason = Reason::SameMatch;
    FilterChain chain;
    QString listener;
    ChainOrigin existing; ///< SameMatch: the chain that kept the match
    IstioProtocol existingProtocol;
};

/// A service port that got no listener at all on this port, and why.
struct SkippedPort {
    ChainOrigin origin;
    QString reason;

    /// The templates reason is made from (for NestedMessages).
    static const QList<const char *> &reasons();
};

/// A virtual host of an HTTP route (httproute.go:BuildSidecarOutboundVirtualHosts).
struct VirtualHost {
    QString name; ///< host:port
    QStringList domains;
    QStringList lostDomains; ///< claimed earlier by another virtual host (dedupeDomains)
    QString cluster;
    ChainOrigin origin;
};

/// The route configuration of one port ("80") or of one sniffed service ("host:80").
struct RouteTable {
    QString name;
    QList<VirtualHost> hosts; ///< sorted by name; the catch-all is not listed
    bool catchAll = true;     ///< sniffed per-service routes have none
};

/**
 * What a sidecar's listeners and routes on one port look like (§4, §6): the outbound listeners
 * keyed by bind address with their filter chains in build order, the chains conflicts dropped,
 * and the shared route of the port. Built from the scope's egress listeners in order, exactly
 * as buildSidecarOutboundListeners and buildSidecarOutboundListener build them.
 */
class PortPlan
{
public:
    /// Without withRoute, only the listeners (what the conflicts need).
    static std::shared_ptr<const PortPlan> build(const RoutingRegistry &registry,
                                                 const SidecarScope &scope, quint32 port,
                                                 bool withRoute = true);

    quint32 port = 0;
    QMap<QString, OutboundListener> listeners;
    QList<DroppedChain> dropped;
    QList<SkippedPort> skipped;
    RouteTable route;

    const OutboundListener *listener(const QString &bind) const;
    /// getVirtualHostsForSniffedServicePort: the route of a sniffed VIP listener.
    RouteTable sniffedRoute(const QString &routeName) const;
};

/// The address a service has for the proxy (Service.GetAddressForProxy), or a placeholder
/// "auto-allocated(ns/host)" when it is auto-allocated but the file does not hold it.
QString proxyAddress(const RoutingRegistry &registry, const RoutingService &service);
/// "outbound|443||api.example.com" (model/service.go:BuildSubsetKey).
QString clusterName(quint32 port, const QString &host, const QString &subset = QString());

} // namespace MeshEntry
