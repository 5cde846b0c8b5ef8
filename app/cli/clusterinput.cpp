#include "clusterinput.h"

#include "clusterinventory.h"
#include "execcredentials.h"
#include "kubeclient.h"
#include "workloadinventory.h"

#include <QEventLoop>
#include <unistd.h>

namespace MeshEntry::ClusterInput {

bool load(const Options &options, WorkloadInventory *inventory, QStringList *namespaces,
          QString *meshConfig, QString *error)
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
    *namespaces = reader.namespaceNames();
    *meshConfig = reader.meshConfig();
    return true;
}

} // namespace MeshEntry::ClusterInput
