#include "clusterinventory.h"

#include "kubeclient.h"
#include "objectlist.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace MeshEntry {

ClusterInventory::ClusterInventory(KubeClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{}

void ClusterInventory::fetch(const QString &rootNamespace)
{
    m_started = true;
    m_pending = 1;
    m_client->discover(
        this, [this, rootNamespace](const ResourceCatalog *catalog, const ClusterError &error) {
            if (!catalog) {
                m_error = error;
                done();
                return;
            }
            const auto list = [this](const ApiResource *resource, QByteArray *into) {
                if (!resource)
                    return;
                ++m_pending;
                auto *job = new ListJob(m_client, *resource, QString(), 500, {}, this);
                connect(job, &ListJob::finished, this, [this, job, into] {
                    if (job->result().ok())
                        *into = job->result().kubectlJson();
                    else if (!m_error.isError())
                        m_error = job->result().error;
                    job->deleteLater();
                    done();
                });
            };
            list(catalog->findKind(QString(), QStringLiteral("Pod")), &m_pods);
            list(catalog->findKind(QString(), QStringLiteral("Namespace")), &m_namespaces);
            list(catalog->findKind(QStringLiteral("networking.istio.io"),
                                   QStringLiteral("WorkloadEntry")),
                 &m_workloadEntries);
            if (const ApiResource *configMaps =
                    catalog->findKind(QString(), QStringLiteral("ConfigMap"))) {
                ++m_pending;
                m_client->call(
                    m_client->getSpec(*configMaps, rootNamespace, QStringLiteral("istio")), this,
                    [this](const KubeResponse &response) {
                        if (response.ok())
                            m_configMap =
                                QJsonDocument(response.object()).toJson(QJsonDocument::Indented);
                        else if (!response.error.isNotFound() && !m_error.isError())
                            m_error = response.error;
                        done();
                    });
            }
            done();
        });
}

void ClusterInventory::done()
{
    if (--m_pending == 0)
        emit finished();
}

QStringList ClusterInventory::namespaceNames() const
{
    return namespaceLabels().keys();
}

QMap<QString, QMap<QString, QString>> ClusterInventory::namespaceLabels() const
{
    QMap<QString, QMap<QString, QString>> out;
    const QJsonArray items =
        QJsonDocument::fromJson(m_namespaces).object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject metadata = item.toObject().value(QLatin1String("metadata")).toObject();
        QMap<QString, QString> labels;
        const QJsonObject labelObject = metadata.value(QLatin1String("labels")).toObject();
        for (auto it = labelObject.begin(); it != labelObject.end(); ++it)
            labels.insert(it.key(), it.value().toString());
        out.insert(metadata.value(QLatin1String("name")).toString(), labels);
    }
    return out;
}

QString ClusterInventory::meshConfig() const
{
    return QJsonDocument::fromJson(m_configMap)
        .object()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("mesh"))
        .toString();
}

} // namespace MeshEntry
