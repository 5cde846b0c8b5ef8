#include "workloadreader.h"

namespace MeshEntry::WorkloadReader {

namespace {

void readLabels(const ObjectNode *mapping, QStringView key, QMap<QString, QString> *out)
{
    if (!mapping)
        return;
    std::vector<std::pair<QString, QString>> entries;
    mapping->stringMap(key, &entries);
    for (auto &[name, value] : entries)
        out->insert(name, value);
}

Workload::Condition condition(const ObjectNode *status, QStringView type)
{
    const ObjectNode *conditions = status ? status->value(u"conditions") : nullptr;
    if (!conditions || !conditions->isSequence())
        return Workload::Condition::Missing;
    for (const ObjectNode &entry : conditions->children) {
        if (entry.string(u"type") != type)
            continue;
        const QString value = entry.string(u"status");
        if (value == u"True")
            return Workload::Condition::True;
        if (value == u"False")
            return Workload::Condition::False;
        return Workload::Condition::Unknown;
    }
    return Workload::Condition::Missing;
}

/// Go's strconv.ParseBool, false for anything it rejects.
bool goBool(const QString &text)
{
    return text == u"1" || text == u"t" || text == u"T" || text == u"TRUE" || text == u"true" ||
           text == u"True";
}

/// Localities in labels use `.` for `/` (model/proxy.go:SanitizeLocalityLabel).
QString localityFromLabels(const QMap<QString, QString> &labels)
{
    QString label = labels.value(QStringLiteral("topology.istio.io/locality"));
    if (label.isEmpty())
        label = labels.value(QStringLiteral("istio-locality"));
    if (label.contains(u'/'))
        return label;
    return label.replace(u'.', u'/');
}

/// kube/pod.go:getPortMap: named TCP ports of containers, then of native sidecars.
void containerPorts(const ObjectNode *containers, bool sidecarsOnly, QList<Workload::Port> *out)
{
    if (!containers || !containers->isSequence())
        return;
    for (const ObjectNode &container : containers->children) {
        if (sidecarsOnly && container.string(u"restartPolicy") != u"Always")
            continue;
        const ObjectNode *ports = container.value(u"ports");
        if (!ports || !ports->isSequence())
            continue;
        for (const ObjectNode &port : ports->children) {
            const QString name = port.string(u"name");
            const QString protocol = port.string(u"protocol");
            // kubectl output always has the protocol (API defaulting); a file may omit it.
            if (name.isEmpty() || (!protocol.isEmpty() && protocol != u"TCP"))
                continue;
            quint32 number = 0;
            if (!unsignedNumber(port.value(u"containerPort"), &number))
                continue;
            bool known = false;
            for (const Workload::Port &existing : std::as_const(*out))
                known = known || existing.name == name;
            if (!known)
                out->append({name, number});
        }
    }
}

void readPod(const ObjectNode &object, Workload *out)
{
    const ObjectNode *metadata = object.value(u"metadata");
    const ObjectNode *spec = object.value(u"spec");
    const ObjectNode *status = object.value(u"status");
    if (metadata) {
        const ObjectNode *deletion = metadata->value(u"deletionTimestamp");
        out->terminating = deletion && deletion->type != ObjectNode::Type::Null;
        const ObjectNode *owners = metadata->value(u"ownerReferences");
        if (owners && owners->isSequence() && !owners->children.empty())
            out->owner = owners->children.front().string(u"kind") + u'/' +
                         owners->children.front().string(u"name");
    }
    if (spec) {
        out->nodeName = spec->string(u"nodeName");
        out->serviceAccount = spec->string(u"serviceAccountName");
        if (out->serviceAccount.isEmpty())
            out->serviceAccount = spec->string(u"serviceAccount");
        out->hostNetwork = spec->string(u"hostNetwork") == u"true";
        containerPorts(spec->value(u"containers"), false, &out->ports);
        containerPorts(spec->value(u"initContainers"), true, &out->ports);
    }
    if (status) {
        out->phase = status->string(u"phase");
        // kube/pod.go:onEvent ignores a pod without status.podIP, whatever podIPs holds.
        const QString podIp = status->string(u"podIP");
        if (!podIp.isEmpty())
            out->addresses.append(podIp);
        const ObjectNode *podIps = status->value(u"podIPs");
        if (!podIp.isEmpty() && podIps && podIps->isSequence()) {
            for (const ObjectNode &entry : podIps->children) {
                const QString ip = entry.string(u"ip");
                if (!ip.isEmpty() && !out->addresses.contains(ip))
                    out->addresses.append(ip);
            }
        }
        out->ready = condition(status, u"Ready");
    }
    out->locality = localityFromLabels(out->labels);
}

void readWorkloadEntry(const ObjectNode &object, Workload *out)
{
    const ObjectNode *metadata = object.value(u"metadata");
    const ObjectNode *spec = object.value(u"spec");
    if (spec) {
        // Labels: spec.labels, then metadata.labels over them (se/conversion.go).
        QMap<QString, QString> merged;
        readLabels(spec, u"labels", &merged);
        for (auto it = out->labels.cbegin(); it != out->labels.cend(); ++it)
            merged.insert(it.key(), it.value());
        out->labels = merged;
        const QString address = spec->string(u"address");
        if (!address.isEmpty())
            out->addresses.append(address);
        const ObjectNode *ports = spec->value(u"ports");
        if (ports && ports->isMapping()) {
            for (size_t i = 0; i < ports->keys.size(); ++i) {
                quint32 number = 0;
                if (unsignedNumber(&ports->children[i], &number))
                    out->ports.append({ports->keys[i], number});
            }
        }
        out->serviceAccount = spec->string(u"serviceAccount");
        out->network = spec->string(u"network");
        out->locality = spec->string(u"locality");
        unsignedNumber(spec->value(u"weight"), &out->weight);
    }
    if (out->locality.isEmpty())
        out->locality = localityFromLabels(out->labels);
    if (metadata) {
        const ObjectNode *annotations = metadata->value(u"annotations");
        out->healthChecks =
            annotations && goBool(annotations->string(u"proxy.istio.io/health-checks-enabled"));
    }
    out->healthy = condition(object.value(u"status"), u"Healthy");
}

} // namespace

Workload fromFields(const WorkloadEntryFields &fields)
{
    Workload out;
    out.kind = Workload::Kind::WorkloadEntry;
    out.name = fields.name;
    out.namespaceName = fields.namespaceName;
    out.labels = fields.labels;
    if (!fields.address.isEmpty())
        out.addresses.append(fields.address);
    for (const QString &name : fields.portNames)
        out.ports.append({name, 0});
    out.network = fields.network;
    out.locality = fields.locality.isEmpty() ? localityFromLabels(out.labels) : fields.locality;
    out.healthChecks = goBool(fields.healthChecks);
    if (fields.healthyStatus == u"True")
        out.healthy = Workload::Condition::True;
    else if (fields.healthyStatus == u"False")
        out.healthy = Workload::Condition::False;
    else if (!fields.healthyStatus.isEmpty())
        out.healthy = Workload::Condition::Unknown;
    return out;
}

bool unsignedNumber(const ObjectNode *node, quint32 *out)
{
    if (!node || node->type != ObjectNode::Type::Scalar)
        return false;
    bool ok = false;
    const qulonglong value = node->text.toULongLong(&ok);
    if (!ok || value > 0xFFFFFFFFull)
        return false;
    *out = quint32(value);
    return true;
}

bool read(const ObjectNode &object, const QString &defaultNamespace, Workload *out)
{
    const QString kind = object.string(u"kind");
    const bool pod = kind == u"Pod";
    if (!pod && kind != u"WorkloadEntry")
        return false;
    if (!pod && !object.string(u"apiVersion").startsWith(u"networking.istio.io/") &&
        !object.string(u"apiVersion").isEmpty())
        return false;
    *out = Workload();
    out->kind = pod ? Workload::Kind::Pod : Workload::Kind::WorkloadEntry;
    const ObjectNode *metadata = object.value(u"metadata");
    if (metadata) {
        out->name = metadata->string(u"name");
        out->namespaceName = metadata->string(u"namespace");
        readLabels(metadata, u"labels", &out->labels);
    }
    if (out->namespaceName.isEmpty())
        out->namespaceName = defaultNamespace;
    if (pod)
        readPod(object, out);
    else
        readWorkloadEntry(object, out);
    return true;
}

} // namespace MeshEntry::WorkloadReader
