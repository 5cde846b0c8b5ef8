#include "routingregistry.h"

#include "istiohost.h"
#include "serviceentryview.h"
#include "workloadmatcher.h"

#include <algorithm>

namespace MeshEntry {

namespace {

const QList<const RoutingService *> noServices;

/// FNV-1a, 32 bits (hash/fnv New32a), as the legacy allocator hashes `namespace/host`.
quint32 fnv1a(const QByteArray &bytes)
{
    quint32 hash = 2166136261u;
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

/// netutil.IsValidIPAddress: Go's netip.ParseAddr, which refuses leading zeros in IPv4.
bool isCanonicalIPv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return false;
        for (const QChar c : part) {
            if (!c.isDigit())
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

/// An address as convertServices keeps it: a plain IP as written, a full-length CIDR as its IP,
/// another CIDR as written; invalid ones are dropped (an invalid prefix is returned).
IpPrefix convertAddress(const QString &text, QString *kept)
{
    if (!text.contains(u'/')) {
        const IpPrefix ip = IpPrefix::parse(text);
        if (!ip.isValid() || (!ip.isIPv6() && !isCanonicalIPv4(text)))
            return IpPrefix();
        *kept = ip.isIPv6() ? ip.address().toString() : text;
        return ip;
    }
    const IpPrefix prefix = IpPrefix::parse(text);
    if (!prefix.isValid() || (!prefix.isIPv6() && !isCanonicalIPv4(text.section(u'/', 0, 0))))
        return IpPrefix();
    *kept = prefix.isCidr() ? text : prefix.address().toString();
    return prefix;
}

void removeSorted(QList<const RoutingService *> *list, const RoutingService *service)
{
    auto at = std::lower_bound(list->begin(), list->end(), service, &RoutingRegistry::creationLess);
    while (at != list->end() && *at != service)
        ++at;
    if (at != list->end())
        list->erase(at);
}

} // namespace

bool ServiceEntryRecord::isVisibleTo(const QString &namespaceName) const
{
    return isPublic || (!isHidden && exportedTo.contains(namespaceName));
}

RoutingRegistry::RoutingRegistry() = default;
RoutingRegistry::~RoutingRegistry() = default;

bool RoutingRegistry::newAllocator() const
{
    const QString flag = m_mesh.proxyMetadata.value(QStringLiteral("PILOT_ENABLE_IP_AUTOALLOCATE"));
    bool ok = false;
    const bool value = MeshConfig::parseBool(flag, &ok);
    return !ok || value;
}

bool RoutingRegistry::proxiesUseAutoAddresses() const
{
    return m_mesh.proxiesUseAutoAllocatedAddresses(newAllocator());
}

bool RoutingRegistry::creationLess(const RoutingService *a, const RoutingService *b)
{
    const RoutingFacts &fa = a->entry->facts;
    const RoutingFacts &fb = b->entry->facts;
    if (fa.created != fb.created)
        return fa.created < fb.created;
    if (const int c = a->host.compare(b->host))
        return c < 0;
    if (const int c = fa.namespaceName.compare(fb.namespaceName))
        return c < 0;
    // istiod's order of such a tie is arbitrary; the name (sortServicesByCreationTime's last
    // key) keeps it independent of where the documents are, as the validator's.
    if (const int c = fa.name.compare(fb.name))
        return c < 0;
    if (a->entry->document != b->entry->document)
        return a->entry->document < b->entry->document;
    if (a->hostIndex != b->hostIndex)
        return a->hostIndex < b->hostIndex;
    return a->addressIndex < b->addressIndex;
}

void RoutingRegistry::computeVisibility(ServiceEntryRecord *record) const
{
    const QString &ns = record->namespaceName();
    bool known = true;
    record->exportTo =
        m_mesh.sidecarExportTo(record->facts.exportTo, ns, namespaceLabels(ns), &known);
    record->exportToKnown = known;
    record->isPublic = record->exportTo.contains(QStringLiteral("*"));
    // initServiceRegistry: `*` wins over everything, then `~` over the named namespaces.
    record->isHidden = !record->isPublic && record->exportTo.contains(QStringLiteral("~"));
    record->exportedTo.clear();
    if (record->isPublic || record->isHidden)
        return;
    for (const QString &entry : std::as_const(record->exportTo)) {
        const QString target = entry == u"." ? ns : entry;
        if (!record->exportedTo.contains(target))
            record->exportedTo.append(target);
    }
}

void RoutingRegistry::buildServices(ServiceEntryRecord *record) const
{
    const RoutingFacts &facts = record->facts;
    record->ports.clear();
    record->ports.reserve(facts.ports.size());
    for (int i = 0; i < facts.ports.size(); ++i) {
        const RoutingFacts::Port &port = facts.ports[i];
        record->ports.append(
            {port.number, port.name, IstioProtocol::parse(port.protocol), port.targetPort, i});
    }
    const bool noneResolution = facts.resolution == ServiceEntryView::None;
    const auto optOut =
        facts.labels.constFind(QStringLiteral("networking.istio.io/enable-autoallocate-ip"));
    const bool optedOut =
        optOut != facts.labels.cend() && optOut->compare(u"false", Qt::CaseInsensitive) == 0;
    record->autoAllocatable = !noneResolution && !optedOut && facts.addresses.isEmpty();
    record->services.clear();
    record->services.reserve(facts.hosts.size() * std::max<qsizetype>(1, facts.addresses.size()));
    for (int h = 0; h < facts.hosts.size(); ++h) {
        const QString &host = facts.hosts[h].value;
        if (!facts.addresses.isEmpty()) {
            for (int a = 0; a < facts.addresses.size(); ++a) {
                RoutingService service;
                service.prefix = convertAddress(facts.addresses[a].value, &service.address);
                if (!service.prefix.isValid())
                    continue; // convertServices drops what is neither an IP nor a CIDR
                service.entry = record;
                service.hostIndex = h;
                service.addressIndex = a;
                service.host = host;
                record->services.push_back(service);
            }
            continue;
        }
        RoutingService service;
        service.entry = record;
        service.hostIndex = h;
        service.host = host;
        service.address = QStringLiteral("0.0.0.0");
        const bool wildcard = IstioHost::isWildcard(host);
        if (newAllocator()) {
            // ipallocate.go gives wildcard hosts an address only with DYNAMIC_DNS.
            if (record->autoAllocatable &&
                (!wildcard || facts.resolution == ServiceEntryView::DynamicDns)) {
                service.autoState = RoutingService::AutoAddress::Unknown;
                for (const RoutingFacts::StatusAddress &status : facts.statusAddresses) {
                    const IpPrefix parsed = IpPrefix::parse(status.value);
                    if (status.host == host && parsed.isValid() && !parsed.isIPv6()) {
                        service.autoState = RoutingService::AutoAddress::Status;
                        service.autoAddress = status.value;
                    }
                }
            }
        } else if (!wildcard && !noneResolution) {
            service.autoState = RoutingService::AutoAddress::Legacy;
        }
        record->services.push_back(service);
    }
}

void RoutingRegistry::prepare() const
{
    if (m_legacyDirty)
        const_cast<RoutingRegistry *>(this)->assignLegacyAddresses();
    // The matcher sorts by ranks computed on first use: compute them before threads read.
    m_fileWorkloads.prepareOrder();
    if (m_workloads)
        m_workloads->prepareOrder();
}

void RoutingRegistry::indexEntry(ServiceEntryRecord *record)
{
    m_allDirty = true;
    computeVisibility(record);
    for (const RoutingService &service : record->services) {
        // Appended, and sorted once per batch by sortServices(): inserting each in its place
        // made a file of n public services cost n² moves.
        if (record->isPublic) {
            if (m_publicSorted < 0)
                m_publicSorted = m_public.size();
            m_public.append(&service);
        } else if (!record->isHidden) {
            for (const QString &target : std::as_const(record->exportedTo)) {
                QList<const RoutingService *> &list = m_exportedTo[target];
                if (!m_unsortedTargets.contains(target))
                    m_unsortedTargets.insert(target, list.size());
                list.append(&service);
            }
        }
        m_byHost[service.host].append(&service);
        if (service.address != u"0.0.0.0")
            m_byAddress[service.address].append(&service);
        if (service.prefix.isCidr())
            m_cidrs[service.address] += 1;
    }
    m_entriesByNamespace[record->namespaceName()].append(record);
    if (!newAllocator())
        m_legacyDirty = true;
}

void RoutingRegistry::sortServices()
{
    // Each list is a sorted prefix and what was appended since. A few (an edit) go into their
    // places one by one, as sorted insertion did; many (a file) are sorted and merged.
    const auto settle = [](QList<const RoutingService *> *list, qsizetype sorted) {
        const auto begin = list->begin();
        const auto end = list->end();
        if (end - begin - sorted <= 8) {
            for (auto next = begin + sorted; next != end; ++next)
                std::rotate(std::upper_bound(begin, next, *next, &creationLess), next, next + 1);
            return;
        }
        std::sort(begin + sorted, end, &creationLess);
        std::inplace_merge(begin, begin + sorted, end, &creationLess);
    };
    if (m_publicSorted >= 0)
        settle(&m_public, m_publicSorted);
    for (auto target = m_unsortedTargets.cbegin(); target != m_unsortedTargets.cend(); ++target) {
        const auto it = m_exportedTo.find(target.key());
        if (it != m_exportedTo.end())
            settle(&it.value(), target.value());
    }
    m_publicSorted = -1;
    m_unsortedTargets.clear();
}

void RoutingRegistry::unindexEntry(const ServiceEntryRecord *record)
{
    sortServices(); // removeSorted() needs them sorted
    m_allDirty = true;
    for (const RoutingService &service : record->services) {
        if (service.prefix.isCidr() && --m_cidrs[service.address] <= 0)
            m_cidrs.remove(service.address);
        if (record->isPublic) {
            removeSorted(&m_public, &service);
        } else if (!record->isHidden) {
            for (const QString &target : record->exportedTo) {
                auto it = m_exportedTo.find(target);
                if (it == m_exportedTo.end())
                    continue;
                removeSorted(&it.value(), &service);
                if (it->isEmpty())
                    m_exportedTo.erase(it);
            }
        }
        for (QHash<QString, QList<const RoutingService *>> *index : {&m_byHost, &m_byAddress}) {
            auto it = index->find(index == &m_byHost ? service.host : service.address);
            if (it == index->end())
                continue;
            it->removeOne(&service);
            if (it->isEmpty())
                index->erase(it);
        }
    }
    auto byNamespace = m_entriesByNamespace.find(record->namespaceName());
    if (byNamespace != m_entriesByNamespace.end()) {
        byNamespace->removeOne(record);
        if (byNamespace->isEmpty())
            m_entriesByNamespace.erase(byNamespace);
    }
    if (!newAllocator())
        m_legacyDirty = true;
}

QSet<quint32> RoutingRegistry::Changes::portsOf(const QString &ns, bool *all) const
{
    *all = full.contains(ns) || full.contains(QString());
    QSet<quint32> out = ports.value(ns);
    out.unite(ports.value(QString()));
    if (out.isEmpty())
        *all = true; // marked without ports: re-evaluate everything
    return out;
}

QSet<quint32> RoutingRegistry::affectedPorts(const ServiceEntryRecord *record) const
{
    QSet<quint32> out;
    for (const RoutingPort &port : record->ports)
        out.insert(port.number);
    for (const RoutingFacts::Text &host : record->facts.hosts) {
        const auto it = m_byHost.constFind(host.value);
        if (it == m_byHost.cend())
            continue;
        for (const RoutingService *service : *it) {
            if (service->entry == record)
                continue;
            for (const RoutingPort &port : service->entry->ports)
                out.insert(port.number);
        }
    }
    return out;
}

void RoutingRegistry::noteVisibility(const ServiceEntryRecord *record)
{
    const QSet<quint32> ports = affectedPorts(record);
    if (record->isPublic) {
        m_changes.allNamespaces = true;
        m_changes.ports[QString()].unite(ports);
        return;
    }
    m_changes.namespaces.insert(record->namespaceName());
    m_changes.ports[record->namespaceName()].unite(ports);
    for (const QString &target : record->exportedTo) {
        m_changes.namespaces.insert(target);
        m_changes.ports[target].unite(ports);
    }
}

void RoutingRegistry::noteFull(const QString &namespaceName)
{
    if (namespaceName.isEmpty())
        m_changes.allNamespaces = true;
    else
        m_changes.namespaces.insert(namespaceName);
    m_changes.full.insert(namespaceName);
}

void RoutingRegistry::noteWorkloadNamespace(const QString &namespaceName)
{
    m_touchedWorkloadNamespaces.insert(namespaceName);
}

void RoutingRegistry::addNamespaceUse(const QString &namespaceName, int delta, bool workload)
{
    QHash<QString, int> &uses = workload ? m_workloadUses : m_namespaceUses;
    const int before = uses.value(namespaceName);
    const int after = before + delta;
    if (after <= 0)
        uses.remove(namespaceName);
    else
        uses.insert(namespaceName, after);
    if ((before > 0) != (after > 0)) {
        noteFull(namespaceName);
        if (workload)
            m_changes.workloadNamespaces = true;
    }
}

void RoutingRegistry::removeDocument(int id)
{
    const auto kind = m_kinds.constFind(id);
    if (kind == m_kinds.cend())
        return;
    m_changes.documents.insert(id);
    switch (*kind) {
    case RoutingFacts::Kind::ServiceEntry: {
        auto it = m_entries.find(id);
        noteVisibility(it->get());
        unindexEntry(it->get());
        addNamespaceUse((*it)->namespaceName(), -1, false);
        m_entries.erase(it);
        break;
    }
    case RoutingFacts::Kind::Sidecar: {
        auto it = m_sidecars.find(id);
        const QString ns = (*it)->facts.namespaceName;
        m_sidecarsByNamespace[ns].removeOne(it->get());
        if (m_sidecarsByNamespace[ns].isEmpty())
            m_sidecarsByNamespace.remove(ns);
        noteFull(ns == m_mesh.rootNamespace ? QString() : ns);
        addNamespaceUse(ns, -1, false);
        m_sidecars.erase(it);
        break;
    }
    default: {
        const OtherDocument facts = m_others.take(id);
        addNamespaceUse(facts.namespaceName, -1, false);
        if (facts.kind == RoutingFacts::Kind::WorkloadEntry && m_fileWorkloadIds.contains(id))
            m_fileWorkloads.remove(m_fileWorkloadIds.take(id));
        if (facts.kind == RoutingFacts::Kind::WorkloadEntry ||
            facts.kind == RoutingFacts::Kind::Workload) {
            addNamespaceUse(facts.namespaceName, -1, true);
            noteWorkloadNamespace(facts.namespaceName);
        } else if (facts.kind == RoutingFacts::Kind::Namespace) {
            m_namespaceDocuments.remove(facts.name);
            reindexAll();
        }
        break;
    }
    }
    m_kinds.erase(kind);
}

void RoutingRegistry::setDocument(int id, RoutingFacts facts)
{
    removeDocument(id);
    if (facts.kind == RoutingFacts::Kind::Other)
        return;
    m_changes.documents.insert(id);
    m_kinds.insert(id, facts.kind);
    addNamespaceUse(facts.namespaceName, 1, false);
    switch (facts.kind) {
    case RoutingFacts::Kind::ServiceEntry: {
        auto record = std::make_shared<ServiceEntryRecord>();
        record->document = id;
        record->facts = std::move(facts);
        buildServices(record.get());
        indexEntry(record.get());
        noteVisibility(record.get());
        m_entries.insert(id, std::move(record));
        break;
    }
    case RoutingFacts::Kind::Sidecar: {
        auto record = std::make_shared<SidecarRecord>();
        record->document = id;
        record->facts = std::move(facts);
        const QString ns = record->facts.namespaceName;
        QList<const SidecarRecord *> &list = m_sidecarsByNamespace[ns];
        list.append(record.get());
        // sortConfigByCreationTime: creation time, then name.
        std::stable_sort(list.begin(), list.end(),
                         [](const SidecarRecord *a, const SidecarRecord *b) {
                             if (a->facts.created != b->facts.created)
                                 return a->facts.created < b->facts.created;
                             return a->facts.name < b->facts.name;
                         });
        noteFull(ns == m_mesh.rootNamespace ? QString() : ns);
        m_sidecars.insert(id, std::move(record));
        break;
    }
    default: {
        const QString ns = facts.namespaceName;
        const RoutingFacts::Kind kind = facts.kind;
        if (kind == RoutingFacts::Kind::Namespace)
            m_namespaceDocuments.insert(facts.name, facts.labels.toMap());
        if (kind == RoutingFacts::Kind::WorkloadEntry && facts.workload) {
            // Built by the thread that read the document; only moved here.
            facts.workload->document = id;
            m_fileWorkloadIds.insert(id, m_fileWorkloads.add(std::move(*facts.workload)));
            facts.workload.reset();
        }
        m_others.insert(id, {kind, facts.name, ns});
        if (kind == RoutingFacts::Kind::WorkloadEntry || kind == RoutingFacts::Kind::Workload) {
            addNamespaceUse(ns, 1, true);
            noteWorkloadNamespace(ns);
        } else if (kind == RoutingFacts::Kind::Namespace) {
            reindexAll();
        }
        break;
    }
    }
}

void RoutingRegistry::reindexAll()
{
    m_allDirty = true;
    m_public.clear();
    m_exportedTo.clear();
    m_publicSorted = -1;
    m_unsortedTargets.clear();
    m_byHost.clear();
    m_byAddress.clear();
    m_cidrs.clear();
    m_entriesByNamespace.clear();
    QList<int> ids = m_entries.keys();
    std::sort(ids.begin(), ids.end());
    for (const int id : ids) {
        ServiceEntryRecord *record = m_entries[id].get();
        buildServices(record);
        indexEntry(record);
    }
    m_legacyDirty = !newAllocator();
    noteFull(QString());
    m_changes.workloadNamespaces = true;
    for (const int id : ids)
        m_changes.documents.insert(id);
}

void RoutingRegistry::setMeshConfig(const MeshConfig &mesh)
{
    m_mesh = mesh;
    reindexAll();
    for (auto it = m_sidecars.cbegin(); it != m_sidecars.cend(); ++it)
        m_changes.documents.insert(it.key());
}

void RoutingRegistry::setNamespaceInventory(const NamespaceInventory &namespaces)
{
    m_inventory = namespaces;
    reindexAll();
}

void RoutingRegistry::setWorkloadInventory(const WorkloadInventory *workloads)
{
    m_workloads = workloads;
    reindexAll();
}

void RoutingRegistry::assignLegacyAddresses()
{
    m_legacyDirty = false;
    if (newAllocator())
        return;
    // auto_allocation.go:autoAllocateIPs: slots by double hashing of `namespace/host`, then
    // addresses in slot order, skipping x.y.z.0; services with the same key share one.
    constexpr quint32 maxIPs = 256 * 254;
    constexpr quint32 prime = 65011;
    std::vector<RoutingService *> table(maxIPs, nullptr);
    QList<const RoutingService *> order = allServices();
    for (const RoutingService *service : std::as_const(order)) {
        auto *mutableService = const_cast<RoutingService *>(service);
        if (service->autoState != RoutingService::AutoAddress::Legacy)
            continue;
        const quint32 hash =
            fnv1a((service->entry->namespaceName() + u'/' + service->host).toUtf8());
        quint32 slot = hash % maxIPs;
        if (table[slot]) {
            const quint32 second = prime - (hash % prime);
            for (quint32 i = 1;; ++i) {
                slot = (hash + i * second) % (maxIPs - 1);
                if (!table[slot])
                    break;
            }
        }
        table[slot] = mutableService;
    }
    QHash<QString, QString> byKey;
    int x = 0;
    for (RoutingService *service : table) {
        ++x;
        if (!service)
            continue;
        if (x % 255 == 0)
            ++x;
        const QString key = service->entry->namespaceName() + u'/' + service->host;
        const auto known = byKey.constFind(key);
        if (known != byKey.cend()) {
            service->autoAddress = *known;
            continue;
        }
        service->autoAddress = QStringLiteral("240.240.%1.%2").arg(x / 255).arg(x % 255);
        byKey.insert(key, service->autoAddress);
    }
}

QList<const RoutingService *> RoutingRegistry::candidates(const QString &namespaceName) const
{
    if (m_legacyDirty)
        const_cast<RoutingRegistry *>(this)->assignLegacyAddresses();
    // Sorted by takeChanges(); a caller that did not take them gets sorted copies.
    QList<const RoutingService *> out = m_exportedTo.value(namespaceName);
    if (m_unsortedTargets.contains(namespaceName))
        std::sort(out.begin(), out.end(), &RoutingRegistry::creationLess);
    const qsizetype exported = out.size();
    out += m_public;
    if (m_publicSorted >= 0)
        std::sort(out.begin() + exported, out.end(), &RoutingRegistry::creationLess);
    return out;
}

bool RoutingRegistry::hasExportsTo(const QString &namespaceName) const
{
    return m_exportedTo.contains(namespaceName);
}

const QList<const RoutingService *> &RoutingRegistry::servicesWithHost(const QString &host) const
{
    if (m_legacyDirty)
        const_cast<RoutingRegistry *>(this)->assignLegacyAddresses();
    const auto it = m_byHost.constFind(host);
    return it == m_byHost.cend() ? noServices : *it;
}

const QList<const RoutingService *> &
RoutingRegistry::servicesWithAddress(const QString &address) const
{
    const auto it = m_byAddress.constFind(address);
    return it == m_byAddress.cend() ? noServices : *it;
}

QList<const RoutingService *> RoutingRegistry::allServices() const
{
    if (!m_allDirty)
        return m_allSorted;
    m_allSorted.clear();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        for (const RoutingService &service : (*it)->services)
            m_allSorted.append(&service);
    }
    std::sort(m_allSorted.begin(), m_allSorted.end(), &RoutingRegistry::creationLess);
    m_allDirty = false;
    return m_allSorted;
}

QList<const ServiceEntryRecord *> RoutingRegistry::entries() const
{
    QList<int> ids = m_entries.keys();
    std::sort(ids.begin(), ids.end());
    QList<const ServiceEntryRecord *> out;
    for (const int id : std::as_const(ids))
        out.append(m_entries.value(id).get());
    return out;
}

bool RoutingRegistry::isDeclaredAddress(const QHostAddress &address) const
{
    if (m_byAddress.contains(address.toString()))
        return true;
    for (auto it = m_cidrs.keyBegin(); it != m_cidrs.keyEnd(); ++it) {
        if (IpPrefix::parse(*it).contains(address))
            return true;
    }
    return false;
}

QList<const SidecarRecord *> RoutingRegistry::sidecars(const QString &namespaceName) const
{
    return m_sidecarsByNamespace.value(namespaceName);
}

const ServiceEntryRecord *RoutingRegistry::serviceEntry(int document) const
{
    const auto it = m_entries.constFind(document);
    return it == m_entries.cend() ? nullptr : it->get();
}

const SidecarRecord *RoutingRegistry::sidecar(int document) const
{
    const auto it = m_sidecars.constFind(document);
    return it == m_sidecars.cend() ? nullptr : it->get();
}

const RoutingFacts *RoutingRegistry::facts(int document) const
{
    if (const ServiceEntryRecord *entry = serviceEntry(document))
        return &entry->facts;
    if (const SidecarRecord *record = sidecar(document))
        return &record->facts;
    return nullptr;
}

RoutingRegistry::DocumentName RoutingRegistry::documentName(int document) const
{
    if (const RoutingFacts *known = facts(document))
        return {known->namespaceName, known->name};
    const auto it = m_others.constFind(document);
    return it == m_others.cend() ? DocumentName() : DocumentName{it->namespaceName, it->name};
}

SelectorQuery RoutingRegistry::selectorQuery(const ServiceEntryRecord &entry)
{
    const RoutingFacts &facts = entry.facts;
    SelectorQuery query;
    query.name = facts.name;
    query.namespaceName = facts.namespaceName;
    query.document = entry.document;
    for (const RoutingFacts::Text &host : facts.hosts)
        query.hosts.append(host.value);
    for (const RoutingFacts::Port &port : facts.ports)
        query.ports.append({port.number, port.name, port.protocol, port.targetPort});
    query.resolution = facts.resolution;
    query.exportTo = facts.exportTo;
    query.hasSelector = facts.hasSelector;
    query.selector = facts.selector.toMap();
    return query;
}

QList<RoutingRegistry::ClusterEndpoint>
RoutingRegistry::endpoints(const QString &host, const QString &namespaceName, quint32 port,
                           bool *selectorPresent, QStringList *unused) const
{
    QList<ClusterEndpoint> out;
    *selectorPresent = false;
    QList<const ServiceEntryRecord *> entries;
    for (const RoutingService *service : servicesWithHost(host)) {
        if (service->entry->namespaceName() == namespaceName && !entries.contains(service->entry))
            entries.append(service->entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const ServiceEntryRecord *a, const ServiceEntryRecord *b) {
                  if (a->facts.created != b->facts.created)
                      return a->facts.created < b->facts.created;
                  if (const int c = a->facts.name.compare(b->facts.name))
                      return c < 0; // controller.go:sortServicesByCreationTime
                  return a->document < b->document;
              });
    struct Selected {
        const Workload *workload;
        SelectedWorkload selection;
    };
    for (const ServiceEntryRecord *entry : std::as_const(entries)) {
        const RoutingFacts &facts = entry->facts;
        // mergeServicesInstancesByNamespaceHost: a DNS_ROUND_ROBIN entry adds no endpoint to a
        // port that already has one, from an older entry or its own first endpoint.
        const bool roundRobin = facts.resolution == ServiceEntryView::DnsRoundRobin;
        const auto add = [&](const QString &address, quint32 endpointPort) {
            if (!roundRobin || out.isEmpty())
                out.append({address, endpointPort});
        };
        if (facts.hasSelector) {
            *selectorPresent = true;
            // The documents' WorkloadEntries, and the imported workloads not read from a file.
            const SelectorQuery query = selectorQuery(*entry);
            QList<Selected> selected;
            for (const WorkloadInventory *inventory : {&m_fileWorkloads, m_workloads}) {
                if (!inventory)
                    continue;
                for (SelectedWorkload &item : WorkloadMatcher(*inventory).selected(query)) {
                    const Workload &workload = inventory->workload(item.id);
                    if (inventory == &m_fileWorkloads || workload.document < 0)
                        selected.append({&workload, std::move(item)});
                }
            }
            // Kind (Pods first), then name: the namespace is the entry's (conversion.go:services).
            std::stable_sort(selected.begin(), selected.end(),
                             [](const Selected &a, const Selected &b) {
                                 return std::tie(a.workload->kind, a.workload->name) <
                                        std::tie(b.workload->kind, b.workload->name);
                             });
            for (const Selected &item : std::as_const(selected)) {
                const Workload &workload = *item.workload;
                if (!item.selection.ready) {
                    if (unused)
                        unused->append(QStringLiteral("%1 %2/%3: %4")
                                           .arg(workload.kindName(), workload.namespaceName,
                                                workload.name, item.selection.reason));
                    continue;
                }
                for (const EndpointPort &endpointPort : item.selection.ports) {
                    if (endpointPort.servicePort == port)
                        add(workload.address(), endpointPort.endpointPort);
                }
            }
            continue;
        }
        // conversion.go:convertServiceEntryToInstances: the host itself for a DNS entry without
        // endpoints, else each endpoint for each port (convertWorkloadInstanceToServiceInstance).
        const auto portsNumbered = [&](const auto &use) {
            for (const RoutingFacts::Port &own : facts.ports) {
                if (own.number == port)
                    use(own, own.targetPort ? own.targetPort : own.number);
            }
        };
        if (facts.endpoints.isEmpty()) {
            if (facts.resolution == ServiceEntryView::Dns || roundRobin)
                portsNumbered(
                    [&](const RoutingFacts::Port &, quint32 number) { add(host, number); });
            continue;
        }
        for (const RoutingFacts::Endpoint &endpoint : facts.endpoints) {
            portsNumbered([&](const RoutingFacts::Port &own, quint32 number) {
                if (endpoint.address.startsWith(u"unix://"))
                    number = 0;
                else if (const quint32 named = endpoint.ports.value(own.name))
                    number = named;
                add(endpoint.address, number);
            });
        }
    }
    return out;
}

const QMap<QString, QString> *RoutingRegistry::namespaceLabels(const QString &namespaceName) const
{
    const auto document = m_namespaceDocuments.constFind(namespaceName);
    if (document != m_namespaceDocuments.cend())
        return &*document;
    return m_inventory.labels(namespaceName);
}

QStringList RoutingRegistry::knownNamespaces() const
{
    QSet<QString> names(m_namespaceUses.keyBegin(), m_namespaceUses.keyEnd());
    for (const QString &name : m_inventory.names())
        names.insert(name);
    QStringList out(names.cbegin(), names.cend());
    out.sort();
    return out;
}

QSet<QString> RoutingRegistry::workloadNamespaces() const
{
    QSet<QString> out(m_workloadUses.keyBegin(), m_workloadUses.keyEnd());
    if (m_workloads) {
        for (const QString &ns : m_workloads->namespaces())
            out.insert(ns);
    }
    return out;
}

RoutingRegistry::Changes RoutingRegistry::takeChanges()
{
    sortServices();
    // Headless listeners of entries selecting workloads in these namespaces (§4.2) may change.
    for (const QString &ns : std::as_const(m_touchedWorkloadNamespaces)) {
        for (const ServiceEntryRecord *entry : m_entriesByNamespace.value(ns)) {
            if (entry->facts.hasSelector)
                noteVisibility(entry);
        }
    }
    m_touchedWorkloadNamespaces.clear();
    return std::exchange(m_changes, Changes());
}

} // namespace MeshEntry
