#include "clusterinput.h"

#include "clusterinventory.h"
#include "execcredentials.h"
#include "kubeclient.h"
#include "meshconfigloader.h"
#include "namespaceinventory.h"
#include "workloadinventory.h"

#include <QEventLoop>
#include <unistd.h>

namespace MeshEntry::ClusterInput {

bool load(const Options &options, WorkloadInventory *inventory, NamespaceInventory *namespaces,
          MeshConfig *mesh, QString *error)
{
    ExecCredentialSource::setTerminalAvailable(isatty(STDIN_FILENO));
    const auto connection =
        ClusterConnection::resolve(KubeConfig::load(options.kubeconfig), options.context, error);
    if (!connection)
        return false;
    KubeClient client(*connection);
    ClusterInventory reader(&client);
    QEventLoop loop;
    QObject::connect(&reader, &ClusterInventory::finished, &loop, &QEventLoop::quit);
    reader.fetch();
    if (!reader.isFinished())
        loop.exec();
    if (reader.error().isError()) {
        *error = reader.error().text();
        return false;
    }
    const QString source = QStringLiteral("context %1").arg(connection->contextName());
    if (!inventory->addFromBytes(reader.pods(), source, error))
        return false;
    if (!reader.workloadEntries().isEmpty() &&
        !inventory->addFromBytes(reader.workloadEntries(), source, error))
        return false;
    const QMap<QString, QMap<QString, QString>> labels = reader.namespaceLabels();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        namespaces->add(it.key(), it.value());
    if (!mesh || reader.meshConfig().isEmpty())
        return true;
    return MeshConfigLoader::fromBytes(reader.meshConfig().toUtf8(),
                                       QStringLiteral("configmap istio-system/istio"), mesh, error);
}

} // namespace MeshEntry::ClusterInput
