#pragma once

#include "messagetext.h"
#include "selectorquery.h"
#include "workloadinventory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace MeshEntry {

class MeshConfig;
class NamespaceInventory;

/// Which rule of Istio's endpoint port precedence chose a port (ISTIO-SELECTION.md §6).
enum class PortRule { UnixSocket, WorkloadPort, ContainerPort, TargetPort, Number };

/// The endpoint Istio builds for one ServiceEntry port of one selected workload.
struct EndpointPort {
    quint32 servicePort = 0;
    QString name;
    quint32 endpointPort = 0; ///< 0 for a Unix socket
    PortRule rule = PortRule::Number;

    /// Stable token for machine output: unix-socket, workload-port, container-port,
    /// target-port, number.
    static QString ruleName(PortRule rule);
    /// The rule in words, for a tooltip (translatedMessage).
    MessageText explanation() const;
};

/// A workload whose labels satisfy the selector in the ServiceEntry's namespace.
struct SelectedWorkload {
    int id = -1;
    /// Whether Istio makes endpoints of it; reason says why not, in words.
    bool ready = true;
    QString reason;
    const char *reasonSource = nullptr; ///< reason's template (translatedMessage)
    QStringList addresses;              ///< endpoint addresses (a socket path without unix://)
    QList<EndpointPort> ports;
};

/// A workload in the namespace that misses exactly one selector label.
struct NearMiss {
    int id = -1;
    QString label;
    QString want;
    QString have;         ///< the workload's value
    bool missing = false; ///< the workload has no such label
};

/// What a ServiceEntry's workloadSelector picks, and why the near-misses are left out.
struct SelectionResult {
    QList<SelectedWorkload> selected; ///< by kind (Pod first), namespace, name
    int readyCount = 0;
    QList<int> otherNamespaces; ///< matching labels, other namespace; sorted like selected
    int otherNamespaceTotal = 0;
    /// Closest values first (edit distance; missing labels last), then by value, then like
    /// selected.
    QList<NearMiss> nearMisses;
    int nearMissTotal = 0;
    QList<MessageText> warnings;
    /// Namespaces whose sidecars see the entry: "*" alone for all, else names (empty: none).
    QStringList visibleIn;
};

/// How one ServiceEntry relates to one workload: the reverse view.
struct ReverseMatch {
    enum class Relation { Selects, NearMiss, OtherNamespace };

    const SelectorQuery *query = nullptr;
    Relation relation = Relation::Selects;
    bool ready = true; ///< Selects: whether Istio makes an endpoint of it, and why not
    QString reason;
    const char *reasonSource = nullptr; ///< reason's template (translatedMessage)
    QString label;                      ///< NearMiss: the label it misses
    QString want;
    QString have;
    bool missing = false;
};

/// How many near-misses and other-namespace matches a result lists (totals are always counted).
struct MatchLimits {
    int nearMisses = -1;      ///< -1: all
    int otherNamespaces = -1; ///< -1: all
};

/**
 * Answers "which workloads back this ServiceEntry" exactly as Istio's ServiceEntry registry
 * does (ISTIO-SELECTION.md §3–§9): workloads in the entry's own namespace whose effective
 * labels contain every selector pair, each with its endpoints per port and whether Istio uses
 * it; plus the workloads in other namespaces that would match, and those in the namespace that
 * miss by one label. Index lookups only, so one selector against 100,000 workloads takes
 * microseconds.
 */
class WorkloadMatcher
{
public:
    explicit WorkloadMatcher(const WorkloadInventory &inventory) : m_inventory(inventory) {}
    /// Mesh settings and namespaces for visibleIn; both optional.
    void setMesh(const MeshConfig *mesh) { m_mesh = mesh; }
    void setNamespaces(const NamespaceInventory *namespaces) { m_namespaces = namespaces; }

    SelectionResult match(const SelectorQuery &query,
                          const MatchLimits &limits = MatchLimits()) const;
    /// match() for many queries at once, on every core; results in the order of queries.
    QList<SelectionResult> matchAll(const QList<SelectorQuery> &queries,
                                    const MatchLimits &limits = MatchLimits()) const;
    /// The workloads query selects in its namespace, in Istio's order, each with its endpoint
    /// per port and whether Istio uses it: match() without near-misses and visibility.
    QList<SelectedWorkload> selected(const SelectorQuery &query) const;
    /// Whether query selects at least one workload Istio makes an endpoint of.
    bool selectsReady(const SelectorQuery &query) const;

    /// Whether Istio makes endpoints of workload for query, and why not.
    static bool judge(const Workload &workload, const SelectorQuery &query, MessageText *reason);
    /// judge() with the reason's text and template apart.
    static bool judge(const Workload &workload, const SelectorQuery &query, QString *reason,
                      const char **reasonSource);
    /// The endpoint of workload for each port of query, by Istio's precedence.
    static QList<EndpointPort> endpointPorts(const Workload &workload, const SelectorQuery &query);
    /// The addresses the endpoints carry.
    static QStringList endpointAddresses(const Workload &workload);

    /**
     * The ServiceEntries that select workload, those that would but for one label, and those in
     * other namespaces whose selector its labels satisfy; by relation, then namespace and name.
     */
    static QList<ReverseMatch> reverse(const Workload &workload, const QString &clusterId,
                                       const QList<const SelectorQuery *> &queries);

    /// Sorts ids as Istio orders selected workloads: kind (Pod first), namespace, name.
    void sortIds(QList<int> *ids) const;
    /// Edit distance between two label values (how near a near-miss is), at most 5: values
    /// further apart are equally far.
    static int labelDistance(const QString &a, const QString &b);

private:
    void nearMisses(const SelectorQuery &query, const MatchLimits &limits,
                    SelectionResult *result) const;
    void visibility(const SelectorQuery &query, SelectionResult *result) const;

    const WorkloadInventory &m_inventory;
    const MeshConfig *m_mesh = nullptr;
    const NamespaceInventory *m_namespaces = nullptr;
};

} // namespace MeshEntry
