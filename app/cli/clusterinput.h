#pragma once

#include <QString>
#include <QStringList>

namespace MeshEntry {

class MeshConfig;
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
/// (kubectl's wording, or the ConfigMap's mesh settings being malformed). When mesh is not null
/// and the cluster has an `istio` ConfigMap, mesh becomes its settings; pass null when a
/// --mesh-config file wins.
bool load(const Options &options, WorkloadInventory *inventory, NamespaceInventory *namespaces,
          MeshConfig *mesh, QString *error);

} // namespace ClusterInput
} // namespace MeshEntry
