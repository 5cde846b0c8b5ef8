#include "crossdocumentindex.h"

#include "documentvalidator.h"
#include "istiopredicates.h"
#include "ruleregistry.h"
#include "serviceentryview.h"
#include "workloadinventory.h"

#include <algorithm>

namespace MeshEntry
{

namespace
{

using IstioPredicates::goQuote;

constexpr int maxListed = 3;

Diagnostic finding(QStringView rule, const QString &message, const SourceSpan &span)
{
    const Rule &known = RuleRegistry::instance().rule(rule);
    Diagnostic diagnostic;
    diagnostic.rule = known.id;
    diagnostic.severity = known.severity;
    diagnostic.message = message;
    diagnostic.path = span.path;
    diagnostic.start = span.start;
    diagnostic.end = span.end;
    return diagnostic;
}

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

void appendUnique(QList<int> *list, int id)
{
    if (!list->contains(id))
        list->append(id);
}

} // namespace

QString CrossDocumentIndex::labelKey(const QString &namespaceName, const QString &key,
                                     const QString &value)
{
    return namespaceName + u'\x1f' + key + u'\x1f' + value;
}

int CrossDocumentIndex::Group::count(const QString &variant) const
{
    for (const auto &entry : variants) {
        if (entry.first == variant)
            return entry.second;
    }
    return 0;
}

template <typename Key>
void CrossDocumentIndex::addTo(QHash<Key, Group> *groups, const Key &key, int id,
                               const QString &variant)
{
    Group &group = (*groups)[key];
    appendUnique(&group.members, id);
    for (auto &entry : group.variants) {
        if (entry.first == variant) {
            ++entry.second;
            return;
        }
    }
    group.variants.append({variant, 1});
}

template <typename Key>
void CrossDocumentIndex::removeFrom(QHash<Key, Group> *groups, const Key &key, int id,
                                    const QString &variant)
{
    const auto it = groups->find(key);
    if (it == groups->end())
        return;
    it->members.removeOne(id);
    for (qsizetype i = 0; i < it->variants.size(); ++i) {
        if (it->variants[i].first != variant)
            continue;
        if (--it->variants[i].second <= 0)
            it->variants.removeAt(i);
        break;
    }
    if (it->members.isEmpty())
        groups->erase(it);
}

void CrossDocumentIndex::clear()
{
    m_entries.clear();
    m_byName.clear();
    m_byHost.clear();
    m_byHostPort.clear();
    m_selectorsByLabel.clear();
    m_emptySelectors.clear();
    m_workloads = LabelIndex();
}

void CrossDocumentIndex::reserve(int documents)
{
    m_entries.reserve(documents);
    m_byName.reserve(documents);
    m_byHost.reserve(documents);
    m_byHostPort.reserve(documents * 2);
}

void CrossDocumentIndex::insert(int id, DocumentFacts facts)
{
    if (facts.kind == DocumentFacts::Kind::Other)
        return;
    Entry entry;
    if (!facts.name.isEmpty()) {
        entry.nameKey = facts.kindName + u'\x1f' + facts.namespaceName + u'\x1f' + facts.name;
        m_byName[entry.nameKey].append(id);
    }
    if (facts.isServiceEntry()) {
        entry.hosts = facts.hosts;
        entry.hosts.removeDuplicates();
        entry.portNumbers = facts.portNumbers();
        entry.portSignature = portList(entry.portNumbers);
        entry.exportTo = ExportTo(facts.exportTo, facts.namespaceName);
        entry.scopes = ExportTo::analyzerScopes(facts.exportTo, facts.namespaceName);
        for (const QString &host : std::as_const(entry.hosts)) {
            addTo(&m_byHost, host, id, entry.portSignature);
            for (const DocumentFacts::Port &port : facts.ports)
                addTo(&m_byHostPort, HostPort{host, port.number}, id, port.protocol.toUpper());
        }
        if (facts.hasSelector && facts.selector.isEmpty())
            m_emptySelectors[facts.namespaceName].append(id);
        for (auto it = facts.selector.cbegin(); it != facts.selector.cend(); ++it)
            m_selectorsByLabel[labelKey(facts.namespaceName, it.key(), it.value())].append(id);
    } else {
        m_workloads.insert(id, facts.namespaceName, facts.labels);
    }
    entry.facts = std::move(facts);
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
        for (const QString &host : entry.hosts) {
            removeFrom(&m_byHost, host, id, entry.portSignature);
            for (const DocumentFacts::Port &port : facts.ports)
                removeFrom(&m_byHostPort, HostPort{host, port.number}, id, port.protocol.toUpper());
        }
        if (facts.hasSelector && facts.selector.isEmpty()) {
            m_emptySelectors[facts.namespaceName].removeOne(id);
            if (m_emptySelectors[facts.namespaceName].isEmpty())
                m_emptySelectors.remove(facts.namespaceName);
        }
        for (auto label = facts.selector.cbegin(); label != facts.selector.cend(); ++label) {
            const QString key = labelKey(facts.namespaceName, label.key(), label.value());
            m_selectorsByLabel[key].removeOne(id);
            if (m_selectorsByLabel[key].isEmpty())
                m_selectorsByLabel.remove(key);
        }
    } else {
        m_workloads.remove(id, facts.namespaceName, facts.labels);
    }
    m_entries.erase(it);
}

QList<int> CrossDocumentIndex::selectingServiceEntries(const Entry &workload) const
{
    const QString &namespaceName = workload.facts.namespaceName;
    QList<int> candidates = m_emptySelectors.value(namespaceName);
    for (auto it = workload.facts.labels.cbegin(); it != workload.facts.labels.cend(); ++it) {
        for (const int id : m_selectorsByLabel.value(labelKey(namespaceName, it.key(), it.value())))
            appendUnique(&candidates, id);
    }
    QList<int> result;
    for (const int id : std::as_const(candidates)) {
        if (selects(at(id).facts.selector, workload.facts.labels))
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
            for (const quint32 port : entry.portNumbers) {
                const auto byPort = m_byHostPort.constFind(HostPort{host, port});
                if (byPort != m_byHostPort.cend())
                    addMembers(byPort->members);
            }
        }
        addMembers(selectedWorkloads(entry));
    } else {
        addMembers(selectingServiceEntries(entry));
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
    out->append(finding(u"ME-DUPLICATE-NAME",
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
            const auto group = m_byHostPort.constFind(HostPort{host, port});
            if (group == m_byHostPort.cend() || group->variants.size() < 2)
                continue;
            QStringList scopes;
            for (const int member : group->members)
                scopes += at(member).scopes;
            scopes.removeDuplicates();
            scopes.sort();
            for (const QString &scope : std::as_const(scopes)) {
                QList<int> merged;
                for (const int member : group->members) {
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
                out->append(
                    finding(u"IST0177",
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
        if (group == m_byHost.cend() || group->count(entry.portSignature) == group->members.size())
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
        out->append(
            finding(u"ME-HOST-PORTS-DIFFER",
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
    if (m_workloads.matchesAny(facts.namespaceName, facts.selector) ||
        m_inventory->matchesAny(facts.namespaceName, facts.selector))
        return;
    out->append(
        finding(u"ME-SELECTOR-NO-MATCH",
                QStringLiteral("workloadSelector matches no Pod or WorkloadEntry in namespace %1")
                    .arg(goQuote(facts.namespaceName)),
                facts.selectorSpan));
}

void CrossDocumentIndex::workloadChecks(const Entry &entry, QList<Diagnostic> *out) const
{
    const DocumentFacts &facts = entry.facts;
    const QList<int> selecting = selectingServiceEntries(entry);
    if (selecting.isEmpty())
        return;
    const bool socket = facts.address.startsWith(u"unix://");
    const bool hostName =
        !facts.address.isEmpty() && !socket && !IstioPredicates::isIp(facts.address);
    QStringList servicePorts;
    QStringList selectors;
    bool portsKnown = false;
    for (const int id : selecting) {
        const DocumentFacts &serviceEntry = at(id).facts;
        if ((socket || hostName) && serviceEntry.resolution == ServiceEntryView::Static) {
            out->append(finding(
                u"ME-STATIC-FQDN-WORKLOAD",
                QStringLiteral("address %1 is %2: ServiceEntry %3 (resolution STATIC) "
                               "selects this WorkloadEntry, but Istio skips it")
                    .arg(goQuote(facts.address),
                         socket ? QStringLiteral("a unix socket") : QStringLiteral("a host name"),
                         serviceEntry.fullName()),
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
        out->append(finding(u"ME-WORKLOAD-PORT-UNKNOWN",
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
        workloadChecks(entry, &result);
    }
    result.removeIf([&](const Diagnostic &diagnostic) {
        return DocumentValidator::isSuppressed(diagnostic.rule, entry.facts, options);
    });
    return result;
}

} // namespace MeshEntry
