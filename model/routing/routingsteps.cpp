#include "routingsteps.h"

#include "messagetext.h"

namespace MeshEntry {

const QList<RoutingSteps::Step> &RoutingSteps::steps()
{
    static const QList<Step> all = {
        {"SIDECAR-OWN", "§3.2", "push_context.go:doGetSidecarScope",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "The namespace's own oldest Sidecar without workloadSelector applies.")},
        {"SIDECAR-ROOT", "§3.2", "push_context.go:doGetSidecarScope",
         QT_TRANSLATE_NOOP(
             "MeshEntry::Message",
             "The root namespace's Sidecar applies, evaluated as if in the proxy's namespace.")},
        {"SIDECAR-DEFAULT", "§3.2", "sidecar.go:convertToSidecarScope",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "No Sidecar applies: one egress listener importing */*.")},
        {"OUTBOUND-POLICY", "§3.2, §7", "sidecar.go:initSidecarScopeInternalIndexes",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "The outbound traffic policy: the Sidecar's, else the mesh's.")},
        {"ADDRESS", "§2.2, §2.4", "model/service.go:GetAddressForProxy",
         QT_TRANSLATE_NOOP("MeshEntry::Message", "The destination address: given, the entry's "
                                                 "address, auto-allocated, or undeclared.")},
        {"EXPORTTO", "§3.1", "push_context.go:serviceExportTo, initServiceRegistry",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "Whether the entry's exportTo lets the namespace see the host.")},
        {"VISIBILITY", "§2.5", "push_context.go:serviceExportTo",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "serviceEntryVisibility narrowed the entry's exportTo.")},
        {"IMPORT", "§3.3", "sidecar.go:selectServices",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "Whether a Sidecar egress host imports (or excludes) the host.")},
        {"HOST-NAMESPACE", "§3.4", "sidecar.go:selectServices",
         QT_TRANSLATE_NOOP(
             "MeshEntry::Message",
             "Which namespace's entry a host resolves to when several namespaces define it.")},
        {"HOST-MERGE", "§3.4", "sidecar.go:appendSidecarServices, canMergeServices",
         QT_TRANSLATE_NOOP(
             "MeshEntry::Message",
             "Several entries of one namespace with the same host: kept, merged or ignored.")},
        {"EGRESS-PORT", "§4.4", "listener.go:buildSidecarOutboundListeners",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "A Sidecar egress listener with this port decides what listens on it.")},
        {"LISTENER-ADDRESS", "§4.2, §5", "traffic.go:matchListener",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "A listener bound to the destination address takes the connection.")},
        {"LISTENER-WILDCARD", "§4.2, §5", "traffic.go:matchListener",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "The port's 0.0.0.0 listener takes the connection.")},
        {"LISTENER-VIRTUAL-OUTBOUND", "§4.5, §5",
         "listener_builder.go:buildVirtualOutboundListener",
         QT_TRANSLATE_NOOP(
             "MeshEntry::Message",
             "No listener has the address and port: virtualOutbound takes the connection.")},
        {"LOOP", "§4.5", "listener_builder.go:blackholeFilterChain",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "Traffic to the sidecar's own ports is blackholed.")},
        {"FILTER-CHAIN", "§4.3, §5", "traffic.go:matchFilterChain",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "The filter chain the destination IP, SNI and ALPN select.")},
        {"DEFAULT-CHAIN", "§4.3", "listener.go:buildListenerFromEntry",
         QT_TRANSLATE_NOOP(
             "MeshEntry::Message",
             "No filter chain matches: the listener's default chain takes the connection.")},
        {"PROTOCOL-ERROR", "§5", "traffic.go:Run",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "TLS or raw TCP reached an HTTP connection manager.")},
        {"ROUTE", "§6.1", "httproute.go:buildSidecarOutboundHTTPRouteConfig",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "The HTTP route configuration the connection manager uses.")},
        {"VIRTUAL-HOST", "§6.2", "traffic.go:matchVirtualHost",
         QT_TRANSLATE_NOOP("MeshEntry::Message", "The virtual host the Host header selects.")},
        {"CATCH-ALL", "§6.1, §7", "httproute.go:buildCatchAllVirtualHost",
         QT_TRANSLATE_NOOP(
             "MeshEntry::Message",
             "No virtual host matches: allow_any, allow_any_dynamic_dns or block_all.")},
        {"CLUSTER", "§2.1, §2.3", "cluster.go:convertResolution",
         QT_TRANSLATE_NOOP("MeshEntry::Message", "The service cluster, its type and endpoints.")},
        {"CLUSTER-MISSING", "§3.4", "sidecar.go:appendSidecarServices",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "The chain names a cluster istiod does not build.")},
        {"FALLBACK", "§7", "listener_builder.go:buildOutboundCatchAllNetworkFiltersOnly",
         QT_TRANSLATE_NOOP("MeshEntry::Message",
                           "PassthroughCluster, the egress proxy, or BlackHoleCluster.")},
    };
    return all;
}

const RoutingSteps::Step *RoutingSteps::find(const QString &id)
{
    for (const Step &step : steps()) {
        if (id == QLatin1String(step.id))
            return &step;
    }
    return nullptr;
}

const QList<std::pair<const char *, const char *>> &RoutingSteps::outcomes()
{
    static const QList<std::pair<const char *, const char *>> all = {
        {"service", "the cluster of a ServiceEntry"},
        {"passthrough", "PassthroughCluster: out of the mesh to the original destination"},
        {"egress-proxy", "the Sidecar's egressProxy cluster"},
        {"dynamic-dns", "AllowAnyDynamicDNSCluster: Envoy resolves the Host itself"},
        {"blackhole", "BlackHoleCluster: the connection is closed"},
        {"direct-response", "block_all answers HTTP 502"},
        {"protocol-error", "TLS or raw TCP into an HTTP connection manager: the connection fails"},
        {"no-route", "the sniffed route has no virtual host for the Host: HTTP 404"},
        {"no-filter-chain", "no filter chain, or several, match: the connection is reset"},
        {"missing-cluster",
         "the route names a cluster istiod does not build: the connection fails"},
    };
    return all;
}

} // namespace MeshEntry
