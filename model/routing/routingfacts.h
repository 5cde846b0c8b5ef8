#pragma once

#include "flatmap.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <limits>
#include <memory>

namespace MeshEntry {

struct DocumentInfo;
struct Workload;
class SpanTree;
class StringPool;
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
 * path follows from its position (`spec.hosts[2]`). Values that repeat across documents
 * (namespaces, label keys and values, port names, protocols, exportTo entries…) are the
 * StringPool's shared copies, and lists are allocated at their exact size.
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
        PortMap ports; ///< port name → number
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
    LabelMap labels;         ///< metadata.labels (a WorkloadEntry's are in its workload)
    QString connectStrategy; ///< annotation istio.io/connect-strategy (model/service.go)

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
    LabelMap selector;
    QList<Endpoint> endpoints; ///< inline endpoints, in order

    /// WorkloadEntry: the Workload the matcher selects from (WorkloadReader::fromFields), built
    /// by the thread that reads the document; the registry moves it into its inventory. Its
    /// labels are the merged ones (`labels` stays empty).
    std::shared_ptr<Workload> workload;

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
    static RoutingFacts read(const YamlDocument &document, const QString &namespaceName,
                             StringPool &strings);
    /// The same from a document's parts (the pass that loads a file has no YamlDocument yet).
    static RoutingFacts read(const SpanTree &tree, const DocumentInfo &info, bool syntaxErrors,
                             const QString &namespaceName, StringPool &strings);
    /// Kinds worth reading: reading others would parse their trees for nothing.
    static Kind kindOf(const QString &apiVersion, const QString &kind);
};

} // namespace MeshEntry
