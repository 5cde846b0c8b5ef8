#pragma once

#include "meshconfig.h"

#include <QByteArray>
#include <QString>

namespace MeshEntry {

/**
 * Reads mesh settings the way `istioctl analyze --meshConfigFile` and istiod do
 * (pkg/config/mesh/mesh.go:ApplyMeshConfigDefaults): Istio's defaults, overridden by the keys
 * present. Accepts a MeshConfig YAML, the `istio` ConfigMap (its `data.mesh`, also inside a
 * List as `kubectl get configmap -o yaml` prints it) or an IstioOperator's `spec.meshConfig`.
 * Keys MeshEntry does not use are kept in the text and listed in MeshConfig::otherKeys; a
 * value of the wrong type, an unknown enum name or a YAML error is an error naming the line.
 */
class MeshConfigLoader
{
public:
    /// Parses bytes; on failure returns false and sets *error to "SOURCE:LINE:COL: message"
    /// lines (one per problem). *out is only written on success.
    static bool fromBytes(const QByteArray &bytes, const QString &source, MeshConfig *out,
                          QString *error);
    static bool fromFile(const QString &path, MeshConfig *out, QString *error);
};

} // namespace MeshEntry
