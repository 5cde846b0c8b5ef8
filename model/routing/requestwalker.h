#pragma once

#include "portplan.h"
#include "routeanswer.h"

namespace MeshEntry {

/**
 * Walks one request through what a sidecar in a namespace gets, in Envoy's order
 * (pilot/pkg/simulation/traffic.go:Run, ISTIO-ROUTING.md §5): the listener for the destination
 * address and port, the filter chain (destination prefix, then SNI, transport and ALPN), the
 * HTTP route and virtual host, and the cluster or fallback. Every decision is a step.
 */
class RequestWalker
{
public:
    /// plan must be the plan of request.port in scope.
    RequestWalker(const RoutingRegistry &registry, const SidecarScope &scope, const PortPlan &plan);

    RouteAnswer walk(const RoutingRequest &request) const;

private:
    struct Context;

    void describeScope(Context &context) const;
    MessageText outboundPolicyText() const;
    void resolveDefaults(Context &context) const;
    void explainHost(Context &context) const;
    void walkListener(Context &context) const;
    void walkVirtualOutbound(Context &context) const;
    void walkChain(Context &context, const OutboundListener &listener) const;
    void walkRoute(Context &context, const FilterChain &chain) const;
    void reachCluster(Context &context, const QString &cluster, const ChainOrigin &origin) const;
    void fallback(Context &context, bool http) const;
    const ScopeEgressListener *egressFor(quint32 port) const;

    const RoutingRegistry &m_registry;
    const SidecarScope &m_scope;
    const PortPlan &m_plan;
};

/// `namespace/name` of an entry.
QString entryName(const ServiceEntryRecord &entry);
/// An exportTo list as written: `[".", "istio-system"]`.
QString listText(const QStringList &entries);

} // namespace MeshEntry
