#include "crossdocumentindex.h"

#include "documentvalidator.h"
#include "istiopredicates.h"
#include "ruleregistry.h"
#include "serviceentryview.h"
#include "validationcontext.h"
#include "workloadinventory.h"
#include "workloadmatcher.h"
#include "workloadreader.h"

#include <algorithm>

namespace MeshEntry {

namespace {

using IstioPredicates::goQuote;

constexpr int maxListed = 3;

QString portList(const QList<quint32> &numbers)
{
    if (numbers.isEmpty())
        return QStringLiteral("no ports");
    QStringList text;
    for (const quint32 number : numbers)
        text.append(QString::number(number));
    return text.join(u", ");
}

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
    for (const DocumentFacts::Port &port : facts.ports)
        query.ports.append({port.number, port.name, port.protocol, 0});
    return query;
}

void appendUnique(QList<int> *list, int id)
{
    if (!list->contains(id))
        list->append(id);
}

} // namespace

int CrossDocumentIndex::HostGroup::signatureCount(const QString &signature) const
{
    for (const auto &entry : signatures) {
        if (entry.first == signature)
            return entry.second;
    }
    return 0;
}

int CrossDocumentIndex::HostGroup::protocolCount(quint32 port) const
{
    int count = 0;
    for (const Protocol &entry : protocols)
        count += entry.port == port;
    return count;
}

void CrossDocumentIndex::addHost(const QString &host, int id, const Entry &entry)
{
    HostGroup &group = m_byHost[host];
    group.members.append(id);
    bool known = false;
    for (auto &signature : group.signatures) {
        if (signature.first == entry.portSignature) {
            ++signature.second;
            known = true;
            break;
        }
    }
    if (!known)
        group.signatures.append({entry.portSignature, 1});
    for (qsizetype i = 0; i < entry.facts.ports.size(); ++i) {
        const quint32 port = entry.facts.ports[i].number;
        const QString &protocol = entry.protocols[i];
        auto it = std::find_if(
            group.protocols.begin(), group.protocols.end(),
            [&](const HostGroup::Protocol &p) { return p.port == port && p.protocol == protocol; });
        if (it == group.protocols.end())
            group.protocols.append({port, protocol, 1});
        else
            ++it->count;
    }
}

void CrossDocumentIndex::removeHost(const QString &host, int id, const Entry &entry)
{
    const auto it = m_byHost.find(host);
    if (it == m_byHost.end())
        return;
    HostGroup &group = it.value();
    group.members.removeOne(id);
    if (group.members.isEmpty()) {
        m_byHost.erase(it);
        return;
    }
    for (qsizetype i = 0; i < group.signatures.size(); ++i) {
        if (group.signatures[i].first != entry.portSignature)
            continue;
        if (--group.signatures[i].second <= 0)
            group.signatures.removeAt(i);
        break;
    }
    for (qsizetype i = 0; i < entry.facts.ports.size(); ++i) {
        const quint32 port = entry.facts.ports[i].number;
        const QString &protocol = entry.protocols[i];
        for (qsizetype j = 0; j < group.protocols.size(); ++j) {
            if (group.protocols[j].port != port || group.protocols[j].protocol != protocol)
                continue;
            if (--group.protocols[j].count <= 0)
                group.protocols.removeAt(j);
            break;
        }
    }
}

void CrossDocumentIndex::clear()
{
    m_entries.clear();
    m_byName.clear();
    m_byHost.clear();
    m_selectorsByLabel.clear();
    m_emptySelectors.clear();
    m_workloads = LabelIndex();
}

void CrossDocumentIndex::reserve(int documents)
{
    m_entries.reserve(documents);
    m_byName.reserve(documents);
    m_byHost.reserve(documents);
}

void CrossDocumentIndex::insert(int id, DocumentFacts facts)
{
    if (facts.kind == DocumentFacts::Kind::Other)
        return;
    Entry entry;
    entry.facts = std::move(facts);
    const DocumentFacts &f = entry.facts;
    if (!f.name.isEmpty()) {
        entry.nameKey = f.kindName + u'\x1f' + f.namespaceName + u'\x1f' + f.name;
        m_byName[entry.nameKey].append(id);
    }
    if (f.isServiceEntry()) {
        entry.hosts = f.hosts;
        entry.hosts.removeDuplicates();
        entry.portNumbers = f.portNumbers();
        entry.portSignature = portList(entry.portNumbers);
        entry.exportTo = ExportTo(f.exportTo, f.namespaceName, m_defaultExportTo);
        entry.scopes = ExportTo::analyzerScopes(f.exportTo, f.namespaceName);
        for (const DocumentFacts::Port &port : f.ports)
            entry.protocols.append(port.protocol.toUpper());
        for (const QString &host : std::as_const(entry.hosts))
            addHost(host, id, entry);
        if (f.hasSelector && f.selector.isEmpty())
            m_emptySelectors[f.namespaceName].append(id);
        for (auto it = f.selector.cbegin(); it != f.selector.cend(); ++it)
            m_selectorsByLabel[LabelKey{f.namespaceName, it.key(), it.value()}].append(id);
    } else {
        m_workloads.insert(id, f.namespaceName, workloadOf(f).effectiveLabels(clusterId()));
    }
    m_entries.insert(id, std::move(entry));
}

void CrossDocumentIndex::remove(int id)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return;
    const Entry &entry = it.value();
    const DocumentFacts &facts = entry.facts;
    if (!entry.nameKey.isEmpty()) {
        QList<int> &group = m_byName[entry.nameKey];
        group.removeOne(id);
        if (group.isEmpty())
            m_byName.remove(entry.nameKey);
    }
    if (facts.isServiceEntry()) {
        for (const QString &host : entry.hosts)
            removeHost(host, id, entry);
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
        m_workloads.remove(id, facts.namespaceName, workloadOf(facts).effectiveLabels(clusterId()));
    }
    m_entries.erase(it);
}

Workload CrossDocumentIndex::workloadOf(const DocumentFacts &facts)
{
    // Built when needed: keeping one per open WorkloadEntry costs more than building it.
    QStringList ports;
    for (const DocumentFacts::WorkloadPort &port : facts.workloadPorts)
        ports.append(port.name);
    return WorkloadReader::fromFields({facts.name, facts.namespaceName, facts.labels, facts.address,
                                       ports, facts.network, facts.locality, facts.healthChecks,
                                       facts.healthyStatus});
}

QString CrossDocumentIndex::clusterId() const
{
    return m_inventory ? m_inventory->clusterId() : WorkloadInventory::defaultClusterId();
}

QList<int> CrossDocumentIndex::selectingServiceEntries(int workload) const
{
    const QString &namespaceName = at(workload).facts.namespaceName;
    const QMap<QString, QString> labels =
        workloadOf(at(workload).facts).effectiveLabels(clusterId());
    QList<int> candidates = m_emptySelectors.value(namespaceName);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const auto list =
            m_selectorsByLabel.constFind(LabelKey{namespaceName, it.key(), it.value()});
        if (list == m_selectorsByLabel.cend())
            continue;
        for (const int id : list.value())
            appendUnique(&candidates, id);
    }
    QList<int> result;
    for (const int id : std::as_const(candidates)) {
        if (selects(at(id).facts.selector, labels))
            result.append(id);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<int> CrossDocumentIndex::selectedWorkloads(const Entry &serviceEntry) const
{
    if (!serviceEntry.facts.hasSelector)
        return {};
    return m_workloads.select(serviceEntry.facts.namespaceName, serviceEntry.facts.selector);
}

QSet<int> CrossDocumentIndex::dependents(int id) const
{
    QSet<int> result;
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return result;
    const Entry &entry = it.value();
    const auto addMembers = [&result](const QList<int> &members) {
        for (const int member : members)
            result.insert(member);
    };
    const auto named = m_byName.constFind(entry.nameKey);
    if (named != m_byName.cend())
        addMembers(named.value());
    if (entry.facts.isServiceEntry()) {
        for (const QString &host : entry.hosts) {
            const auto byHost = m_byHost.constFind(host);
            if (byHost != m_byHost.cend())
                addMembers(byHost->members);
        }
        addMembers(selectedWorkloads(entry));
    } else {
        addMembers(selectingServiceEntries(id));
    }
    result.remove(id);
    return result;
}

void CrossDocumentIndex::duplicateName(int id, const Entry &entry, QList<Diagnostic> *out) const
{
    const auto found = m_byName.constFind(entry.nameKey);
    if (found == m_byName.cend() || found->size() < 2 || !found->contains(id))
        return;
    const QList<int> &group = found.value();
    out->append(ValidationContext::finding(
        u"ME-DUPLICATE-NAME",
        QStringLiteral("%1 %2 is defined %3 times in the open files; applying them "
                       "keeps only the last one")
            .arg(entry.facts.kindName, entry.facts.fullName())
            .arg(group.size()),
        entry.facts.nameSpan));
}

void CrossDocumentIndex::conflictingProtocols(const Entry &entry, QList<Diagnostic> *out) const
{
    const DocumentFacts &facts = entry.facts;
    for (const QString &host : entry.hosts) {
        for (const quint32 port : entry.portNumbers) {
            const auto group = m_byHost.constFind(host);
            if (group == m_byHost.cend() || group->protocolCount(port) < 2)
                continue;
            QList<int> members;
            for (const int member : group->members) {
                if (at(member).portNumbers.contains(port))
                    members.append(member);
            }
            QStringList scopes;
            for (const int member : std::as_const(members))
                scopes += at(member).scopes;
            scopes.removeDuplicates();
            scopes.sort();
            for (const QString &scope : std::as_const(scopes)) {
                QList<int> merged;
                for (const int member : std::as_const(members)) {
                    const QStringList &memberScopes = at(member).scopes;
                    if (memberScopes.contains(scope) ||
                        (scope != u"*" && memberScopes.contains(QStringLiteral("*"))))
                        merged.append(member);
                }
                if (!entry.scopes.contains(scope) &&
                    !(scope != u"*" && entry.scopes.contains(QStringLiteral("*"))))
                    continue;
                QStringList protocols;
                QStringList names;
                for (const int member : std::as_const(merged)) {
                    const DocumentFacts &other = at(member).facts;
                    names.append(other.fullName());
                    for (const DocumentFacts::Port &otherPort : other.ports) {
                        if (otherPort.number == port)
                            protocols.append(otherPort.protocol.toUpper());
                    }
                }
                protocols.removeDuplicates();
                if (protocols.size() < 2)
                    continue;
                protocols.sort();
                names.removeDuplicates();
                names.sort();
                out->append(ValidationContext::finding(
                    u"IST0177",
                    QStringLiteral("Multiple ServiceEntries (%1) define the same host "
                                   "%2 and port %3 with conflicting protocols (%4).")
                        .arg(names.join(u", "), goQuote(host))
                        .arg(port)
                        .arg(protocols.join(u", ")),
                    facts.nameSpan));
                return;
            }
        }
    }
}

void CrossDocumentIndex::hostPortsDiffer(int id, const Entry &entry, QList<Diagnostic> *out) const
{
    const DocumentFacts &facts = entry.facts;
    for (int i = 0; i < facts.hosts.size(); ++i) {
        if (facts.hosts.indexOf(facts.hosts[i]) != i)
            continue;
        const auto group = m_byHost.constFind(facts.hosts[i]);
        if (group == m_byHost.cend() ||
            group->signatureCount(entry.portSignature) == group->members.size())
            continue;
        QList<const Entry *> differing;
        for (const int member : group->members) {
            const Entry &other = at(member);
            if (member != id && other.portSignature != entry.portSignature &&
                entry.exportTo.overlaps(other.exportTo))
                differing.append(&other);
        }
        if (differing.isEmpty())
            continue;
        std::sort(differing.begin(), differing.end(), [](const Entry *a, const Entry *b) {
            const QString nameA = a->facts.fullName();
            const QString nameB = b->facts.fullName();
            return nameA != nameB ? nameA < nameB : a->portSignature < b->portSignature;
        });
        QStringList others;
        for (const Entry *other : std::as_const(differing).mid(0, maxListed))
            others.append(QStringLiteral("ServiceEntry %1 (%2)")
                              .arg(other->facts.fullName(), other->portSignature));
        if (differing.size() > maxListed)
            others.append(QStringLiteral("%1 more").arg(differing.size() - maxListed));
        out->append(ValidationContext::finding(
            u"ME-HOST-PORTS-DIFFER",
            QStringLiteral("host %1 is also defined by %2 with other ports than this "
                           "ServiceEntry (%3); Istio does not reliably merge "
                           "ServiceEntries that share a host, so some of these ports "
                           "may not work (istio/istio#31483)")
                .arg(goQuote(facts.hosts[i]), others.join(u", "), entry.portSignature),
            facts.hostSpans.value(i)));
    }
}

void CrossDocumentIndex::selectorMatches(const Entry &entry, QList<Diagnostic> *out) const
{
    const DocumentFacts &facts = entry.facts;
    if (!m_inventory || !facts.hasSelector)
        return;
    // The matcher's rules: the labels select, and Istio must also make an endpoint of one.
    const SelectorQuery query = queryFor(facts);
    QList<Workload> selected;
    for (const int id : m_workloads.select(facts.namespaceName, facts.selector))
        selected.append(workloadOf(at(id).facts));
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
            QStringLiteral("workloadSelector matches no Pod or WorkloadEntry in namespace %1")
                .arg(goQuote(facts.namespaceName)),
            facts.selectorSpan));
        return;
    }
    // Name the first in Istio's order, whatever order the documents were indexed in.
    std::sort(selected.begin(), selected.end(), [](const Workload &a, const Workload &b) {
        return std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
    });
    QString reason;
    WorkloadMatcher::judge(selected.first(), query, &reason);
    out->append(ValidationContext::finding(
        u"ME-SELECTOR-NO-MATCH",
        QStringLiteral("workloadSelector selects %1 in namespace %2, but Istio makes an endpoint "
                       "of none: %3 %4: %5")
            .arg(selected.size() == 1 ? QStringLiteral("1 workload")
                                      : QStringLiteral("%1 workloads").arg(selected.size()),
                 goQuote(facts.namespaceName), selected.first().kindName(), selected.first().name,
                 reason),
        facts.selectorSpan));
}

void CrossDocumentIndex::workloadChecks(int id, const Entry &entry, QList<Diagnostic> *out) const
{
    const DocumentFacts &facts = entry.facts;
    const QList<int> selecting = selectingServiceEntries(id);
    if (selecting.isEmpty())
        return;
    const bool socket = facts.address.startsWith(u"unix://");
    const bool hostName =
        !facts.address.isEmpty() && !socket && !IstioPredicates::isIp(facts.address);
    QStringList servicePorts;
    QStringList selectors;
    bool portsKnown = false;
    for (const int selectingId : selecting) {
        const DocumentFacts &serviceEntry = at(selectingId).facts;
        // se/conversion.go:services: only DNS and DNS_ROUND_ROBIN take such addresses.
        const SelectorQuery query = queryFor(serviceEntry);
        if ((socket || hostName) && !query.isDnsType() && query.resolution >= 0) {
            out->append(ValidationContext::finding(
                u"ME-STATIC-FQDN-WORKLOAD",
                QStringLiteral("address %1 is %2: ServiceEntry %3 (resolution %4) "
                               "selects this WorkloadEntry, but Istio skips it")
                    .arg(goQuote(facts.address),
                         socket ? QStringLiteral("a unix socket") : QStringLiteral("a host name"),
                         serviceEntry.fullName(), query.resolutionName()),
                facts.addressSpan));
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
            port.span));
    }
}

QList<Diagnostic> CrossDocumentIndex::findings(int id, const ValidationOptions &options) const
{
    QList<Diagnostic> result;
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return result;
    const Entry &entry = it.value();
    duplicateName(id, entry, &result);
    if (entry.facts.isServiceEntry()) {
        conflictingProtocols(entry, &result);
        hostPortsDiffer(id, entry, &result);
        selectorMatches(entry, &result);
    } else {
        workloadChecks(id, entry, &result);
    }
    result.removeIf([&](const Diagnostic &diagnostic) {
        return DocumentValidator::isSuppressed(diagnostic.rule, entry.facts, options);
    });
    return result;
}

} // namespace MeshEntry
