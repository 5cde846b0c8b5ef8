#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <limits>

namespace MeshEntry {

struct DocumentInfo;
class SpanTree;
class YamlDocument;

/// Where a value sits in its document's text: [start, end) in bytes, like a Diagnostic.
struct TextSpan {
    qsizetype start = 0;
    qsizetype end = 0;
};

/**
 * What the routing model reads from one document (ISTIO-ROUTING.md §1): ServiceEntries,
 * WorkloadEntries, Sidecars, Namespaces and the namespaces of workloads. Values are read the
 * way Kubernetes decodes them; each value the routing steps point at keeps its span, and its
 * path follows from its position (`spec.hosts[2]`).
 */
struct RoutingFacts {
    enum class Kind { Other, ServiceEntry, WorkloadEntry, Sidecar, Namespace, Workload };
    /// metadata.creationTimestamp in seconds; Go's zero time (before everything) when absent.
    static constexpr qint64 noCreationTime = std::numeric_limits<qint64>::min();

    struct Text {
        QString value;
        TextSpan span;
    };
    struct Port {
        quint32 number = 0;
        QString name;
        QString protocol; ///< as written
        quint32 targetPort = 0;
        TextSpan span; ///< the port's number (the item when it has none)
    };
    struct StatusAddress {
        QString value;
        QString host;
    };
    struct Endpoint {
        QString name; ///< a WorkloadEntry's name; empty for inline endpoints
        QString address;
        QMap<QString, quint32> ports; ///< port name → number
    };
    struct EgressListener {
        bool hasPort = false;
        quint32 port = 0;
        QString portProtocol;
        QString portName;
        QString bind;
        QString captureMode;
        QList<Text> hosts;
        TextSpan span;
    };

    Kind kind = Kind::Other;
    QString name;
    QString namespaceName; ///< metadata.namespace, or the default namespace
    TextSpan nameSpan;
    qint64 created = noCreationTime;
    QMap<QString, QString> labels; ///< metadata.labels (a WorkloadEntry's merged with spec.labels)
    QString connectStrategy;       ///< annotation istio.io/connect-strategy (model/service.go)

    // ServiceEntry
    QList<Text> hosts;
    QList<Text> addresses;
    QList<StatusAddress> statusAddresses;
    QList<Port> ports;
    int resolution = 0; ///< ServiceEntryView::Resolution; -1 for an unknown name
    int location = 0;
    QStringList exportTo;
    bool hasExportTo = false;
    TextSpan exportToSpan;
    bool hasSelector = false; ///< also a Sidecar's workloadSelector
    QMap<QString, QString> selector;
    QList<Endpoint> endpoints; ///< inline endpoints, in order

    // WorkloadEntry: what the workload matcher reads (WorkloadReader::fromFields)
    QString address;
    QMap<QString, quint32> workloadPorts;
    QString network;
    QString locality;
    QString healthChecks;  ///< the proxy.istio.io/health-checks-enabled annotation
    QString healthyStatus; ///< status of the Healthy condition; empty when there is none

    // Sidecar
    QList<EgressListener> egress;
    bool hasOutboundPolicy = false;
    QString outboundMode; ///< as written; empty is REGISTRY_ONLY (the enum's zero)
    bool hasEgressProxy = false;
    QString egressProxyHost;
    QString egressProxySubset;
    quint32 egressProxyPort = 0;
    TextSpan outboundSpan;

    bool isServiceEntry() const { return kind == Kind::ServiceEntry; }
    /// `namespace/name`, as istioctl names resources.
    QString fullName() const { return namespaceName + u'/' + name; }

    /// Reads a document; Kind::Other for documents routing does not use or cannot read.
    static RoutingFacts read(const YamlDocument &document, const QString &namespaceName);
    /// The same from a document's parts (the pass that loads a file has no YamlDocument yet).
    static RoutingFacts read(const SpanTree &tree, const DocumentInfo &info, bool syntaxErrors,
                             const QString &namespaceName);
    /// Kinds worth reading: reading others would parse their trees for nothing.
    static Kind kindOf(const QString &apiVersion, const QString &kind);
};

} // namespace MeshEntry
