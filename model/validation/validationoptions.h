#pragma once

#include "meshconfig.h"
#include "suppression.h"

#include <QStringList>

namespace MeshEntry {

/// What validation assumes about the world outside the documents.
struct ValidationOptions {
    /// PILOT_ENABLE_IP_AUTOALLOCATE as istiod and istioctl read it from their environment
    /// (Go's strconv.ParseBool: 1, t, T, TRUE, true, True and their false forms); unset or
    /// anything else keeps the default, on since 1.25.
    static bool ipAutoallocateFromEnvironment();

    /// Namespace of documents without metadata.namespace (kubectl's and istioctl's default).
    QString defaultNamespace = QStringLiteral("default");
    /// PILOT_ENABLE_IP_AUTOALLOCATE of the validating istiod/istioctl (on by default since 1.25).
    bool ipAutoallocate = ipAutoallocateFromEnvironment();
    /// The cluster's namespaces; only checked against when namespacesKnown.
    QStringList knownNamespaces;
    bool namespacesKnown = false;
    /// The mesh settings (--mesh-config): IST0134 and the default exportTo read them.
    MeshConfig mesh;
    /// Findings to drop, as given with --suppress.
    QList<Suppression> suppressions;
};

} // namespace MeshEntry
