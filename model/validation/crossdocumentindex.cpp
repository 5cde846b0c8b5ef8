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

bool selects(const QMap<QString, QString> &selector, const DocumentFacts &workload)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (!workload.hasLabel(it.key(), it.value()))
            return false;
    }
    return true;
}

} // namespace

/// Where a document's cross-document findings go: from its tree, or from the places its facts
/// kept when the tree is gone (a batch run).
class CrossDocumentIndex::Placer
{
public:
    Placer(const DocumentFacts &facts, const SpanTree *tree) : m_facts(facts), m_tree(tree) {}

    SourceSpan name() const { return at(m_facts.nameNode, DocumentFacts::NamePlace); }
    SourceSpan selector() const { return at(m_facts.selectorNode, DocumentFacts::SelectorPlace); }
    SourceSpan address() const { return at(m_facts.addressNode, DocumentFacts::AddressPlace); }
    SourceSpan host(int i) const
    {
        return m_tree ? ValidationContext::spanIn(*m_tree, m_facts.hostNode(i))
                      : m_facts.hostPlace(i);
    }
    SourceSpan workloadPort(int i) const
    {
        return m_tree ? ValidationContext::keySpanIn(*m_tree, m_facts.workloadPort(i).keyNode)
                      : m_facts.workloadPortPlace(i);
    }

private:
    SourceSpan at(int node, DocumentFacts::Place place) const
    {
        return m_tree ? ValidationContext::spanIn(*m_tree, node) : m_facts.places.value(place);
    }

    const DocumentFacts &m_facts;
    const SpanTree *m_tree;
};

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
    if (!f.name.isEmpty())
        m_byName[nameKey(f)].append(id);
    if (f.isServiceEntry()) {
        for (int i = 0; i < f.hostCount(); ++i) {
            if (f.repeatsHost(i))
                continue;
            const QByteArray host = f.hostBytes(i).bytes().toByteArray();
            m_byHost[host].add(id, &f);
            m_changedHosts.insert(host);
        }
        if (f.hasSelector && f.selector.isEmpty())
            m_emptySelectors[f.namespaceName].append(id);
        for (auto it = f.selector.cbegin(); it != f.selector.cend(); ++it)
            m_selectorsByLabel[LabelKey{f.namespaceName, it.key(), it.value()}].append(id);
    } else {
        m_workloads.insert(id, f.namespaceName, f.labels());
    }
}

void CrossDocumentIndex::remove(int id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    const DocumentFacts &facts = it->second;
    if (!facts.name.isEmpty()) {
        const NameKey key = nameKey(facts);
        QList<int> &group = m_byName[key];
        group.removeOne(id);
        if (group.isEmpty())
            m_byName.remove(key);
    }
    if (facts.isServiceEntry()) {
        for (int i = 0; i < facts.hostCount(); ++i) {
            if (facts.repeatsHost(i))
                continue;
            const QByteArray host = facts.hostBytes(i).bytes().toByteArray();
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
        m_workloads.remove(id, facts.namespaceName, facts.labels());
    }
    m_entries.erase(it);
}

void CrossDocumentIndex::update()
{
    QList<HostGroup *> groups;
    groups.reserve(m_changedHosts.size());
    for (const QByteArray &host : std::as_const(m_changedHosts)) {
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
    const QMap<QString, QString> labels = workload.labels();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const auto list =
            m_selectorsByLabel.constFind(LabelKey{namespaceName, it.key(), it.value()});
        if (list != m_selectorsByLabel.cend())
            candidates += list.value();
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    QList<int> result;
    for (const int id : std::as_const(candidates)) {
        if (selects(at(id).selector, workload))
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
    if (!facts.name.isEmpty()) {
        const auto named = m_byName.constFind(nameKey(facts));
        if (named != m_byName.cend())
            addMembers(named.value());
    }
    if (facts.isServiceEntry()) {
        for (int i = 0; i < facts.hostCount(); ++i) {
            const auto group = m_byHost.find(facts.hostBytes(i).bytes().toByteArray());
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

void CrossDocumentIndex::duplicateName(const DocumentFacts &facts, const Placer &place,
                                       QList<Diagnostic> *out) const
{
    if (facts.name.isEmpty())
        return;
    const auto found = m_byName.constFind(nameKey(facts));
    if (found == m_byName.cend() || found->size() < 2)
        return;
    out->append(ValidationContext::finding(
        u"ME-DUPLICATE-NAME",
        QStringLiteral("%1 %2 is defined %3 times in the open files; applying them "
                       "keeps only the last one")
            .arg(facts.kindName, facts.fullName())
            .arg(found->size()),
        place.name()));
}

CrossDocumentIndex::SharedHosts CrossDocumentIndex::sharedHosts(const DocumentFacts &facts) const
{
    SharedHosts groups;
    for (int i = 0; i < facts.hostCount(); ++i) {
        if (facts.repeatsHost(i))
            continue;
        const auto group = m_byHost.find(facts.hostBytes(i).bytes().toByteArray());
        if (group != m_byHost.end() && group->second.ids().size() > 1)
            groups.append({i, &group->second});
    }
    return groups;
}

void CrossDocumentIndex::conflictingProtocols(int id, const DocumentFacts &facts,
                                              const DocumentFacts::HostKeys &keys,
                                              const SharedHosts &groups, const Placer &place,
                                              QList<Diagnostic> *out) const
{
    for (const auto &[host, group] : groups) {
        for (const quint32 port : keys.portNumbers) {
            const HostGroup::ProtocolConflict *conflict = group->protocolConflict(id, port);
            if (!conflict)
                continue;
            out->append(ValidationContext::finding(
                u"IST0177",
                QStringLiteral("Multiple ServiceEntries (%1) define the same host "
                               "%2 and port %3 with conflicting protocols (%4).")
                    .arg(conflict->names, goQuote(facts.host(host)))
                    .arg(port)
                    .arg(conflict->protocols),
                place.name()));
            return;
        }
    }
}

void CrossDocumentIndex::hostPortsDiffer(int id, const DocumentFacts &facts,
                                         const DocumentFacts::HostKeys &keys,
                                         const SharedHosts &groups, const Placer &place,
                                         QList<Diagnostic> *out) const
{
    for (const auto &[host, group] : groups) {
        const HostGroup::PortsDiffer differ = group->portsDiffer(id);
        if (differ.count == 0)
            continue;
        QStringList others = differ.first;
        if (differ.count > maxListed)
            others.append(QStringLiteral("%1 more").arg(differ.count - maxListed));
        out->append(ValidationContext::finding(
            u"ME-HOST-PORTS-DIFFER",
            QStringLiteral("host %1 is also defined by %2 with other ports than this "
                           "ServiceEntry (%3); Istio does not reliably merge "
                           "ServiceEntries that share a host, so some of these ports "
                           "may not work (istio/istio#31483)")
                .arg(goQuote(facts.host(host)), others.join(u", "), keys.portSignature),
            place.host(host)));
    }
}

void CrossDocumentIndex::selectorMatches(const DocumentFacts &facts, const Placer &place,
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
        place.selector()));
}

void CrossDocumentIndex::workloadChecks(const DocumentFacts &facts, const Placer &place,
                                        QList<Diagnostic> *out) const
{
    const QList<int> selecting = selectingServiceEntries(facts);
    if (selecting.isEmpty())
        return;
    const QString address = facts.address();
    const bool socket = address.startsWith(u"unix://");
    const bool hostName = !address.isEmpty() && !socket && !IstioPredicates::isIp(address);
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
                    .arg(goQuote(address),
                         socket ? QStringLiteral("a unix socket") : QStringLiteral("a host name"),
                         serviceEntry.fullName()),
                place.address()));
        }
        if (serviceEntry.resolution == ServiceEntryView::None)
            continue;
        portsKnown = true;
        selectors.append(serviceEntry.fullName());
        for (const DocumentFacts::Port &port : serviceEntry.ports())
            servicePorts.append(port.name);
    }
    if (!portsKnown)
        return;
    servicePorts.removeDuplicates();
    servicePorts.sort();
    selectors.removeDuplicates();
    selectors.sort();
    for (int i = 0; i < facts.workloadPortCount(); ++i) {
        const DocumentFacts::WorkloadPort port = facts.workloadPort(i);
        if (servicePorts.contains(port.name))
            continue;
        out->append(ValidationContext::finding(
            u"ME-WORKLOAD-PORT-UNKNOWN",
            QStringLiteral("port %1 is not a port of the ServiceEntries selecting "
                           "this WorkloadEntry (%2: %3); Istio ignores it")
                .arg(goQuote(port.name), selectors.join(u", "),
                     servicePorts.isEmpty() ? QStringLiteral("no ports")
                                            : servicePorts.join(u", ")),
            place.workloadPort(i)));
    }
}

QList<Diagnostic> CrossDocumentIndex::findings(int id, const ValidationOptions &options,
                                               const SpanTree *tree) const
{
    QList<Diagnostic> result;
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return result;
    const DocumentFacts &facts = it->second;
    const Placer place(facts, tree);
    duplicateName(facts, place, &result);
    if (facts.isServiceEntry()) {
        // Hosts that no other ServiceEntry declares need nothing more.
        const SharedHosts groups = sharedHosts(facts);
        if (!groups.isEmpty()) {
            const DocumentFacts::HostKeys keys = facts.hostKeys();
            conflictingProtocols(id, facts, keys, groups, place, &result);
            hostPortsDiffer(id, facts, keys, groups, place, &result);
        }
        selectorMatches(facts, place, &result);
    } else {
        workloadChecks(facts, place, &result);
    }
    result.removeIf([&](const Diagnostic &diagnostic) {
        return DocumentValidator::isSuppressed(diagnostic.rule, facts, options);
    });
    return result;
}

} // namespace MeshEntry
