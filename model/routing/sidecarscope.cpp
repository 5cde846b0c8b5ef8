#include "sidecarscope.h"

#include "istiohost.h"
#include "messagetext.h"

#include <QSet>

namespace MeshEntry {

namespace {

/// hostClassification: the imports of one namespace key (or `*`) of an egress listener.
struct HostClassification {
    QHash<QString, int> exact; ///< exact host → rule index
    QList<std::pair<QString, int>> all;
    QList<std::pair<QString, int>> excluded;

    /// Matches: the rule importing host, or -1.
    int match(const QString &host) const
    {
        const auto it = exact.constFind(host);
        if (it != exact.cend())
            return *it;
        const bool wildcard = IstioHost::isWildcard(host);
        for (const auto &[imported, rule] : all) {
            if (!wildcard && !IstioHost::isWildcard(imported))
                continue;
            if (IstioHost::subsetOf(host, imported))
                return rule;
        }
        return -1;
    }
    int excludedBy(const QString &host) const
    {
        for (const auto &[pattern, rule] : excluded) {
            if (IstioHost::subsetOf(host, pattern))
                return rule;
        }
        return -1;
    }
};

bool portsEqual(const QList<RoutingPort> &a, const QList<RoutingPort> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].number != b[i].number || a[i].name != b[i].name || a[i].protocol != b[i].protocol)
            return false;
    }
    return true;
}

QSet<QString> exportSet(const RoutingFacts &facts)
{
    return QSet<QString>(facts.exportTo.cbegin(), facts.exportTo.cend());
}

QHash<QString, HostClassification> classify(const QList<EgressHostRule> &rules)
{
    QHash<QString, HostClassification> byNamespace;
    for (const EgressHostRule &rule : rules) {
        if (!rule.valid)
            continue;
        HostClassification &classification = byNamespace[rule.namespaceName];
        if (rule.excluded)
            classification.excluded.append({rule.host, rule.index});
        else if (!IstioHost::isWildcard(rule.host) && !classification.exact.contains(rule.host))
            classification.exact.insert(rule.host, rule.index);
        if (!rule.excluded)
            classification.all.append({rule.host, rule.index});
    }
    return byNamespace;
}

/// What selectServices decides for one service before hosts are deduplicated: Excluded,
/// NotImported, PortNotImported, or Imported with the rule and the ports it imports.
ScopeDecision::Kind importOf(const QHash<QString, HostClassification> &byNamespace,
                             const ScopeEgressListener &listener, const RoutingService *service,
                             int *rule, QList<RoutingPort> *ports)
{
    const auto wildcard = byNamespace.constFind(QStringLiteral("*"));
    const HostClassification *any = wildcard == byNamespace.cend() ? nullptr : &*wildcard;
    const auto own = byNamespace.constFind(service->entry->namespaceName());
    const HostClassification *mine = own == byNamespace.cend() ? nullptr : &*own;
    *rule = mine ? mine->excludedBy(service->host) : -1;
    if (*rule < 0 && any)
        *rule = any->excludedBy(service->host);
    if (*rule >= 0)
        return ScopeDecision::Kind::Excluded;
    bool portMissing = false;
    for (const HostClassification *classification : {mine, any}) {
        if (!classification)
            continue;
        const int match = classification->match(service->host);
        if (match < 0)
            continue;
        *ports = service->entry->ports;
        if (listener.matchPort) {
            // serviceMatchingListenerPort keeps only the listener's port.
            ports->removeIf([&](const RoutingPort &p) { return p.number != listener.port; });
            if (ports->isEmpty()) {
                portMissing = true;
                continue;
            }
        }
        *rule = match;
        return ScopeDecision::Kind::Imported;
    }
    return portMissing ? ScopeDecision::Kind::PortNotImported : ScopeDecision::Kind::NotImported;
}

void selectServices(const QString &ns, const QList<const RoutingService *> &candidates,
                    int egressIndex, ScopeEgressListener *listener, QList<ScopeDecision> *decisions)
{
    const QHash<QString, HostClassification> byNamespace = classify(listener->hosts);
    QList<ImportedService> imported;
    for (const RoutingService *service : candidates) {
        int rule = -1;
        QList<RoutingPort> ports;
        const ScopeDecision::Kind kind = importOf(byNamespace, *listener, service, &rule, &ports);
        if (kind == ScopeDecision::Kind::Imported) {
            imported.append({service, ports, listener->index < 0 ? -1 : rule});
            continue;
        }
        if (decisions) {
            ScopeDecision decision;
            decision.kind = kind;
            decision.service = service;
            decision.egress = egressIndex;
            decision.egressHost = kind == ScopeDecision::Kind::Excluded ? rule : -1;
            decisions->append(decision);
        }
    }

    // UnifiedSidecarScoping: one namespace per host, the proxy's own first, else the first seen.
    QHash<QString, const RoutingService *> chosen;
    for (const ImportedService &candidate : std::as_const(imported)) {
        const RoutingService *service = candidate.service;
        const auto it = chosen.constFind(service->host);
        if (it == chosen.cend() ||
            (service->entry->namespaceName() == ns && (*it)->entry->namespaceName() != ns))
            chosen.insert(service->host, service);
    }
    for (const ImportedService &candidate : std::as_const(imported)) {
        const RoutingService *winner = chosen.value(candidate.service->host);
        ScopeDecision decision;
        decision.service = candidate.service;
        decision.egress = egressIndex;
        decision.egressHost = candidate.egressHost;
        if (winner->entry->namespaceName() != candidate.service->entry->namespaceName()) {
            decision.kind = ScopeDecision::Kind::Shadowed;
            decision.winner = winner;
        } else {
            decision.kind = ScopeDecision::Kind::Imported;
            for (const RoutingPort &port : candidate.ports)
                listener->byPort[port.number].append(int(listener->services.size()));
            listener->services.append(candidate);
        }
        if (decisions)
            decisions->append(decision);
    }
}

/// appendSidecarServices: the first service of a host is kept; later ones with other ports are
/// merged when canMergeServices holds and ignored otherwise.
void appendService(QHash<QString, ScopeService> *services, const ImportedService &imported)
{
    const RoutingService *service = imported.service;
    auto it = services->find(service->host);
    if (it == services->end()) {
        services->insert(service->host, {service, imported.ports, {}, {}, {}});
        return;
    }
    if (it->kept == service || it->merged.contains(service) || it->ignored.contains(service))
        return;
    if (portsEqual(it->ports, imported.ports))
        return;
    QString reason;
    if (!canMergeServices(it->kept, service, &reason)) {
        it->ignored.append(service);
        it->ignoredReasons.append(reason);
        return;
    }
    it->merged.append(service);
    for (const RoutingPort &port : imported.ports) {
        const bool present =
            std::any_of(it->ports.cbegin(), it->ports.cend(),
                        [&](const RoutingPort &p) { return p.number == port.number; });
        if (!present)
            it->ports.append(port);
    }
}

OutboundPolicy outboundPolicy(const RoutingRegistry &registry, const SidecarRecord *sidecar)
{
    OutboundPolicy policy;
    policy.mode = registry.mesh().outboundMode;
    if (!sidecar || !sidecar->facts.hasOutboundPolicy)
        return policy;
    // The Sidecar's enum has REGISTRY_ONLY as its zero value: a policy without a mode blocks.
    const RoutingFacts &facts = sidecar->facts;
    policy.fromSidecar = true;
    policy.mode = facts.outboundMode == u"ALLOW_ANY" ? MeshConfig::OutboundMode::AllowAny
                                                     : MeshConfig::OutboundMode::RegistryOnly;
    if (!facts.hasEgressProxy)
        return policy;
    if (policy.mode != MeshConfig::OutboundMode::AllowAny) {
        policy.egressProxyIgnored = QString::fromUtf8(OutboundPolicy::proxyIgnoredReason);
        return policy;
    }
    // route.GetDestinationCluster(egressProxy, nil, 0).
    policy.egressProxyCluster = QStringLiteral("outbound|%1|%2|%3")
                                    .arg(facts.egressProxyPort)
                                    .arg(facts.egressProxySubset, facts.egressProxyHost);
    return policy;
}

} // namespace

EgressHostRule parseEgressHost(const QString &text, int index, const QString &configNamespace)
{
    EgressHostRule rule;
    rule.index = index;
    rule.text = text;
    if (text.count(u'/') != 1)
        return rule; // logged and ignored by istiod
    rule.valid = true;
    QString ns = text.section(u'/', 0, 0);
    rule.host = text.section(u'/', 1);
    if (ns.startsWith(u'~')) {
        rule.excluded = true;
        ns = ns.mid(1);
        if (ns.isEmpty())
            ns = QStringLiteral("*");
    }
    if (ns == u".")
        ns = configNamespace;
    rule.namespaceName = ns;
    return rule;
}

const char *const OutboundPolicy::proxyIgnoredReason =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "egressProxy is only used with mode ALLOW_ANY");

namespace {

const char *const namespacesDiffer = QT_TRANSLATE_NOOP("MeshEntry::Message", "namespaces differ");
const char *const resolutionsDiffer = QT_TRANSLATE_NOOP("MeshEntry::Message", "resolutions differ");
const char *const labelsDiffer = QT_TRANSLATE_NOOP("MeshEntry::Message", "labels differ");
const char *const selectorsDiffer =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "workloadSelectors differ");
const char *const exportToDiffers = QT_TRANSLATE_NOOP("MeshEntry::Message", "exportTo differs");

} // namespace

const QList<const char *> &mergeReasons()
{
    static const QList<const char *> all = {namespacesDiffer, resolutionsDiffer, labelsDiffer,
                                            selectorsDiffer, exportToDiffers};
    return all;
}

bool canMergeServices(const RoutingService *a, const RoutingService *b, QString *reason)
{
    const RoutingFacts &fa = a->entry->facts;
    const RoutingFacts &fb = b->entry->facts;
    if (fa.namespaceName != fb.namespaceName) {
        *reason = QString::fromUtf8(namespacesDiffer);
        return false;
    }
    if (fa.resolution != fb.resolution) {
        *reason = QString::fromUtf8(resolutionsDiffer);
        return false;
    }
    if (fa.labels != fb.labels) {
        *reason = QString::fromUtf8(labelsDiffer);
        return false;
    }
    if (fa.selector != fb.selector) {
        *reason = QString::fromUtf8(selectorsDiffer);
        return false;
    }
    if (exportSet(fa) != exportSet(fb)) {
        *reason = QString::fromUtf8(exportToDiffers);
        return false;
    }
    return true;
}

const ScopeEgressListener *SidecarScope::egressForRoute(quint32 port) const
{
    for (const ScopeEgressListener &listener : egress) {
        if (!listener.hasPort || listener.port == port)
            return &listener;
    }
    return nullptr;
}

bool SidecarScope::hasCluster(const QString &host, quint32 port) const
{
    const auto it = services.constFind(host);
    if (it == services.cend())
        return false;
    return std::any_of(it->ports.cbegin(), it->ports.cend(),
                       [&](const RoutingPort &p) { return p.number == port; });
}

ScopeDecision SidecarScope::explain(const RoutingService *service, int egressIndex) const
{
    const ScopeEgressListener &listener = egress[egressIndex];
    ScopeDecision decision;
    decision.service = service;
    decision.egress = egressIndex;
    for (const ImportedService &imported : listener.services) {
        if (imported.service == service) {
            decision.kind = ScopeDecision::Kind::Imported;
            decision.egressHost = imported.egressHost;
            return decision;
        }
    }
    int rule = -1;
    QList<RoutingPort> ports;
    decision.kind = importOf(classify(listener.hosts), listener, service, &rule, &ports);
    if (decision.kind == ScopeDecision::Kind::Excluded)
        decision.egressHost = rule;
    if (decision.kind != ScopeDecision::Kind::Imported)
        return decision;
    decision.egressHost = listener.index < 0 ? -1 : rule;
    decision.kind = ScopeDecision::Kind::Shadowed;
    for (const ImportedService &imported : listener.services) {
        if (imported.service->host == service->host) {
            decision.winner = imported.service;
            break;
        }
    }
    return decision;
}

std::shared_ptr<const SidecarScope> SidecarScope::build(const RoutingRegistry &registry,
                                                        const QString &namespaceName,
                                                        QList<ScopeDecision> *decisions)
{
    auto scope = std::make_shared<SidecarScope>();
    scope->namespaceName = namespaceName;
    for (const SidecarRecord *record : registry.sidecars(namespaceName)) {
        if (record->facts.hasSelector)
            scope->selectorSidecars.append(record);
        else if (!scope->sidecar)
            scope->sidecar = record;
    }
    if (scope->sidecar) {
        scope->source = Source::Own;
    } else {
        for (const SidecarRecord *record : registry.sidecars(registry.mesh().rootNamespace)) {
            if (!record->facts.hasSelector) {
                scope->sidecar = record;
                scope->source = Source::Root;
                break;
            }
        }
    }
    scope->policy = outboundPolicy(registry, scope->sidecar);

    QList<RoutingFacts::EgressListener> listeners;
    if (scope->sidecar)
        listeners = scope->sidecar->facts.egress;
    const bool defaultListener = listeners.isEmpty();
    if (defaultListener) {
        RoutingFacts::EgressListener all;
        all.hosts.append({QStringLiteral("*/*"), {}});
        listeners.append(all);
    }
    const QList<const RoutingService *> candidates = registry.candidates(namespaceName);
    for (int i = 0; i < listeners.size(); ++i) {
        const RoutingFacts::EgressListener &facts = listeners[i];
        ScopeEgressListener listener;
        listener.index = scope->sidecar && !defaultListener ? i : -1;
        listener.hasPort = facts.hasPort;
        listener.port = facts.port;
        listener.protocol = IstioProtocol::parse(facts.portProtocol);
        listener.portName = facts.portName;
        listener.matchPort = facts.hasPort && facts.port != 0 &&
                             listener.protocol != IstioProtocol(IstioProtocol::HttpProxy);
        for (int h = 0; h < facts.hosts.size(); ++h)
            listener.hosts.append(parseEgressHost(facts.hosts[h].value, h, namespaceName));
        selectServices(namespaceName, candidates, int(scope->egress.size()), &listener, decisions);
        scope->egress.append(listener);
    }
    for (const ScopeEgressListener &listener : std::as_const(scope->egress)) {
        for (const ImportedService &imported : listener.services)
            appendService(&scope->services, imported);
    }
    return scope;
}

} // namespace MeshEntry
