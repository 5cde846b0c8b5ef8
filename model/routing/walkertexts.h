#pragma once

namespace MeshEntry::WalkerTexts {

// The Request tester's message templates that have an argument made from other templates;
// walkertexts.cpp declares which (NestedMessages) beside them.

extern const char *const ignoredProxySidecar;
extern const char *const ignoredProxySidecarNoMode;
extern const char *const autoAllocated;
extern const char *const legacyAllocator;
extern const char *const shadowedByNamespace;
extern const char *const ownNamespaceWins;
extern const char *const firstInCreationOrder;
extern const char *const exportedExplicitly;
extern const char *const notMergedInto;
/// How a listener came to be (LISTENER-ADDRESS, LISTENER-WILDCARD).
extern const char *const boundToEndpoint;
extern const char *const createdBy;
extern const char *const boundToAddress;
extern const char *const listenerOfAddress;
extern const char *const wildcardListener;
extern const char *const wildcardListenerAmong;
/// What the client sends, as the filter chain match sees it (the most specific first).
extern const char *const tlsNoSniAlpn;
extern const char *const tlsNoSni;
extern const char *const tlsSniAlpn;
extern const char *const tlsSni;
extern const char *const plaintextHttp;
extern const char *const rawTcp;
/// A filter chain as listed: what it matches and where it leads.
extern const char *const chainToRoute;
extern const char *const chainToCluster;
extern const char *const chainsEqual;
extern const char *const chainSelected;
extern const char *const chainSelectedAmong;
extern const char *const matchAllAlone;
extern const char *const matchAllAloneNoAddresses;
extern const char *const matchAllNoneOf;
extern const char *const matchAllNoneOfNoAddresses;
extern const char *const passthroughChain;
/// Why istiod builds no cluster (CLUSTER-MISSING).
extern const char *const clusterMissing;
extern const char *const noServiceWithPort;
extern const char *const portsNotMergedWhy;
extern const char *const portsNotMerged;
/// The cluster's type (CLUSTER): Envoy's word, or a clause.
extern const char *const originalDestination;
extern const char *const originalDestinationTargetPort;
extern const char *const dynamicForwardProxy;
extern const char *const unknownResolution;
/// Selected workloads that make no endpoint, after the endpoints.
extern const char *const oneUnusedWorkload;
extern const char *const unusedWorkloads;
extern const char *const clusterNoEndpoints;
extern const char *const clusterOneEndpoint;
extern const char *const clusterEndpoints;
extern const char *const clusterMoreEndpoints;
extern const char *const clusterStaticNoEndpoints;

} // namespace MeshEntry::WalkerTexts
