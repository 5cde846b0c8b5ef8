#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace MeshEntry {

/**
 * A Pod or WorkloadEntry that a ServiceEntry's workloadSelector can select, with the facts
 * Istio reads when it turns it into endpoints (ISTIO-SELECTION.md §4–§8).
 */
struct Workload {
    enum class Kind : quint8 { Pod, WorkloadEntry };
    /// A status condition: Pod `Ready`, WorkloadEntry `Healthy`.
    enum class Condition : quint8 { Missing, True, False, Unknown };
    struct Port {
        QString name;
        quint32 number = 0;
    };

    Kind kind = Kind::Pod;
    QString name;
    QString namespaceName;
    /// The object's labels; a WorkloadEntry's spec.labels merged with metadata.labels
    /// (metadata wins). Istio's own labels are added by effectiveLabels().
    QMap<QString, QString> labels;
    /// Pod: status.podIP, then the other status.podIPs; WorkloadEntry: spec.address.
    QStringList addresses;
    /// WorkloadEntry spec.ports; for a Pod its named TCP container ports (first name wins).
    QList<Port> ports;
    QString serviceAccount; ///< spec.serviceAccount / spec.serviceAccountName
    QString network;        ///< WorkloadEntry spec.network
    QString locality;       ///< spec.locality, else the istio-locality label with . as /
    quint32 weight = 0;     ///< WorkloadEntry spec.weight (0: unset)
    QString nodeName;       ///< Pod spec.nodeName

    // Pod state
    QString phase; ///< status.phase
    Condition ready = Condition::Missing;
    bool terminating = false; ///< metadata.deletionTimestamp is set
    bool hostNetwork = false;
    QString owner; ///< "ReplicaSet/web-5d9c…" from the first ownerReference

    // WorkloadEntry health (`proxy.istio.io/health-checks-enabled`)
    bool healthChecks = false;
    Condition healthy = Condition::Missing;

    /// Where it was read: a file name; document >= 0 for a WorkloadEntry of an open file or
    /// of a file given as PATH (its index when read), -1 for imported workloads.
    QString source;
    int document = -1;

    bool isPod() const { return kind == Kind::Pod; }
    QString address() const { return addresses.value(0); }
    QString kindName() const
    {
        return kind == Kind::Pod ? QStringLiteral("Pod") : QStringLiteral("WorkloadEntry");
    }
    /// The port named name (WorkloadEntry ports, Pod container ports); 0 when none.
    quint32 portNumber(const QString &portName) const
    {
        for (const Port &port : ports) {
            if (port.name == portName)
                return port.number;
        }
        return 0;
    }

    /**
     * The endpoint labels a selector is matched against (ISTIO-SELECTION.md §4,
     * label.go:AugmentLabels): the object's labels plus the topology labels Istio derives from
     * locality, cluster, node and network.
     */
    QMap<QString, QString> effectiveLabels(const QString &clusterId) const;
    /// One label of effectiveLabels() without building the map; false when absent.
    bool effectiveLabel(const QString &key, const QString &clusterId, QString *value) const;
    /// Why a label of effectiveLabels() is there if the object does not carry it; empty
    /// for the object's own labels.
    QString labelOrigin(const QString &key, const QString &clusterId) const;
};

} // namespace MeshEntry
