#pragma once

#include "meshconfig.h"
#include "suppression.h"

#include <QStringList>

namespace MeshEntry {

/// What validation assumes about the world outside the documents.
struct ValidationOptions {
    /// Namespace of documents without metadata.namespace (kubectl's and istioctl's default).
    QString defaultNamespace = QStringLiteral("default");
    /// PILOT_ENABLE_IP_AUTOALLOCATE of the validating istiod/istioctl (on by default since 1.25).
    bool ipAutoallocate = true;
    /// The cluster's namespaces; only checked against when namespacesKnown.
    QStringList knownNamespaces;
    bool namespacesKnown = false;
    /// The mesh settings (--mesh-config): IST0134 and the default exportTo read them.
    MeshConfig mesh;
    /// Findings to drop, as given with --suppress.
    QList<Suppression> suppressions;
};

} // namespace MeshEntry
