#pragma once

#include "labelindex.h"
#include "workload.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace MeshEntry {

/**
 * The Pods and WorkloadEntries a selector can pick: imported `kubectl get pods -A -o json`
 * (or `-o yaml`) output, Lists of either kind, WorkloadEntry files, and the WorkloadEntries of
 * the open files. Selectors are answered through a label index over the effective labels
 * (Workload::effectiveLabels). Ids stay valid until their workload is removed; removed ids are
 * not reused.
 */
class WorkloadInventory
{
public:
    /// What the inventory answers: selectors, near misses and other-namespace matches
    /// (WorkloadMatcher::match), or selectors only (WorkloadMatcher::selected), which needs a
    /// quarter of the index.
    enum class Answers { All, SelectorsOnly };

    /// clusterId is istiod's CLUSTER_ID, which Istio adds as topology.istio.io/cluster.
    explicit WorkloadInventory(QString clusterId = defaultClusterId(),
                               Answers answers = Answers::All);

    static QString defaultClusterId() { return QStringLiteral("Kubernetes"); }
    const QString &clusterId() const { return m_clusterId; }

    /// Adds every Pod and WorkloadEntry in JSON or YAML text (a List, an object, or several
    /// YAML documents). Objects without a namespace get defaultNamespace. On a syntax error
    /// nothing is added and *error is "SOURCE:LINE:COL: message".
    bool addFromBytes(const QByteArray &bytes, const QString &source, QString *error,
                      const QString &defaultNamespace = QStringLiteral("default"));
    /// Reads a file and adds what it holds; false with *error when it cannot be read or parsed.
    bool addFromFile(const QString &path, QString *error,
                     const QString &defaultNamespace = QStringLiteral("default"));

    /// Adds one workload and returns its id.
    int add(Workload workload);
    /// Replaces a workload in place (same id).
    void replace(int id, Workload workload);
    void remove(int id);
    /// Removes every workload read from source; returns how many.
    int removeSource(const QString &source);
    void clear();

    bool contains(int id) const { return id >= 0 && id < m_alive.size() && m_alive[id]; }
    const Workload &workload(int id) const { return m_workloads[id]; }
    /// Live workloads.
    int size() const { return m_index.size(); }
    /// Ids of the live workloads, ascending.
    QList<int> ids() const;
    /// The labels selectors see (the object's labels and Istio's topology labels).
    QMap<QString, QString> effectiveLabels(int id) const
    {
        return m_workloads[id].effectiveLabels(m_clusterId);
    }
    /// Sources (file names) with at least one live workload, sorted.
    QStringList sources() const;

    /// Ids of the workloads a selector picks in a namespace (every one for an empty selector).
    QList<int> select(const QString &namespaceName, const QMap<QString, QString> &selector) const
    {
        return m_index.select(namespaceName, selector);
    }
    bool matchesAny(const QString &namespaceName, const QMap<QString, QString> &selector) const
    {
        return m_index.matchesAny(namespaceName, selector);
    }
    QStringList namespaces() const { return m_index.namespaces(); }
    /// Position of a live workload among those of its namespace in Istio's order (kind, Pod
    /// first; name), so that lists of ids sort by integer. A namespace's order is computed
    /// again on first use after a workload of it came, went or was renamed.
    int sortRank(int id) const;
    /// Computes every stale namespace order now (before several threads read the inventory).
    void prepareOrder() const;
    const LabelIndex &index() const { return m_index; }

private:
    QString m_clusterId;
    QList<Workload> m_workloads;
    QList<bool> m_alive;
    LabelIndex m_index;
    void markStale(const QString &namespaceName) { m_stale.insert(namespaceName); }
    void order(const QString &namespaceName) const;

    mutable QList<int> m_ranks;    ///< by id, within the workload's namespace
    mutable QSet<QString> m_stale; ///< namespaces whose ranks are out of date
};

} // namespace MeshEntry
