#pragma once

#include "labelindex.h"
#include "workload.h"

#include <QByteArray>
#include <QList>

namespace MeshEntry {

/**
 * The Pods and WorkloadEntries known outside the open files: `kubectl get pods -A -o json`
 * (or `-o yaml`) output, Lists of either kind, and WorkloadEntry YAML files. Selectors are
 * answered through a label index.
 */
class WorkloadInventory
{
public:
    /// Adds every Pod and WorkloadEntry in JSON or YAML text (a List, an object, or several
    /// YAML documents). Objects without a namespace get defaultNamespace.
    bool addFromBytes(const QByteArray &bytes, const QString &source, QString *error,
                      const QString &defaultNamespace = QStringLiteral("default"));
    /// Reads a file and adds what it holds; false with *error when it cannot be read or parsed.
    bool addFromFile(const QString &path, QString *error,
                     const QString &defaultNamespace = QStringLiteral("default"));
    /// Adds one workload and returns its id.
    int add(const Workload &workload);

    const QList<Workload> &workloads() const { return m_workloads; }
    const Workload &workload(int id) const { return m_workloads[id]; }
    int size() const { return int(m_workloads.size()); }

    /// Ids of the workloads a selector picks in a namespace (every one for an empty selector).
    QList<int> select(const QString &namespaceName, const QMap<QString, QString> &selector) const;
    bool matchesAny(const QString &namespaceName, const QMap<QString, QString> &selector) const;
    QStringList namespaces() const { return m_index.namespaces(); }
    const LabelIndex &index() const { return m_index; }

private:
    bool addJson(const QByteArray &bytes, const QString &source, QString *error,
                 const QString &defaultNamespace);
    bool addYaml(const QByteArray &bytes, const QString &source, QString *error,
                 const QString &defaultNamespace);

    QList<Workload> m_workloads;
    LabelIndex m_index;
};

} // namespace MeshEntry
