#include "fieldtable.h"

#include <QHash>

namespace MeshEntry {

QString FieldSpec::name() const
{
    const qsizetype dot = path.lastIndexOf(u'.');
    QString last = dot < 0 ? path : path.mid(dot + 1);
    if (last.endsWith(QLatin1String("[]")))
        last.chop(2);
    return last;
}

QString FieldSpec::parentPath() const
{
    if (path.endsWith(QLatin1String("[]")))
        return path.left(path.size() - 2);
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? QString() : path.left(dot);
}

QString FieldSpec::displayLabel() const
{
    if (!label.isEmpty())
        return label;
    QString words;
    for (const QChar c : name()) {
        if (c.isUpper() && !words.isEmpty())
            words += u' ';
        words += c.toLower();
    }
    return words;
}

namespace {

/// Small builder so that the tables below read as one line per fact.
class Fields
{
public:
    Fields &add(const QString &path, FieldType type, const QString &help, const QString &docs = {})
    {
        FieldSpec spec;
        spec.path = path;
        spec.type = type;
        spec.help = help;
        spec.docs = docs.isEmpty() ? help : docs;
        m_list.append(spec);
        return *this;
    }
    Fields &required()
    {
        m_list.last().required = true;
        return *this;
    }
    Fields &items(int minItems, int maxItems)
    {
        m_list.last().minItems = minItems;
        m_list.last().maxItems = maxItems;
        return *this;
    }
    Fields &maxLength(int length)
    {
        m_list.last().maxLength = length;
        return *this;
    }
    Fields &enumValues(const QStringList &values)
    {
        m_list.last().enumValues = values;
        return *this;
    }
    Fields &label(const QString &text)
    {
        m_list.last().label = text;
        return *this;
    }
    Fields &defaultValue(const QString &value)
    {
        m_list.last().defaultValue = value;
        return *this;
    }
    QList<FieldSpec> take() { return std::move(m_list); }

private:
    QList<FieldSpec> m_list;
};

void addObjectMeta(Fields &f, const QString &kind)
{
    f.add(QStringLiteral("apiVersion"), FieldType::String,
          QStringLiteral("networking.istio.io/v1 (v1beta1 and v1alpha3 are served too)"),
          QStringLiteral("The API group and version. All three served versions of %1 have the same "
                         "schema and the same validation; v1 is the storage version.")
              .arg(kind))
        .required()
        .label(QStringLiteral("API version"));
    f.add(QStringLiteral("kind"), FieldType::String, kind).required();
    f.add(QStringLiteral("metadata"), FieldType::Object,
          QStringLiteral("Name, namespace, labels and annotations"));
    f.add(QStringLiteral("metadata.name"), FieldType::String,
          QStringLiteral("Name, unique per kind and namespace"),
          QStringLiteral("A lowercase DNS-1123 subdomain of at most 253 characters. Kubernetes "
                         "requires it; Istio does not check it further."));
    f.add(QStringLiteral("metadata.namespace"), FieldType::String,
          QStringLiteral("Namespace; kubectl's current namespace when absent"),
          QStringLiteral("A lowercase DNS-1123 label. Selectors match workloads in this namespace "
                         "only, and exportTo \".\" means this namespace."));
    f.add(
        QStringLiteral("metadata.labels"), FieldType::Map, QStringLiteral("Kubernetes labels"),
        QStringLiteral("Keys are qualified names with an optional DNS prefix, values are at most "
                       "63 characters. Quote values such as \"on\", \"1.0\" or \"0755\": YAML 1.1 "
                       "reads them as booleans or numbers."));
    f.add(QStringLiteral("metadata.labels.*"), FieldType::String, QStringLiteral("Label value"))
        .label(QStringLiteral("label"));
    f.add(
        QStringLiteral("metadata.annotations"), FieldType::Map,
        QStringLiteral("Kubernetes annotations"),
        QStringLiteral("galley.istio.io/analyze-suppress takes a comma-separated list of rule ids "
                       "(or *) that are not reported for this resource."));
    f.add(QStringLiteral("metadata.annotations.*"), FieldType::String,
          QStringLiteral("Annotation value"))
        .label(QStringLiteral("annotation"));
    for (const char *name : {"generateName", "uid", "resourceVersion", "generation",
                             "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds",
                             "finalizers", "ownerReferences", "managedFields", "selfLink"}) {
        f.add(QStringLiteral("metadata.") + QLatin1String(name), FieldType::Any,
              QStringLiteral("Set by Kubernetes"));
    }
    f.add(QStringLiteral("spec"), FieldType::Object, QStringLiteral("The %1 itself").arg(kind))
        .required();
    f.add(QStringLiteral("status"), FieldType::Any, QStringLiteral("Written by Istio; kept as is"),
          QStringLiteral("Istio writes status conditions and auto-allocated addresses here. "
                         "Anything is accepted."));
}

/// WorkloadEntry fields; prefix is `spec` for the kind and `spec.endpoints[]` for endpoints.
void addWorkloadFields(Fields &f, const QString &prefix)
{
    const auto p = [&prefix](const char *name) { return prefix + u'.' + QLatin1String(name); };
    f.add(
         p("address"), FieldType::String,
         QStringLiteral("IP address, DNS name, or unix:// socket path of the workload"),
         QStringLiteral("Without a network the address is required. A ServiceEntry with resolution "
                        "STATIC needs an IP address or unix:// path here; DNS resolution takes an "
                        "IP address or a fully qualified name. A unix:// address cannot have "
                        "ports."))
        .maxLength(256);
    f.add(p("ports"), FieldType::Map, QStringLiteral("Service port name → port on this workload"),
          QStringLiteral("Keys must be names of the ServiceEntry's ports; values override the port "
                         "number (1-65535) for this endpoint."))
        .items(-1, 128);
    f.add(p("ports.*"), FieldType::Integer, QStringLiteral("Port number on the workload (1-65535)"))
        .label(QStringLiteral("port"));
    f.add(p("labels"), FieldType::Map, QStringLiteral("Labels of the workload"),
          QStringLiteral("Used by workload selectors and by DestinationRule subsets. "
                         "security.istio.io/tlsMode sets the endpoint's TLS mode."))
        .items(-1, 256);
    f.add(p("labels.*"), FieldType::String, QStringLiteral("Label value"))
        .label(QStringLiteral("label"));
    f.add(p("network"), FieldType::String,
          QStringLiteral("Network the workload is in (for multi-network meshes)"),
          QStringLiteral("When the workload is on another network, the address may be empty and "
                         "traffic goes through that network's gateway."))
        .maxLength(2048);
    f.add(p("locality"), FieldType::String, QStringLiteral("region/zone/subzone of the workload"),
          QStringLiteral("Used for locality-aware load balancing and failover."))
        .maxLength(2048);
    f.add(p("weight"), FieldType::Integer,
          QStringLiteral("Load-balancing weight relative to other endpoints; 0 means unset"));
    f.add(p("serviceAccount"), FieldType::String,
          QStringLiteral("Service account the workload runs as"),
          QStringLiteral("When set, mutual TLS is used to reach the workload unless a "
                         "security.istio.io/tlsMode label says otherwise."))
        .maxLength(253);
}

QList<FieldSpec> serviceEntryFields()
{
    Fields f;
    const QString kind = QStringLiteral("ServiceEntry");
    addObjectMeta(f, kind);
    f.add(QStringLiteral("spec.hosts"), FieldType::List,
          QStringLiteral("Host names of the service (at least one)"),
          QStringLiteral("DNS names, optionally starting with a wildcard label (*.example.com). "
                         "Matched against HTTP Host/Authority headers and TLS SNI. Resolution DNS "
                         "without endpoints needs fully qualified names; DYNAMIC_DNS needs "
                         "wildcard hosts."))
        .required()
        .items(1, 256);
    f.add(QStringLiteral("spec.hosts[]"), FieldType::String, QStringLiteral("Host name"))
        .label(QStringLiteral("host"));
    f.add(QStringLiteral("spec.addresses"), FieldType::List,
          QStringLiteral("Virtual IPs or CIDR blocks of the service"),
          QStringLiteral("Traffic to these addresses is treated as traffic to the service. CIDR "
                         "blocks need resolution NONE or STATIC. TCP ports need an address unless "
                         "Istio auto-allocates one."))
        .items(-1, 256);
    f.add(QStringLiteral("spec.addresses[]"), FieldType::String,
          QStringLiteral("IP address or CIDR block"))
        .maxLength(64)
        .label(QStringLiteral("address"));
    f.add(QStringLiteral("spec.ports"), FieldType::List, QStringLiteral("Ports of the service"),
          QStringLiteral("Names and numbers must be unique. With more than one host, every port "
                         "must be HTTP-based or TLS."))
        .items(-1, 256);
    f.add(QStringLiteral("spec.ports[]"), FieldType::Object,
          QStringLiteral("A port of the service"))
        .label(QStringLiteral("port"));
    f.add(QStringLiteral("spec.ports[].number"), FieldType::Integer,
          QStringLiteral("Port number (1-65535)"))
        .required();
    f.add(QStringLiteral("spec.ports[].protocol"), FieldType::String,
          QStringLiteral("HTTP, HTTPS, GRPC, HTTP2, TLS, TCP, …; empty: detect"),
          QStringLiteral("One of TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, TLS, "
                         "Mongo, Redis, MySQL (case-insensitive). Empty means protocol sniffing, "
                         "which counts as neither HTTP nor TLS."))
        .maxLength(256);
    f.add(QStringLiteral("spec.ports[].name"), FieldType::String,
          QStringLiteral("Port name (a DNS-1123 label), unique in the ServiceEntry"))
        .required()
        .maxLength(256);
    f.add(QStringLiteral("spec.ports[].targetPort"), FieldType::Integer,
          QStringLiteral("Port on the endpoints; the port number when unset"),
          QStringLiteral("1-65535. Istio treats 0 as unset, but the CRD rejects an explicit 0."));
    f.add(QStringLiteral("spec.location"), FieldType::Enum,
          QStringLiteral("Whether the service is part of the mesh"),
          QStringLiteral("MESH_EXTERNAL: outside the mesh, no mutual TLS. MESH_INTERNAL: "
                         "workloads inside the mesh (VMs, other clusters)."))
        .enumValues({QStringLiteral("MESH_EXTERNAL"), QStringLiteral("MESH_INTERNAL")})
        .defaultValue(QStringLiteral("MESH_EXTERNAL"));
    f.add(QStringLiteral("spec.resolution"), FieldType::Enum,
          QStringLiteral("How the proxy finds the endpoints"),
          QStringLiteral("NONE: forward to the original destination. STATIC: the endpoints' IP "
                         "addresses. DNS: resolve the hosts or endpoint names asynchronously. "
                         "DNS_ROUND_ROBIN: resolve at connection time, at most one endpoint. "
                         "DYNAMIC_DNS: resolve the requested host of a wildcard entry."))
        .enumValues({QStringLiteral("NONE"), QStringLiteral("STATIC"), QStringLiteral("DNS"),
                     QStringLiteral("DNS_ROUND_ROBIN"), QStringLiteral("DYNAMIC_DNS")})
        .defaultValue(QStringLiteral("NONE"));
    f.add(QStringLiteral("spec.endpoints"), FieldType::List,
          QStringLiteral("Endpoints of the service (or use workloadSelector)"),
          QStringLiteral("Not allowed with resolution NONE or DYNAMIC_DNS, at most one with "
                         "DNS_ROUND_ROBIN, and never together with workloadSelector."))
        .items(-1, 4096);
    f.add(QStringLiteral("spec.endpoints[]"), FieldType::Object, QStringLiteral("An endpoint"))
        .label(QStringLiteral("endpoint"));
    addWorkloadFields(f, QStringLiteral("spec.endpoints[]"));
    f.add(
         QStringLiteral("spec.workloadSelector"), FieldType::Object,
         QStringLiteral("Selects Pods and WorkloadEntries as endpoints"),
         QStringLiteral("Selects workloads in the ServiceEntry's namespace that carry all these "
                        "labels. Cannot be combined with endpoints; ignored with resolution NONE."))
        .label(QStringLiteral("workload selector"));
    f.add(QStringLiteral("spec.workloadSelector.labels"), FieldType::Map,
          QStringLiteral("Labels a workload must carry to be selected"),
          QStringLiteral("No wildcards and no empty keys. Without labels every workload in the "
                         "namespace is selected."))
        .items(-1, 256)
        .label(QStringLiteral("selector labels"));
    f.add(QStringLiteral("spec.workloadSelector.labels.*"), FieldType::String,
          QStringLiteral("Required label value"))
        .maxLength(63)
        .label(QStringLiteral("selector label"));
    f.add(QStringLiteral("spec.exportTo"), FieldType::List,
          QStringLiteral("Namespaces that can see the service"),
          QStringLiteral("\"*\": all namespaces, \".\": this namespace, \"~\": none, or namespace "
                         "names. Absent: the mesh default (all namespaces unless configured)."))
        .defaultValue(QStringLiteral("*"))
        .label(QStringLiteral("exportTo"));
    f.add(QStringLiteral("spec.exportTo[]"), FieldType::String,
          QStringLiteral("*, ., ~ or a namespace"))
        .label(QStringLiteral("exportTo entry"));
    f.add(QStringLiteral("spec.subjectAltNames"), FieldType::List,
          QStringLiteral("Identities the server certificates must carry"))
        .label(QStringLiteral("subject alt names"));
    f.add(QStringLiteral("spec.subjectAltNames[]"), FieldType::String,
          QStringLiteral("Subject alternative name"))
        .label(QStringLiteral("subject alt name"));
    return f.take();
}

QList<FieldSpec> workloadEntryFields()
{
    Fields f;
    addObjectMeta(f, QStringLiteral("WorkloadEntry"));
    addWorkloadFields(f, QStringLiteral("spec"));
    return f.take();
}

} // namespace

FieldTable::FieldTable(QString kind, QList<FieldSpec> fields)
    : m_kind(std::move(kind)), m_fields(std::move(fields))
{
    QHash<QString, int> byPath;
    m_children.resize(m_fields.size());
    m_elements.fill(-1, m_fields.size());
    for (int i = 0; i < m_fields.size(); ++i) {
        const FieldSpec &spec = m_fields[i];
        byPath.insert(spec.path, i);
        m_names.append(spec.name());
        const bool element =
            spec.path.endsWith(QLatin1String("[]")) || spec.path.endsWith(QLatin1String(".*"));
        const QString parentPath = spec.path.endsWith(QLatin1String(".*"))
                                       ? spec.path.left(spec.path.size() - 2)
                                       : spec.parentPath();
        const int parent = parentPath.isEmpty() ? -1 : byPath.value(parentPath, -1);
        if (element)
            m_elements[parent] = i;
        else if (parent < 0)
            m_rootChildren.append(i);
        else
            m_children[parent].append(i);
    }
}

const FieldTable *FieldTable::forKind(QStringView kind)
{
    static const FieldTable serviceEntry(QStringLiteral("ServiceEntry"), serviceEntryFields());
    static const FieldTable workloadEntry(QStringLiteral("WorkloadEntry"), workloadEntryFields());
    if (kind == serviceEntry.kind())
        return &serviceEntry;
    if (kind == workloadEntry.kind())
        return &workloadEntry;
    return nullptr;
}

QStringList FieldTable::kinds()
{
    return {QStringLiteral("ServiceEntry"), QStringLiteral("WorkloadEntry")};
}

int FieldTable::indexOf(QStringView pattern) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].path == pattern)
            return i;
    }
    return -1;
}

const FieldSpec *FieldTable::field(QStringView pattern) const
{
    const int index = indexOf(pattern);
    return index < 0 ? nullptr : &m_fields[index];
}

int FieldTable::child(int parent, QStringView key) const
{
    if (parent >= 0 && m_fields[parent].type == FieldType::Map)
        return m_elements[parent];
    const QList<int> &children = parent < 0 ? m_rootChildren : m_children[parent];
    for (const int index : children) {
        if (m_names[index] == key)
            return index;
    }
    return -1;
}

int FieldTable::child(int parent, YamlText key) const
{
    if (parent >= 0 && m_fields[parent].type == FieldType::Map)
        return m_elements[parent];
    // Field names are ASCII.
    const QList<int> &children = parent < 0 ? m_rootChildren : m_children[parent];
    for (const int index : children) {
        if (key.equalsAscii(m_names[index]))
            return index;
    }
    return -1;
}

int FieldTable::element(int parent) const
{
    return parent < 0 ? -1 : m_elements[parent];
}

const FieldSpec *FieldTable::fieldAt(const YamlPath &path) const
{
    int current = -1;
    for (const YamlPath::Segment &segment : path.segments()) {
        const bool list = current >= 0 && m_fields[current].type == FieldType::List;
        if (segment.isIndex() != list)
            return nullptr;
        current = segment.isIndex() ? element(current) : child(current, segment.key);
        if (current < 0)
            return nullptr;
    }
    return current < 0 ? nullptr : &m_fields[current];
}

QList<const FieldSpec *> FieldTable::children(QStringView pattern) const
{
    const int parent = pattern.isEmpty() ? -1 : indexOf(pattern);
    if (!pattern.isEmpty() && parent < 0)
        return {};
    QList<const FieldSpec *> result;
    for (const int index : parent < 0 ? m_rootChildren : m_children[parent])
        result.append(&m_fields[index]);
    return result;
}

} // namespace MeshEntry
