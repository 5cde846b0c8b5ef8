#include "documentvalidator.h"
#include "routingmodel.h"
#include "ruleregistry.h"
#include "validationworkspace.h"
#include "workloadinventory.h"

#include <QtTest>

using namespace MeshEntry;

namespace {

/// A ServiceEntry `se` in namespace `ns`; spec lines start on line 7.
QString se(const char *spec)
{
    return QStringLiteral("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                          "  name: se\n  namespace: ns\nspec:\n") +
           QString::fromUtf8(spec);
}

/// A ServiceEntry with extra metadata lines from line 6; spec lines follow them.
QString seMeta(const char *metadata, const char *spec)
{
    return QStringLiteral("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                          "  name: se\n  namespace: ns\n") +
           QString::fromUtf8(metadata) + QStringLiteral("spec:\n") + QString::fromUtf8(spec);
}

/// A WorkloadEntry `we` in namespace `ns`; spec lines start on line 7.
QString we(const char *spec)
{
    return QStringLiteral("apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n"
                          "  name: we\n  namespace: ns\nspec:\n") +
           QString::fromUtf8(spec);
}

QString repeated(const QString &item, int count, const QString &separator)
{
    QStringList items;
    for (int i = 0; i < count; ++i)
        items.append(QString(item).replace(QStringLiteral("%i"), QString::number(i)));
    return items.join(separator);
}

/// ServiceEntries `se` (port 80) and `web` (port 8080) of host a.com in namespace ns, each
/// with extra spec and metadata lines: `se`'s host is on line 7 (plus its metadata lines),
/// `web`'s on line 16 plus the extra lines of `se` and `web`'s own metadata lines.
QString hostPair(const char *seSpec, const char *otherSpec, const char *seMetadata = "",
                 const char *otherMetadata = "")
{
    const QString entry = QStringLiteral(
        "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: %1\n"
        "  namespace: ns\n%2spec:\n  hosts: [a.com]\n"
        "  ports: [{number: %3, name: http, protocol: HTTP}]\n%4");
    return entry.arg(QStringLiteral("se"), QString::fromUtf8(seMetadata), QStringLiteral("80"),
                     QString::fromUtf8(seSpec)) +
           QStringLiteral("---\n") +
           entry.arg(QStringLiteral("web"), QString::fromUtf8(otherMetadata),
                     QStringLiteral("8080"), QString::fromUtf8(otherSpec));
}

/// One ServiceEntry of Istio's TestServiceEntryMerge: host example.com, resolution DNS, port
/// `port1` with the given number and an optional targetPort line.
QString mergeEntry(int index, int number, const char *targetPort = "", const char *tail = "")
{
    return QString::fromUtf8(R"(apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: se%1
spec:
  hosts:
  - example.com
  ports:
  - name: port1
    number: %2
%3    protocol: HTTP
  resolution: DNS
%4)")
        .arg(index)
        .arg(number)
        .arg(QString::fromUtf8(targetPort), QString::fromUtf8(tail));
}

/// The five ServiceEntries of Istio's TestServiceEntryMerge (pilot/pkg/xds/cds_test.go), which
/// istiod merges into clusters outbound|80||example.com and outbound|8080||example.com.
const QString istioServiceEntryMerge =
    mergeEntry(1, 80) + QStringLiteral("---\n") + mergeEntry(2, 8080) + QStringLiteral("---\n") +
    mergeEntry(3, 80) + QStringLiteral("---\n") + mergeEntry(4, 80, "    targetPort: 1234\n") +
    QStringLiteral("---\n") +
    mergeEntry(5, 80, "    targetPort: 999\n",
               "  endpoints:\n  - address: endpoint.example.com\n"
               "  - address: endpoint-port-override.example.com\n    ports:\n      port1: 2345\n");

struct RuleCase {
    RuleCase(const char *tag, const QString &yaml, const char *rule, const QString &message,
             int line, const char *options = "")
        : tag(QString::fromUtf8(tag)), yaml(yaml), rule(QString::fromUtf8(rule)), message(message),
          line(line), options(QString::fromUtf8(options))
    {}

    QString tag;
    QString yaml;
    QString rule;
    QString message; ///< empty: the rule must not fire
    int line = 0;    ///< 1-based line of the finding
    QString options; ///< "noautoalloc", "namespaces=a,b", "workloads"
};

/// A second ServiceEntry `other` in `ns` (from line 11 after a 10-line first document):
/// host %1, addresses %2, TCP port 5432.
const QString routingEntry = QStringLiteral(
    "---\napiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: other\n"
    "  namespace: ns\nspec:\n  hosts: [%1]\n  addresses: %2\n"
    "  ports: [{number: 5432, name: pg, protocol: TCP}]\n  resolution: DNS\n");

/// A Sidecar in `ns` importing %1 (after a 9-line first document, the host is on line 18).
const QString routingSidecar = QStringLiteral(
    "---\napiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata:\n  name: default\n"
    "  namespace: ns\nspec:\n  egress:\n  - hosts: [\"%1\"]\n");

QList<RuleCase> ruleCases()
{
    const QString manyEndpoints =
        se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints: [") +
        repeated(QStringLiteral("{address: 10.0.0.1}"), 4097, QStringLiteral(", ")) +
        QStringLiteral("]\n");
    const QString manyLabels = we("  address: 10.0.0.1\n  labels: {") +
                               repeated(QStringLiteral("l%i: v"), 257, QStringLiteral(", ")) +
                               QStringLiteral("}\n");
    const QString longAddress =
        QStringLiteral("1111:2222:3333:4444:5555:6666:7777:8888:9999:aaaa:bbbb:cccc:dddd:eeee");
    const QString longProtocol = QString(257, u'p');
    const QString longName63 = QString(63, u'n');
    const QString twoEntries =
        se("  hosts: [a.com]\n  ports:\n  - {name: http, number: 80, protocol: HTTP}\n") +
        QStringLiteral("---\n") +
        QStringLiteral("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                       "  name: other\n  namespace: ns\nspec:\n  hosts: [a.com]\n  ports:\n"
                       "  - {name: http, number: 80, protocol: %1}\n");
    const QString selected = QStringLiteral(
        "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: se\n  "
        "namespace: ns\n"
        "spec:\n  hosts: [vm.svc]\n  resolution: STATIC\n  ports:\n  - {name: http, number: 80}\n"
        "  workloadSelector:\n    labels: {app: vm}\n"
        "---\n"
        "apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: we\n  "
        "namespace: ns\n"
        "spec:\n  address: %1\n  labels: {app: vm}\n  ports: {%2: 9000}\n");

    return {
        {"syntax", se("  hosts: [a.com\n"), "YAML-SYNTAX",
         "did not find expected ',' or ']' (while parsing a flow sequence)", 8},
        {"syntax: none", se("  hosts: [a.com]\n"), "YAML-SYNTAX", "", 0},

        {"decode: string for uint32",
         se("  hosts: [a.com]\n  ports:\n  - name: http\n    number: abc\n"), "DECODE-TYPE",
         "error decoding configuration: invalid value for uint32 type: \"abc\"", 10},
        {"decode: scalar for list", se("  hosts: a.com\n"), "DECODE-TYPE",
         "error decoding configuration: unexpected token \"a.com\"", 7},
        {"decode: numeric string decodes",
         se("  hosts: [a.com]\n  ports:\n  - name: http\n    number: \"80\"\n"), "DECODE-TYPE", "",
         0},
        {"decode: wrong-case enum", se("  hosts: [a.com]\n  resolution: dns\n"), "DECODE-ENUM",
         "error decoding configuration: invalid value for enum type: \"dns\" (resolution takes "
         "NONE, "
         "STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS)",
         8},
        {"decode: enum number decodes", se("  hosts: [a.com]\n  resolution: 2\n"), "DECODE-ENUM",
         "", 0},
        {"decode: unknown field", se("  hosts: [a.com]\n  hostz: [b.com]\n"),
         "DECODE-UNKNOWN-FIELD", "cannot parse proto message: unknown field \"hostz\" in spec", 8},
        {"decode: known fields", se("  hosts: [a.com]\n  subjectAltNames: [x]\n"),
         "DECODE-UNKNOWN-FIELD", "", 0},

        {"api version", se("  hosts: [a.com]\n").replace("/v1\n", "/v2\n"), "CRD-API-VERSION",
         "no matches for kind \"ServiceEntry\" in version \"networking.istio.io/v2\"", 1},
        {"api version served", se("  hosts: [a.com]\n").replace("/v1\n", "/v1alpha3\n"),
         "CRD-API-VERSION", "", 0},
        {"spec required", se("").chopped(6), "CRD-SPEC-REQUIRED", "spec: Required value", 2},
        {"spec present", se("  hosts: [a.com]\n"), "CRD-SPEC-REQUIRED", "", 0},
        {"types: quoted number",
         se("  hosts: [a.com]\n  ports:\n  - name: http\n    number: \"80\"\n"), "CRD-TYPES",
         "spec.ports[0].number: Invalid value: \"string\": spec.ports[0].number in body must be of "
         "type "
         "integer: \"string\"",
         10},
        {"types: enum number", se("  hosts: [a.com]\n  resolution: 2\n"), "CRD-TYPES",
         "spec.resolution: Invalid value: \"integer\": spec.resolution in body must be of type "
         "string: "
         "\"integer\"",
         8},
        {"types: unknown field", se("  hosts: [a.com]\n  hostz: [b.com]\n"), "CRD-TYPES",
         "strict decoding error: unknown field \"spec.hostz\"", 8},
        {"types: metadata label bool", seMeta("  labels:\n    enabled: on\n", "  hosts: [a.com]\n"),
         "CRD-TYPES",
         "metadata.labels.enabled: Invalid value: \"boolean\": metadata.labels.enabled in body "
         "must be of "
         "type string: \"boolean\"",
         7},
        {"types: all fine", se("  hosts: [a.com]\n  ports:\n  - name: http\n    number: 80\n"),
         "CRD-TYPES", "", 0},
        {"hosts required", se("  resolution: NONE\n"), "CRD-SE-HOSTS-REQUIRED",
         "spec.hosts: Required value", 6},
        {"hosts present", se("  hosts: [a.com]\n"), "CRD-SE-HOSTS-REQUIRED", "", 0},
        {"hosts count", se("  hosts: []\n"), "CRD-SE-HOSTS-COUNT",
         "spec.hosts: Invalid value: 0: spec.hosts in body should have at least 1 items", 7},
        {"hosts count ok", se("  hosts: [a.com]\n"), "CRD-SE-HOSTS-COUNT", "", 0},
        {"host star", se("  hosts: [\"*\"]\n"), "CRD-SE-HOST-NOT-STAR",
         "spec.hosts[0]: Invalid value: \"string\": hostname cannot be wildcard", 7},
        {"host wildcard domain", se("  hosts: [\"*.a.com\"]\n"), "CRD-SE-HOST-NOT-STAR", "", 0},
        {"address too long", se("  hosts: [a.com]\n  addresses:\n  - ") + longAddress + "\n",
         "CRD-SE-ADDRESSES", "spec.addresses[0]: Too long: may not be longer than 64", 9},
        {"address short", se("  hosts: [a.com]\n  addresses: [10.0.0.1]\n"), "CRD-SE-ADDRESSES", "",
         0},
        {"port name required", se("  hosts: [a.com]\n  ports:\n  - number: 80\n"),
         "CRD-SE-PORTS-LISTMAP", "spec.ports[0].name: Required value", 9},
        {"port name duplicate",
         se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 1\n  - name: a\n    number: 2\n"),
         "CRD-SE-PORTS-LISTMAP",
         "spec.ports[1]: Duplicate value: map[string]interface {}{\"name\":\"a\"}", 11},
        {"ports listmap ok", se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 1\n"),
         "CRD-SE-PORTS-LISTMAP", "", 0},
        {"port number unique",
         se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 1\n  - name: b\n    number: 1\n"),
         "CRD-SE-PORT-NUMBER-UNIQUE",
         "spec.ports: Invalid value: \"array\": port number cannot be duplicated", 12},
        {"port numbers distinct",
         se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 1\n  - name: b\n    number: 2\n"),
         "CRD-SE-PORT-NUMBER-UNIQUE", "", 0},
        {"port number zero", se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 0\n"),
         "CRD-SE-PORT-NUMBER-RANGE",
         "spec.ports[0].number: Invalid value: \"integer\": port must be between 1-65535", 10},
        {"port number uint32 overflow",
         se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 4294967296\n"),
         "CRD-SE-PORT-NUMBER-RANGE",
         "spec.ports[0].number: Invalid value: 4294967296: spec.ports[0].number in body should be "
         "less "
         "than or equal to 4294967295",
         10},
        {"port number fine", se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 65535\n"),
         "CRD-SE-PORT-NUMBER-RANGE", "", 0},
        {"target port zero",
         se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 80\n    targetPort: 0\n"),
         "CRD-SE-PORT-TARGET-RANGE",
         "spec.ports[0].targetPort: Invalid value: \"integer\": port must be between 1-65535", 11},
        {"target port fine",
         se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 80\n    targetPort: 8080\n"),
         "CRD-SE-PORT-TARGET-RANGE", "", 0},
        {"protocol too long",
         se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 80\n    protocol: ") +
             longProtocol + "\n",
         "CRD-SE-PORT-STRLEN", "spec.ports[0].protocol: Too long: may not be longer than 256", 11},
        {"protocol short",
         se("  hosts: [a.com]\n  ports:\n  - name: a\n    number: 80\n    protocol: HTTP\n"),
         "CRD-SE-PORT-STRLEN", "", 0},
        {"location enum", se("  hosts: [a.com]\n  location: mesh_external\n"),
         "CRD-SE-LOCATION-ENUM",
         "spec.location: Unsupported value: \"mesh_external\": supported values: "
         "\"MESH_EXTERNAL\", \"MESH_INTERNAL\"",
         8},
        {"location fine", se("  hosts: [a.com]\n  location: MESH_INTERNAL\n"),
         "CRD-SE-LOCATION-ENUM", "", 0},
        {"resolution enum", se("  hosts: [a.com]\n  resolution: Dns\n"), "CRD-SE-RESOLUTION-ENUM",
         "spec.resolution: Unsupported value: \"Dns\": supported values: \"NONE\", \"STATIC\", "
         "\"DNS\", "
         "\"DNS_ROUND_ROBIN\", \"DYNAMIC_DNS\"",
         8},
        {"resolution fine", se("  hosts: [a.com]\n  resolution: DYNAMIC_DNS\n"),
         "CRD-SE-RESOLUTION-ENUM", "", 0},
        {"endpoints count", manyEndpoints, "CRD-SE-ENDPOINTS-COUNT",
         "spec.endpoints: Too many: 4097: must have at most 4096 items", 9},
        {"endpoints count fine",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints: [{address: 10.0.0.1}]\n"),
         "CRD-SE-ENDPOINTS-COUNT", "", 0},
        {"selector wildcard value",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels:\n      app: "
            "\"*\"\n"),
         "CRD-SE-SELECTOR-LABELS",
         "spec.workloadSelector.labels.app: Invalid value: \"string\": wildcard is not supported "
         "in selector",
         11},
        {"selector value too long",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels:\n      "
            "app: ") +
             QString(64, u'v') + "\n",
         "CRD-SE-SELECTOR-LABELS",
         "spec.workloadSelector.labels.app: Too long: may not be longer than 63", 11},
        {"selector fine",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels:\n      app: "
            "web\n"),
         "CRD-SE-SELECTOR-LABELS", "", 0},
        {"oneof with empty endpoints",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector: {labels: {app: web}}\n  "
            "endpoints: []\n"),
         "CRD-SE-ONEOF",
         "spec: Invalid value: \"object\": only one of WorkloadSelector or Endpoints can be set",
         10},
        {"oneof selector only",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector: {labels: {app: web}}\n"),
         "CRD-SE-ONEOF", "", 0},
        {"cidr with dns", se("  hosts: [a.com]\n  addresses: [10.0.0.0/8]\n  resolution: DNS\n"),
         "CRD-SE-CIDR",
         "spec: Invalid value: \"object\": CIDR addresses are allowed only for NONE/STATIC "
         "resolution types",
         8},
        {"cidr with static",
         se("  hosts: [a.com]\n  addresses: [10.0.0.0/8]\n  resolution: STATIC\n"), "CRD-SE-CIDR",
         "", 0},
        {"none with empty endpoints", se("  hosts: [a.com]\n  endpoints: []\n"),
         "CRD-SE-NONE-ENDPOINTS", "spec: Invalid value: \"object\": NONE mode cannot set endpoints",
         8},
        {"static with endpoints",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints: [{address: 1.1.1.1}]\n"),
         "CRD-SE-NONE-ENDPOINTS", "", 0},
        {"dnsrr endpoints",
         se("  hosts: [a.com]\n  resolution: DNS_ROUND_ROBIN\n  endpoints: [{address: a.com}, "
            "{address: b.com}]\n"),
         "CRD-SE-DNSRR-ENDPOINTS",
         "spec: Invalid value: \"object\": DNS_ROUND_ROBIN mode cannot have multiple endpoints", 9},
        {"dnsrr one endpoint",
         se("  hosts: [a.com]\n  resolution: DNS_ROUND_ROBIN\n  endpoints: [{address: a.com}]\n"),
         "CRD-SE-DNSRR-ENDPOINTS", "", 0},
        {"we address too long", we("  address: ") + QString(250, u'a') + ".example.com\n",
         "CRD-WE-ADDRESS-LEN", "spec.address: Too long: may not be longer than 256", 7},
        {"we address short", we("  address: a.example.com\n"), "CRD-WE-ADDRESS-LEN", "", 0},
        {"uds relative", we("  address: unix://relative\n"), "CRD-WE-UDS-ABS",
         "spec: Invalid value: \"object\": UDS must be an absolute path or abstract socket", 7},
        {"uds absolute", we("  address: unix:///var/sock\n"), "CRD-WE-UDS-ABS", "", 0},
        {"uds dir", we("  address: unix:///var/\n"), "CRD-WE-UDS-NOT-DIR",
         "spec: Invalid value: \"object\": UDS may not be a dir", 7},
        {"uds file", we("  address: unix:///var/sock\n"), "CRD-WE-UDS-NOT-DIR", "", 0},
        {"address or network", we("  labels: {app: web}\n"), "CRD-WE-ADDRESS-OR-NETWORK",
         "spec: Invalid value: \"object\": Address is required", 6},
        {"empty address is present", we("  address: \"\"\n"), "CRD-WE-ADDRESS-OR-NETWORK", "", 0},
        {"uds with ports", we("  address: unix:///var/sock\n  ports: {http: 80}\n"),
         "CRD-WE-UDS-NO-PORTS", "spec: Invalid value: \"object\": UDS may not include ports", 8},
        {"uds without ports", we("  address: unix:///var/sock\n"), "CRD-WE-UDS-NO-PORTS", "", 0},
        {"we port name", we("  address: 10.0.0.1\n  ports:\n    \"@\": 80\n"), "CRD-WE-PORTS",
         "spec.ports: Invalid value: \"object\": port name must be valid", 9},
        {"we port name of 63", we("  address: 10.0.0.1\n  ports:\n    ") + longName63 + ": 80\n",
         "CRD-WE-PORTS", "spec.ports: Invalid value: \"object\": port name must be valid", 9},
        {"we port value", we("  address: 10.0.0.1\n  ports:\n    http: 0\n"), "CRD-WE-PORTS",
         "spec.ports: Invalid value: \"object\": port must be between 1-65535", 9},
        {"we ports fine", we("  address: 10.0.0.1\n  ports:\n    http: 80\n"), "CRD-WE-PORTS", "",
         0},
        {"we labels count", manyLabels, "CRD-WE-LABELS",
         "spec.labels: Too many: 257: must have at most 256 items", 8},
        {"we labels fine", we("  address: 10.0.0.1\n  labels: {app: web}\n"), "CRD-WE-LABELS", "",
         0},
        {"service account too long",
         we("  address: 10.0.0.1\n  serviceAccount: ") + QString(254, u's') + "\n", "CRD-WE-STRLEN",
         "spec.serviceAccount: Too long: may not be longer than 253", 8},
        {"service account fine", we("  address: 10.0.0.1\n  serviceAccount: sa\n"), "CRD-WE-STRLEN",
         "", 0},
        {"negative weight", we("  address: 10.0.0.1\n  weight: -1\n"), "CRD-WE-WEIGHT",
         "spec.weight: Invalid value: -1: spec.weight in body should be greater than or equal to 0",
         8},
        {"weight fine", we("  address: 10.0.0.1\n  weight: 3\n"), "CRD-WE-WEIGHT", "", 0},
        {"metadata name", se("  hosts: [a.com]\n").replace("name: se", "name: Bad_Name"),
         "CRD-METADATA-NAME",
         "metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist "
         "of lower "
         "case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric "
         "character "
         "(e.g. 'example.com', regex used for validation is "
         "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
         4},
        {"metadata name missing", se("  hosts: [a.com]\n").replace("  name: se\n", ""),
         "CRD-METADATA-NAME", "metadata.name: Required value: name or generateName is required", 3},
        {"metadata name fine", se("  hosts: [a.com]\n").replace("name: se", "name: api.example-1"),
         "CRD-METADATA-NAME", "", 0},
        {"metadata namespace", se("  hosts: [a.com]\n").replace("namespace: ns", "namespace: Prod"),
         "CRD-METADATA-NAMESPACE",
         "metadata.namespace: Invalid value: \"Prod\": a lowercase RFC 1123 label must consist of "
         "lower case "
         "alphanumeric characters or '-', and must start and end with an alphanumeric character "
         "(e.g. "
         "'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
         5},
        {"metadata namespace fine", se("  hosts: [a.com]\n"), "CRD-METADATA-NAMESPACE", "", 0},
        {"metadata label value", seMeta("  labels:\n    app: \"a b\"\n", "  hosts: [a.com]\n"),
         "CRD-METADATA-LABELS",
         "metadata.labels: Invalid value: \"a b\": a valid label must be an empty string or "
         "consist of "
         "alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
         "character "
         "(e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is "
         "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
         7},
        {"metadata labels fine",
         seMeta("  labels:\n    app.kubernetes.io/name: web\n", "  hosts: [a.com]\n"),
         "CRD-METADATA-LABELS", "", 0},
        {"metadata annotation key",
         seMeta("  annotations:\n    \"bad key\": x\n", "  hosts: [a.com]\n"),
         "CRD-METADATA-ANNOTATIONS",
         "metadata.annotations: Invalid value: \"bad key\": name part must consist of alphanumeric "
         "characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. "
         "'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
         "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
         7},
        {"metadata annotations fine",
         seMeta("  annotations:\n    example.com/note: any text\n", "  hosts: [a.com]\n"),
         "CRD-METADATA-ANNOTATIONS", "", 0},

        {"dry run", seMeta("  annotations:\n    istio.io/dry-run: \"true\"\n", "  hosts: []\n"),
         "META-DRYRUN",
         "ns/se has unsupported annotation istio.io/dry-run, please remove the annotation", 7},
        {"no dry run", se("  hosts: [a.com]\n"), "META-DRYRUN", "", 0},
        {"always reject",
         seMeta("  annotations:\n    internal.istio.io/webhook-always-reject: x\n",
                "  hosts: [a.com]\n"),
         "META-ALWAYS-REJECT",
         "\"internal.istio.io/webhook-always-reject\" annotation found, rejecting", 7},
        {"no always reject", se("  hosts: [a.com]\n"), "META-ALWAYS-REJECT", "", 0},
        {"internal parents",
         seMeta("  annotations:\n    internal.istio.io/parents: x\n", "  hosts: [a.com]\n"),
         "META-INTERNAL-PARENT",
         "\"internal.istio.io/parents\" annotation found, this may not be set by users", 7},
        {"internal parent namespace",
         seMeta("  annotations:\n    internal.istio.io/parent-namespace: x\n",
                "  hosts: [a.com]\n"),
         "META-INTERNAL-PARENT",
         "\"internal.istio.io/parent-namespace\" annotation found, this may not be set by users",
         7},
        {"no internal parent", se("  hosts: [a.com]\n"), "META-INTERNAL-PARENT", "", 0},
        {"top-level field", "extra: 1\n" + se("  hosts: [a.com]\n  addresses: [10.0.0.1]\n"),
         "WEBHOOK-UNKNOWN-FIELD", "unknown field \"extra\" on ServiceEntry resource ns/se", 1},
        {"top-level field after an error", "extra: 1\n" + se("  hosts: []\n"),
         "WEBHOOK-UNKNOWN-FIELD", "", 0},

        {"selector empty key",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels:\n      \"\": "
            "v\n"),
         "SE-SELECTOR-LABELS", "empty key is not supported in selector: \"=v\"", 11},
        {"selector wildcard key",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels:\n      "
            "\"a*\": v\n"),
         "SE-SELECTOR-LABELS", "wildcard is not supported in selector: \"a*=v\"", 11},
        {"selector caret key accepted",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels:\n      "
            "\"^\": v\n"),
         "SE-SELECTOR-LABELS", "", 0},
        {"selector without labels",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector: {}\n"),
         "SE-SELECTOR-EMPTY",
         "service entry: workload selector specified without labels, will be applied to all "
         "services in namespace",
         9},
        {"selector with labels",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector: {labels: {app: web}}\n"),
         "SE-SELECTOR-EMPTY", "", 0},
        {"selector and endpoints",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector: {labels: {app: web}}\n  "
            "endpoints:\n  - address: 1.1.1.1\n"),
         "SE-SELECTOR-XOR-ENDPOINTS",
         "only one of WorkloadSelector or Endpoints is allowed in Service Entry", 10},
        {"selector and empty endpoints",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector: {labels: {app: web}}\n  "
            "endpoints: []\n"),
         "SE-SELECTOR-XOR-ENDPOINTS", "", 0},
        {"selector with none", se("  hosts: [a.com]\n  workloadSelector: {labels: {app: web}}\n"),
         "SE-NONE-SELECTOR", "workloadSelector should not be set when resolution mode is NONE", 8},
        {"selector with static",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector: {labels: {app: web}}\n"),
         "SE-NONE-SELECTOR", "", 0},
        {"no hosts", se("  hosts: []\n"), "SE-HOSTS-EMPTY",
         "service entry must have at least one host", 7},
        {"hosts", se("  hosts: [a.com]\n"), "SE-HOSTS-EMPTY", "", 0},
        {"host star", se("  hosts: [\"*\"]\n"), "SE-HOST-FULL-WILDCARD", "invalid host *", 7},
        {"host prefix wildcard", se("  hosts: [\"*.a.com\"]\n"), "SE-HOST-FULL-WILDCARD", "", 0},
        {"host ip", se("  hosts: [1.1.1.1]\n"), "SE-HOST-FORMAT",
         "domain name \"1.1.1\" invalid (top level domain \"1\" cannot be all-numeric)", 7},
        {"host underscore", se("  hosts:\n  - a.com\n  - foo_bar.com\n"), "SE-HOST-FORMAT",
         "domain name \"foo_bar.com\" invalid (label \"foo_bar\" invalid)", 9},
        {"host with trailing dot", se("  hosts: [1.1.1.1.]\n"), "SE-HOST-FORMAT", "", 0},
        {"partial wildcard", se("  hosts: [\"*foo.com\"]\n"), "SE-HOST-PARTIAL-WILDCARD",
         "partial wildcard \"*foo.com\" not allowed", 7},
        {"partial wildcard dynamic dns", se("  hosts: [\"*foo.com\"]\n  resolution: DYNAMIC_DNS\n"),
         "SE-HOST-PARTIAL-WILDCARD", "", 0},
        {"dns wildcard host", se("  hosts:\n  - a.com\n  - \"*.b.com\"\n  resolution: DNS\n"),
         "SE-DNS-HOST-FQDN",
         "hosts must be FQDN or contain only prefix wildcards if no endpoints are provided for "
         "resolution "
         "mode DNS, domain name \"*.b.com\" invalid (label \"*\" invalid)",
         9},
        {"dns wildcard host with endpoints",
         se("  hosts: [\"*.b.com\"]\n  resolution: DNS\n  endpoints: [{address: b.com}]\n"),
         "SE-DNS-HOST-FQDN", "", 0},
        {"dynamic dns without hosts", se("  hosts: []\n  resolution: DYNAMIC_DNS\n"),
         "SE-DYNDNS-HOSTS",
         "at least one wildcard host must be provided for resolution type DYNAMIC_DNS", 7},
        {"dynamic dns with hosts", se("  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n"),
         "SE-DYNDNS-HOSTS", "", 0},
        {"dynamic dns exact host", se("  hosts: [\"*.a.com\", b.com]\n  resolution: DYNAMIC_DNS\n"),
         "SE-DYNDNS-WILDCARD-HOST", "host must be wildcarded for resolution mode DYNAMIC_DNS", 7},
        {"dynamic dns partial wildcard", se("  hosts: [\"*b.com\"]\n  resolution: DYNAMIC_DNS\n"),
         "SE-DYNDNS-WILDCARD-HOST", "", 0},
        {"multi host tcp",
         se("  hosts: [a.com, b.com]\n  resolution: DNS\n  ports:\n  - name: db\n    number: "
            "5432\n    protocol: TCP\n"),
         "SE-MULTIHOST-PROTOCOL", "multiple hosts provided with non-HTTP, non-TLS ports", 12},
        {"multi host unset protocol",
         se("  hosts: [a.com, b.com]\n  resolution: STATIC\n  ports:\n  - name: db\n    number: "
            "5432\n"),
         "SE-MULTIHOST-PROTOCOL", "multiple hosts provided with non-HTTP, non-TLS ports", 10},
        {"multi host http",
         se("  hosts: [a.com, b.com]\n  resolution: DNS\n  ports:\n  - name: web\n    number: 80\n "
            "   protocol: HTTP\n"),
         "SE-MULTIHOST-PROTOCOL", "", 0},
        {"address leading zero", se("  hosts: [a.com]\n  addresses: [010.0.0.1]\n"),
         "SE-ADDRESS-FORMAT", "010.0.0.1 is not a valid IP", 8},
        {"cidr leading zero", se("  hosts: [a.com]\n  addresses: [10.0.0.0/08]\n"),
         "SE-ADDRESS-FORMAT", "10.0.0.0/08 is not a valid CIDR block", 8},
        {"address ipv6 zone", se("  hosts: [a.com]\n  addresses: [\"fe80::1%eth0\"]\n"),
         "SE-ADDRESS-FORMAT", "", 0},
        {"cidr /32 with dns",
         se("  hosts: [a.com]\n  addresses: [1.2.3.4/32]\n  resolution: DNS\n"),
         "SE-ADDRESS-CIDR-RESOLUTION",
         "CIDR addresses are allowed only for NONE/STATIC resolution types", 8},
        {"cidr with none", se("  hosts: [a.com]\n  addresses: [1.2.3.4/32]\n"),
         "SE-ADDRESS-CIDR-RESOLUTION", "", 0},
        {"dynamic dns addresses",
         se("  hosts: [\"*.a.com\"]\n  addresses: [1.1.1.1]\n  resolution: DYNAMIC_DNS\n"),
         "SE-DYNDNS-NO-ADDRESSES",
         "addresses cannot be set for resolution type DYNAMIC_DNS. HTTP route domains will only be "
         "generatedfrom the hosts field values",
         8},
        {"dns addresses", se("  hosts: [a.com]\n  addresses: [1.1.1.1]\n  resolution: DNS\n"),
         "SE-DYNDNS-NO-ADDRESSES", "", 0},
        {"dns multi host address tcp",
         se("  hosts: [a.com, b.com]\n  addresses: [1.1.1.1]\n  resolution: DNS\n  ports:\n  - "
            "{name: t, number: 1, protocol: TLS}\n"),
         "SE-DNS-MULTIHOST-ADDRESS-TCP",
         "service entry can not have more than one host specified simultaneously with address and "
         "tcp port",
         8},
        {"dns one host address tcp",
         se("  hosts: [a.com]\n  addresses: [1.1.1.1]\n  resolution: DNS\n  ports:\n  - {name: t, "
            "number: 1, protocol: TCP}\n"),
         "SE-DNS-MULTIHOST-ADDRESS-TCP", "", 0},
        {"port name duplicate",
         se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 1}\n  - {name: a, number: 2}\n"),
         "SE-PORT-NAME-DUP", "service entry port name \"a\" already defined", 10},
        {"port names distinct",
         se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 1}\n  - {name: b, number: 2}\n"),
         "SE-PORT-NAME-DUP", "", 0},
        {"port number duplicate",
         se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 1}\n  - {name: b, number: 1}\n"),
         "SE-PORT-NUMBER-DUP", "service entry port 1 already defined", 10},
        {"port numbers distinct",
         se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 1}\n  - {name: b, number: 2}\n"),
         "SE-PORT-NUMBER-DUP", "", 0},
        {"target port range",
         se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 1, targetPort: 70000}\n"),
         "SE-PORT-TARGET-RANGE", "port number 70000 must be in the range 1..65535", 9},
        {"target port zero is unset",
         se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 1, targetPort: 0}\n"),
         "SE-PORT-TARGET-RANGE", "", 0},
        {"tcp port resolution none",
         se("  hosts: [a.com]\n  ports:\n  - name: db\n    number: 5432\n    protocol: TCP\n"),
         "SE-PORT-TCP-NEEDS-ADDRESS",
         "addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation "
         "is not enabled",
         11},
        {"tcp port opted out",
         seMeta("  labels:\n    networking.istio.io/enable-autoallocate-ip: \"False\"\n",
                "  hosts: [a.com]\n  resolution: DNS\n  ports:\n  - name: db\n    number: 5432\n"),
         "SE-PORT-TCP-NEEDS-ADDRESS",
         "addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation "
         "is not enabled",
         12},
        {"tcp port flag off",
         se("  hosts: [a.com]\n  resolution: DNS\n  ports:\n  - {name: db, number: 5432, protocol: "
            "TCP}\n"),
         "SE-PORT-TCP-NEEDS-ADDRESS",
         "addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation "
         "is not enabled",
         10, "noautoalloc"},
        {"lower-case tcp",
         se("  hosts: [a.com]\n  ports:\n  - {name: db, number: 5432, protocol: tcp}\n"),
         "SE-PORT-TCP-NEEDS-ADDRESS", "", 0},
        {"tcp port auto-allocated",
         se("  hosts: [a.com]\n  resolution: DNS\n  ports:\n  - {name: db, number: 5432, protocol: "
            "TCP}\n"),
         "SE-PORT-TCP-NEEDS-ADDRESS", "", 0},
        {"port name syntax", se("  hosts: [a.com]\n  ports:\n  - {name: Http_1, number: 1}\n"),
         "SE-PORT-NAME", "invalid port name: Http_1", 9},
        {"port name missing", se("  hosts: [a.com]\n  ports:\n  - {number: 1}\n"), "SE-PORT-NAME",
         "invalid port name: ", 9},
        {"port name upper case", se("  hosts: [a.com]\n  ports:\n  - {name: HTTP-1, number: 1}\n"),
         "SE-PORT-NAME", "", 0},
        {"protocol hbone",
         se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 1, protocol: HBONE}\n"),
         "SE-PORT-PROTOCOL", "unsupported protocol: HBONE", 9},
        {"protocol udp",
         se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 1, protocol: udp}\n"),
         "SE-PORT-PROTOCOL", "", 0},
        {"port number zero", se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 0}\n"),
         "SE-PORT-NUMBER-RANGE", "port number 0 must be in the range 1..65535", 9},
        {"port number missing", se("  hosts: [a.com]\n  ports:\n  - {name: a}\n"),
         "SE-PORT-NUMBER-RANGE", "port number 0 must be in the range 1..65535", 9},
        {"port number max", se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 65535}\n"),
         "SE-PORT-NUMBER-RANGE", "", 0},
        {"dynamic dns https",
         se("  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n  ports:\n  - {name: a, number: "
            "443, protocol: HTTPS}\n"),
         "SE-DYNDNS-PROTOCOL",
         "only HTTP, TLS, GRPC, and HTTP2 protocols are supported for resolution type DYNAMIC_DNS",
         10},
        {"dynamic dns unset protocol",
         se("  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n  ports:\n  - {name: a, number: "
            "443}\n"),
         "SE-DYNDNS-PROTOCOL",
         "only HTTP, TLS, GRPC, and HTTP2 protocols are supported for resolution type DYNAMIC_DNS",
         10},
        {"dynamic dns tls",
         se("  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n  ports:\n  - {name: a, number: "
            "443, protocol: TLS}\n"),
         "SE-DYNDNS-PROTOCOL", "", 0},
        {"none with endpoints",
         se("  hosts: [a.com]\n  resolution: NONE\n  endpoints:\n  - address: 1.1.1.1\n"),
         "SE-NONE-NO-ENDPOINTS", "no endpoints should be provided for resolution type none", 9},
        {"none with empty endpoints", se("  hosts: [a.com]\n  endpoints: []\n"),
         "SE-NONE-NO-ENDPOINTS", "", 0},
        {"dnsrr two endpoints",
         se("  hosts: [a.com]\n  resolution: DNS_ROUND_ROBIN\n  endpoints: [{address: a.com}, "
            "{address: b.com}]\n"),
         "SE-DNSRR-MAX-ONE-ENDPOINT",
         "there must only be 0 or 1 endpoint for resolution mode DNS_ROUND_ROBIN", 9},
        {"dnsrr one",
         se("  hosts: [a.com]\n  resolution: DNS_ROUND_ROBIN\n  endpoints: [{address: a.com}]\n"),
         "SE-DNSRR-MAX-ONE-ENDPOINT", "", 0},
        {"dns unix endpoint",
         se("  hosts: [a.com]\n  resolution: DNS\n  endpoints:\n  - address: unix:///sock\n"),
         "SE-DNS-EP-ADDRESS",
         "endpoint address \"unix:///sock\" is not a valid FQDN or an IP address", 10},
        {"dns network-only endpoint",
         se("  hosts: [a.com]\n  resolution: DNS\n  endpoints:\n  - network: n1\n"),
         "SE-DNS-EP-ADDRESS", "endpoint address \"\" is not a valid FQDN or an IP address", 10},
        {"dns name endpoint",
         se("  hosts: [a.com]\n  resolution: DNS\n  endpoints:\n  - address: db.example.com\n"),
         "SE-DNS-EP-ADDRESS", "", 0},
        {"dynamic dns endpoints",
         se("  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n  endpoints:\n  - address: "
            "1.1.1.1\n"),
         "SE-DYNDNS-NO-ENDPOINTS",
         "endpoints cannot be set for resolution type DYNAMIC_DNS. Destination IP address "
         "determined from "
         "hostsfield values",
         9},
        {"dynamic dns no endpoints", se("  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n"),
         "SE-DYNDNS-NO-ENDPOINTS", "", 0},
        {"dynamic dns numeric location",
         se("  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n  location: 5\n"),
         "SE-DYNDNS-LOCATION",
         "location must be MESH_EXTERNAL or MESH_INTERNAL for resolution type DYNAMIC_DNS", 9},
        {"dynamic dns internal",
         se("  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n  location: MESH_INTERNAL\n"),
         "SE-DYNDNS-LOCATION", "", 0},
        {"dynamic dns waypoint",
         seMeta("  labels:\n    istio.io/use-waypoint: wp\n",
                "  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n  location: MESH_INTERNAL\n"),
         "SE-DYNDNS-INTERNAL-WAYPOINT",
         "location MESH_INTERNAL with resolution type DYNAMIC_DNS is not supported when using "
         "waypoints",
         11},
        {"dynamic dns waypoint none",
         seMeta("  labels:\n    istio.io/use-waypoint: None\n",
                "  hosts: [\"*.a.com\"]\n  resolution: DYNAMIC_DNS\n  location: MESH_INTERNAL\n"),
         "SE-DYNDNS-INTERNAL-WAYPOINT", "", 0},
        {"resolution number unknown", se("  hosts: [a.com]\n  resolution: 9\n"),
         "SE-RESOLUTION-UNKNOWN", "unsupported resolution type ", 8},
        {"resolution number known", se("  hosts: [a.com]\n  resolution: 1\n"),
         "SE-RESOLUTION-UNKNOWN", "", 0},
        // validateExportTo stores `.` under the namespace's key: the namespace after `.` is a
        // plain repeat; only a `.` that comes second gets the `.` wording.
        {"exportTo dot then namespace", se("  hosts: [a.com]\n  exportTo: [\".\", ns]\n"),
         "SE-EXPORTTO-DUP", "duplicate entries in exportTo for entry ns", 8},
        {"exportTo namespace then dot", se("  hosts: [a.com]\n  exportTo: [ns, \".\"]\n"),
         "SE-EXPORTTO-DUP", "duplicate entries in exportTo: . and current namespace ns", 8},
        {"exportTo dot twice", se("  hosts: [a.com]\n  exportTo: [\".\", \".\"]\n"),
         "SE-EXPORTTO-DUP", "duplicate entries in exportTo: . and current namespace ns", 8},
        {"exportTo repeated", se("  hosts: [a.com]\n  exportTo: [a, a]\n"), "SE-EXPORTTO-DUP",
         "duplicate entries in exportTo for entry a", 8},
        {"exportTo distinct", se("  hosts: [a.com]\n  exportTo: [a, b, \".\"]\n"),
         "SE-EXPORTTO-DUP", "", 0},
        {"protocol in lower case",
         se("  hosts: [a.com]\n  ports:\n  - {name: https, number: 443, protocol: https}\n"),
         "ME-PROTOCOL-CASE",
         "protocol \"https\" is Istio's HTTPS written in another case: Istio reads it, but "
         "checks that compare the text (the webhook's address warning looks for \"TCP\") do "
         "not: write HTTPS",
         9},
        {"protocol as Istio spells it",
         se("  hosts: [a.com]\n  ports:\n  - {name: grpc-web, number: 80, protocol: GRPC-Web}\n"),
         "ME-PROTOCOL-CASE", "", 0},
        {"port name of another protocol",
         se("  hosts: [a.com]\n  ports:\n  - {name: http-api, number: 5432, protocol: TCP}\n"),
         "ME-PORT-NAME-CONVENTION",
         "port name \"http-api\" says HTTP, but the port's protocol is TCP: people and tools "
         "that read <protocol>[-suffix] names take it for HTTP",
         9},
        {"port name of the same kind of protocol",
         se("  hosts: [a.com]\n  ports:\n  - {name: https, number: 443, protocol: TLS}\n"
            "  - {name: redis, number: 6379, protocol: TCP}\n  - {name: db, number: 1, protocol: "
            "TCP}\n  - {name: http-proxy-2, number: 80, protocol: HTTP_PROXY}\n"),
         "ME-PORT-NAME-CONVENTION", "", 0},
        {"exportTo value", se("  hosts: [a.com]\n  exportTo: [a_b]\n"), "SE-EXPORTTO-VALUE",
         "only .,*, or a valid DNS 1123 label is allowed as exportTo entry", 8},
        {"exportTo upper case", se("  hosts: [a.com]\n  exportTo: [Team-A]\n"), "SE-EXPORTTO-VALUE",
         "", 0},
        {"exportTo star and more", se("  hosts: [a.com]\n  exportTo: [\"*\", a]\n"),
         "SE-EXPORTTO-STAR-EXCLUSIVE",
         "cannot have both public (*) and non-public exportTo values for a resource", 8},
        {"exportTo star", se("  hosts: [a.com]\n  exportTo: [\"*\"]\n"),
         "SE-EXPORTTO-STAR-EXCLUSIVE", "", 0},
        {"exportTo none and more", se("  hosts: [a.com]\n  exportTo: [\"~\", a]\n"),
         "SE-EXPORTTO-NONE-EXCLUSIVE", "cannot export service entry to no one (~) and someone", 8},
        {"exportTo none", se("  hosts: [a.com]\n  exportTo: [\"~\"]\n"),
         "SE-EXPORTTO-NONE-EXCLUSIVE", "", 0},

        {"static endpoint without address",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints:\n  - labels: {app: web}\n"),
         "SE-EP/WE-ADDRESS-REQUIRED", "address is required", 10},
        {"static endpoint with address",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints:\n  - address: 1.1.1.1\n"),
         "SE-EP/WE-ADDRESS-REQUIRED", "", 0},
        {"static endpoint network only",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints:\n  - network: n1\n"),
         "SE-EP/WE-ADDRESS-NETWORK-ONLY", "address is unset with network \"n1\"", 10},
        {"static endpoint address and network",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints:\n  - {address: 1.1.1.1, network: "
            "n1}\n"),
         "SE-EP/WE-ADDRESS-NETWORK-ONLY", "", 0},
        {"static endpoint relative socket",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: a, number: 1}]\n  "
            "endpoints:\n  - address: unix://rel\n"),
         "SE-EP/WE-UDS-PATH", "rel is not an absolute path to a file", 11},
        {"static endpoint socket",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: a, number: 1}]\n  "
            "endpoints:\n  - address: unix:///s\n"),
         "SE-EP/WE-UDS-PATH", "", 0},
        {"static endpoint socket with ports",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: a, number: 1}]\n  "
            "endpoints:\n  - address: unix:///s\n    ports: {a: 80}\n"),
         "SE-EP/WE-UDS-NO-PORTS", "unix endpoint unix:///s must not include ports", 12},
        {"static endpoint socket without ports",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: a, number: 1}]\n  "
            "endpoints:\n  - address: unix:///s\n"),
         "SE-EP/WE-UDS-NO-PORTS", "", 0},
        {"static endpoint host name",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints:\n  - address: db.example.com\n"),
         "SE-EP/WE-ADDRESS-IP-ONLY",
         "endpoint address \"db.example.com\" is not a valid IP address", 10},
        {"static endpoint ipv6",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints:\n  - address: \"2001:db8::1\"\n"),
         "SE-EP/WE-ADDRESS-IP-ONLY", "", 0},
        {"endpoint port undefined",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: http, number: 80}]\n  "
            "endpoints:\n  - address: 1.1.1.1\n    ports: {grpc: 9090}\n"),
         "SE-EP/WE-PORT-UNDEFINED", "endpoint port 9090 is not defined by the service entry", 12},
        {"dns endpoint port undefined",
         se("  hosts: [a.com]\n  resolution: DNS\n  ports: [{name: http, number: 80}]\n  "
            "endpoints:\n  - address: b.com\n    ports: {grpc: 9090}\n"),
         "SE-EP/WE-PORT-UNDEFINED", "endpoint port 9090 is not defined by the service entry", 12},
        {"endpoint port defined",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: http, number: 80}]\n  "
            "endpoints:\n  - address: 1.1.1.1\n    ports: {http: 8080}\n"),
         "SE-EP/WE-PORT-UNDEFINED", "", 0},
        {"endpoint port name",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: http, number: 80}]\n  "
            "endpoints:\n  - address: 1.1.1.1\n    ports: {bad_name: 8080}\n"),
         "SE-EP/WE-PORT-NAME", "invalid port name: bad_name", 12},
        {"endpoint port name fine",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: http, number: 80}]\n  "
            "endpoints:\n  - address: 1.1.1.1\n    ports: {http: 8080}\n"),
         "SE-EP/WE-PORT-NAME", "", 0},
        {"endpoint port range",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: http, number: 80}]\n  "
            "endpoints:\n  - address: 1.1.1.1\n    ports: {http: 0}\n"),
         "SE-EP/WE-PORT-RANGE", "port number 0 must be in the range 1..65535", 12},
        {"endpoint port in range",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: http, number: 80}]\n  "
            "endpoints:\n  - address: 1.1.1.1\n    ports: {http: 1}\n"),
         "SE-EP/WE-PORT-RANGE", "", 0},
        {"endpoint label key",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints:\n  - address: 1.1.1.1\n    "
            "labels: {a/b/c: x}\n"),
         "SE-EP/WE-LABELS", "invalid tag key: \"a/b/c\"", 11},
        {"endpoint labels fine",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints:\n  - address: 1.1.1.1\n    "
            "labels: {Team: A_1}\n"),
         "SE-EP/WE-LABELS", "", 0},
        {"socket endpoint two ports",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: a, number: 1}, {name: b, "
            "number: 2}]\n  endpoints:\n  - address: unix:///s\n"),
         "SE-EP/WE-UDS-ONE-SERVICE-PORT", "exactly 1 service port required for unix endpoints", 11},
        {"socket endpoint no ports",
         se("  hosts: [a.com]\n  resolution: STATIC\n  endpoints:\n  - address: unix:///s\n"),
         "SE-EP/WE-UDS-ONE-SERVICE-PORT", "exactly 1 service port required for unix endpoints", 10},
        {"socket endpoint one port",
         se("  hosts: [a.com]\n  resolution: STATIC\n  ports: [{name: a, number: 1}]\n  "
            "endpoints:\n  - address: unix:///s\n"),
         "SE-EP/WE-UDS-ONE-SERVICE-PORT", "", 0},

        {"we without address", we("  labels: {app: web}\n"), "WE-ADDRESS-REQUIRED",
         "address is required", 6},
        {"we with address", we("  address: 10.0.0.1\n"), "WE-ADDRESS-REQUIRED", "", 0},
        {"we network only", we("  network: n1\n"), "WE-ADDRESS-NETWORK-ONLY",
         "address is unset with network \"n1\"", 7},
        {"we address and network", we("  address: 10.0.0.1\n  network: n1\n"),
         "WE-ADDRESS-NETWORK-ONLY", "", 0},
        {"we bare socket", we("  address: unix://\n"), "WE-UDS-PATH",
         "unix address must not be empty", 7},
        {"we abstract socket", we("  address: unix://@name\n"), "WE-UDS-PATH", "", 0},
        {"we socket with ports", we("  address: unix:///s\n  ports: {http: 80}\n"),
         "WE-UDS-NO-PORTS", "unix endpoint unix:///s must not include ports", 8},
        {"we socket without ports", we("  address: unix:///s\n"), "WE-UDS-NO-PORTS", "", 0},
        {"we host and port", we("  address: host:8080\n"), "WE-ADDRESS-FORMAT",
         "endpoint address \"host:8080\" is not a valid FQDN or an IP address", 7},
        {"we fqdn", we("  address: vm.example.com\n"), "WE-ADDRESS-FORMAT", "", 0},
        {"we port name", we("  address: 10.0.0.1\n  ports:\n    \"-bad\": 80\n"), "WE-PORT-NAME",
         "invalid port name: -bad", 9},
        {"we port name fine", we("  address: 10.0.0.1\n  ports:\n    http: 80\n"), "WE-PORT-NAME",
         "", 0},
        {"we port zero", we("  address: 10.0.0.1\n  ports:\n    http: 0\n"), "WE-PORT-RANGE",
         "port number 0 must be in the range 1..65535", 9},
        {"we port fine", we("  address: 10.0.0.1\n  ports:\n    http: 80\n"), "WE-PORT-RANGE", "",
         0},
        {"we label value", we("  address: 10.0.0.1\n  labels:\n    app: \"a b\"\n"), "WE-LABELS",
         "invalid tag value: \"a b\"", 9},
        {"we labels fine", we("  address: 10.0.0.1\n  labels:\n    app: A_b.c\n"), "WE-LABELS", "",
         0},

        {"analyze sees what dry-run hides",
         seMeta("  annotations:\n    istio.io/dry-run: \"true\"\n", "  hosts: []\n"), "IST0106",
         "Schema validation error: service entry must have at least one host", 9},
        {"analyze agrees", se("  hosts: []\n"), "IST0106", "", 0},
        {"analyze warning hidden by dry-run",
         seMeta("  annotations:\n    istio.io/dry-run: \"true\"\n", "  hosts: [\"*x\"]\n"),
         "IST0133", "Schema validation warning: partial wildcard \"*x\" not allowed", 9},
        {"analyze warning agrees", se("  hosts: [\"*x\"]\n"), "IST0133", "", 0},
        {"analyze ignores the opt-out label",
         seMeta("  labels:\n    networking.istio.io/enable-autoallocate-ip: \"false\"\n",
                "  hosts: [a.com]\n  resolution: DNS\n  ports:\n  - {name: db, number: 5432, "
                "protocol: TCP}\n"),
         "IST0133", "", 0},
        {"addresses for lower-case tcp",
         se("  hosts: [a.com]\n  resolution: DNS\n  ports:\n  - {name: db, number: 5432, protocol: "
            "tcp}\n"),
         "IST0134", "ServiceEntry addresses are required for this protocol.", 10},
        {"addresses present",
         se("  hosts: [a.com]\n  addresses: [10.0.0.1]\n  ports:\n  - {name: db, number: 5432, "
            "protocol: TCP}\n"),
         "IST0134", "", 0},
        {"auto-allocated address in status",
         se("  hosts: [a.com]\n  resolution: DNS\n  ports:\n  - {name: db, number: "
            "5432}\nstatus:\n  addresses:\n  - value: 240.240.0.1\n"),
         "IST0134", "", 0},
        {"negative waypoint condition",
         se("  hosts: [a.com]\nstatus:\n  conditions:\n  - type: istio.io/WaypointBound\n    "
            "status: \"False\"\n    reason: NotFound\n    message: no waypoint\n"),
         "IST0171",
         "A condition with a negative status is present: type=istio.io/WaypointBound, "
         "reason=NotFound, message=no waypoint.",
         10},
        {"positive waypoint condition",
         se("  hosts: [a.com]\nstatus:\n  conditions:\n  - type: istio.io/WaypointBound\n    "
            "status: \"True\"\n"),
         "IST0171", "", 0},
        {"conflicting protocols", twoEntries.arg(QStringLiteral("HTTPS")), "IST0177",
         "Multiple ServiceEntries (ns/other, ns/se) define the same host \"a.com\" and port 80 "
         "with "
         "conflicting protocols (HTTP, HTTPS).",
         4},
        {"same protocol", twoEntries.arg(QStringLiteral("http")), "IST0177", "", 0},

        {"duplicate key", se("  hosts: [a.com]\n  hosts: [b.com]\n"), "ME-DUPLICATE-KEY",
         "mapping key \"hosts\" is already defined in this mapping; Kubernetes keeps only the last "
         "value",
         8},
        {"no duplicate key", se("  hosts: [a.com]\n"), "ME-DUPLICATE-KEY", "", 0},
        {"yaml 1.1 float label", seMeta("  labels:\n    version: 1.0\n", "  hosts: [a.com]\n"),
         "ME-YAML11-TYPING",
         "Kubernetes reads the unquoted value 1.0 as the integer 1, not as the string \"1.0\": "
         "quote it",
         7},
        {"yaml 1.1 boolean annotation",
         seMeta("  annotations:\n    example.com/enabled: on\n", "  hosts: [a.com]\n"),
         "ME-YAML11-TYPING",
         "Kubernetes reads the unquoted value on as the boolean true, not as the string \"on\": "
         "quote it",
         7},
        {"yaml 1.1 octal port", se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 0443}\n"),
         "ME-YAML11-TYPING",
         "Kubernetes reads 0443 as the integer 291: write the number in plain decimal", 9},
        {"yaml 1.1 hex port", se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 0x50}\n"),
         "ME-YAML11-TYPING",
         "Kubernetes reads 0x50 as the integer 80: write the number in plain decimal", 9},
        {"yaml 1.1 quoted",
         seMeta("  labels:\n    version: \"1.0\"\n    enabled: \"on\"\n", "  hosts: [a.com]\n"),
         "ME-YAML11-TYPING", "", 0},
        {"exportTo unknown namespace", se("  hosts: [a.com]\n  exportTo: [\".\", a, b]\n"),
         "ME-EXPORTTO-UNKNOWN-NAMESPACE", "exportTo names namespace \"b\", which does not exist", 8,
         "namespaces=ns,a"},
        {"exportTo known namespaces", se("  hosts: [a.com]\n  exportTo: [\".\", a]\n"),
         "ME-EXPORTTO-UNKNOWN-NAMESPACE", "", 0, "namespaces=ns,a"},
        {"exportTo namespaces unknown", se("  hosts: [a.com]\n  exportTo: [b]\n"),
         "ME-EXPORTTO-UNKNOWN-NAMESPACE", "", 0},
        {"duplicate name", se("  hosts: [a.com]\n") + "---\n" + se("  hosts: [b.com]\n"),
         "ME-DUPLICATE-NAME",
         "ServiceEntry ns/se is defined 2 times in the open files; applying them keeps only the "
         "last one",
         4},
        {"distinct names",
         se("  hosts: [a.com]\n") + "---\n" +
             se("  hosts: [b.com]\n").replace("name: se", "name: se2"),
         "ME-DUPLICATE-NAME", "", 0},
        // Istio merges ServiceEntries of one host and namespace when resolution, labels,
        // workloadSelector and exportTo agree (sidecar.go:canMergeServices): no finding.
        {"host on other ports, merged",
         twoEntries.arg(QStringLiteral("HTTP"))
             .replace(QStringLiteral("number: 80, protocol: HTTP}\n---"),
                      QStringLiteral("number: 8080, protocol: HTTP}\n---")),
         "ME-HOST-PORTS-DIFFER", "", 0},
        {"host on other ports, same labels and selector",
         hostPair("  resolution: STATIC\n  workloadSelector: {labels: {app: a}}\n",
                  "  resolution: STATIC\n  workloadSelector: {labels: {app: a}}\n",
                  "  labels: {team: a}\n", "  labels: {team: a}\n"),
         "ME-HOST-PORTS-DIFFER", "", 0},
        {"Istio's TestServiceEntryMerge", istioServiceEntryMerge, "ME-HOST-PORTS-DIFFER", "", 0},
        {"resolution differs",
         hostPair("  resolution: DNS\n", "  resolution: STATIC\n  endpoints: [{address: "
                                         "10.0.0.1}]\n"),
         "ME-HOST-PORTS-DIFFER",
         "host \"a.com\" is also defined in namespace \"ns\" by ServiceEntry ns/web "
         "(resolution differs: DNS here, STATIC there), and Istio merges ServiceEntries of one "
         "host and namespace only when resolution, labels, workloadSelector and exportTo agree: "
         "it keeps this ServiceEntry for the host (the older one wins; neither has a "
         "creationTimestamp, so the first by name is assumed), and port "
         "8080 of ns/web is lost (sidecars get a listener but no cluster for it)",
         7},
        {"resolution differs, on the entry that loses",
         hostPair("  resolution: DNS\n", "  resolution: STATIC\n  endpoints: [{address: "
                                         "10.0.0.1}]\n"),
         "ME-HOST-PORTS-DIFFER",
         "host \"a.com\" is also defined in namespace \"ns\" by ServiceEntry ns/se "
         "(resolution differs: STATIC here, DNS there), and Istio merges ServiceEntries of one "
         "host and namespace only when resolution, labels, workloadSelector and exportTo agree: "
         "it keeps ns/se for the host (the older one wins; neither has a "
         "creationTimestamp, so the first by name is assumed), and port "
         "8080 of this ServiceEntry is lost (sidecars get a listener but no cluster for it)",
         17},
        {"labels differ", hostPair("", "", "  labels: {team: a}\n"), "ME-HOST-PORTS-DIFFER",
         "host \"a.com\" is also defined in namespace \"ns\" by ServiceEntry ns/se "
         "(metadata.labels differ: no team here, team=a there), and Istio merges ServiceEntries "
         "of one host and namespace only when resolution, labels, workloadSelector and exportTo "
         "agree: it keeps ns/se for the host (the older one wins; neither has a "
         "creationTimestamp, so the first by name is assumed), and port "
         "8080 of this ServiceEntry is lost (sidecars get a listener but no cluster for it)",
         17},
        {"workloadSelector differs",
         hostPair("  resolution: STATIC\n  workloadSelector: {labels: {app: a}}\n",
                  "  resolution: STATIC\n  workloadSelector: {labels: {app: b}}\n",
                  "  creationTimestamp: \"2025-01-01T00:00:00Z\"\n",
                  "  creationTimestamp: \"2024-01-01T00:00:00Z\"\n"),
         "ME-HOST-PORTS-DIFFER",
         "host \"a.com\" is also defined in namespace \"ns\" by ServiceEntry ns/web "
         "(workloadSelector differs: app=a here, app=b there), and Istio merges ServiceEntries "
         "of one host and namespace only when resolution, labels, workloadSelector and exportTo "
         "agree: it keeps ns/web for the host (it was created earlier), and port 80 of this "
         "ServiceEntry is lost (sidecars get a listener but no cluster for it)",
         8},
        {"exportTo differs", hostPair("", "  exportTo: [\".\"]\n"), "ME-HOST-PORTS-DIFFER",
         "host \"a.com\" is also defined in namespace \"ns\" by ServiceEntry ns/web "
         "(exportTo differs: not set here, [.] there), and Istio merges ServiceEntries of one "
         "host and namespace only when resolution, labels, workloadSelector and exportTo agree: "
         "it keeps ns/web for the host (it is exported to the namespace explicitly, which "
         "puts it before public entries), and port 80 of this ServiceEntry is lost (sidecars "
         "get a listener but no cluster for it)",
         7},
        {"exportTo differs as written", hostPair("  exportTo: [\".\"]\n", "  exportTo: [ns]\n"),
         "ME-HOST-PORTS-DIFFER",
         "host \"a.com\" is also defined in namespace \"ns\" by ServiceEntry ns/web "
         "(exportTo differs: [.] here, [ns] there), and Istio merges ServiceEntries of one host "
         "and namespace only when resolution, labels, workloadSelector and exportTo agree: it "
         "keeps this ServiceEntry for the host (the older one wins; neither has a "
         "creationTimestamp, so the first by name is assumed), and port "
         "8080 of ns/web is lost (sidecars get a listener but no cluster for it)",
         7},
        {"not merged, but no sidecar sees both",
         hostPair("  resolution: DNS\n  exportTo: [a]\n", "  exportTo: [b]\n"),
         "ME-HOST-PORTS-DIFFER", "", 0},
        {"not merged, but no port lost",
         hostPair("  resolution: DNS\n", "")
             .replace(
                 QStringLiteral("number: 80, name: http, protocol: HTTP}]\n"),
                 QStringLiteral("number: 80, name: http, protocol: HTTP}, {number: 8080, name: "
                                "web, protocol: HTTP}]\n")),
         "ME-HOST-PORTS-DIFFER", "", 0},
        // Across namespaces the routing model's ME-ROUTE-HOST-SHADOWED says who wins.
        {"host on other ports in another namespace",
         hostPair("  resolution: DNS\n", "  resolution: DNS\n")
             .replace(QStringLiteral("name: web\n  namespace: ns"),
                      QStringLiteral("name: web\n  namespace: ns2")),
         "ME-HOST-PORTS-DIFFER", "", 0},
        {"host on same ports", twoEntries.arg(QStringLiteral("HTTP")), "ME-HOST-PORTS-DIFFER", "",
         0},
        {"selector matches nothing",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels: {app: "
            "api}\n"),
         "ME-SELECTOR-NO-MATCH",
         "workloadSelector matches no Pod or WorkloadEntry in namespace \"ns\"", 9, "workloads"},
        {"selector matches a pod",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels: {app: "
            "web}\n"),
         "ME-SELECTOR-NO-MATCH", "", 0, "workloads"},
        {"selector matches an open workload entry",
         selected.arg(QStringLiteral("10.0.0.5"), QStringLiteral("http")), "ME-SELECTOR-NO-MATCH",
         "", 0, "workloads"},
        {"selector matches a pod that is not ready",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels: {app: "
            "db}\n"),
         "ME-SELECTOR-NO-MATCH",
         "workloadSelector selects 1 workload in namespace \"ns\", but Istio makes an endpoint "
         "of none: Pod db-1: not ready (condition Ready is False)",
         9, "workloads"},
        {"selector, workloads unknown",
         se("  hosts: [a.com]\n  resolution: STATIC\n  workloadSelector:\n    labels: {app: "
            "api}\n"),
         "ME-SELECTOR-NO-MATCH", "", 0},
        {"static selects a host name",
         selected.arg(QStringLiteral("vm.example.com"), QStringLiteral("http")),
         "ME-STATIC-FQDN-WORKLOAD",
         "address \"vm.example.com\" is a host name: ServiceEntry ns/se (resolution STATIC) "
         "selects this "
         "WorkloadEntry, but Istio skips it",
         20},
        {"static selects an ip", selected.arg(QStringLiteral("10.0.0.5"), QStringLiteral("http")),
         "ME-STATIC-FQDN-WORKLOAD", "", 0},
        {"workload port unknown", selected.arg(QStringLiteral("10.0.0.5"), QStringLiteral("grpc")),
         "ME-WORKLOAD-PORT-UNKNOWN",
         "port \"grpc\" is not a port of the ServiceEntries selecting this WorkloadEntry (ns/se: "
         "http); Istio ignores it",
         22},
        {"workload port known", selected.arg(QStringLiteral("10.0.0.5"), QStringLiteral("http")),
         "ME-WORKLOAD-PORT-UNKNOWN", "", 0},
        // The routing model's conflicts (tst_routingconflicts has more).
        {"no-address tcp port shared",
         se("  hosts: [db.example.com]\n  ports: [{number: 5432, name: pg, protocol: TCP}]\n"
            "  resolution: DNS\n") +
             routingEntry.arg(QStringLiteral("cache.example.com"), QStringLiteral("[10.0.0.7]")),
         "ME-ROUTE-PORT-CAPTURED",
         "Port 5432 of db.example.com (TCP, no addresses) captures all other traffic to port 5432 "
         "for sidecars in ns; other entries on that port: cache.example.com (ns/other)",
         8},
        {"tcp port with an address",
         se("  hosts: [db.example.com]\n  addresses: [10.0.0.8]\n"
            "  ports: [{number: 5432, name: pg, protocol: TCP}]\n  resolution: DNS\n") +
             routingEntry.arg(QStringLiteral("cache.example.com"), QStringLiteral("[10.0.0.7]")),
         "ME-ROUTE-PORT-CAPTURED", "", 0},
        {"same address and port",
         se("  hosts: [a.example.com]\n  addresses: [10.0.0.5]\n"
            "  ports: [{number: 5432, name: pg, protocol: TCP}]\n  resolution: DNS\n") +
             routingEntry.arg(QStringLiteral("b.example.com"), QStringLiteral("[10.0.0.5]")),
         "ME-ROUTE-LISTENER-DROPPED",
         "Port 5432 of b.example.com is dropped from listener 10.0.0.5_5432 for sidecars in ns: "
         "a.example.com (ns/se) has the same filter chain match (all traffic) and comes first: "
         "neither has a creationTimestamp, and a.example.com sorts before b.example.com",
         19},
        {"distinct addresses",
         se("  hosts: [a.example.com]\n  addresses: [10.0.0.5]\n"
            "  ports: [{number: 5432, name: pg, protocol: TCP}]\n  resolution: DNS\n") +
             routingEntry.arg(QStringLiteral("b.example.com"), QStringLiteral("[10.0.0.6]")),
         "ME-ROUTE-LISTENER-DROPPED", "", 0},
        {"host in two namespaces",
         se("  hosts: [api.example.com]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n"
            "  resolution: DNS\n") +
             routingEntry.arg(QStringLiteral("api.example.com"), QStringLiteral("[]"))
                 .replace(QStringLiteral("namespace: ns\n"), QStringLiteral("namespace: ns2\n"))
                 .replace(QStringLiteral("number: 5432, name: pg, protocol: TCP"),
                          QStringLiteral("number: 443, name: tls, protocol: TLS")),
         "ME-ROUTE-HOST-SHADOWED",
         "api.example.com is shadowed for sidecars in ns2 by ServiceEntry ns2/other: an entry in "
         "the sidecar's own namespace wins",
         7},
        {"host not merged in one namespace (ME-HOST-PORTS-DIFFER says so)",
         hostPair("  resolution: DNS\n", "  resolution: STATIC\n  endpoints: [{address: "
                                         "10.0.0.1}]\n"),
         "ME-ROUTE-HOST-SHADOWED", "", 0},
        {"hosts in one namespace each",
         se("  hosts: [api.example.com]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n"
            "  resolution: DNS\n") +
             routingEntry.arg(QStringLiteral("web.example.com"), QStringLiteral("[]"))
                 .replace(QStringLiteral("namespace: ns\n"), QStringLiteral("namespace: ns2\n")),
         "ME-ROUTE-HOST-SHADOWED", "", 0},
        {"sidecar imports a misspelt host",
         se("  hosts: [api.example.com]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n"
            "  resolution: DNS\n") +
             routingSidecar.arg(QStringLiteral("*/api.exmaple.com")),
         "ME-SIDECAR-IMPORT-NOTHING",
         "Egress host \"*/api.exmaple.com\" imports no ServiceEntry visible to sidecars in ns", 18},
        {"sidecar imports the host",
         se("  hosts: [api.example.com]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n"
            "  resolution: DNS\n") +
             routingSidecar.arg(QStringLiteral("*/api.example.com")),
         "ME-SIDECAR-IMPORT-NOTHING", "", 0},
        {"exported where no workload runs",
         se("  hosts: [api.example.com]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n"
            "  resolution: DNS\n  exportTo: [billing]\n---\n") +
             we("  address: 10.0.0.9\n"),
         "ME-EXPORTTO-NO-WORKLOADS",
         "exportTo [\"billing\"] makes this ServiceEntry visible to no namespace that has "
         "workloads (ns)",
         10},
        {"exported to the workloads",
         se("  hosts: [api.example.com]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n"
            "  resolution: DNS\n  exportTo: [\".\"]\n---\n") +
             we("  address: 10.0.0.9\n"),
         "ME-EXPORTTO-NO-WORKLOADS", "", 0},
    };
}

const char *inventoryYaml =
    "apiVersion: v1\nkind: List\nitems:\n"
    "- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: web-1\n    namespace: ns\n"
    "    labels: {app: web}\n  status:\n    podIP: 10.1.0.1\n"
    "    conditions: [{type: Ready, status: \"True\"}]\n"
    "- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: db-1\n    namespace: ns\n"
    "    labels: {app: db}\n  status:\n    podIP: 10.1.0.2\n"
    "    conditions: [{type: Ready, status: \"False\"}]\n";

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private:
    /// Validates yaml as one open file and returns every finding with its 1-based line.
    QList<QPair<Diagnostic, int>> validate(const QString &yaml, const QString &options = {})
    {
        ValidationOptions validationOptions;
        validationOptions.ipAutoallocate = options != u"noautoalloc";
        if (options.startsWith(u"namespaces=")) {
            validationOptions.namespacesKnown = true;
            validationOptions.knownNamespaces = options.mid(11).split(u',');
        }
        WorkloadInventory inventory;
        QString error;
        if (!inventory.addFromBytes(inventoryYaml, QStringLiteral("inventory"), &error))
            qFatal("%s", qPrintable(error));
        const YamlFile file = YamlFile::fromBytes(yaml.toUtf8());
        ValidationWorkspace workspace(validationOptions);
        RoutingModel routing;
        workspace.setExtension(&routing);
        if (options == u"workloads")
            workspace.setInventory(&inventory);
        workspace.addFile(&file, QStringLiteral("test.yaml"));
        workspace.validateAll();
        QList<QPair<Diagnostic, int>> result;
        for (const Diagnostic &diagnostic : workspace.diagnostics())
            result.append({diagnostic, workspace.startPosition(diagnostic).line + 1});
        return result;
    }

    static QString describe(const QList<QPair<Diagnostic, int>> &findings)
    {
        QStringList lines;
        for (const auto &finding : findings)
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(finding.second)
                             .arg(finding.first.rule, finding.first.message));
        return lines.join(u'\n');
    }

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("options");
        for (const RuleCase &c : ruleCases())
            QTest::newRow(qPrintable(c.rule + QStringLiteral(": ") + c.tag))
                << c.yaml << c.rule << c.message << c.line << c.options;
    }

    void rules()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, rule);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(QString, options);
        QVERIFY2(RuleRegistry::instance().find(rule), qPrintable(rule));
        const QList<QPair<Diagnostic, int>> findings = validate(yaml, options);
        bool found = false;
        bool fired = false;
        for (const auto &finding : findings) {
            if (finding.first.rule != rule)
                continue;
            fired = true;
            found = found || (finding.first.message == message && finding.second == line);
        }
        if (message.isEmpty())
            QVERIFY2(!fired, qPrintable(describe(findings)));
        else
            QVERIFY2(found, qPrintable(describe(findings)));
    }

    /// Every rule of the registry has a case that triggers it and one that does not.
    void everyRuleIsTested()
    {
        QSet<QString> triggered;
        QSet<QString> quiet;
        for (const RuleCase &c : ruleCases())
            (c.message.isEmpty() ? quiet : triggered).insert(c.rule);
        for (const Rule &rule : RuleRegistry::instance().rules()) {
            QVERIFY2(triggered.contains(rule.id),
                     qPrintable(rule.id + QStringLiteral(" has no triggering case")));
            QVERIFY2(quiet.contains(rule.id),
                     qPrintable(rule.id + QStringLiteral(" has no quiet case")));
        }
    }

    void metadataRuleReturnsAlone()
    {
        const auto findings = validate(seMeta("  annotations:\n    istio.io/dry-run: \"true\"\n"
                                              "    internal.istio.io/parents: x\n",
                                              "  hosts: [\"*\"]\n  exportTo: [a, a]\n"));
        QStringList webhook;
        for (const auto &finding : findings) {
            if (RuleRegistry::instance().rule(finding.first.rule).layer == RuleLayer::Webhook)
                webhook.append(finding.first.rule);
        }
        QCOMPARE(webhook, QStringList{QStringLiteral("META-DRYRUN")});
    }

    void selectorErrorsDropEverythingElse()
    {
        const auto findings =
            validate(se("  hosts: [\"*\"]\n  workloadSelector:\n    labels:\n      app: \"*\"\n"
                        "      \"\": x\n  ports:\n  - {name: a, number: 0}\n"));
        QStringList webhook;
        for (const auto &finding : findings) {
            if (RuleRegistry::instance().rule(finding.first.rule).layer == RuleLayer::Webhook)
                webhook.append(finding.first.rule);
        }
        QCOMPARE(webhook, QStringList({QStringLiteral("SE-SELECTOR-LABELS"),
                                       QStringLiteral("SE-SELECTOR-LABELS")}));
    }

    void addressRequiredReturnsAlone()
    {
        const auto findings = validate(we("  ports: {\"-bad\": 0}\n  labels: {a: \"b c\"}\n"));
        QStringList webhook;
        for (const auto &finding : findings) {
            if (RuleRegistry::instance().rule(finding.first.rule).layer == RuleLayer::Webhook)
                webhook.append(finding.first.rule);
        }
        QCOMPARE(webhook, QStringList{QStringLiteral("WE-ADDRESS-REQUIRED")});
    }

    void decodeErrorStopsTheWebhook()
    {
        const auto findings = validate(se("  hosts: []\n  resolution: dns\n"));
        QStringList rules;
        for (const auto &finding : findings)
            rules.append(finding.first.rule);
        QVERIFY(rules.contains(QStringLiteral("DECODE-ENUM")));
        QVERIFY(rules.contains(QStringLiteral("CRD-SE-HOSTS-COUNT")));
        QVERIFY2(!rules.contains(QStringLiteral("SE-HOSTS-EMPTY")), qPrintable(rules.join(u' ')));
    }

    /// ISTIO-RULES.md §7: the layers disagree and each reports under its own id.
    void layersDisagree()
    {
        const auto rulesOf = [this](const QString &yaml) {
            QStringList rules;
            for (const auto &finding : validate(yaml))
                rules.append(finding.first.rule);
            return rules;
        };
        QStringList rules =
            rulesOf(se("  hosts: [a.com]\n  ports:\n  - {name: a, number: 1, targetPort: 0}\n"));
        QVERIFY(rules.contains(QStringLiteral("CRD-SE-PORT-TARGET-RANGE")));
        QVERIFY(!rules.contains(QStringLiteral("SE-PORT-TARGET-RANGE")));
        rules = rulesOf(se("  hosts: [\"foo*.com\"]\n"));
        QVERIFY(rules.contains(QStringLiteral("SE-HOST-FORMAT")));
        QVERIFY(!rules.contains(QStringLiteral("CRD-TYPES")));
        rules = rulesOf(we("  address: \"\"\n"));
        QVERIFY(rules.contains(QStringLiteral("WE-ADDRESS-REQUIRED")));
        QVERIFY(!rules.contains(QStringLiteral("CRD-WE-ADDRESS-OR-NETWORK")));
    }

    void annotationSuppresses()
    {
        const QString yaml =
            seMeta("  annotations:\n    galley.istio.io/analyze-suppress: "
                   "IST0134,SE-PORT-TCP-NEEDS-ADDRESS\n",
                   "  hosts: [a.com]\n  ports:\n  - {name: db, number: 5432, protocol: TCP}\n");
        QStringList rules;
        for (const auto &finding : validate(yaml))
            rules.append(finding.first.rule);
        QVERIFY2(rules.isEmpty(), qPrintable(rules.join(u' ')));
        const QString spaced =
            QString(yaml).replace(QStringLiteral(",SE-"), QStringLiteral(", SE-"));
        rules.clear();
        for (const auto &finding : validate(spaced))
            rules.append(finding.first.rule);
        QCOMPARE(rules, QStringList{QStringLiteral("SE-PORT-TCP-NEEDS-ADDRESS")});
        const QString everything = seMeta(
            "  annotations:\n    galley.istio.io/analyze-suppress: \"*\"\n", "  hosts: [\"*\"]\n");
        QVERIFY(validate(everything).isEmpty());
    }

    void optionSuppresses()
    {
        const QString yaml =
            se("  hosts: [a.com]\n  ports:\n  - {name: db, number: 5432, protocol: TCP}\n");
        for (const QString &text :
             {QStringLiteral("IST0134"), QStringLiteral("IST*=ServiceEntry se.ns"),
              QStringLiteral("IST0134=ServiceEntry *.ns")}) {
            Suppression suppression;
            QString error;
            QVERIFY(Suppression::parse(text, &suppression, &error));
            ValidationOptions options;
            options.suppressions.append(suppression);
            const YamlFile file = YamlFile::fromBytes(yaml.toUtf8());
            const DocumentValidator::Result result =
                DocumentValidator::validate(file.document(0), options);
            QStringList rules;
            for (const Diagnostic &diagnostic : result.diagnostics)
                rules.append(diagnostic.rule);
            QCOMPARE(rules, QStringList{QStringLiteral("SE-PORT-TCP-NEEDS-ADDRESS")});
        }
        Suppression other;
        QString error;
        QVERIFY(
            Suppression::parse(QStringLiteral("IST0134=ServiceEntry se.other"), &other, &error));
        QVERIFY(!other.matches(u"IST0134", u"ServiceEntry", u"se", u"ns"));
        QVERIFY(!Suppression::parse(QStringLiteral("IST0134="), &other, &error));
        QVERIFY(!Suppression::parse(QStringLiteral("=Pod a.b"), &other, &error));
    }

    void otherKindsAreSkipped()
    {
        const QString yaml =
            QStringLiteral("apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  foo: 1\n"
                           "---\napiVersion: example.com/v1\nkind: ServiceEntry\nmetadata: {}\n");
        QVERIFY(validate(yaml).isEmpty());
    }

    void standaloneValidationHasNoLocation()
    {
        const YamlFile file = YamlFile::fromBytes(se("  hosts: []\n").toUtf8());
        const DocumentValidator::Result result =
            DocumentValidator::validate(file.document(0), ValidationOptions());
        QVERIFY(!result.diagnostics.isEmpty());
        for (const Diagnostic &diagnostic : result.diagnostics) {
            QCOMPARE(diagnostic.file, -1);
            QCOMPARE(diagnostic.document, -1);
        }
        const Diagnostic &hosts = result.diagnostics.first();
        QCOMPARE(hosts.path.toString(), QStringLiteral("spec.hosts"));
        QCOMPARE(file.document(0).text().mid(hosts.start, hosts.end - hosts.start),
                 QByteArray("hosts"));
    }

    /// Self-referencing aliases, merge cycles and huge mappings cost little and end.
    void hostileInput()
    {
        QString labels;
        for (int i = 0; i < 20000; ++i)
            labels += QStringLiteral("    k%1: v\n").arg(i % 10000);
        const QString huge =
            seMeta(qPrintable(QStringLiteral("  labels:\n") + labels), "  hosts: [a.com]\n");
        QElapsedTimer timer;
        timer.start();
        int duplicates = 0;
        for (const auto &finding : validate(huge))
            duplicates += finding.first.rule == u"ME-DUPLICATE-KEY";
        QCOMPARE(duplicates, 10000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const QString cycles =
            se("  hosts: &h [*h]\n  endpoints: &e [*e]\n  workloadSelector: &w {<<: *w}\n");
        QStringList rules;
        for (const auto &finding : validate(cycles))
            rules.append(finding.first.rule);
        QVERIFY(rules.contains(QStringLiteral("CRD-TYPES")));
    }

    void aliasesAndMergeKeys()
    {
        const QString yaml = QStringLiteral(
            "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: se\n  "
            "namespace: ns\n"
            "spec:\n  hosts: &hosts [a.com]\n  ports:\n  - &web {name: web, number: 80, protocol: "
            "HTTP}\n"
            "  - <<: *web\n    name: web2\n    number: 81\n  subjectAltNames: *hosts\n");
        QStringList rules;
        for (const auto &finding : validate(yaml))
            rules.append(finding.first.rule);
        QVERIFY2(rules.isEmpty(), qPrintable(rules.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
