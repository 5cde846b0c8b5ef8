#include "crossdocumentindex.h"

#include "documentvalidator.h"
#include "istiopredicates.h"
#include "ruleregistry.h"
#include "serviceentryview.h"
#include "spantree.h"
#include "validationcontext.h"
#include "workerpool.h"
#include "workloadinventory.h"
#include "workloadmatcher.h"
#include "workloadreader.h"

#include <QtConcurrent>
#include <algorithm>

namespace MeshEntry {

namespace {

// The templates that nest messages of their own: which entries differ and how (hostgroup.cpp),
// the ports they lose, why a workload makes no endpoint (workloadmatcher.cpp).
const char *const portsDiffer = QT_TRANSLATE_NOOP(
    "MeshEntry::Message",
    "host %1 is also defined in namespace %2 by %3, and Istio merges ServiceEntries of one host "
    "and namespace only when resolution, labels, workloadSelector and exportTo agree: it keeps "
    "%4 for the host (%5), and %6 (sidecars get %7)");
const char *const selectsOneUnused = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "workloadSelector selects 1 workload in namespace %1, but Istio makes an "
                          "endpoint of none: %2 %3: %4");
const char *const selectsSeveralUnused =
    QT_TRANSLATE_NOOP("MeshEntry::Message",
                      "workloadSelector selects %5 workloads in namespace %1, but Istio makes an "
                      "endpoint of none: %2 %3: %4");
const QList<const char *> mergeTemplates = {
#include "crossdocumentindex.templates.inc"
#include "hostgroup.templates.inc"
};
const QList<const char *> workloadReasons = {
#include "workloadmatcher.templates.inc"
};

/// Declares what the nesting arguments of the templates above may be made from.
struct Declarations {
    Declarations()
    {
        NestedMessages(portsDiffer, 3, mergeTemplates, ListKind::And);
        for (int number = 4; number <= 7; ++number)
            NestedMessages(portsDiffer, number, mergeTemplates);
        NestedMessages(selectsOneUnused, 4, workloadReasons, ListKind::Semicolons);
        NestedMessages(selectsSeveralUnused, 4, workloadReasons, ListKind::Semicolons);
    }
};
const Declarations declarations;

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

/// What the matcher needs of a ServiceEntry's facts.
SelectorQuery queryFor(const DocumentFacts &facts)
{
    SelectorQuery query;
    query.name = facts.name;
    query.namespaceName = facts.namespaceName;
    query.resolution = facts.resolution;
    query.hasSelector = facts.hasSelector;
    query.selector = facts.selector;
    for (const DocumentFacts::Port &port : facts.ports())
        query.ports.append({port.number, port.name, port.protocol, 0});
    return query;
}

} // namespace

/// Where a document's cross-document findings go: the places its facts kept.
class CrossDocumentIndex::Placer
{
public:
    explicit Placer(const DocumentFacts &facts) : m_facts(facts) {}

    SourceSpan name() const { return m_facts.places.value(DocumentFacts::NamePlace); }
    SourceSpan selector() const { return m_facts.places.value(DocumentFacts::SelectorPlace); }
    SourceSpan address() const { return m_facts.places.value(DocumentFacts::AddressPlace); }
    SourceSpan host(int i) const { return m_facts.hostPlace(i); }
    SourceSpan workloadPort(int i) const { return m_facts.workloadPortPlace(i); }

private:
    const DocumentFacts &m_facts;
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
    m_workloadsBuilt = false;
}

void CrossDocumentIndex::reserve(int documents)
{
    m_entries.reserve(size_t(documents));
    m_byName.reserve(size_t(documents));
    m_byHost.reserve(size_t(documents) * 2);
}

const LabelIndex &CrossDocumentIndex::workloads() const
{
    if (!m_workloadsBuilt) {
        for (const auto &[id, entry] : m_entries) {
            if (entry.facts.kind == DocumentFacts::Kind::WorkloadEntry)
                m_workloads.insert(id, entry.facts.namespaceName, effectiveLabels(entry.facts));
        }
        m_workloadsBuilt = true;
    }
    return m_workloads;
}

void CrossDocumentIndex::insert(int id, DocumentFacts facts)
{
    if (facts.kind == DocumentFacts::Kind::Other)
        return;
    remove(id);
    facts.squeeze();
    Entry &entry = m_entries.emplace(id, Entry{std::move(facts), nullptr, {}}).first->second;
    const DocumentFacts &f = entry.facts;
    if (!f.name.isEmpty()) {
        NameGroup &names = m_byName[NameKey{f.kindName, f.namespaceName, f.name}];
        names.append(id);
        entry.names = &names;
    }
    if (f.isServiceEntry()) {
        for (int i = 0; i < f.hostCount(); ++i) {
            if (f.repeatsHost(i))
                continue;
            const YamlText host = f.hostBytes(i);
            auto group = m_byHost.find(QByteArray::fromRawData(host.data(), host.size()));
            if (group == m_byHost.end())
                group = m_byHost.emplace(host.bytes().toByteArray(), HostGroup()).first;
            group->second.add(id, &f);
            queue(&*group);
            entry.hosts.append({i, &*group});
        }
        if (f.hasSelector && f.selector.isEmpty())
            m_emptySelectors[f.namespaceName].append(id);
        for (auto it = f.selector.cbegin(); it != f.selector.cend(); ++it)
            m_selectorsByLabel[{f.namespaceName, it.key(), it.value()}].append(id);
    } else if (m_workloadsBuilt) {
        m_workloads.insert(id, f.namespaceName, effectiveLabels(f));
    }
}

void CrossDocumentIndex::remove(int id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    const Entry &entry = it->second;
    const DocumentFacts &facts = entry.facts;
    if (entry.names) {
        entry.names->remove(entry.names->indexOf(id));
        if (entry.names->isEmpty())
            m_byName.erase(NameKey{facts.kindName, facts.namespaceName, facts.name});
    }
    if (facts.isServiceEntry()) {
        for (const auto &[host, group] : entry.hosts) {
            group->second.remove(id);
            if (group->second.isEmpty() && !group->second.isQueued())
                m_byHost.erase(m_byHost.find(group->first));
            else
                queue(group);
        }
        if (facts.hasSelector && facts.selector.isEmpty()) {
            m_emptySelectors[facts.namespaceName].removeOne(id);
            if (m_emptySelectors[facts.namespaceName].isEmpty())
                m_emptySelectors.remove(facts.namespaceName);
        }
        for (auto label = facts.selector.cbegin(); label != facts.selector.cend(); ++label) {
            const auto list =
                m_selectorsByLabel.find({facts.namespaceName, label.key(), label.value()});
            if (list == m_selectorsByLabel.end())
                continue;
            list->removeOne(id);
            if (list->isEmpty())
                m_selectorsByLabel.erase(list);
        }
    } else if (m_workloadsBuilt) {
        m_workloads.remove(id, facts.namespaceName, effectiveLabels(facts));
    }
    m_entries.erase(it);
}

void CrossDocumentIndex::queue(HostGroups::value_type *group)
{
    if (group->second.isQueued())
        return;
    group->second.setQueued(true);
    m_changedHosts.append(group);
}

QSet<int> CrossDocumentIndex::update()
{
    QList<HostGroup *> groups;
    groups.reserve(m_changedHosts.size());
    for (HostGroups::value_type *group : std::as_const(m_changedHosts)) {
        group->second.setQueued(false);
        if (group->second.isEmpty())
            m_byHost.erase(m_byHost.find(group->first));
        else if (group->second.needsAnalysis())
            groups.append(&group->second);
    }
    m_changedHosts.clear();
    const auto analyze = [this](HostGroup *group) { group->analyze(maxListed, m_defaultExportTo); };
    if (groups.size() >= parallelGroups)
        blockingMap(groups, analyze);
    else
        std::for_each(groups.begin(), groups.end(), analyze);
    // ME-SELECTOR-NO-MATCH reads the workloads from every thread: build them here, once.
    if (m_inventory)
        workloads();
    QSet<int> changed;
    for (const HostGroup *group : std::as_const(groups)) {
        for (const int id : group->changedMembers())
            changed.insert(id);
    }
    return changed;
}

Workload CrossDocumentIndex::workloadOf(const DocumentFacts &facts)
{
    QStringList ports;
    for (int i = 0; i < facts.workloadPortCount(); ++i)
        ports.append(facts.workloadPort(i).name);
    return WorkloadReader::fromFields({facts.name, facts.namespaceName, facts.labels(),
                                       facts.address(), ports, facts.network(), facts.locality(),
                                       facts.healthChecks(), facts.healthyStatus()});
}

QString CrossDocumentIndex::clusterId() const
{
    return m_inventory ? m_inventory->clusterId() : WorkloadInventory::defaultClusterId();
}

QMap<QString, QString> CrossDocumentIndex::effectiveLabels(const DocumentFacts &workload) const
{
    return workloadOf(workload).effectiveLabels(clusterId());
}

QList<int> CrossDocumentIndex::selectingServiceEntries(const DocumentFacts &workload) const
{
    const QMap<QString, QString> labels = effectiveLabels(workload);
    QList<int> candidates = m_emptySelectors.value(workload.namespaceName);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const auto list =
            m_selectorsByLabel.constFind({workload.namespaceName, it.key(), it.value()});
        if (list != m_selectorsByLabel.cend())
            candidates += list.value();
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    QList<int> result;
    for (const int id : std::as_const(candidates)) {
        if (selects(at(id).selector, labels))
            result.append(id);
    }
    return result;
}

QList<int> CrossDocumentIndex::selectedWorkloads(const DocumentFacts &serviceEntry) const
{
    if (!serviceEntry.hasSelector)
        return {};
    return workloads().select(serviceEntry.namespaceName, serviceEntry.selector);
}

QSet<int> CrossDocumentIndex::dependents(int id) const
{
    QSet<int> result;
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return result;
    const Entry &entry = it->second;
    const auto addMembers = [&result](const auto &members) {
        for (const int member : members)
            result.insert(member);
    };
    if (entry.names)
        addMembers(*entry.names);
    if (entry.facts.isServiceEntry()) {
        addMembers(selectedWorkloads(entry.facts));
    } else {
        addMembers(selectingServiceEntries(entry.facts));
    }
    result.remove(id);
    return result;
}

void CrossDocumentIndex::duplicateName(const Entry &entry, const Placer &place,
                                       QList<Diagnostic> *out) const
{
    if (!entry.names || entry.names->size() < 2)
        return;
    out->append(ValidationContext::finding(
        u"ME-DUPLICATE-NAME",
        MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                      "%1 %2 is defined %3 times in the open files; applying "
                                      "them keeps only the last one"))
            .arg(entry.facts.kindName, entry.facts.fullName())
            .arg(entry.names->size()),
        place.name()));
}

void CrossDocumentIndex::conflictingProtocols(int id, const Entry &entry,
                                              const DocumentFacts::HostKeys &keys,
                                              const Placer &place, QList<Diagnostic> *out) const
{
    for (const auto &[host, group] : entry.hosts) {
        for (const quint32 port : keys.portNumbers) {
            const HostGroup::ProtocolConflict *conflict = group->second.protocolConflict(id, port);
            if (!conflict)
                continue;
            out->append(ValidationContext::finding(
                u"IST0177",
                MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                              "Multiple ServiceEntries (%1) define the same host "
                                              "%2 and port %3 with conflicting protocols (%4)."))
                    .arg(conflict->names, goQuote(entry.facts.host(host)))
                    .arg(port)
                    .arg(conflict->protocols),
                place.name()));
            return;
        }
    }
}

namespace {

/// The ports an entry that is not merged loses, in one sentence.
MessageText lostPorts(const HostGroup::NotMerged &notMerged)
{
    if (notMerged.kept.isEmpty() && notMerged.loser.isEmpty())
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "the ports they add are lost"));
    const bool onePort = notMerged.lostCount == 1;
    if (notMerged.loser.isEmpty())
        return (onePort ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                        "port %1 of this ServiceEntry is lost"))
                        : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                        "ports %1 of this ServiceEntry are lost")))
            .arg(notMerged.lost);
    return (onePort
                ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "port %1 of %2 is lost"))
                : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "ports %1 of %2 are lost")))
        .arg(notMerged.lost, notMerged.loser);
}

} // namespace

void CrossDocumentIndex::hostPortsDiffer(int id, const Entry &entry, const Placer &place,
                                         QList<Diagnostic> *out) const
{
    const MessageText thisEntry(QT_TRANSLATE_NOOP("MeshEntry::Message", "this ServiceEntry"));
    for (const auto &[host, group] : entry.hosts) {
        for (const HostGroup::NotMerged &notMerged : group->second.notMerged(id)) {
            QList<MessageText> others = notMerged.first;
            if (notMerged.count > maxListed)
                others.append(MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "%1 more"))
                                  .arg(notMerged.count - maxListed));
            const bool onePort = notMerged.lostCount == 1;
            out->append(ValidationContext::finding(
                u"ME-HOST-PORTS-DIFFER",
                MessageText(portsDiffer)
                    .args({goQuote(entry.facts.host(host)), goQuote(entry.facts.namespaceName),
                           joinedList(ListKind::And, others),
                           notMerged.kept.isEmpty() ? thisEntry : notMerged.kept, notMerged.order,
                           lostPorts(notMerged),
                           onePort
                               ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                               "a listener but no cluster for it"))
                               : MessageText(QT_TRANSLATE_NOOP(
                                     "MeshEntry::Message", "listeners but no cluster for them"))}),
                place.host(host)));
        }
    }
}

void CrossDocumentIndex::selectorMatches(const DocumentFacts &facts, const Placer &place,
                                         QList<Diagnostic> *out) const
{
    if (!m_inventory || !facts.hasSelector)
        return;
    // The matcher's rules: the labels select, and Istio must also make an endpoint of one.
    const SelectorQuery query = queryFor(facts);
    QList<Workload> selected;
    for (const int id : workloads().select(facts.namespaceName, facts.selector))
        selected.append(workloadOf(at(id)));
    for (const int id : m_inventory->select(facts.namespaceName, facts.selector)) {
        // The open files' WorkloadEntries are judged from their facts above.
        if (m_inventory->workload(id).document < 0)
            selected.append(m_inventory->workload(id));
    }
    for (const Workload &workload : std::as_const(selected)) {
        if (WorkloadMatcher::judge(workload, query, nullptr))
            return;
    }
    if (selected.isEmpty()) {
        out->append(ValidationContext::finding(
            u"ME-SELECTOR-NO-MATCH",
            MessageText(QT_TRANSLATE_NOOP(
                            "MeshEntry::Message",
                            "workloadSelector matches no Pod or WorkloadEntry in namespace %1"))
                .arg(goQuote(facts.namespaceName)),
            place.selector()));
        return;
    }
    // Name the first in Istio's order, whatever order the documents were indexed in.
    std::sort(selected.begin(), selected.end(), [](const Workload &a, const Workload &b) {
        return std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
    });
    MessageText reason;
    WorkloadMatcher::judge(selected.first(), query, &reason);
    out->append(ValidationContext::finding(
        u"ME-SELECTOR-NO-MATCH",
        MessageText(selected.size() == 1 ? selectsOneUnused : selectsSeveralUnused)
            .args({goQuote(facts.namespaceName), selected.first().kindName(), selected.first().name,
                   reason, QString::number(selected.size())}),
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
        // se/conversion.go:services: only DNS and DNS_ROUND_ROBIN take such addresses.
        SelectorQuery query;
        query.resolution = serviceEntry.resolution;
        if ((socket || hostName) && !query.isDnsType() && query.resolution >= 0) {
            out->append(ValidationContext::finding(
                u"ME-STATIC-FQDN-WORKLOAD",
                (socket ? MessageText(QT_TRANSLATE_NOOP(
                              "MeshEntry::Message",
                              "address %1 is a unix socket: ServiceEntry %2 (resolution %3) "
                              "selects this WorkloadEntry, but Istio skips it"))
                        : MessageText(QT_TRANSLATE_NOOP(
                              "MeshEntry::Message",
                              "address %1 is a host name: ServiceEntry %2 (resolution %3) "
                              "selects this WorkloadEntry, but Istio skips it")))
                    .arg(goQuote(address), serviceEntry.fullName(), query.resolutionName()),
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
        const QString name = goQuote(port.name);
        const QString selecting = selectors.join(u", ");
        const MessageText message =
            servicePorts.isEmpty()
                ? MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                "port %1 is not a port of the ServiceEntries "
                                                "selecting this WorkloadEntry (%2: no ports); "
                                                "Istio ignores it"))
                      .arg(name, selecting)
                : MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                "port %1 is not a port of the ServiceEntries "
                                                "selecting this WorkloadEntry (%2: %3); Istio "
                                                "ignores it"))
                      .arg(name, selecting, servicePorts.join(u", "));
        out->append(ValidationContext::finding(u"ME-WORKLOAD-PORT-UNKNOWN", message,
                                               place.workloadPort(i)));
    }
}

QList<Diagnostic> CrossDocumentIndex::findings(int id, const ValidationOptions &options) const
{
    QList<Diagnostic> result;
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return result;
    const Entry &entry = it->second;
    const DocumentFacts &facts = entry.facts;
    const Placer place(facts);
    duplicateName(entry, place, &result);
    if (facts.isServiceEntry()) {
        // Hosts that no other ServiceEntry declares need nothing more.
        const auto shared = std::find_if(entry.hosts.cbegin(), entry.hosts.cend(), [](auto &host) {
            return host.second->second.ids().size() > 1;
        });
        if (shared != entry.hosts.cend()) {
            // The group worked them out when update() analyzed it.
            const DocumentFacts::HostKeys *kept = shared->second->second.keysOf(id);
            const DocumentFacts::HostKeys keys = kept ? *kept : facts.hostKeys(m_defaultExportTo);
            conflictingProtocols(id, entry, keys, place, &result);
            hostPortsDiffer(id, entry, place, &result);
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
