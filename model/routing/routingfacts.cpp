#include "routingfacts.h"

#include "nodereader.h"
#include "objectmetaview.h"
#include "serviceentryview.h"
#include "stringpool.h"
#include "workloadreader.h"
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

/// A string map with the pool's copies of its keys and values (the last of a repeated key wins).
LabelMap labelMap(const QList<ObjectMetaView::Entry> &entries, StringPool &strings)
{
    QList<LabelMap::Entry> out;
    out.reserve(entries.size());
    for (const ObjectMetaView::Entry &entry : entries)
        out.append({strings.intern(entry.key), strings.intern(entry.value)});
    return LabelMap(std::move(out));
}

/// The texts of a sequence's items; shared only when asked (hosts and addresses rarely repeat).
QList<RoutingFacts::Text> texts(const NodeReader &reader, int sequence, StringPool *strings)
{
    const NodeReader::Items items = reader.items(sequence);
    QList<RoutingFacts::Text> out;
    out.reserve(items.size());
    for (const int item : items) {
        const QString text = reader.text(item);
        out.append({strings ? strings->intern(text) : text, spanOf(reader, item)});
    }
    return out;
}

PortMap portMap(const WorkloadEntryView &view, StringPool &strings)
{
    QList<PortMap::Entry> ports;
    ports.reserve(view.ports.size());
    for (const WorkloadEntryView::Port &port : view.ports)
        ports.append({strings.intern(port.name), port.number});
    return PortMap(std::move(ports));
}

void readServiceEntry(const NodeReader &reader, int root, int spec, RoutingFacts *facts,
                      StringPool &strings)
{
    const ServiceEntryView view = ServiceEntryView::read(reader, spec);
    facts->hosts = texts(reader, view.hostsNode, nullptr);
    facts->addresses = texts(reader, view.addressesNode, nullptr);
    facts->ports.reserve(view.ports.size());
    for (const ServiceEntryView::Port &port : view.ports)
        facts->ports.append({port.number.value, strings.intern(port.name.value),
                             strings.intern(port.protocol.value), port.targetPort.value,
                             spanOf(reader, port.number.present() ? port.number.node : port.node)});
    facts->resolution = view.resolution.value;
    facts->location = view.location.value;
    facts->hasExportTo = view.exportToNode >= 0;
    facts->exportTo.reserve(view.exportTo.size());
    for (const Located<QString> &entry : view.exportTo)
        facts->exportTo.append(strings.intern(entry.value));
    facts->exportToSpan = spanOf(reader, view.exportToNode);
    facts->hasSelector = view.hasWorkloadSelector();
    facts->selector = labelMap(view.selectorLabels, strings);
    facts->endpoints.reserve(view.endpoints.size());
    for (const WorkloadEntryView &endpoint : view.endpoints)
        facts->endpoints.append({QString(), endpoint.address.value, portMap(endpoint, strings)});
    const int status = reader.presentValue(root, u"status");
    const NodeReader::Items addresses = reader.items(reader.presentValue(status, u"addresses"));
    facts->statusAddresses.reserve(addresses.size());
    for (const int item : addresses)
        facts->statusAddresses.append(
            {reader.stringAt(item, u"value").value, reader.stringAt(item, u"host").value});
}

void readSidecar(const NodeReader &reader, int spec, RoutingFacts *facts, StringPool &strings)
{
    const int selector = reader.presentValue(spec, u"workloadSelector");
    facts->hasSelector = selector >= 0;
    facts->selector = labelMap(
        ObjectMetaView::readMap(reader, reader.presentValue(selector, u"labels")), strings);
    const NodeReader::Items egress = reader.items(reader.presentValue(spec, u"egress"));
    facts->egress.reserve(egress.size());
    for (const int item : egress) {
        RoutingFacts::EgressListener listener;
        listener.span = spanOf(reader, item);
        const int port = reader.presentValue(item, u"port");
        listener.hasPort = port >= 0;
        listener.port = WorkloadEntryView::readUInt32(reader, port, u"number").value;
        listener.portProtocol = strings.intern(reader.stringAt(port, u"protocol").value);
        listener.portName = strings.intern(reader.stringAt(port, u"name").value);
        listener.bind = strings.intern(reader.stringAt(item, u"bind").value);
        listener.captureMode = strings.intern(reader.stringAt(item, u"captureMode").value);
        listener.hosts = texts(reader, reader.presentValue(item, u"hosts"), &strings);
        facts->egress.append(listener);
    }
    const int policy = reader.presentValue(spec, u"outboundTrafficPolicy");
    facts->hasOutboundPolicy = policy >= 0;
    facts->outboundSpan = spanOf(reader, policy);
    facts->outboundMode = strings.intern(reader.stringAt(policy, u"mode").value);
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

RoutingFacts RoutingFacts::read(const YamlDocument &document, const QString &namespaceName,
                                StringPool &strings)
{
    const DocumentInfo &info = document.info();
    const Kind kind = kindOf(info.apiVersion, info.kind);
    // Only the kinds whose tree is read parse a released one again.
    if (kind == Kind::Other || kind == Kind::Workload || document.hasSyntaxErrors()) {
        static const SpanTree none;
        return read(none, info, document.hasSyntaxErrors(), namespaceName, strings);
    }
    return read(document.tree(), info, false, namespaceName, strings);
}

RoutingFacts RoutingFacts::read(const SpanTree &tree, const DocumentInfo &info, bool syntaxErrors,
                                const QString &namespaceName, StringPool &strings)
{
    RoutingFacts facts;
    const Kind kind = kindOf(info.apiVersion, info.kind);
    if (kind == Kind::Other || syntaxErrors)
        return facts;
    facts.kind = kind;
    facts.name = info.name;
    facts.namespaceName = strings.intern(namespaceName);
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
    facts.labels = labelMap(meta.labels, strings);
    if (const ObjectMetaView::Entry *strategy = meta.annotation(u"istio.io/connect-strategy"))
        facts.connectStrategy = strings.intern(strategy->value);
    const Located<QString> created = reader.stringAt(meta.node, u"creationTimestamp");
    if (created.present()) {
        const QDateTime time = QDateTime::fromString(created.value, Qt::ISODate);
        if (time.isValid())
            facts.created = time.toSecsSinceEpoch();
    }
    if (kind == Kind::Namespace) {
        facts.namespaceName = strings.intern(facts.name);
        return facts;
    }
    const int spec = reader.presentValue(root, u"spec");
    if (kind == Kind::ServiceEntry) {
        readServiceEntry(reader, root, spec, &facts, strings);
    } else if (kind == Kind::WorkloadEntry) {
        const WorkloadEntryView view = WorkloadEntryView::read(reader, spec);
        WorkloadReader::WorkloadEntryFields fields;
        fields.name = facts.name;
        fields.namespaceName = facts.namespaceName;
        // spec.labels, then metadata.labels: metadata wins.
        fields.labels = labelMap(view.labels + meta.labels, strings).toMap();
        fields.address = view.address.value;
        fields.network = strings.intern(view.network.value);
        fields.locality = strings.intern(view.locality.value);
        if (const ObjectMetaView::Entry *checks =
                meta.annotation(u"proxy.istio.io/health-checks-enabled"))
            fields.healthChecks = checks->value;
        const int status = reader.presentValue(root, u"status");
        for (const int condition : reader.items(reader.presentValue(status, u"conditions"))) {
            if (reader.text(reader.value(condition, u"type")) == u"Healthy")
                fields.healthyStatus = reader.text(reader.value(condition, u"status"));
        }
        facts.labels = LabelMap();
        facts.workload = std::make_shared<Workload>(WorkloadReader::fromFields(fields));
        const PortMap ports = portMap(view, strings);
        facts.workload->ports.reserve(ports.size());
        for (const PortMap::Entry &port : ports.entries())
            facts.workload->ports.append({port.key, port.value});
    } else if (kind == Kind::Sidecar) {
        readSidecar(reader, spec, &facts, strings);
    }
    return facts;
}

} // namespace MeshEntry
