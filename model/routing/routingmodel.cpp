#include "routingmodel.h"

#include "requestwalker.h"
#include "yamldocument.h"

namespace MeshEntry {

RoutingModel::RoutingModel() = default;
RoutingModel::~RoutingModel() = default;

void RoutingModel::setMeshConfig(const MeshConfig &mesh)
{
    m_registry.setMeshConfig(mesh);
    m_settingsChanged = true;
}

void RoutingModel::setNamespaceInventory(const NamespaceInventory &namespaces)
{
    m_registry.setNamespaceInventory(namespaces);
    m_settingsChanged = true;
}

void RoutingModel::setWorkloadInventory(const WorkloadInventory *workloads)
{
    m_registry.setWorkloadInventory(workloads);
    m_settingsChanged = true;
}

void RoutingModel::documentRead(int id, const YamlDocument &document, const QString &namespaceName)
{
    setDocument(id, RoutingFacts::read(document, namespaceName, m_strings));
}

std::any RoutingModel::observe(const SpanTree &tree, const DocumentInfo &info, bool syntaxErrors,
                               const QString &namespaceName) const
{
    RoutingFacts facts = RoutingFacts::read(tree, info, syntaxErrors, namespaceName, m_strings);
    if (facts.kind == RoutingFacts::Kind::Other)
        return std::shared_ptr<RoutingFacts>();
    return std::make_shared<RoutingFacts>(std::move(facts));
}

void RoutingModel::documentObserved(int id, std::any observation)
{
    setPending(id, std::any_cast<std::shared_ptr<RoutingFacts>>(std::move(observation)));
}

void RoutingModel::documentRemoved(int id)
{
    const QMutexLocker lock(&m_pendingLock);
    m_pending.remove(id);
    m_pendingRemovals.insert(id);
}

void RoutingModel::setDocument(int id, RoutingFacts facts)
{
    setPending(id, facts.kind == RoutingFacts::Kind::Other
                       ? std::shared_ptr<RoutingFacts>()
                       : std::make_shared<RoutingFacts>(std::move(facts)));
}

void RoutingModel::setPending(int id, std::shared_ptr<RoutingFacts> facts)
{
    const QMutexLocker lock(&m_pendingLock);
    m_pendingRemovals.remove(id);
    m_pending.insert(id, std::move(facts));
}

QSet<int> RoutingModel::update()
{
    QHash<int, std::shared_ptr<RoutingFacts>> pending;
    QSet<int> removals;
    {
        const QMutexLocker lock(&m_pendingLock);
        pending.swap(m_pending);
        removals.swap(m_pendingRemovals);
    }
    if (pending.isEmpty() && removals.isEmpty() && !m_settingsChanged)
        return {};
    // Cached views point into the records about to change: drop them first.
    m_scopes.clear();
    m_plans.clear();
    for (const int id : std::as_const(removals))
        m_registry.removeDocument(id);
    QList<int> ids = pending.keys();
    std::sort(ids.begin(), ids.end());
    for (const int id : std::as_const(ids)) {
        std::shared_ptr<RoutingFacts> &facts = pending[id];
        m_registry.setDocument(id, facts ? std::move(*facts) : RoutingFacts());
        facts.reset(); // its memory goes back before the next record is built
    }
    m_settingsChanged = false;
    // Edits leave values nobody uses in the pool: drop them once it has doubled.
    if (m_strings.size() > 2 * m_stringsPruned + 1024) {
        m_strings.prune();
        m_stringsPruned = m_strings.size();
    }
    const RoutingRegistry::Changes changes = m_registry.takeChanges();
    if (changes.isEmpty())
        return {};
    ++m_revision;
    return m_conflicts.update(m_registry, changes);
}

std::shared_ptr<const SidecarScope> RoutingModel::scope(const QString &namespaceName) const
{
    auto it = m_scopes.constFind(namespaceName);
    if (it != m_scopes.cend())
        return *it;
    std::shared_ptr<const SidecarScope> built = SidecarScope::build(m_registry, namespaceName);
    m_scopes.insert(namespaceName, built);
    return built;
}

std::shared_ptr<const PortPlan> RoutingModel::plan(const QString &namespaceName, quint32 port) const
{
    const QString key = namespaceName + u'\n' + QString::number(port);
    auto it = m_plans.constFind(key);
    if (it != m_plans.cend())
        return *it;
    const std::shared_ptr<const SidecarScope> view = scope(namespaceName);
    std::shared_ptr<const PortPlan> built = PortPlan::build(m_registry, *view, port);
    m_plans.insert(key, built);
    return built;
}

namespace {

const char *const skippedPort =
    QT_TRANSLATE_NOOP("MeshEntry::Message", "port %1 of %2 (%3) gets no listener: %4");
const NestedMessages skippedPortReason(skippedPort, 4, SkippedPort::reasons());

} // namespace

RouteAnswer RoutingModel::route(const RoutingRequest &request) const
{
    const std::shared_ptr<const SidecarScope> view = scope(request.fromNamespace);
    const std::shared_ptr<const PortPlan> ports = plan(request.fromNamespace, request.port);
    RouteAnswer answer = RequestWalker(m_registry, *view, *ports).walk(request);
    // A chain of the requested host that a conflict dropped explains many surprises.
    const QString host = answer.request.host.section(u':', 0, 0);
    for (const DroppedChain &dropped : ports->dropped) {
        if (dropped.reason == DroppedChain::Reason::Locked ||
            dropped.chain.origin.service->host != host)
            continue;
        answer.addWarning(MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                        "the filter chain of %1 (%2) on %3 was "
                                                        "dropped: %4 (%5) has the same match"))
                              .arg(host, entryName(*dropped.chain.origin.service->entry),
                                   dropped.listener, dropped.existing.service->host,
                                   entryName(*dropped.existing.service->entry)));
    }
    for (const SkippedPort &skipped : ports->skipped) {
        if (skipped.origin.service->host == host)
            answer.addWarning(MessageText(skippedPort)
                                  .arg(QString::number(skipped.origin.port.number), host,
                                       entryName(*skipped.origin.service->entry), skipped.reason));
    }
    return answer;
}

QStringList RoutingModel::namespaces() const
{
    QStringList out = m_registry.knownNamespaces() + m_registry.exportTargets();
    out.sort();
    out.removeDuplicates();
    return out;
}

ServiceVisibility RoutingModel::visibility(const QString &namespaceName) const
{
    return ServiceVisibility::compute(m_registry, namespaceName);
}

} // namespace MeshEntry
