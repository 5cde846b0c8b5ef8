#pragma once

#include <QString>
#include <QStringList>

namespace MeshEntry {

class NamespaceInventory;
class WorkloadInventory;

/// What `--context` brings to subcommands that are not about the cluster itself (`validate`,
/// `match`): the cluster's Pods, WorkloadEntries, Namespaces and mesh settings.
namespace ClusterInput {

struct Options {
    QString kubeconfig; ///< empty: KUBECONFIG or ~/.kube/config
    QString context;    ///< empty: the current context
};

/// Reads the cluster into inventory and namespaces (with their labels); false with *error
/// (kubectl's wording). meshConfig receives the `istio` ConfigMap's data.mesh when it is there.
bool load(const Options &options, WorkloadInventory *inventory, NamespaceInventory *namespaces,
          QString *meshConfig, QString *error);

} // namespace ClusterInput
} // namespace MeshEntry
