#include "routingfacts.h"

#include "nodereader.h"
#include "objectmetaview.h"
#include "serviceentryview.h"
#include "yamldocument.h"

#include <QDateTime>

namespace MeshEntry {

namespace {

/// Where a finding on node points, as ValidationContext::spanOf decides it: a non-empty scalar
/// itself, else the key that holds the node, else the node's first byte.
TextSpan spanOf(const NodeReader &reader, int node)
{
    if (node < 0)
        return {};
    const YamlNode &n = reader.node(node);
    if (n.isScalar() && !n.empty)
        return {n.valueStart, n.valueEnd};
    const int key = reader.keyOf(node);
    if (key >= 0)
        return {reader.node(key).valueStart, reader.node(key).valueEnd};
    if (n.isMapping() && !n.children.isEmpty()) {
        const YamlNode &first = reader.node(n.children.first());
        return {first.valueStart, first.valueEnd};
    }
    return {n.valueStart, n.valueStart};
}

QMap<QString, QString> stringMap(const NodeReader &reader, int node)
{
    QMap<QString, QString> map;
    for (const ObjectMetaView::Entry &entry : ObjectMetaView::readMap(reader, node))
        map.insert(entry.key, entry.value);
    return map;
}

QList<RoutingFacts::Text> texts(const NodeReader &reader, int sequence)
{
    QList<RoutingFacts::Text> out;
    for (const int item : reader.items(sequence))
        out.append({reader.text(item), spanOf(reader, item)});
    return out;
}

QMap<QString, quint32> portMap(const WorkloadEntryView &view)
{
    QMap<QString, quint32> ports;
    for (const WorkloadEntryView::Port &port : view.ports)
        ports.insert(port.name, port.number);
    return ports;
}

void readServiceEntry(const NodeReader &reader, int root, int spec, RoutingFacts *facts)
{
    const ServiceEntryView view = ServiceEntryView::read(reader, spec);
    facts->hosts = texts(reader, view.hostsNode);
    facts->addresses = texts(reader, view.addressesNode);
    for (const ServiceEntryView::Port &port : view.ports)
        facts->ports.append({port.number.value, port.name.value, port.protocol.value,
                             port.targetPort.value,
                             spanOf(reader, port.number.present() ? port.number.node : port.node)});
    facts->resolution = view.resolution.value;
    facts->location = view.location.value;
    facts->hasExportTo = view.exportToNode >= 0;
    for (const Located<QString> &entry : view.exportTo)
        facts->exportTo.append(entry.value);
    facts->exportToSpan = spanOf(reader, view.exportToNode);
    facts->hasSelector = view.hasWorkloadSelector();
    for (const ObjectMetaView::Entry &label : view.selectorLabels)
        facts->selector.insert(label.key, label.value);
    for (const WorkloadEntryView &endpoint : view.endpoints)
        facts->endpoints.append({QString(), endpoint.address.value, portMap(endpoint)});
    const int status = reader.presentValue(root, u"status");
    for (const int item : reader.items(reader.presentValue(status, u"addresses")))
        facts->statusAddresses.append(
            {reader.stringAt(item, u"value").value, reader.stringAt(item, u"host").value});
}

void readSidecar(const NodeReader &reader, int spec, RoutingFacts *facts)
{
    const int selector = reader.presentValue(spec, u"workloadSelector");
    facts->hasSelector = selector >= 0;
    facts->selector = stringMap(reader, reader.presentValue(selector, u"labels"));
    for (const int item : reader.items(reader.presentValue(spec, u"egress"))) {
        RoutingFacts::EgressListener listener;
        listener.span = spanOf(reader, item);
        const int port = reader.presentValue(item, u"port");
        listener.hasPort = port >= 0;
        listener.port = WorkloadEntryView::readUInt32(reader, port, u"number").value;
        listener.portProtocol = reader.stringAt(port, u"protocol").value;
        listener.portName = reader.stringAt(port, u"name").value;
        listener.bind = reader.stringAt(item, u"bind").value;
        listener.captureMode = reader.stringAt(item, u"captureMode").value;
        listener.hosts = texts(reader, reader.presentValue(item, u"hosts"));
        facts->egress.append(listener);
    }
    const int policy = reader.presentValue(spec, u"outboundTrafficPolicy");
    facts->hasOutboundPolicy = policy >= 0;
    facts->outboundSpan = spanOf(reader, policy);
    facts->outboundMode = reader.stringAt(policy, u"mode").value;
    const int proxy = reader.presentValue(policy, u"egressProxy");
    facts->hasEgressProxy = proxy >= 0;
    facts->egressProxyHost = reader.stringAt(proxy, u"host").value;
    facts->egressProxySubset = reader.stringAt(proxy, u"subset").value;
    facts->egressProxyPort =
        WorkloadEntryView::readUInt32(reader, reader.presentValue(proxy, u"port"), u"number").value;
}

} // namespace

RoutingFacts::Kind RoutingFacts::kindOf(const QString &apiVersion, const QString &kind)
{
    if (apiVersion.startsWith(u"networking.istio.io/")) {
        if (kind == u"ServiceEntry")
            return Kind::ServiceEntry;
        if (kind == u"WorkloadEntry")
            return Kind::WorkloadEntry;
        if (kind == u"Sidecar")
            return Kind::Sidecar;
        if (kind == u"WorkloadGroup")
            return Kind::Workload;
        return Kind::Other;
    }
    if (kind == u"Namespace" && apiVersion == u"v1")
        return Kind::Namespace;
    static const char *const workloads[] = {"Pod",        "Deployment", "StatefulSet", "DaemonSet",
                                            "ReplicaSet", "Job",        "CronJob"};
    for (const char *workload : workloads) {
        if (kind == QLatin1String(workload))
            return Kind::Workload;
    }
    return Kind::Other;
}

RoutingFacts RoutingFacts::read(const YamlDocument &document, const QString &namespaceName)
{
    const DocumentInfo &info = document.info();
    const Kind kind = kindOf(info.apiVersion, info.kind);
    // Only the kinds whose tree is read parse a released one again.
    if (kind == Kind::Other || kind == Kind::Workload || document.hasSyntaxErrors()) {
        static const SpanTree none;
        return read(none, info, document.hasSyntaxErrors(), namespaceName);
    }
    return read(document.tree(), info, false, namespaceName);
}

RoutingFacts RoutingFacts::read(const SpanTree &tree, const DocumentInfo &info, bool syntaxErrors,
                                const QString &namespaceName)
{
    RoutingFacts facts;
    const Kind kind = kindOf(info.apiVersion, info.kind);
    if (kind == Kind::Other || syntaxErrors)
        return facts;
    facts.kind = kind;
    facts.name = info.name;
    facts.namespaceName = namespaceName;
    if (kind == Kind::Workload)
        return facts; // only its namespace matters
    const NodeReader reader(tree);
    const int root = reader.resolve(tree.root());
    if (root < 0 || !reader.node(root).isMapping()) {
        facts.kind = Kind::Other;
        return facts;
    }
    const ObjectMetaView meta = ObjectMetaView::read(reader, reader.value(root, u"metadata"));
    facts.nameSpan = spanOf(reader, meta.name.present() ? meta.name.node : meta.node);
    for (const ObjectMetaView::Entry &label : meta.labels)
        facts.labels.insert(label.key, label.value);
    if (const ObjectMetaView::Entry *strategy = meta.annotation(u"istio.io/connect-strategy"))
        facts.connectStrategy = strategy->value;
    const Located<QString> created = reader.stringAt(meta.node, u"creationTimestamp");
    if (created.present()) {
        const QDateTime time = QDateTime::fromString(created.value, Qt::ISODate);
        if (time.isValid())
            facts.created = time.toSecsSinceEpoch();
    }
    if (kind == Kind::Namespace) {
        facts.namespaceName = facts.name;
        return facts;
    }
    const int spec = reader.presentValue(root, u"spec");
    if (kind == Kind::ServiceEntry) {
        readServiceEntry(reader, root, spec, &facts);
    } else if (kind == Kind::WorkloadEntry) {
        const WorkloadEntryView view = WorkloadEntryView::read(reader, spec);
        facts.address = view.address.value;
        facts.workloadPorts = portMap(view);
        facts.network = view.network.value;
        facts.locality = view.locality.value;
        if (const ObjectMetaView::Entry *checks =
                meta.annotation(u"proxy.istio.io/health-checks-enabled"))
            facts.healthChecks = checks->value;
        const int status = reader.presentValue(root, u"status");
        for (const int condition : reader.items(reader.presentValue(status, u"conditions"))) {
            if (reader.text(reader.value(condition, u"type")) == u"Healthy")
                facts.healthyStatus = reader.text(reader.value(condition, u"status"));
        }
        QMap<QString, QString> labels;
        for (const ObjectMetaView::Entry &label : view.labels)
            labels.insert(label.key, label.value);
        for (auto it = facts.labels.cbegin(); it != facts.labels.cend(); ++it)
            labels.insert(it.key(), it.value()); // metadata wins
        facts.labels = labels;
    } else if (kind == Kind::Sidecar) {
        readSidecar(reader, spec, &facts);
    }
    return facts;
}

} // namespace MeshEntry
