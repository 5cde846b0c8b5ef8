#pragma once

#include <QString>
#include <QStringList>

namespace MeshEntry {

class WorkloadInventory;

/// What `--context` brings to subcommands that are not about the cluster itself
/// (`validate`, and `match` once it lands): the cluster's Pods, WorkloadEntries and Namespaces.
namespace ClusterInput {

struct Options {
    QString kubeconfig; ///< empty: KUBECONFIG or ~/.kube/config
    QString context;    ///< empty: the current context
};

/// Reads the cluster into inventory and namespaces; false with *error (kubectl's wording).
/// meshConfig receives the `istio` ConfigMap's data.mesh when it is there.
bool load(const Options &options, WorkloadInventory *inventory, QStringList *namespaces,
          QString *meshConfig, QString *error);

} // namespace ClusterInput
} // namespace MeshEntry
