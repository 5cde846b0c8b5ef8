#pragma once

#include "meshconfig.h"
#include "routingregistry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>

namespace MeshEntry {

/// A service an egress listener imports, with the ports it imports (§3.3).
struct ImportedService {
    const RoutingService *service = nullptr;
    QList<RoutingPort> ports; ///< every port, or only the egress listener's port
    int egressHost = -1;      ///< the Sidecar egress host that imported it; -1 in the default scope
};

/// One `ns/host` entry of a Sidecar egress listener, `.` resolved to the proxy's namespace.
struct EgressHostRule {
    int index = -1; ///< position in egress[].hosts
    QString text;   ///< as written
    bool valid = false;
    bool excluded = false;
    QString namespaceName; ///< `*` for any namespace
    QString host;
};

/// A Sidecar egress listener (or the default `*/*` one) and what it imports.
struct ScopeEgressListener {
    int index = -1; ///< position in spec.egress; -1 for the default listener
    bool hasPort = false;
    quint32 port = 0;
    IstioProtocol protocol;
    QString portName;
    bool matchPort = false; ///< sidecar.go:needsPortMatch
    QList<EgressHostRule> hosts;
    QList<ImportedService> services;   ///< after selectServices, in candidate order
    QHash<quint32, QList<int>> byPort; ///< indexes into services with a port of that number
};

/// sc.services: one service per host after appendSidecarServices merged duplicates (§3.4).
struct ScopeService {
    const RoutingService *kept = nullptr; ///< the first one added
    QList<RoutingPort> ports;             ///< its ports plus those merged in
    QList<const RoutingService *> merged;
    QList<const RoutingService *> ignored; ///< same host and namespace, ports not merged
    QStringList ignoredReasons;
};

/// Why a candidate service is or is not part of an egress listener (for `visible`).
struct ScopeDecision {
    enum class Kind { Imported, Excluded, NotImported, PortNotImported, Shadowed };
    Kind kind = Kind::NotImported;
    const RoutingService *service = nullptr;
    int egress = -1;                        ///< index into SidecarScope::egress
    int egressHost = -1;                    ///< the rule that imported or excluded it
    const RoutingService *winner = nullptr; ///< Shadowed: the service that took the host
};

/// The outbound traffic policy a sidecar applies (§3.2, §7).
struct OutboundPolicy {
    MeshConfig::OutboundMode mode = MeshConfig::OutboundMode::AllowAny;
    bool fromSidecar = false;
    QString egressProxyCluster; ///< non-empty when ALLOW_ANY sends unknown traffic there
    QString egressProxyIgnored; ///< why a configured egressProxy has no effect, if it has none

    /// egressProxyIgnored's template (a message without arguments, for NestedMessages).
    static const char *const proxyIgnoredReason;
};

/**
 * What a sidecar in one namespace sees (push_context.go:doGetSidecarScope,
 * sidecar.go:convertToSidecarScope): the Sidecar that applies, its egress listeners with the
 * services each imports, the merged services clusters are built from, and the outbound policy.
 */
class SidecarScope
{
public:
    enum class Source { Own, Root, Default };

    /// Builds the scope of namespace N; decisions, when given, receives every candidate's fate.
    static std::shared_ptr<const SidecarScope> build(const RoutingRegistry &registry,
                                                     const QString &namespaceName,
                                                     QList<ScopeDecision> *decisions = nullptr);

    QString namespaceName;
    Source source = Source::Default;
    const SidecarRecord *sidecar = nullptr;
    QList<const SidecarRecord *> selectorSidecars; ///< apply only to matching workloads
    OutboundPolicy policy;
    QList<ScopeEgressListener> egress;
    QHash<QString, ScopeService> services;

    /// GetEgressListenerForRDS: the first listener on port, or the catch-all.
    const ScopeEgressListener *egressForRoute(quint32 port) const;
    /// Whether CDS builds outbound|port||host (a merged service has the port).
    bool hasCluster(const QString &host, quint32 port) const;
    /// The fate of one visible candidate in egress listener egressIndex (as build() decides).
    ScopeDecision explain(const RoutingService *service, int egressIndex) const;
};

/// Parses one Sidecar egress host as convertIstioListenerToWrapper does.
EgressHostRule parseEgressHost(const QString &text, int index, const QString &configNamespace);

/// canMergeServices for two services of the same host (§3.4); why not in *reason.
bool canMergeServices(const RoutingService *a, const RoutingService *b, QString *reason);
/// The reasons canMergeServices gives, as templates (for NestedMessages).
const QList<const char *> &mergeReasons();

} // namespace MeshEntry
