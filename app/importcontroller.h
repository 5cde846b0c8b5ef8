#pragma once

#include "workloadimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <functional>

namespace MeshEntry {

class ClusterInventory;
class ClusterSession;
class MainWindow;
class MeshSettingsController;
class SelectionWorkspace;
class WorkloadImportDialog;

/**
 * What comes into the window's inventory from outside the open files: `kubectl get` output
 * (Pods, WorkloadEntries, Namespaces) read from a file, or the same objects read from the
 * current cluster context, whose mesh settings (the istio ConfigMap) can be adopted too. One
 * import at a time: the reading runs in a worker (the cluster's requests asynchronously), the
 * workloads are handed to the SelectionWorkspace in batches, a progress dialog shows both and
 * Cancel stops either; nothing of a cancelled import stays.
 */
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(MainWindow *window, SelectionWorkspace *workspace,
                     MeshSettingsController *mesh, QObject *parent = nullptr);
    ~ImportController() override;

    /// The kubeconfig contexts Import from Cluster reads from (its current context).
    void setClusterSession(ClusterSession *session) { m_session = session; }

    /// Asks for a file (namespaces: a namespace list) and imports it.
    void chooseFile(bool namespaces);
    void importFile(const QString &path);
    /// Reads Pods, WorkloadEntries, Namespaces and the istio ConfigMap of the current context.
    void importFromCluster();
    /// Forgets every imported workload and namespace.
    void forget();
    bool isImporting() const { return !m_source.isEmpty(); }
    /// How a source is named to the user: a file by its name, a cluster as "context NAME".
    static QString sourceName(const QString &source);

signals:
    /// source: the file, or "context NAME".
    void importFinished(const QString &source, bool ok, const QString &message);

private:
    /// Begins an import of source: the progress dialog, titled after what is read.
    bool begin(const QString &source, const QString &name);
    void read(const std::function<WorkloadImporter::Result(const WorkloadImporter &)> &work);
    void fetched();
    void finishReading();
    void adopted(int count);
    void end(bool ok, const QString &message);
    void cancel();
    /// Asks whether the mesh settings the context has (if other than those in force) apply.
    void offerClusterMesh(const QString &context);

    MainWindow *m_window;
    SelectionWorkspace *m_workspace;
    MeshSettingsController *m_mesh;
    ClusterSession *m_session = nullptr;

    QString m_source; ///< of the import under way; empty when none is
    QPointer<WorkloadImportDialog> m_dialog;
    QPointer<ClusterInventory> m_cluster;
    QByteArray m_clusterMesh; ///< the istio ConfigMap's data.mesh of the last cluster read
    QString m_clusterContext;
    QFutureWatcher<WorkloadImporter::Result> m_reading;
    std::atomic_bool m_cancel{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    QTimer m_poll;
};

} // namespace MeshEntry
