#include "walkertexts.h"

#include "messagetext.h"
#include "portplan.h"
#include "sidecarscope.h"

#include <QList>

namespace MeshEntry::WalkerTexts {

const char *const ignoredProxySidecar = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "Outbound traffic policy %1, from Sidecar %2; its %3, so it is ignored.");

const char *const ignoredProxySidecarNoMode = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "Outbound traffic policy %1, from Sidecar %2; its %3, so it is ignored (a Sidecar "
    "policy without a mode means REGISTRY_ONLY).");

const char *const autoAllocated =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "DNS capture answers %1 with its auto-allocated "
                                            "address %2 (%3); the request goes to %2:%4 over %5.");

const char *const legacyAllocator = QT_TRANSLATE_NOOP("MeshEntry::Message", "the legacy allocator");

const char *const shadowedByNamespace = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "%1 also comes from ServiceEntry %2 in %3, and that one wins for sidecars in %4: %5.");

const char *const ownNamespaceWins =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "an entry in the sidecar's own namespace wins");

const char *const firstInCreationOrder =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "it comes first in creation order");

const char *const exportedExplicitly = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "it is exported to %1 explicitly, which comes before public entries");

const char *const notMergedInto = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "ServiceEntry %1 in the same namespace defines %2 first; "
                          "the ports of %3 are not merged into it (%4).");

/// How a listener came to be (LISTENER-ADDRESS, LISTENER-WILDCARD).
const char *const boundToEndpoint =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "it is bound to the endpoint %1 of %2, which has "
                                            "resolution NONE and no address");

const char *const createdBy = QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 created it");

const char *const boundToAddress =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "it is bound to the address of %1");

const char *const listenerOfAddress =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "Listener %1 takes the connection: %2.");

const char *const wildcardListener =
    QT_TRANSLATE_NOOP("MeshEntry::Message",
                      "No listener is bound to %1:%2, so listener %3 takes the connection; %4.");

const char *const wildcardListenerAmong = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "No listener is bound to %1:%2 (only %3), so listener %4 takes the connection; %5.");

/// What the client sends, as the filter chain match sees it (the most specific first).
const char *const tlsNoSniAlpn =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "TLS with SNI (none), ALPN %1");

const char *const tlsNoSni = QT_TRANSLATE_NOOP("MeshEntry::Message", "TLS with SNI (none)");

const char *const tlsSniAlpn = QT_TRANSLATE_NOOP("MeshEntry::Message", "TLS with SNI %1, ALPN %2");

const char *const tlsSni = QT_TRANSLATE_NOOP("MeshEntry::Message", "TLS with SNI %1");

const char *const plaintextHttp = QT_TRANSLATE_NOOP("MeshEntry::Message", "Plaintext HTTP");

const char *const rawTcp = QT_TRANSLATE_NOOP("MeshEntry::Message", "Raw TCP");

/// A filter chain as listed: what it matches and where it leads.
const char *const chainToRoute = QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 → route %2");

const char *const chainToCluster = QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 → %2");

const char *const chainsEqual = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "%1 to %2 matches %3 filter chains of %4 equally: Envoy rejects the connection.");

const char *const chainSelected = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "%1 to %2 selects the filter chain for %3, of %4 (ServiceEntry %5).");

const char *const chainSelectedAmong = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "%1 to %2 selects the filter chain for %3, of %4 (ServiceEntry %5) among: %6.");

const char *const matchAllAlone = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "%1 to %2 matches no other chain; the listener's default chain takes it: the match-all "
    "chain of %3 (ServiceEntry %4, %5).");

const char *const matchAllAloneNoAddresses = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "%1 to %2 matches no other chain; the listener's default chain takes it: the match-all "
    "chain of %3 (ServiceEntry %4, %5, no addresses).");

const char *const matchAllNoneOf = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "%1 to %2 matches none of: %3; the listener's default chain takes it: the match-all chain "
    "of %4 (ServiceEntry %5, %6).");

const char *const matchAllNoneOfNoAddresses = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "%1 to %2 matches none of: %3; the listener's default chain takes it: the match-all chain "
    "of %4 (ServiceEntry %5, %6, no addresses).");

const char *const passthroughChain =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 to %2 matches none of the filter chains of %3 "
                                            "(%4): the default chain PassthroughFilterChain "
                                            "takes it.");

/// Why istiod builds no cluster (CLUSTER-MISSING).
const char *const clusterMissing = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "istiod builds no cluster %1: %2. The connection fails.");

const char *const noServiceWithPort =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "no service of the scope has host %1 with port %2");

const char *const portsNotMergedWhy = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "ServiceEntry %1 keeps the host %2 and the ports of %3 were not merged into it (%4)");

const char *const portsNotMerged = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "ServiceEntry %1 keeps the host %2 and the ports of %3 were not merged into it");

/// The cluster's type (CLUSTER): Envoy's word, or a clause.
const char *const originalDestination = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "ORIGINAL_DST: the connection goes on to the address the application dialled");

const char *const originalDestinationTargetPort = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "ORIGINAL_DST: the connection goes on to the address the application dialled, port "
    "rewritten to %1 (targetPort)");

const char *const dynamicForwardProxy = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "dynamic forward proxy: Envoy resolves the name the client sends");

const char *const unknownResolution =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "of an unknown resolution");

/// Selected workloads that make no endpoint, after the endpoints.
const char *const oneUnusedWorkload = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "; %1 selected workload Istio makes no endpoint of (%2)");

const char *const unusedWorkloads = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "; %1 selected workloads Istio makes no endpoint of (%2, …)");

const char *const clusterNoEndpoints =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "Cluster %1 of ServiceEntry %2 (resolution %3): %4%5.");

const char *const clusterOneEndpoint = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "Cluster %1 of ServiceEntry %2 (resolution %3): %4, endpoint %5%6.");

const char *const clusterEndpoints = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "Cluster %1 of ServiceEntry %2 (resolution %3): %4, endpoints %5%6.");

const char *const clusterMoreEndpoints = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "Cluster %1 of ServiceEntry %2 (resolution %3): %4, endpoints %5 and %6 more%7.");

const char *const clusterStaticNoEndpoints = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "Cluster %1 of ServiceEntry %2 (resolution %3): %4, no endpoints (connections fail)%5.");

namespace {

const NestedMessages autoAllocatedBy(autoAllocated, 3, {legacyAllocator});

const NestedMessages ignoredProxyWhy(ignoredProxySidecar, 3, {OutboundPolicy::proxyIgnoredReason});

const NestedMessages ignoredProxyNoModeWhy(ignoredProxySidecarNoMode, 3,
                                           {OutboundPolicy::proxyIgnoredReason});

const NestedMessages shadowedWhy(shadowedByNamespace, 5,
                                 {ownNamespaceWins, firstInCreationOrder, exportedExplicitly});

const NestedMessages notMergedWhy(notMergedInto, 4, mergeReasons());

const NestedMessages listenerCreator(listenerOfAddress, 2,
                                     {boundToEndpoint, createdBy, boundToAddress});

const NestedMessages wildcardCreator(wildcardListener, 4,
                                     {boundToEndpoint, createdBy, boundToAddress});

const NestedMessages wildcardAmongCreator(wildcardListenerAmong, 5,
                                          {boundToEndpoint, createdBy, boundToAddress});

const QList<const char *> sentKinds = {tlsNoSniAlpn, tlsNoSni,      tlsSniAlpn,
                                       tlsSni,       plaintextHttp, rawTcp};

const QList<const char *> chainTexts = {chainToRoute, chainToCluster};

const NestedMessages routeChainMatch(chainToRoute, 1, FilterChain::matchTexts(), ListKind::Commas);

const NestedMessages clusterChainMatch(chainToCluster, 1, FilterChain::matchTexts(),
                                       ListKind::Commas);

const NestedMessages chainsEqualSent(chainsEqual, 1, sentKinds);

const NestedMessages chainSelectedSent(chainSelected, 1, sentKinds);

const NestedMessages chainSelectedMatch(chainSelected, 3, FilterChain::matchTexts(),
                                        ListKind::Commas);

const NestedMessages chainSelectedAmongSent(chainSelectedAmong, 1, sentKinds);

const NestedMessages chainSelectedAmongMatch(chainSelectedAmong, 3, FilterChain::matchTexts(),
                                             ListKind::Commas);

const NestedMessages chainSelectedAmongList(chainSelectedAmong, 6, chainTexts,
                                            ListKind::Semicolons);

const NestedMessages matchAllAloneSent(matchAllAlone, 1, sentKinds);

const NestedMessages matchAllAloneNoAddressesSent(matchAllAloneNoAddresses, 1, sentKinds);

const NestedMessages matchAllNoneOfSent(matchAllNoneOf, 1, sentKinds);

const NestedMessages matchAllNoneOfList(matchAllNoneOf, 3, chainTexts, ListKind::Semicolons);

const NestedMessages matchAllNoneOfNoAddressesSent(matchAllNoneOfNoAddresses, 1, sentKinds);

const NestedMessages matchAllNoneOfNoAddressesList(matchAllNoneOfNoAddresses, 3, chainTexts,
                                                   ListKind::Semicolons);

const NestedMessages passthroughChainSent(passthroughChain, 1, sentKinds);

const NestedMessages passthroughChainList(passthroughChain, 4, chainTexts, ListKind::Semicolons);

const NestedMessages clusterMissingWhy(clusterMissing, 2,
                                       {noServiceWithPort, portsNotMergedWhy, portsNotMerged});

const NestedMessages portsNotMergedReason(portsNotMergedWhy, 4, mergeReasons());

const QList<const char *> clusterTypes = {originalDestinationTargetPort, originalDestination,
                                          dynamicForwardProxy, unknownResolution};

const NestedMessages clusterNoEndpointsType(clusterNoEndpoints, 4, clusterTypes);

const NestedMessages clusterNoEndpointsUnused(clusterNoEndpoints, 5,
                                              {oneUnusedWorkload, unusedWorkloads});

const NestedMessages clusterOneEndpointType(clusterOneEndpoint, 4, clusterTypes);

const NestedMessages clusterOneEndpointUnused(clusterOneEndpoint, 6,
                                              {oneUnusedWorkload, unusedWorkloads});

const NestedMessages clusterEndpointsType(clusterEndpoints, 4, clusterTypes);

const NestedMessages clusterEndpointsUnused(clusterEndpoints, 6,
                                            {oneUnusedWorkload, unusedWorkloads});

const NestedMessages clusterMoreEndpointsType(clusterMoreEndpoints, 4, clusterTypes);

const NestedMessages clusterMoreEndpointsUnused(clusterMoreEndpoints, 7,
                                                {oneUnusedWorkload, unusedWorkloads});

const NestedMessages clusterStaticNoEndpointsType(clusterStaticNoEndpoints, 4, clusterTypes);

const NestedMessages clusterStaticNoEndpointsUnused(clusterStaticNoEndpoints, 5,
                                                    {oneUnusedWorkload, unusedWorkloads});

} // namespace

} // namespace MeshEntry::WalkerTexts
