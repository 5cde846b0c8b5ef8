#include "crossdocumentindex.h"

#include "documentvalidator.h"
#include "istiopredicates.h"
#include "ruleregistry.h"
#include "serviceentryview.h"
#include "spantree.h"
#include "validationcontext.h"
#include "workloadinventory.h"

#include <QtConcurrent>
#include <algorithm>

namespace MeshEntry {

namespace {

using IstioPredicates::goQuote;

constexpr int maxListed = 3;
/// Below this many changed host groups, analyzing them on one thread is faster.
constexpr qsizetype parallelGroups = 256;

bool selects(const QMap<QString, QString> &selector, const QMap<QString, QString> &labels)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        const auto found = labels.constFind(it.key());
        if (found == labels.cend() || found.value() != it.value())
            return false;
    }
    return true;
}

SourceSpan spanIn(const SpanTree &tree, int node)
{
    return ValidationContext::spanIn(tree, node);
}

} // namespace

void CrossDocumentIndex::clear()
{
    m_entries.clear();
    m_byName.clear();
    m_byHost.clear();
    m_changedHosts.clear();
    m_selectorsByLabel.clear();
    m_emptySelectors.clear();
    m_workloads = LabelIndex();
}

void CrossDocumentIndex::reserve(int documents)
{
    m_entries.reserve(size_t(documents));
    m_byName.reserve(documents);
    m_byHost.reserve(size_t(documents));
}

void CrossDocumentIndex::insert(int id, DocumentFacts facts)
{
    if (facts.kind == DocumentFacts::Kind::Other)
        return;
    remove(id);
    const DocumentFacts &f = m_entries.emplace(id, std::move(facts)).first->second;
    if (!f.nameKey.isEmpty())
        m_byName[f.nameKey].append(id);
    if (f.isServiceEntry()) {
        for (const QString &host : f.distinctHosts) {
            m_byHost[host].add(id, &f);
            m_changedHosts.insert(host);
        }
        if (f.hasSelector && f.selector.isEmpty())
            m_emptySelectors[f.namespaceName].append(id);
        for (auto it = f.selector.cbegin(); it != f.selector.cend(); ++it)
            m_selectorsByLabel[LabelKey{f.namespaceName, it.key(), it.value()}].append(id);
    } else {
        m_workloads.insert(id, f.namespaceName, f.labels);
    }
}

void CrossDocumentIndex::remove(int id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    const DocumentFacts &facts = it->second;
    if (!facts.nameKey.isEmpty()) {
        QList<int> &group = m_byName[facts.nameKey];
        group.removeOne(id);
        if (group.isEmpty())
            m_byName.remove(facts.nameKey);
    }
    if (facts.isServiceEntry()) {
        for (const QString &host : facts.distinctHosts) {
            const auto group = m_byHost.find(host);
            if (group == m_byHost.end())
                continue;
            group->second.remove(id);
            if (group->second.isEmpty()) {
                m_byHost.erase(group);
                m_changedHosts.remove(host);
            } else {
                m_changedHosts.insert(host);
            }
        }
        if (facts.hasSelector && facts.selector.isEmpty()) {
            m_emptySelectors[facts.namespaceName].removeOne(id);
            if (m_emptySelectors[facts.namespaceName].isEmpty())
                m_emptySelectors.remove(facts.namespaceName);
        }
        for (auto label = facts.selector.cbegin(); label != facts.selector.cend(); ++label) {
            const auto list =
                m_selectorsByLabel.find(LabelKey{facts.namespaceName, label.key(), label.value()});
            if (list == m_selectorsByLabel.end())
                continue;
            list->removeOne(id);
            if (list->isEmpty())
                m_selectorsByLabel.erase(list);
        }
    } else {
        m_workloads.remove(id, facts.namespaceName, facts.labels);
    }
    m_entries.erase(it);
}

void CrossDocumentIndex::update()
{
    QList<HostGroup *> groups;
    groups.reserve(m_changedHosts.size());
    for (const QString &host : std::as_const(m_changedHosts)) {
        const auto group = m_byHost.find(host);
        if (group != m_byHost.end() && group->second.needsAnalysis())
            groups.append(&group->second);
    }
    m_changedHosts.clear();
    const auto analyze = [](HostGroup *group) { group->analyze(maxListed); };
    if (groups.size() >= parallelGroups)
        QtConcurrent::blockingMap(groups, analyze);
    else
        std::for_each(groups.begin(), groups.end(), analyze);
}

QList<int> CrossDocumentIndex::selectingServiceEntries(const DocumentFacts &workload) const
{
    const QString &namespaceName = workload.namespaceName;
    QList<int> candidates = m_emptySelectors.value(namespaceName);
    for (auto it = workload.labels.cbegin(); it != workload.labels.cend(); ++it) {
        const auto list =
            m_selectorsByLabel.constFind(LabelKey{namespaceName, it.key(), it.value()});
        if (list != m_selectorsByLabel.cend())
            candidates += list.value();
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    QList<int> result;
    for (const int id : std::as_const(candidates)) {
        if (selects(at(id).selector, workload.labels))
            result.append(id);
    }
    return result;
}

QList<int> CrossDocumentIndex::selectedWorkloads(const DocumentFacts &serviceEntry) const
{
    if (!serviceEntry.hasSelector)
        return {};
    return m_workloads.select(serviceEntry.namespaceName, serviceEntry.selector);
}

QSet<int> CrossDocumentIndex::dependents(int id) const
{
    QSet<int> result;
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return result;
    const DocumentFacts &facts = it->second;
    const auto addMembers = [&result](const QList<int> &members) {
        for (const int member : members)
            result.insert(member);
    };
    const auto named = m_byName.constFind(facts.nameKey);
    if (named != m_byName.cend())
        addMembers(named.value());
    if (facts.isServiceEntry()) {
        for (const QString &host : facts.distinctHosts) {
            const auto group = m_byHost.find(host);
            if (group != m_byHost.end())
                addMembers(group->second.ids());
        }
        addMembers(selectedWorkloads(facts));
    } else {
        addMembers(selectingServiceEntries(facts));
    }
    result.remove(id);
    return result;
}

void CrossDocumentIndex::duplicateName(const DocumentFacts &facts, const SpanTree &tree,
                                       QList<Diagnostic> *out) const
{
    const auto found = m_byName.constFind(facts.nameKey);
    if (found == m_byName.cend() || found->size() < 2)
        return;
    out->append(ValidationContext::finding(
        u"ME-DUPLICATE-NAME",
        QStringLiteral("%1 %2 is defined %3 times in the open files; applying them "
                       "keeps only the last one")
            .arg(facts.kindName, facts.fullName())
            .arg(found->size()),
        spanIn(tree, facts.nameNode)));
}

void CrossDocumentIndex::conflictingProtocols(int id, const DocumentFacts &facts,
                                              const SpanTree &tree, QList<Diagnostic> *out) const
{
    for (const QString &host : facts.distinctHosts) {
        const auto group = m_byHost.find(host);
        if (group == m_byHost.end())
            continue;
        for (const quint32 port : facts.portNumbers) {
            const HostGroup::ProtocolConflict *conflict = group->second.protocolConflict(id, port);
            if (!conflict)
                continue;
            out->append(ValidationContext::finding(
                u"IST0177",
                QStringLiteral("Multiple ServiceEntries (%1) define the same host "
                               "%2 and port %3 with conflicting protocols (%4).")
                    .arg(conflict->names, goQuote(host))
                    .arg(port)
                    .arg(conflict->protocols),
                spanIn(tree, facts.nameNode)));
            return;
        }
    }
}

void CrossDocumentIndex::hostPortsDiffer(int id, const DocumentFacts &facts, const SpanTree &tree,
                                         QList<Diagnostic> *out) const
{
    for (int i = 0; i < facts.hosts.size(); ++i) {
        if (facts.hosts.indexOf(facts.hosts[i]) != i)
            continue;
        const auto group = m_byHost.find(facts.hosts[i]);
        if (group == m_byHost.end())
            continue;
        const HostGroup::PortsDiffer differ = group->second.portsDiffer(id);
        if (differ.count == 0)
            continue;
        QStringList others;
        for (const DocumentFacts *other : differ.first)
            others.append(QStringLiteral("ServiceEntry %1 (%2)")
                              .arg(other->fullName(), other->portSignature));
        if (differ.count > maxListed)
            others.append(QStringLiteral("%1 more").arg(differ.count - maxListed));
        out->append(ValidationContext::finding(
            u"ME-HOST-PORTS-DIFFER",
            QStringLiteral("host %1 is also defined by %2 with other ports than this "
                           "ServiceEntry (%3); Istio does not reliably merge "
                           "ServiceEntries that share a host, so some of these ports "
                           "may not work (istio/istio#31483)")
                .arg(goQuote(facts.hosts[i]), others.join(u", "), facts.portSignature),
            spanIn(tree, facts.hostNodes.value(i, -1))));
    }
}

void CrossDocumentIndex::selectorMatches(const DocumentFacts &facts, const SpanTree &tree,
                                         QList<Diagnostic> *out) const
{
    if (!m_inventory || !facts.hasSelector)
        return;
    if (m_workloads.matchesAny(facts.namespaceName, facts.selector) ||
        m_inventory->matchesAny(facts.namespaceName, facts.selector))
        return;
    out->append(ValidationContext::finding(
        u"ME-SELECTOR-NO-MATCH",
        QStringLiteral("workloadSelector matches no Pod or WorkloadEntry in namespace %1")
            .arg(goQuote(facts.namespaceName)),
        spanIn(tree, facts.selectorNode)));
}

void CrossDocumentIndex::workloadChecks(const DocumentFacts &facts, const SpanTree &tree,
                                        QList<Diagnostic> *out) const
{
    const QList<int> selecting = selectingServiceEntries(facts);
    if (selecting.isEmpty())
        return;
    const bool socket = facts.address.startsWith(u"unix://");
    const bool hostName =
        !facts.address.isEmpty() && !socket && !IstioPredicates::isIp(facts.address);
    QStringList servicePorts;
    QStringList selectors;
    bool portsKnown = false;
    for (const int id : selecting) {
        const DocumentFacts &serviceEntry = at(id);
        if ((socket || hostName) && serviceEntry.resolution == ServiceEntryView::Static) {
            out->append(ValidationContext::finding(
                u"ME-STATIC-FQDN-WORKLOAD",
                QStringLiteral("address %1 is %2: ServiceEntry %3 (resolution STATIC) "
                               "selects this WorkloadEntry, but Istio skips it")
                    .arg(goQuote(facts.address),
                         socket ? QStringLiteral("a unix socket") : QStringLiteral("a host name"),
                         serviceEntry.fullName()),
                spanIn(tree, facts.addressNode)));
        }
        if (serviceEntry.resolution == ServiceEntryView::None)
            continue;
        portsKnown = true;
        selectors.append(serviceEntry.fullName());
        for (const DocumentFacts::Port &port : serviceEntry.ports)
            servicePorts.append(port.name);
    }
    if (!portsKnown)
        return;
    servicePorts.removeDuplicates();
    servicePorts.sort();
    selectors.removeDuplicates();
    selectors.sort();
    for (const DocumentFacts::WorkloadPort &port : facts.workloadPorts) {
        if (servicePorts.contains(port.name))
            continue;
        out->append(ValidationContext::finding(
            u"ME-WORKLOAD-PORT-UNKNOWN",
            QStringLiteral("port %1 is not a port of the ServiceEntries selecting "
                           "this WorkloadEntry (%2: %3); Istio ignores it")
                .arg(goQuote(port.name), selectors.join(u", "),
                     servicePorts.isEmpty() ? QStringLiteral("no ports")
                                            : servicePorts.join(u", ")),
            ValidationContext::keySpanIn(tree, port.keyNode)));
    }
}

QList<Diagnostic> CrossDocumentIndex::findings(int id, const ValidationOptions &options,
                                               const SpanTree &tree) const
{
    QList<Diagnostic> result;
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return result;
    const DocumentFacts &facts = it->second;
    duplicateName(facts, tree, &result);
    if (facts.isServiceEntry()) {
        conflictingProtocols(id, facts, tree, &result);
        hostPortsDiffer(id, facts, tree, &result);
        selectorMatches(facts, tree, &result);
    } else {
        workloadChecks(facts, tree, &result);
    }
    result.removeIf([&](const Diagnostic &diagnostic) {
        return DocumentValidator::isSuppressed(diagnostic.rule, facts, options);
    });
    return result;
}

} // namespace MeshEntry
