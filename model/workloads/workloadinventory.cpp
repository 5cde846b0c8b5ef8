#include "workloadinventory.h"

#include "workloadimporter.h"

#include <QSet>
#include <algorithm>

namespace MeshEntry {

WorkloadInventory::WorkloadInventory(QString clusterId, Answers answers)
    : m_clusterId(std::move(clusterId)), m_index(answers == Answers::All)
{}

int WorkloadInventory::add(Workload workload)
{
    const int id = int(m_workloads.size());
    m_index.insert(id, workload.namespaceName, workload.effectiveLabels(m_clusterId));
    markStale(workload.namespaceName);
    m_workloads.append(std::move(workload));
    m_alive.append(true);
    m_ranks.append(-1);
    return id;
}

void WorkloadInventory::replace(int id, Workload workload)
{
    if (!contains(id))
        return;
    Workload &current = m_workloads[id];
    m_index.remove(id, current.namespaceName, current.effectiveLabels(m_clusterId));
    if (current.kind != workload.kind || current.namespaceName != workload.namespaceName ||
        current.name != workload.name) {
        markStale(current.namespaceName);
        markStale(workload.namespaceName);
    }
    current = std::move(workload);
    m_index.insert(id, current.namespaceName, current.effectiveLabels(m_clusterId));
}

void WorkloadInventory::remove(int id)
{
    if (!contains(id))
        return;
    Workload &current = m_workloads[id];
    m_index.remove(id, current.namespaceName, current.effectiveLabels(m_clusterId));
    markStale(current.namespaceName);
    current = Workload();
    m_alive[id] = false;
}

int WorkloadInventory::removeSource(const QString &source)
{
    int removed = 0;
    for (int id = 0; id < m_workloads.size(); ++id) {
        if (m_alive[id] && m_workloads[id].source == source) {
            remove(id);
            ++removed;
        }
    }
    return removed;
}

void WorkloadInventory::clear()
{
    m_workloads.clear();
    m_alive.clear();
    m_index = LabelIndex(m_index.keepsNearMisses());
    m_ranks.clear();
    m_stale.clear();
}

int WorkloadInventory::sortRank(int id) const
{
    if (!contains(id))
        return -1;
    const QString &ns = m_workloads[id].namespaceName;
    if (!m_stale.isEmpty() && m_stale.contains(ns))
        order(ns);
    return m_ranks[id];
}

void WorkloadInventory::prepareOrder() const
{
    const QSet<QString> stale = m_stale;
    for (const QString &ns : stale)
        order(ns);
}

void WorkloadInventory::order(const QString &namespaceName) const
{
    QList<int> members = m_index.inNamespace(namespaceName);
    std::sort(members.begin(), members.end(), [this](int a, int b) {
        const Workload &x = m_workloads[a];
        const Workload &y = m_workloads[b];
        if (x.kind != y.kind)
            return x.kind < y.kind;
        if (x.name != y.name)
            return x.name < y.name;
        return a < b;
    });
    for (int i = 0; i < members.size(); ++i)
        m_ranks[members[i]] = i;
    m_stale.remove(namespaceName);
}

QList<int> WorkloadInventory::ids() const
{
    QList<int> result;
    result.reserve(m_index.size());
    for (int id = 0; id < m_alive.size(); ++id) {
        if (m_alive[id])
            result.append(id);
    }
    return result;
}

QStringList WorkloadInventory::sources() const
{
    QSet<QString> seen;
    for (int id = 0; id < m_workloads.size(); ++id) {
        if (m_alive[id])
            seen.insert(m_workloads[id].source);
    }
    QStringList result(seen.cbegin(), seen.cend());
    result.sort();
    return result;
}

bool WorkloadInventory::addFromBytes(const QByteArray &bytes, const QString &source, QString *error,
                                     const QString &defaultNamespace)
{
    WorkloadImporter::Result result = WorkloadImporter(defaultNamespace).importBytes(bytes, source);
    if (!result.ok) {
        *error = result.error;
        return false;
    }
    for (Workload &workload : result.workloads)
        add(std::move(workload));
    return true;
}

bool WorkloadInventory::addFromFile(const QString &path, QString *error,
                                    const QString &defaultNamespace)
{
    WorkloadImporter::Result result = WorkloadImporter(defaultNamespace).importFile(path);
    if (!result.ok) {
        *error = result.error;
        return false;
    }
    for (Workload &workload : result.workloads)
        add(std::move(workload));
    return true;
}

} // namespace MeshEntry
