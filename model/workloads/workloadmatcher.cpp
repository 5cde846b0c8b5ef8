#include "workloadmatcher.h"

#include "istiopredicates.h"
#include "meshconfig.h"
#include "namespaceinventory.h"
#include "serviceentryview.h"
#include "workerpool.h"

#include <QtConcurrent>
#include <algorithm>

namespace MeshEntry {

namespace {

const char *const healthChecks = QT_TRANSLATE_NOOP(
    "MeshEntry::Message", "health checks are on (proxy.istio.io/health-checks-enabled) and the "
                          "Healthy condition is %1");
const QList<const char *> workloadTemplates = {
#include "workloadmatcher.templates.inc"
};
const NestedMessages healthCondition(healthChecks, 1, workloadTemplates);
// Declares the list judge() joins a workload's reasons into.
const ListItems reasonList(ListKind::Semicolons, workloadTemplates);

const QString unixPrefix = QStringLiteral("unix://");

MessageText conditionText(Workload::Condition condition)
{
    switch (condition) {
    case Workload::Condition::Missing:
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message", "missing"));
    case Workload::Condition::True:
        return QStringLiteral("True");
    case Workload::Condition::False:
        return QStringLiteral("False");
    case Workload::Condition::Unknown:
        return QStringLiteral("Unknown");
    }
    return MessageText();
}

void podReasons(const Workload &workload, QList<MessageText> *reasons)
{
    // kube/pod.go: shouldPodBeInEndpoints and IsPodReady decide which pods are forwarded.
    if (workload.phase == u"Failed")
        reasons->append(MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "phase Failed: Istio does not watch failed Pods")));
    else if (workload.phase == u"Succeeded")
        reasons->append(MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "phase Succeeded: a completed Pod is never an endpoint")));
    if (workload.terminating)
        reasons->append(MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "terminating (metadata.deletionTimestamp is set)")));
    if (workload.addresses.isEmpty())
        reasons->append(MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message", "no Pod IP yet (status.podIP is empty)")));
    switch (workload.ready) {
    case Workload::Condition::True:
        break;
    case Workload::Condition::Missing:
        reasons->append(MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "no Ready condition: Istio only adds Pods whose Ready "
                                  "condition is True")));
        break;
    case Workload::Condition::False:
        reasons->append(MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message", "not ready (condition Ready is False)")));
        break;
    case Workload::Condition::Unknown:
        reasons->append(MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "readiness unknown (condition Ready is Unknown)")));
        break;
    }
}

void workloadEntryReasons(const Workload &workload, const SelectorQuery &query,
                          QList<MessageText> *reasons)
{
    // se/conversion.go:isHealthy drops a health-checked entry until it is Healthy.
    if (workload.healthChecks && workload.healthy != Workload::Condition::True)
        reasons->append(MessageText(healthChecks).args({conditionText(workload.healthy)}));
    // se/conversion.go:services skips DNS-only entries for other resolutions.
    const QString address = workload.address();
    if (query.isDnsType() || address.isEmpty())
        return;
    if (address.startsWith(unixPrefix))
        reasons->append(MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                      "address %1 is a Unix socket: only DNS and "
                                                      "DNS_ROUND_ROBIN entries use it, not %2"))
                            .arg(address, query.resolutionName()));
    else if (!IstioPredicates::isIp(address))
        reasons->append(MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                      "address %1 is a host name: only DNS and "
                                                      "DNS_ROUND_ROBIN entries use it, not %2"))
                            .arg(address, query.resolutionName()));
}

} // namespace

QString EndpointPort::ruleName(PortRule rule)
{
    switch (rule) {
    case PortRule::UnixSocket:
        return QStringLiteral("unix-socket");
    case PortRule::WorkloadPort:
        return QStringLiteral("workload-port");
    case PortRule::ContainerPort:
        return QStringLiteral("container-port");
    case PortRule::TargetPort:
        return QStringLiteral("target-port");
    case PortRule::Number:
        return QStringLiteral("number");
    }
    return QString();
}

MessageText EndpointPort::explanation() const
{
    switch (rule) {
    case PortRule::UnixSocket:
        return MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "The address is a Unix socket: the endpoint has no port."));
    case PortRule::WorkloadPort:
        return MessageText(QT_TRANSLATE_NOOP(
                               "MeshEntry::Message",
                               "The WorkloadEntry's ports[%1] (%2) overrides the ServiceEntry "
                               "port's targetPort and number."))
            .arg(name)
            .arg(endpointPort);
    case PortRule::ContainerPort:
        return MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                             "The Pod's container port named %1 (%2) overrides the "
                                             "ServiceEntry port's targetPort and number."))
            .arg(name)
            .arg(endpointPort);
    case PortRule::TargetPort:
        return MessageText(
                   QT_TRANSLATE_NOOP("MeshEntry::Message",
                                     "No workload port is named %1, so the ServiceEntry port's "
                                     "targetPort (%2) is used."))
            .arg(name)
            .arg(endpointPort);
    case PortRule::Number:
        return MessageText(
                   QT_TRANSLATE_NOOP("MeshEntry::Message",
                                     "No workload port is named %1 and targetPort is unset, so the "
                                     "port number (%2) is used."))
            .arg(name)
            .arg(endpointPort);
    }
    return MessageText();
}

bool WorkloadMatcher::judge(const Workload &workload, const SelectorQuery &query,
                            MessageText *reason)
{
    QList<MessageText> reasons;
    if (workload.isPod())
        podReasons(workload, &reasons);
    else
        workloadEntryReasons(workload, query, &reasons);
    if (reason)
        *reason = reasons.isEmpty() ? MessageText() : joinedList(ListKind::Semicolons, reasons);
    return reasons.isEmpty();
}

bool WorkloadMatcher::judge(const Workload &workload, const SelectorQuery &query, QString *reason,
                            const char **reasonSource)
{
    MessageText why;
    const bool ready = judge(workload, query, &why);
    *reason = why.text();
    *reasonSource = why.source();
    return ready;
}

QList<EndpointPort> WorkloadMatcher::endpointPorts(const Workload &workload,
                                                   const SelectorQuery &query)
{
    // se/conversion.go:convertWorkloadInstanceToServiceInstance.
    const bool socket = !workload.isPod() && workload.addresses.size() == 1 &&
                        workload.addresses.first().startsWith(unixPrefix);
    QList<EndpointPort> result;
    result.reserve(query.ports.size());
    for (const SelectorQuery::Port &port : query.ports) {
        EndpointPort endpoint;
        endpoint.servicePort = port.number;
        endpoint.name = port.name;
        if (socket) {
            endpoint.rule = PortRule::UnixSocket;
        } else if (const quint32 own = workload.portNumber(port.name); own > 0) {
            endpoint.rule = workload.isPod() ? PortRule::ContainerPort : PortRule::WorkloadPort;
            endpoint.endpointPort = own;
        } else if (port.targetPort > 0) {
            endpoint.rule = PortRule::TargetPort;
            endpoint.endpointPort = port.targetPort;
        } else {
            endpoint.rule = PortRule::Number;
            endpoint.endpointPort = port.number;
        }
        result.append(endpoint);
    }
    return result;
}

QStringList WorkloadMatcher::endpointAddresses(const Workload &workload)
{
    // Every podIP only with ISTIO_DUAL_STACK, which is off by default.
    if (workload.isPod() && workload.addresses.size() > 1)
        return workload.addresses.mid(0, 1);
    if (workload.addresses.size() == 1 && workload.addresses.first().startsWith(unixPrefix))
        return {workload.addresses.first().mid(unixPrefix.size())};
    return workload.addresses;
}

void WorkloadMatcher::sortIds(QList<int> *ids) const
{
    // Ranks first: a comparator that looked them up would do so n log n times. Ranks order a
    // namespace; across namespaces the namespace name comes first.
    struct Ranked {
        const QString *namespaceName;
        int rank;
        int id;
    };
    QList<Ranked> ranked;
    ranked.reserve(ids->size());
    for (const int id : std::as_const(*ids))
        ranked.append({&m_inventory.workload(id).namespaceName, m_inventory.sortRank(id), id});
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        // Imported namespaces share one string: equal data is the common, cheap case.
        if (a.namespaceName->constData() != b.namespaceName->constData() &&
            *a.namespaceName != *b.namespaceName)
            return *a.namespaceName < *b.namespaceName;
        return a.rank < b.rank;
    });
    for (qsizetype i = 0; i < ranked.size(); ++i)
        (*ids)[i] = ranked[i].id;
}

QList<SelectionResult> WorkloadMatcher::matchAll(const QList<SelectorQuery> &queries,
                                                 const MatchLimits &limits) const
{
    // The orders are computed here; after that the inventory is only read.
    m_inventory.prepareOrder();
    return blockingMapped(
        queries, [this, limits](const SelectorQuery &query) { return match(query, limits); });
}

bool WorkloadMatcher::selectsReady(const SelectorQuery &query) const
{
    if (!query.hasSelector)
        return false;
    for (const int id : m_inventory.select(query.namespaceName, query.selector)) {
        if (judge(m_inventory.workload(id), query, nullptr))
            return true;
    }
    return false;
}

QList<SelectedWorkload> WorkloadMatcher::selected(const SelectorQuery &query) const
{
    QList<SelectedWorkload> out;
    if (!query.hasSelector)
        return out;
    QList<int> ids = m_inventory.select(query.namespaceName, query.selector);
    sortIds(&ids);
    out.reserve(ids.size());
    for (const int id : std::as_const(ids)) {
        const Workload &workload = m_inventory.workload(id);
        SelectedWorkload item;
        item.id = id;
        item.ready = judge(workload, query, &item.reason, &item.reasonSource);
        item.addresses = endpointAddresses(workload);
        item.ports = endpointPorts(workload, query);
        out.append(std::move(item));
    }
    return out;
}

SelectionResult WorkloadMatcher::match(const SelectorQuery &query, const MatchLimits &limits) const
{
    SelectionResult result;
    visibility(query, &result);
    if (!query.hasSelector) {
        result.warnings.append(MessageText(
            QT_TRANSLATE_NOOP("MeshEntry::Message", "no workloadSelector: the endpoints are "
                                                    "spec.endpoints, not selected workloads")));
        return result;
    }
    const QString &ns = query.namespaceName;
    result.selected = selected(query);
    for (const SelectedWorkload &item : std::as_const(result.selected))
        result.readyCount += item.ready;

    if (query.selector.isEmpty())
        result.warnings.append(
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "the workloadSelector has no labels: it selects "
                                          "every workload in namespace %1"))
                .arg(ns));
    if (query.resolution == ServiceEntryView::None)
        result.warnings.append(MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "resolution NONE: Istio builds these endpoints, but sidecars send requests to "
            "their original destination address instead of balancing over them; use STATIC "
            "(or DNS for host names)")));
    else if (query.resolution < 0)
        result.warnings.append(MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "unknown resolution: Istio rejects the entry")));
    if (query.resolution == ServiceEntryView::DnsRoundRobin && result.readyCount > 1)
        result.warnings.append(
            MessageText(QT_TRANSLATE_NOOP(
                            "MeshEntry::Message",
                            "DNS_ROUND_ROBIN uses only the first endpoint of each port: %1 of "
                            "the %2 ready workloads are not used"))
                .arg(result.readyCount - 1)
                .arg(result.readyCount));
    if (query.ports.isEmpty())
        result.warnings.append(MessageText(QT_TRANSLATE_NOOP(
            "MeshEntry::Message", "the ServiceEntry has no ports: Istio builds no "
                                  "endpoints")));
    if (result.selected.isEmpty())
        result.warnings.append(
            MessageText(
                QT_TRANSLATE_NOOP("MeshEntry::Message",
                                  "the selector matches no Pod or WorkloadEntry in namespace %1"))
                .arg(ns));
    else if (result.readyCount == 0)
        result.warnings.append(
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "none of the %1 selected workloads is used: see "
                                          "the reasons"))
                .arg(result.selected.size()));

    if (!query.selector.isEmpty()) {
        QList<int> elsewhere = m_inventory.index().selectInAllNamespaces(query.selector);
        elsewhere.removeIf(
            [&](int id) { return m_inventory.workload(id).namespaceName == query.namespaceName; });
        result.otherNamespaceTotal = int(elsewhere.size());
        sortIds(&elsewhere);
        if (limits.otherNamespaces >= 0 && elsewhere.size() > limits.otherNamespaces)
            elsewhere.resize(limits.otherNamespaces);
        result.otherNamespaces = elsewhere;
        nearMisses(query, limits, &result);
    }
    return result;
}

void WorkloadMatcher::nearMisses(const SelectorQuery &query, const MatchLimits &limits,
                                 SelectionResult *result) const
{
    const LabelIndex &index = m_inventory.index();
    const QString &ns = query.namespaceName;
    const QList<std::pair<QString, QString>> pairs(query.selector.keyValueBegin(),
                                                   query.selector.keyValueEnd());
    // Candidates are grouped by the value they carry instead of the wanted one, so that only
    // as many as are listed are ever sorted: a one-label selector in a namespace of 500 Pods
    // has hundreds of near-misses, and the closest values come first.
    struct Group {
        int distance; ///< edit distance of the value to the wanted one; missing labels last
        int missed;   ///< index of the selector pair
        QString have;
        bool missing = false;
        QList<int> ids;
    };
    constexpr int missingLabel = 1 << 20;
    QList<Group> groups;
    int total = 0;
    for (int missed = 0; missed < pairs.size(); ++missed) {
        const QString &key = pairs[missed].first;
        const QString &want = pairs[missed].second;
        if (pairs.size() == 1) {
            // One label: the workloads carrying its key with another value.
            total += int(index.keyPostings(ns, key).size() - index.postings(ns, key, want).size());
            for (const QString &value : index.values(ns, key)) {
                if (value != want)
                    groups.append({labelDistance(want, value), missed, value, false, {}});
            }
            continue;
        }
        QList<const QList<int> *> others;
        bool empty = false;
        for (int j = 0; j < pairs.size() && !empty; ++j) {
            if (j == missed)
                continue;
            others.append(&index.postings(ns, pairs[j].first, pairs[j].second));
            empty = others.last()->isEmpty();
        }
        if (empty)
            continue;
        const QList<int> misses =
            LabelIndex::subtract(LabelIndex::intersect(others), index.postings(ns, key, want));
        total += int(misses.size());
        QHash<QString, qsizetype> byValue;
        for (const int id : misses) {
            QString have;
            const bool present =
                m_inventory.workload(id).effectiveLabel(key, m_inventory.clusterId(), &have);
            const QString groupKey = present ? have : QStringLiteral("\x01missing");
            auto found = byValue.constFind(groupKey);
            if (found == byValue.cend()) {
                found = byValue.insert(groupKey, groups.size());
                groups.append({present ? labelDistance(want, have) : missingLabel,
                               missed,
                               have,
                               !present,
                               {}});
            }
            groups[found.value()].ids.append(id);
        }
    }
    result->nearMissTotal = total;
    // Closest value first, then by value, then Istio's order: only the groups listed are read.
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.missing != b.missing)
            return b.missing;
        return a.have < b.have;
    });
    const int limit = limits.nearMisses < 0 ? total : limits.nearMisses;
    QList<std::pair<int, int>> ranked; // rank, id
    for (Group &group : groups) {
        if (result->nearMisses.size() >= limit)
            break;
        if (pairs.size() == 1)
            group.ids = index.postings(ns, pairs[group.missed].first, group.have);
        ranked.clear();
        for (const int id : std::as_const(group.ids))
            ranked.append({m_inventory.sortRank(id), id});
        std::sort(ranked.begin(), ranked.end());
        for (const auto &[rank, id] : std::as_const(ranked)) {
            if (result->nearMisses.size() >= limit)
                break;
            NearMiss miss;
            miss.id = id;
            miss.label = pairs[group.missed].first;
            miss.want = pairs[group.missed].second;
            miss.have = group.have;
            miss.missing = group.missing;
            result->nearMisses.append(miss);
        }
    }
}

QList<ReverseMatch> WorkloadMatcher::reverse(const Workload &workload, const QString &clusterId,
                                             const QList<const SelectorQuery *> &queries)
{
    const QMap<QString, QString> labels = workload.effectiveLabels(clusterId);
    QList<ReverseMatch> result;
    for (const SelectorQuery *query : queries) {
        if (!query->hasSelector)
            continue;
        const bool sameNamespace = query->namespaceName == workload.namespaceName;
        int misses = 0;
        ReverseMatch match;
        match.query = query;
        for (auto it = query->selector.cbegin(); it != query->selector.cend() && misses < 2; ++it) {
            const auto found = labels.constFind(it.key());
            if (found != labels.cend() && found.value() == it.value())
                continue;
            ++misses;
            match.label = it.key();
            match.want = it.value();
            match.missing = found == labels.cend();
            match.have = match.missing ? QString() : found.value();
        }
        if (misses == 0 && sameNamespace) {
            match.relation = ReverseMatch::Relation::Selects;
            match.ready = judge(workload, *query, &match.reason, &match.reasonSource);
        } else if (misses == 0 && !query->selector.isEmpty()) {
            match.relation = ReverseMatch::Relation::OtherNamespace;
        } else if (misses == 1 && sameNamespace && (query->selector.size() > 1 || !match.missing)) {
            // As forward: a one-label selector's near-misses carry its key.
            match.relation = ReverseMatch::Relation::NearMiss;
        } else {
            continue;
        }
        result.append(match);
    }
    std::sort(result.begin(), result.end(), [](const ReverseMatch &a, const ReverseMatch &b) {
        if (a.relation != b.relation)
            return a.relation < b.relation;
        if (a.query->namespaceName != b.query->namespaceName)
            return a.query->namespaceName < b.query->namespaceName;
        return a.query->name < b.query->name;
    });
    return result;
}

int WorkloadMatcher::labelDistance(const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    // Values more than this many edits apart are all "far": their order is Istio's.
    constexpr int far = 5;
    if (qAbs(a.size() - b.size()) >= far)
        return far;
    // Levenshtein distance over one row; label values are at most 63 characters.
    const qsizetype n = qMin<qsizetype>(b.size(), 64);
    const qsizetype m = qMin<qsizetype>(a.size(), 64);
    const QChar *x = a.constData();
    const QChar *y = b.constData();
    int row[65];
    for (qsizetype j = 0; j <= n; ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= m; ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        int smallest = row[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int above = row[j];
            row[j] = qMin(qMin(row[j], row[j - 1]) + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1));
            diagonal = above;
            smallest = qMin(smallest, row[j]);
        }
        if (smallest >= far)
            return far;
    }
    return qMin(row[n], far);
}

void WorkloadMatcher::visibility(const SelectorQuery &query, SelectionResult *result) const
{
    static const MeshConfig defaults;
    const MeshConfig &mesh = m_mesh ? *m_mesh : defaults;
    const QMap<QString, QString> *labels =
        m_namespaces ? m_namespaces->labels(query.namespaceName) : nullptr;
    bool known = true;
    const QStringList exportTo =
        mesh.sidecarExportTo(query.exportTo, query.namespaceName, labels, &known);
    if (!known)
        result->warnings.append(
            MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                          "serviceEntryVisibility depends on the labels of "
                                          "namespace %1, which are not known: visibleIn follows "
                                          "exportTo alone"))
                .arg(query.namespaceName));
    if (exportTo.contains(QStringLiteral("*"))) {
        result->visibleIn = {QStringLiteral("*")};
        return;
    }
    // `~` beats every other entry (push_context.go:initServiceRegistry).
    if (exportTo.contains(QStringLiteral("~")))
        return;
    for (const QString &entry : exportTo)
        result->visibleIn.append(entry == u"." ? query.namespaceName : entry);
    result->visibleIn.sort();
    result->visibleIn.removeDuplicates();
}

} // namespace MeshEntry
