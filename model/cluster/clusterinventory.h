#pragma once

#include "clustererror.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QStringList>

namespace MeshEntry {

class KubeClient;

/**
 * What the mesh looks like from a cluster, as the same JSON bytes `kubectl get … -o json`
 * prints: every Pod, WorkloadEntry and Namespace, and Istio's mesh settings (the `istio`
 * ConfigMap of istio-system). The workload inventory and mesh settings read these.
 */
class ClusterInventory : public QObject
{
    Q_OBJECT
public:
    explicit ClusterInventory(KubeClient *client, QObject *parent = nullptr);

    /// Starts the reads; finished() follows.
    void fetch(const QString &rootNamespace = QStringLiteral("istio-system"));
    bool isFinished() const { return m_pending == 0 && m_started; }

    /// The first failure; a missing ConfigMap or a cluster without Istio is not one.
    const ClusterError &error() const { return m_error; }
    QByteArray pods() const { return m_pods; } ///< `kubectl get pods -A -o json`
    QByteArray workloadEntries() const { return m_workloadEntries; } ///< empty without Istio
    QByteArray namespaces() const { return m_namespaces; }
    QStringList namespaceNames() const;
    QMap<QString, QMap<QString, QString>> namespaceLabels() const;
    /// The ConfigMap as `kubectl get configmap istio -n istio-system -o json`; empty if none.
    QByteArray meshConfigMap() const { return m_configMap; }
    /// Its data.mesh (MeshConfig YAML); empty if none.
    QString meshConfig() const;

signals:
    void finished();

private:
    void done();

    KubeClient *m_client;
    int m_pending = 0;
    bool m_started = false;
    ClusterError m_error;
    QByteArray m_pods;
    QByteArray m_workloadEntries;
    QByteArray m_namespaces;
    QByteArray m_configMap;
};

} // namespace MeshEntry
