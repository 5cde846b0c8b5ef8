#pragma once

#include <QStringList>

/// `meshentry cluster …`: kubeconfig contexts, and reading from and writing to a cluster with
/// kubectl's manners. Each function takes the arguments after its subcommand's name (that
/// name first) and returns the exit code.
namespace MeshEntry::ClusterCommand {

int run(const QStringList &args); ///< args: "cluster", SUBCOMMAND, …
int contexts(const QStringList &args);
int get(const QStringList &args);
int diff(const QStringList &args);
int apply(const QStringList &args);
int remove(const QStringList &args);

} // namespace MeshEntry::ClusterCommand
