#include "fuzztargets.h"
#include "meshconfigloader.h"

namespace MeshEntry::Fuzz {

/// The mesh-config reader (MeshConfig, the istio ConfigMap, an IstioOperator): it accepts the
/// text or says why not, with a "SOURCE:LINE:COL: message" line.
QString meshConfig(const QByteArray &input)
{
    MeshConfig config;
    QString error;
    const bool ok =
        MeshConfigLoader::fromBytes(input, QStringLiteral("mesh.yaml"), &config, &error);
    if (ok && !error.isEmpty())
        return QStringLiteral("accepted with an error: ") + error;
    if (!ok && !error.startsWith(QLatin1String("mesh.yaml:")))
        return QStringLiteral("refused without a located message: ") + error;
    return {};
}

} // namespace MeshEntry::Fuzz
