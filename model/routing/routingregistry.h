#pragma once

#include "ipprefix.h"
#include "istioprotocol.h"
#include "meshconfig.h"
#include "namespaceinventory.h"
#include "routingfacts.h"
#include "workloadinventory.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <memory>
#include <vector>

namespace MeshEntry {

/// A ServiceEntry port as Istio converts it (conversion.go:convertPort).
struct RoutingPort {
    quint32 number = 0;
    QString name;
    IstioProtocol protocol;
    quint32 targetPort = 0;
    int index = -1; ///< position in spec.ports
};

struct ServiceEntryRecord;

/**
 * One model.Service: a host of a ServiceEntry with one of its addresses (§2.2). Its order is
 * its place in creation order (push_context.go:SortServicesByCreationTime).
 */
struct RoutingService {
    enum class AutoAddress { None, Status, Legacy, Unknown };

    const ServiceEntryRecord *entry = nullptr;
    int hostIndex = -1;
    int addressIndex = -1; ///< index in spec.addresses; -1 when the entry has none
    QString host;
    QString address; ///< "0.0.0.0" without addresses; an IP or a CIDR
    IpPrefix prefix; ///< the address parsed (invalid for 0.0.0.0)
    AutoAddress autoState = AutoAddress::None;
    QString autoAddress; ///< auto-allocated IPv4 when known (status.addresses or legacy)
};

/// A ServiceEntry as the routing model uses it.
struct ServiceEntryRecord {
    int document = -1;
    RoutingFacts facts;
    QList<RoutingPort> ports;
    /// The exportTo a sidecar applies (declared or mesh default, narrowed by
    /// serviceEntryVisibility), and whether that was decidable from the known namespace labels.
    QStringList exportTo;
    bool exportToKnown = true;
    bool isPublic = false;
    bool isHidden = false;  ///< `~`
    QStringList exportedTo; ///< named namespaces, `.` resolved (when neither public nor hidden)
    bool autoAllocatable =
        false; ///< shouldV2AutoAllocateIPFromPieces (or the legacy allocator's rule)
    std::vector<RoutingService> services;

    const QString &namespaceName() const { return facts.namespaceName; }
    bool isVisibleTo(const QString &namespaceName) const;
};

/// A Sidecar resource.
struct SidecarRecord {
    int document = -1;
    RoutingFacts facts;
};

struct SelectorQuery;

/**
 * Every ServiceEntry, WorkloadEntry, Sidecar and Namespace of the open documents, with the
 * indexes a sidecar's view is built from: services exported to each namespace and public ones
 * in creation order (push_context.go:initServiceRegistry), services by host and by address,
 * Sidecars by namespace, and the namespaces that have workloads. Updated one document at a time.
 * The documents' WorkloadEntries are also kept as Workloads, so that a workloadSelector's
 * endpoints come from WorkloadMatcher, as in the Selected Workloads panel and `meshentry match`.
 */
class RoutingRegistry
{
public:
    RoutingRegistry();
    ~RoutingRegistry();

    /// Adds, replaces or (for Kind::Other) removes the facts of a document.
    void setDocument(int id, RoutingFacts facts);
    void removeDocument(int id);
    /// New mesh settings or namespace labels: every entry's visibility is recomputed.
    void setMeshConfig(const MeshConfig &mesh);
    void setNamespaceInventory(const NamespaceInventory &namespaces);
    /// Pods (and WorkloadEntries) outside the files, as selector endpoints and workload
    /// namespaces; not owned, nullptr: unknown. Workloads read from files (Workload::document
    /// >= 0) are left out: the registry has its documents' WorkloadEntries itself.
    void setWorkloadInventory(const WorkloadInventory *workloads);
    bool knowsPods() const { return m_workloads != nullptr; }

    const MeshConfig &mesh() const { return m_mesh; }
    /// istiod's PILOT_ENABLE_IP_AUTOALLOCATE: on unless the mesh's proxyMetadata turns it off.
    bool newAllocator() const;
    /// Proxies use auto-allocated addresses (model/service.go:nodeUsesAutoallocatedIPs).
    bool proxiesUseAutoAddresses() const;

    /// servicesExportedToNamespace: services exported to namespace specifically, then public ones.
    QList<const RoutingService *> candidates(const QString &namespaceName) const;
    /// Whether any service is exported to the namespace specifically (its view differs).
    bool hasExportsTo(const QString &namespaceName) const;
    const QList<const RoutingService *> &servicesWithHost(const QString &host) const;
    const QList<const RoutingService *> &servicesWithAddress(const QString &address) const;
    /// Assigns legacy auto-allocated addresses if they are due; call before reading from
    /// several threads.
    void prepare() const;
    /// Whether some entry declares the address (as an IP, or inside one of its CIDRs).
    bool isDeclaredAddress(const QHostAddress &address) const;
    /// Every service, in creation order.
    QList<const RoutingService *> allServices() const;
    /// Lower sorts first in creation order.
    static bool creationLess(const RoutingService *a, const RoutingService *b);

    /// The ServiceEntries of a namespace.
    QList<const ServiceEntryRecord *> entriesIn(const QString &namespaceName) const
    {
        return m_entriesByNamespace.value(namespaceName);
    }
    /// Every ServiceEntry, by document id.
    QList<const ServiceEntryRecord *> entries() const;
    /// Sidecars of a namespace, oldest first.
    QList<const SidecarRecord *> sidecars(const QString &namespaceName) const;
    const ServiceEntryRecord *serviceEntry(int document) const;
    const SidecarRecord *sidecar(int document) const;
    /// The facts of a ServiceEntry or Sidecar; nullptr for other documents.
    const RoutingFacts *facts(int document) const;
    struct DocumentName {
        QString namespaceName;
        QString name;
    };
    /// Namespace and name of any document the registry holds; empty for an unknown id.
    DocumentName documentName(int document) const;
    /// One endpoint of a cluster: the address and the port Envoy connects to.
    struct ClusterEndpoint {
        QString address;
        quint32 port = 0; ///< 0 for a Unix socket (`unix://…`), which has none
    };
    /// The endpoints of cluster `outbound|port||host` in a namespace. Each ServiceEntry with the
    /// host makes endpoints from its own ports numbered `port` (conversion.go:
    /// convertServiceEntryToInstances): per inline endpoint, or per workload its
    /// workloadSelector selects that Istio makes an endpoint of (in Istio's order,
    /// WorkloadMatcher, ISTIO-SELECTION.md §3–§7), at the endpoint's port for the port's name,
    /// else the targetPort, else the number; a DNS entry with neither makes one of the host
    /// itself. The entries' endpoints are pooled in creation order, a DNS_ROUND_ROBIN entry's
    /// only while the port has none yet (mergeServicesInstancesByNamespaceHost), and the pool
    /// is keyed by port number (LegacyClusterPortKey, endpointshards.go:CopyEndpoints).
    /// *unused receives "Pod a/web-2: not ready (…)" for each selected workload left out.
    QList<ClusterEndpoint> endpoints(const QString &host, const QString &namespaceName,
                                     quint32 port, bool *selectorPresent,
                                     QStringList *unused = nullptr) const;
    /// What WorkloadMatcher needs of a ServiceEntry.
    static SelectorQuery selectorQuery(const ServiceEntryRecord &entry);

    /// Labels of a namespace from the imported inventory or Namespace documents; nullptr if
    /// unknown.
    const QMap<QString, QString> *namespaceLabels(const QString &namespaceName) const;
    /// Namespaces named by documents (of any routing kind) and by the imported inventory.
    QStringList knownNamespaces() const;
    /// Namespaces some exportTo names explicitly.
    QStringList exportTargets() const { return m_exportedTo.keys(); }
    /// Namespaces with WorkloadEntries, workloads (Pods, Deployments…) or imported as such.
    QSet<QString> workloadNamespaces() const;
    bool hasNamespaceInventory() const { return !m_inventory.isEmpty(); }

    /// Changes since the last call: documents and namespaces whose routing facts changed.
    struct Changes {
        QSet<int> documents;      ///< added, changed or removed
        QSet<QString> namespaces; ///< viewer namespaces whose view may have changed
        bool allNamespaces = false;
        bool workloadNamespaces = false; ///< the set of namespaces with workloads changed
        /// Where only some ports can have changed: namespace → ports ("" for every namespace).
        QHash<QString, QSet<quint32>> ports;
        /// Namespaces whose every port may have changed ("" for every namespace).
        QSet<QString> full;

        bool isEmpty() const
        {
            return documents.isEmpty() && namespaces.isEmpty() && !allNamespaces &&
                   !workloadNamespaces;
        }
        bool touches(const QString &ns) const { return allNamespaces || namespaces.contains(ns); }
        /// The ports of namespace ns to re-evaluate; *all when every port must be.
        QSet<quint32> portsOf(const QString &ns, bool *all) const;
    };
    Changes takeChanges();

private:
    void indexEntry(ServiceEntryRecord *record);
    void unindexEntry(const ServiceEntryRecord *record);
    /// Sorts what indexEntry() appended to m_public and m_exportedTo (creationLess).
    void sortServices();
    void buildServices(ServiceEntryRecord *record) const;
    void computeVisibility(ServiceEntryRecord *record) const;
    /// Records the namespaces that can see the entry as changed.
    void noteVisibility(const ServiceEntryRecord *record);
    void noteWorkloadNamespace(const QString &namespaceName);
    void noteFull(const QString &namespaceName);
    /// The entry's ports and those of every entry sharing one of its hosts (§3.4: which
    /// namespace a host resolves to decides the listeners on all of them).
    QSet<quint32> affectedPorts(const ServiceEntryRecord *record) const;
    void reindexAll();
    void assignLegacyAddresses();
    void addNamespaceUse(const QString &namespaceName, int delta, bool workload);

    MeshConfig m_mesh;
    NamespaceInventory m_inventory;
    const WorkloadInventory *m_workloads = nullptr;
    QHash<int, RoutingFacts::Kind> m_kinds;
    QHash<int, std::shared_ptr<ServiceEntryRecord>> m_entries;
    QHash<int, std::shared_ptr<SidecarRecord>> m_sidecars;
    /// WorkloadEntries, Namespaces, workloads: only what removing them needs (a WorkloadEntry's
    /// facts are in m_fileWorkloads, a Namespace's labels in m_namespaceDocuments).
    struct OtherDocument {
        RoutingFacts::Kind kind = RoutingFacts::Kind::Other;
        QString name;
        QString namespaceName;
    };
    QHash<int, OtherDocument> m_others;
    /// The documents' WorkloadEntries; endpoints() only selects from them.
    WorkloadInventory m_fileWorkloads{WorkloadInventory::defaultClusterId(),
                                      WorkloadInventory::Answers::SelectorsOnly};
    QHash<int, int> m_fileWorkloadIds; ///< document id → m_fileWorkloads id
    QList<const RoutingService *> m_public;
    QHash<QString, QList<const RoutingService *>> m_exportedTo;
    /// How much of m_public is sorted, while services were appended to it since; else -1.
    qsizetype m_publicSorted = -1;
    /// The same for m_exportedTo's lists: key → length of its sorted prefix.
    QHash<QString, qsizetype> m_unsortedTargets;
    QHash<QString, QList<const RoutingService *>> m_byHost;
    QHash<QString, QList<const RoutingService *>> m_byAddress;
    QHash<QString, QList<const SidecarRecord *>> m_sidecarsByNamespace;
    QHash<QString, QList<const ServiceEntryRecord *>> m_entriesByNamespace;
    QHash<QString, QMap<QString, QString>> m_namespaceDocuments;
    QHash<QString, int> m_namespaceUses;
    QHash<QString, int> m_workloadUses;
    bool m_legacyDirty = false;
    mutable QList<const RoutingService *> m_allSorted;
    QHash<QString, int> m_cidrs; ///< declared CIDRs (text) → services using them
    mutable bool m_allDirty = true;
    Changes m_changes;
    QSet<QString> m_touchedWorkloadNamespaces; ///< expanded by takeChanges()
};

} // namespace MeshEntry
