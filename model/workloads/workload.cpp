#include "workload.h"

namespace MeshEntry {

namespace {

const QString regionLabel = QStringLiteral("topology.kubernetes.io/region");
const QString zoneLabel = QStringLiteral("topology.kubernetes.io/zone");
const QString subzoneLabel = QStringLiteral("topology.istio.io/subzone");
const QString clusterLabel = QStringLiteral("topology.istio.io/cluster");
const QString networkLabel = QStringLiteral("topology.istio.io/network");
const QString hostnameLabel = QStringLiteral("kubernetes.io/hostname");

} // namespace

QMap<QString, QString> Workload::effectiveLabels(const QString &clusterId) const
{
    QMap<QString, QString> out = labels;
    const QStringList parts = locality.split(u'/');
    if (!parts.value(0).isEmpty())
        out.insert(regionLabel, parts.value(0));
    if (!parts.value(1).isEmpty())
        out.insert(zoneLabel, parts.value(1));
    if (!parts.value(2).isEmpty())
        out.insert(subzoneLabel, parts.value(2));
    if (!clusterId.isEmpty())
        out.insert(clusterLabel, clusterId);
    if (isPod()) {
        if (!nodeName.isEmpty())
            out.insert(hostnameLabel, nodeName);
        // endpoint_builder.go sets the network label on every Pod endpoint, empty when the
        // network is unknown (mesh networks and namespace labels are not modelled).
        if (!out.contains(networkLabel))
            out.insert(networkLabel, QString());
    } else if (!network.isEmpty() && out.value(networkLabel).isEmpty()) {
        out.insert(networkLabel, network);
    }
    return out;
}

bool Workload::effectiveLabel(const QString &key, const QString &clusterId, QString *value) const
{
    if (key.startsWith(u"topology.") || key == hostnameLabel) {
        const QMap<QString, QString> effective = effectiveLabels(clusterId);
        const auto it = effective.constFind(key);
        if (it == effective.cend())
            return false;
        *value = it.value();
        return true;
    }
    const auto it = labels.constFind(key);
    if (it == labels.cend())
        return false;
    *value = it.value();
    return true;
}

QString Workload::labelOrigin(const QString &key, const QString &clusterId) const
{
    const QMap<QString, QString> effective = effectiveLabels(clusterId);
    if (!effective.contains(key) || (labels.contains(key) && labels.value(key) == effective[key]))
        return QString();
    if (key == regionLabel || key == zoneLabel || key == subzoneLabel)
        return QStringLiteral("from locality %1").arg(locality);
    if (key == clusterLabel)
        return QStringLiteral("the cluster ID");
    if (key == hostnameLabel)
        return QStringLiteral("from spec.nodeName");
    if (key == networkLabel)
        return isPod() ? QStringLiteral("set on every Pod endpoint")
                       : QStringLiteral("from spec.network");
    return QString();
}

} // namespace MeshEntry
