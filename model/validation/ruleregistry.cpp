#include "ruleregistry.h"

#include "messagetext.h"

namespace MeshEntry {

namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

/// Markdown table cells cannot hold a bare `|` or a line break.
QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

} // namespace

RuleRegistry::RuleRegistry()
{
    const auto add = [this](const char *id, Severity severity, RuleLayer layer, const char *title,
                            const char *trigger, const char *fix) {
        m_index.insert(QString::fromUtf8(id), int(m_rules.size()));
        m_rules.append({QString::fromUtf8(id), severity, layer, QString::fromUtf8(title),
                        QString::fromUtf8(trigger), QString::fromUtf8(fix)});
    };
    using L = RuleLayer;

    add("YAML-SYNTAX", E, L::Syntax, QT_TRANSLATE_NOOP("MeshEntry::Message", "YAML syntax error"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "The document is not well-formed YAML (libyaml's message), nests deeper "
                          "than 500 levels, "
                          "or holds a second document without its own `---`."),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Fix the text at the position shown; the rest of the file is still checked."));

    add("DECODE-TYPE", E, L::Decoding,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Value of the wrong type"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Istio decodes `spec` with protobuf JSON: a value is not of the field's type (a "
            "non-numeric string or a negative or too large number for a uint32, a number for a "
            "string, a scalar for a list or object). The webhook and istioctl answer `error "
            "decoding configuration: …` and run no other check."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Write the value with the type the field table "
                                                "gives (quote strings, unquote numbers)."));
    add("DECODE-ENUM", E, L::Decoding, QT_TRANSLATE_NOOP("MeshEntry::Message", "Unknown enum name"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "`resolution` or `location` names no value of the enum; names are case-sensitive, so "
            "`dns` fails. (A number such as `resolution: 2` decodes, but see "
            "CRD-SE-RESOLUTION-ENUM.)"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use one of the upper-case names listed in the message."));
    add("DECODE-UNKNOWN-FIELD", E, L::Decoding,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Unknown field in spec"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A `spec` key that the protobuf message does not have. `istioctl validate` decodes "
            "strictly and rejects it (`cannot parse proto message`); the webhook drops it "
            "silently, "
            "so the setting has no effect."),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Check the spelling and the nesting against the field table; remove fields Istio does "
            "not know."));

    add("CRD-API-VERSION", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Version not served"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "The apiVersion is networking.istio.io/<version> with a version the CRD does not serve "
            "(v1, v1beta1 and v1alpha3 are served)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use networking.istio.io/v1."));
    add("CRD-SPEC-REQUIRED", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "spec is required"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "The document has no `spec` (or `spec: null`)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Add a spec."));
    add("CRD-TYPES", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Schema type or unknown field"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A value does not have the JSON type of the CRD schema (integer fields must be JSON "
            "integers, so a quoted \"80\" fails; enums must be strings, so `resolution: 2` fails), "
            "or "
            "a field is not in the schema: kubectl's default strict field validation rejects it "
            "(without it the apiserver prunes the field silently)."),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Write the value with the schema's type; remove or correct unknown fields."));
    add("CRD-SE-HOSTS-REQUIRED", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "hosts is required"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A ServiceEntry spec without `hosts`."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Add at least one host."));
    add("CRD-SE-HOSTS-COUNT", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "1 to 256 hosts"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "`hosts` is empty or has more than 256 items."),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Give between 1 and 256 hosts; split larger sets over several ServiceEntries."));
    add("CRD-SE-HOST-NOT-STAR", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Host `*`"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A host is exactly `*` (CEL rule on each host)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Name the hosts, or use a wildcard domain such as `*.example.com`."));
    add("CRD-SE-ADDRESSES", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Address limits"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "More than 256 addresses, or an address longer than 64 characters."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Keep to 256 addresses of at most 64 characters."));
    add("CRD-SE-PORTS-LISTMAP", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Port name and number required, names unique"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "`ports` is a list-map keyed by `name`: an item without `name` or "
                          "`number`, a name used "
                          "twice (`Duplicate value`), or more than 256 ports."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Give every port a unique name and a number."));
    add("CRD-SE-PORT-NUMBER-UNIQUE", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Port numbers unique"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Two ports have the same number (CEL rule on the list)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use each port number once."));
    add("CRD-SE-PORT-NUMBER-RANGE", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Port number 1-65535"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A port `number` outside 1..65535 (CEL), or outside 0..4294967295 (schema)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use a port number between 1 and 65535."));
    add("CRD-SE-PORT-TARGET-RANGE", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "targetPort 1-65535 when present"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A `targetPort` that is present and outside 1..65535. An explicit `targetPort: 0` is "
            "rejected here although the webhook treats 0 as unset."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Remove targetPort or give a port between 1 and 65535."));
    add("CRD-SE-PORT-STRLEN", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Port name and protocol length"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "A port `name` or `protocol` longer than 256 characters."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Shorten it."));
    add("CRD-SE-LOCATION-ENUM", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "location value"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "`location` is not MESH_EXTERNAL or MESH_INTERNAL (case-sensitive)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use MESH_EXTERNAL or MESH_INTERNAL."));
    add("CRD-SE-RESOLUTION-ENUM", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "resolution value"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "`resolution` is not one of NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS "
            "(case-sensitive)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use one of the listed names."));
    add("CRD-SE-ENDPOINTS-COUNT", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "At most 4096 endpoints"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "More than 4096 endpoints."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Split the endpoints, or use a workloadSelector."));
    add("CRD-SE-SELECTOR-LABELS", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Selector label limits"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "More than 256 selector labels, a selector value longer than 63 characters, or a value "
            "containing `*`."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use exact label values of at most 63 characters."));
    add("CRD-SE-ONEOF", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "workloadSelector or endpoints"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Both `workloadSelector` and `endpoints` are "
                                                "present; `endpoints: []` counts as present "
                                                "here although the webhook ignores it."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Keep one of them; delete the other key entirely."));
    add("CRD-SE-CIDR", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "CIDR needs NONE or STATIC"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "An address contains `/` and the resolution is neither NONE (the default) nor STATIC."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use plain IP addresses, or resolution NONE or STATIC."));
    add("CRD-SE-NONE-ENDPOINTS", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "NONE with endpoints"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution NONE (or absent) and an `endpoints` key, even `endpoints: []`."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Remove the endpoints key, or choose STATIC or DNS resolution."));
    add("CRD-SE-DNSRR-ENDPOINTS", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DNS_ROUND_ROBIN with several endpoints"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Resolution DNS_ROUND_ROBIN with more than one endpoint."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Keep one endpoint, or use resolution DNS."));
    add("CRD-WE-ADDRESS-LEN", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Address length"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "A WorkloadEntry or endpoint `address` longer than 256 characters."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Shorten it."));
    add("CRD-WE-UDS-ABS", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "unix:// path must be absolute"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "An address `unix://x` where the path does not start with `/` or `@` (for a bare "
            "`unix://` the CEL rule fails to evaluate, which also rejects the object)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Write unix:///absolute/path or unix://@abstract-name."));
    add("CRD-WE-UDS-NOT-DIR", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "unix:// path must not end in /"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A `unix://` address ending with `/`."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Name the socket file, not its directory."));
    add("CRD-WE-ADDRESS-OR-NETWORK", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Address or network present"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Neither `address` nor `network` is present. Presence is what counts: `address: \"\"` "
            "passes here but not in the webhook."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Give the workload's address, or its network."));
    add("CRD-WE-UDS-NO-PORTS", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "unix:// without ports"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A `unix://` address together with a `ports` key."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Remove ports."));
    add("CRD-WE-PORTS", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Endpoint port map"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "More than 128 ports, a port value outside 1..65535, or a port name longer than 62 "
            "characters or not a DNS-1123 label (CEL rules on the map)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use service port names as keys and port numbers 1-65535 as values."));
    add("CRD-WE-LABELS", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "At most 256 labels"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "More than 256 labels on a WorkloadEntry or endpoint."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Remove labels."));
    add("CRD-WE-STRLEN", E, L::Apiserver, QT_TRANSLATE_NOOP("MeshEntry::Message", "String lengths"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "`network` or `locality` longer than 2048 "
                                                "characters, or `serviceAccount` longer than 253."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Shorten the value."));
    add("CRD-WE-WEIGHT", E, L::Apiserver, QT_TRANSLATE_NOOP("MeshEntry::Message", "weight range"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A `weight` outside 0..4294967295."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use a non-negative weight below 2^32."));
    add("CRD-METADATA-NAME", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Object name"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "`metadata.name` is missing, or is not a lowercase DNS-1123 subdomain of at most 253 "
            "characters (Kubernetes' rule; Istio checks nothing more)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use lowercase letters, digits, `-` and `.`, "
                                                "starting and ending with a letter or digit."));
    add("CRD-METADATA-NAMESPACE", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Namespace name"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "`metadata.namespace` is not a lowercase DNS-1123 label of at most 63 characters."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use lowercase letters, digits and `-`."));
    add("CRD-METADATA-LABELS", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Label syntax"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A `metadata.labels` key is not a qualified name "
                                                "(optional DNS prefix and `/`, a name of "
                                                "at most 63 characters), or a value is longer than "
                                                "63 characters or has other characters "
                                                "than letters, digits, `-`, `_` and `.`."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Follow Kubernetes' label syntax."));
    add("CRD-METADATA-ANNOTATIONS", E, L::Apiserver,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Annotation keys"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "A `metadata.annotations` key is not a qualified name."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use keys such as `example.com/name`."));

    add("META-DRYRUN", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "istio.io/dry-run annotation"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Annotation `istio.io/dry-run` is present (only AuthorizationPolicy may "
                          "carry it). This "
                          "is reported alone: the webhook returns it before any other check."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Remove the annotation."));
    add("META-ALWAYS-REJECT", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "webhook-always-reject annotation"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Annotation `internal.istio.io/webhook-always-reject` is present (reported alone)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Remove the annotation."));
    add("META-INTERNAL-PARENT", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Internal parent annotation"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Annotation `internal.istio.io/parent-namespace` or `internal.istio.io/parents` is "
            "present; only Istio may set them (reported alone)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Remove the annotation."));
    add("WEBHOOK-UNKNOWN-FIELD", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Unknown top-level field"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "After every other webhook check passed, a top-level key other than apiVersion, kind, "
            "metadata, spec and status."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Move the key into metadata or spec, or remove it."));

    add("SE-SELECTOR-LABELS", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Selector key empty or wildcard"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A workloadSelector label has an empty key, or `*` in its key or value. When this "
            "fires the webhook returns only these errors: no other error and no warning."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use exact, non-empty label keys and values."));
    add("SE-SELECTOR-EMPTY", W, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Selector without labels"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "`workloadSelector` is present (even `{}`) with no labels: it selects every workload "
            "in the namespace."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Add the labels that identify the service's workloads."));
    add("SE-SELECTOR-XOR-ENDPOINTS", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Selector and endpoints"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "`workloadSelector` is present and `endpoints` is not empty."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use either a workloadSelector or endpoints."));
    add("SE-NONE-SELECTOR", W, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Selector with resolution NONE"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "`workloadSelector` is present and the resolution is NONE (also when absent); Istio "
            "ignores the selector."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Set resolution STATIC (or DNS), or remove the selector."));
    add("SE-HOSTS-EMPTY", E, L::Webhook, QT_TRANSLATE_NOOP("MeshEntry::Message", "No hosts"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "The ServiceEntry has no hosts."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Add at least one host."));
    add("SE-HOST-FULL-WILDCARD", E, L::Webhook, QT_TRANSLATE_NOOP("MeshEntry::Message", "Host `*`"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A host is exactly `*`."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Name the hosts, or use a wildcard domain such as `*.example.com`."));
    add("SE-HOST-FORMAT", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Host name syntax"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A host (other than `*`) is not a domain whose first label may be a wildcard (`*`, "
            "`*foo`, `*-foo`) and whose other labels are DNS-1123 labels; the last label may not "
            "be "
            "all-numeric (`1.1.1.1` fails, `1.1.1.1.` passes); at most 255 characters."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use a DNS name such as `api.example.com` or `*.example.com`."));
    add("SE-HOST-PARTIAL-WILDCARD", W, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Partial wildcard host"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A host contains `*` but is not `*` and does not start with `*.` (such as `*foo.com`); "
            "not reported for DYNAMIC_DNS."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use `*.foo.com`, or list the hosts."));
    add("SE-DNS-HOST-FQDN", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DNS hosts must be FQDNs"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution DNS or DNS_ROUND_ROBIN without endpoints: the first host that is not a "
            "fully "
            "qualified name. Wildcard hosts always fail here, whatever the message says; a "
            "workloadSelector does not help."),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "List fully qualified hosts, add endpoints, or use resolution NONE or DYNAMIC_DNS for "
            "wildcard hosts."));
    add("SE-DYNDNS-HOSTS", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DYNAMIC_DNS needs hosts"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Resolution DYNAMIC_DNS and no hosts."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Add a wildcard host such as `*.example.com`."));
    add("SE-DYNDNS-WILDCARD-HOST", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DYNAMIC_DNS hosts are wildcards"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution DYNAMIC_DNS and a host not starting with `*` (once per host)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use wildcard hosts, or another resolution for exact hosts."));
    add("SE-MULTIHOST-PROTOCOL", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Several hosts need HTTP or TLS ports"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution other than NONE, more than one host, and a port that is neither HTTP-based "
            "(HTTP, HTTP2, HTTP_PROXY, GRPC, GRPC-Web) nor TLS (HTTPS, TLS); an unset protocol "
            "counts as neither."),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Set the port protocols, or split the hosts into one ServiceEntry each."));
    add("SE-ADDRESS-FORMAT", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Address syntax"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "An address is not an IP address (Go netip rules: no leading zeros, zones allowed) or, "
            "with one `/`, not a CIDR block."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Write an IP address or a CIDR block such as 10.0.0.0/24."));
    add("SE-ADDRESS-CIDR-RESOLUTION", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "CIDR needs NONE or STATIC"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "An address contains `/` (even `/32`) and the resolution is neither NONE nor STATIC."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use plain IP addresses, or resolution NONE or STATIC."));
    add("SE-DYNDNS-NO-ADDRESSES", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DYNAMIC_DNS without addresses"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Resolution DYNAMIC_DNS and `addresses` set."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Remove the addresses."));
    add("SE-DNS-MULTIHOST-ADDRESS-TCP", W, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Several hosts with address and TCP"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution DNS or DNS_ROUND_ROBIN, addresses set, more than one host, and a TCP-like "
            "port (TCP, HTTPS, TLS, Mongo, Redis, MySQL)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use one host per ServiceEntry when it has addresses and TCP ports."));
    add("SE-PORT-NAME-DUP", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Duplicate port name"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "A port name (even an empty one) is used by an earlier port."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Give each port its own name."));
    add("SE-PORT-NUMBER-DUP", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Duplicate port number"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A port number is used by an earlier port."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use each number once."));
    add("SE-PORT-TARGET-RANGE", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "targetPort range"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "A non-zero `targetPort` outside 1..65535 (0 means unset)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use a port between 1 and 65535."));
    add("SE-PORT-TCP-NEEDS-ADDRESS", W, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "TCP port without address"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "No addresses, IP auto-allocation does not apply (resolution NONE, or label "
            "`networking.istio.io/enable-autoallocate-ip: \"false\"`), and a port whose protocol "
            "is "
            "exactly `TCP` or unset (case-sensitive: `tcp` does not warn). One warning per port."),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Add an address, or let Istio allocate one (resolution other than NONE)."));
    add("SE-PORT-NAME", E, L::Webhook, QT_TRANSLATE_NOOP("MeshEntry::Message", "Port name syntax"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A port name is missing or not a DNS-1123 label (upper case is accepted)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use letters, digits and `-`, at most 63 characters."));
    add("SE-PORT-PROTOCOL", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Unsupported protocol"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A port protocol that is not TCP, UDP, GRPC, GRPC-Web, HTTP, HTTP_PROXY, HTTP2, HTTPS, "
            "TLS, Mongo, Redis or MySQL (case-insensitive); HBONE is not accepted."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use a supported protocol, or leave it empty for protocol detection."));
    add("SE-PORT-NUMBER-RANGE", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Port number range"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "A port number outside 1..65535 (a missing number is 0)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use a port between 1 and 65535."));
    add("SE-DYNDNS-PROTOCOL", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DYNAMIC_DNS protocols"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution DYNAMIC_DNS and a port whose protocol is not HTTP, TLS, GRPC or HTTP2 "
            "(HTTPS and an unset protocol fail)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Set the protocol to HTTP, TLS, GRPC or HTTP2."));
    add("SE-NONE-NO-ENDPOINTS", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "NONE with endpoints"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Resolution NONE (or absent) and at least one endpoint."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Remove the endpoints, or choose STATIC or DNS resolution."));
    add("SE-DNSRR-MAX-ONE-ENDPOINT", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DNS_ROUND_ROBIN endpoints"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Resolution DNS_ROUND_ROBIN with more than one endpoint."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Keep one endpoint, or use resolution DNS."));
    add("SE-DNS-EP-ADDRESS", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DNS endpoint address"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution DNS or DNS_ROUND_ROBIN and an endpoint address that is neither an IP "
            "address "
            "nor a fully qualified name; an empty address and `unix://` addresses fail too."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Give each endpoint an IP address or a DNS name."));
    add("SE-DYNDNS-NO-ENDPOINTS", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DYNAMIC_DNS without endpoints"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Resolution DYNAMIC_DNS and endpoints set."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Remove the endpoints."));
    add("SE-DYNDNS-LOCATION", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DYNAMIC_DNS location"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution DYNAMIC_DNS and a location other than MESH_EXTERNAL or MESH_INTERNAL "
            "(reachable only with a numeric enum value)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use MESH_EXTERNAL or MESH_INTERNAL."));
    add("SE-DYNDNS-INTERNAL-WAYPOINT", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "DYNAMIC_DNS, MESH_INTERNAL and waypoint"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Resolution DYNAMIC_DNS, location MESH_INTERNAL "
                                                "and label `istio.io/use-waypoint` set to "
                                                "something other than `none`."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use MESH_EXTERNAL, or do not use a waypoint for this entry."));
    add("SE-RESOLUTION-UNKNOWN", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Unknown resolution number"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A numeric resolution outside 0-4 (the webhook's decoder accepts numbers)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use a resolution name."));
    add("SE-EXPORTTO-DUP", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Duplicate exportTo entry"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "An exportTo entry repeats an earlier one; `.` and "
                                                "the entry's own namespace count as the "
                                                "same."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "List each namespace once."));
    add("SE-EXPORTTO-VALUE", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "exportTo entry syntax"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "An exportTo entry that is not `.`, `*`, `~` or a DNS-1123 label."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use `.`, `*`, `~` or a namespace name."));
    add("SE-EXPORTTO-STAR-EXCLUSIVE", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "`*` with other exportTo entries"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "exportTo contains `*` and more than one entry."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use `*` alone."));
    add("SE-EXPORTTO-NONE-EXCLUSIVE", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "`~` with other exportTo entries"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "exportTo contains `~` and more than one entry."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use `~` alone."));

    add("SE-EP/WE-ADDRESS-REQUIRED", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Endpoint address required"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution STATIC and an endpoint with neither address nor network (its other checks "
            "are skipped)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Give the endpoint's IP address."));
    add("SE-EP/WE-ADDRESS-NETWORK-ONLY", W, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Endpoint with network only"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Resolution STATIC and an endpoint with a network but no address."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Give the address if the endpoint is reachable directly."));
    add("SE-EP/WE-UDS-PATH", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Endpoint unix:// path"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution STATIC and a `unix://` endpoint address whose path is empty or not an "
            "absolute file path (`@name` is fine)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Write unix:///absolute/path or unix://@name."));
    add("SE-EP/WE-UDS-NO-PORTS", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Endpoint unix:// with ports"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Resolution STATIC and a `unix://` endpoint with ports."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Remove the endpoint's ports."));
    add("SE-EP/WE-ADDRESS-IP-ONLY", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "STATIC endpoint must be an IP"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution STATIC and an endpoint address that is not an IP address or `unix://` path "
            "(host names are not accepted since Istio 1.20)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use the IP address, or resolution DNS for host names."));
    add("SE-EP/WE-PORT-UNDEFINED", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Endpoint port not in the ServiceEntry"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "An endpoint `ports` key that is not the name of a port in `spec.ports` (the message "
            "shows the endpoint's port number)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use the names of the ServiceEntry's ports as keys."));
    add("SE-EP/WE-PORT-NAME", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Endpoint port name syntax"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "An endpoint `ports` key that is not a DNS-1123 label."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use a valid port name."));
    add("SE-EP/WE-PORT-RANGE", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Endpoint port range"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "An endpoint port value outside 1..65535."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use a port between 1 and 65535."));
    add("SE-EP/WE-LABELS", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Endpoint label syntax"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "An endpoint label key or value that is not "
                                                "Kubernetes label syntax (no length limit on "
                                                "values, upper case accepted)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Follow Kubernetes' label syntax."));
    add("SE-EP/WE-UDS-ONE-SERVICE-PORT", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "unix:// endpoint needs one port"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Resolution STATIC, a `unix://` endpoint, and a number of distinct port names in "
            "`spec.ports` other than one."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Declare exactly one port."));

    add("WE-ADDRESS-REQUIRED", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Address required"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A WorkloadEntry with neither address nor network. "
                                                "The webhook returns only this error."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Give the workload's address."));
    add("WE-ADDRESS-NETWORK-ONLY", W, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Network without address"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A WorkloadEntry with a network but no address."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Give the address if the workload is reachable directly."));
    add("WE-UDS-PATH", E, L::Webhook, QT_TRANSLATE_NOOP("MeshEntry::Message", "unix:// path"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "A `unix://` address whose path is empty or not an absolute file path."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Write unix:///absolute/path or unix://@name."));
    add("WE-UDS-NO-PORTS", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "unix:// with ports"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A `unix://` address together with ports."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Remove the ports."));
    add("WE-ADDRESS-FORMAT", E, L::Webhook,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Address syntax"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "An address that is not an IP address, a fully qualified name or a `unix://` path "
            "(`host:port`, wildcards and `/` fail)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Write an IP address or a DNS name."));
    add("WE-PORT-NAME", E, L::Webhook, QT_TRANSLATE_NOOP("MeshEntry::Message", "Port name syntax"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A `ports` key that is not a DNS-1123 label."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use a valid port name."));
    add("WE-PORT-RANGE", E, L::Webhook, QT_TRANSLATE_NOOP("MeshEntry::Message", "Port range"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "A `ports` value outside 1..65535 (0 included)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Use a port between 1 and 65535."));
    add("WE-LABELS", E, L::Webhook, QT_TRANSLATE_NOOP("MeshEntry::Message", "Label syntax"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A label key or value that is not Kubernetes label syntax (no length limit on values, "
            "upper case accepted)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Follow Kubernetes' label syntax."));

    add("IST0106", E, L::Analyzer, QT_TRANSLATE_NOOP("MeshEntry::Message", "SchemaValidationError"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "istioctl analyze runs the webhook's checks without labels and annotations. Reported "
            "for "
            "each error it finds that the webhook itself would not report (because a metadata rule "
            "short-circuited, or a label changed the outcome)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Fix the underlying webhook rule named in the message."));
    add("IST0133", W, L::Analyzer, QT_TRANSLATE_NOOP("MeshEntry::Message", "SchemaWarning"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "The warning counterpart of IST0106: webhook warnings that only istioctl analyze "
            "reports, because it does not see labels and annotations."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Fix the underlying webhook rule named in the message."));
    add("IST0134", W, L::Analyzer,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "ServiceEntryAddressesRequired"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A ServiceEntry without addresses (and without status.addresses): one warning per port "
            "whose protocol is unset or TCP in any case, whatever the resolution. Not reported "
            "when "
            "the mesh config (--mesh-config) sets defaultConfig.proxyMetadata "
            "ISTIO_META_DNS_CAPTURE "
            "to \"true\" and ISTIO_META_DNS_AUTO_ALLOCATE or PILOT_ENABLE_IP_AUTOALLOCATE to "
            "\"true\"."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Add addresses, or set a non-TCP protocol."));
    add("IST0171", W, L::Analyzer,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "NegativeConditionStatus"),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "A status condition of type istio.io/WaypointBound has status False."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Check the waypoint the resource is bound to."));
    add("IST0177", W, L::Analyzer,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "ConflictingServiceEntryProtocol"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Several ServiceEntries visible in a common exportTo scope define the same host and "
            "port "
            "number with different protocols (compared upper-cased; unset is a value of its own). "
            "Each ServiceEntry involved is reported once, on its name."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use one protocol per host and port across ServiceEntries."));

    add("ME-DUPLICATE-KEY", E, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Duplicate mapping key"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A mapping has the same key twice. Kubernetes' YAML reader rejects it under strict "
            "decoding and otherwise keeps only the last value."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Keep one of the keys."));
    add("ME-YAML11-TYPING", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "YAML 1.1 typing trap"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "An unquoted label or annotation key or value that Kubernetes' YAML 1.1 reader does "
            "not "
            "read as the string written (`on`, `yes`, `1.0`, `0755`, `null`), or an integer field "
            "written as a YAML 1.1 octal, hexadecimal or binary number (`0443` is 291)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Quote the value (\"on\"), or write the number in plain decimal."));
    add("ME-PROTOCOL-CASE", I, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Protocol in another case"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A port protocol that Istio knows, written in another case than Istio spells it "
            "(`https` "
            "for HTTPS, `grpc-web` for GRPC-Web). Istio reads protocols case-insensitively, but "
            "checks that compare the text do not: the webhook's address warning matches only `TCP` "
            "and an empty protocol."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Write the protocol as Istio does (one-click fix)."));
    add("ME-PORT-NAME-CONVENTION", I, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Port name names another protocol"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A port name that by the `<protocol>[-suffix]` convention names a protocol of another "
            "kind than the port's `protocol` (`http-api` on a TCP port, `tcp` on an HTTPS port). "
            "Istio reads a ServiceEntry's `protocol` field, but people and tools read the name, "
            "and Istio itself does for Kubernetes Services. HTTP, HTTP2, GRPC, GRPC-Web and "
            "HTTP_PROXY count as one kind, HTTPS and TLS as one, TCP, Mongo, Redis and MySQL as "
            "one; names without a protocol prefix are not reported."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Name the port after its protocol (one-click fix: "
                                                "`tcp`, or `tcp-<number>` when another "
                                                "port has that name)."));
    add("ME-EXPORTTO-UNKNOWN-NAMESPACE", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "exportTo names an unknown namespace"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "An exportTo entry names a namespace that is not "
                                                "among the known namespaces (given with "
                                                "--namespaces or read from the cluster)."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Correct the namespace name, or create the namespace."));
    add("ME-DUPLICATE-NAME", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Same kind, namespace and name twice"),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Two open documents have the same kind, namespace "
                                                "and name; applying both keeps only the "
                                                "last."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Rename one of them, or remove the duplicate."));
    add("ME-HOST-PORTS-DIFFER", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Same host and namespace, ports not merged"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "ServiceEntries of one host in one namespace become one service with all their ports "
            "when resolution, metadata.labels, workloadSelector and exportTo agree (exportTo "
            "compared as written, so `.` is not the namespace's name); then nothing is reported. "
            "When one of them differs, Istio keeps the entry a sidecar meets first (one exported "
            "to it explicitly before a public one, else the oldest by creationTimestamp) and "
            "ignores the other's ports that it lacks: sidecars that see both get listeners but no "
            "cluster for them (sidecar.go:appendSidecarServices, canMergeServices). Reported on "
            "both entries, naming what differs, the entry kept and the ports lost. Entries of "
            "other namespaces are not merged at all: ME-ROUTE-HOST-SHADOWED says which one wins."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Make the four agree so that Istio merges the entries, or define all "
                          "ports of the host in one ServiceEntry."));
    add("ME-SELECTOR-NO-MATCH", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Selector matches no workload"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A workloadSelector selects no Pod or WorkloadEntry in the ServiceEntry's namespace, "
            "among the open files and the workloads given with --workloads (only checked when "
            "workloads are known), or selects only workloads Istio makes no endpoint of (a Pod "
            "that is not Ready, terminating or without an IP; a host-name or unix:// "
            "WorkloadEntry under a resolution other than DNS; a health-checked WorkloadEntry "
            "that is not Healthy). The same matcher as `meshentry match` and the Selected "
            "workloads panel decides."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Correct the selector labels or the namespace, or the workloads."));
    add("ME-STATIC-FQDN-WORKLOAD", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "STATIC ServiceEntry selects a host-name workload"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A WorkloadEntry whose address is a host name or `unix://` path is selected by a "
            "ServiceEntry whose resolution is not DNS or DNS_ROUND_ROBIN (STATIC, NONE, "
            "DYNAMIC_DNS); Istio silently skips it."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use an IP address, or resolution DNS in the ServiceEntry."));
    add("ME-WORKLOAD-PORT-UNKNOWN", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Workload port no ServiceEntry has"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A WorkloadEntry `ports` key that is not the name of a port of any ServiceEntry "
            "selecting it; Istio ignores it and uses the service's targetPort or number."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Use the name of the ServiceEntry port it should override."));

    // Conflicts the routing model finds (ISTIO-ROUTING.md): what sidecars silently lose.
    add("ME-ROUTE-PORT-CAPTURED", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "No-address TCP port captures a shared port"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A TCP or protocol-less port of a ServiceEntry without addresses becomes the match-all "
            "filter chain of listener 0.0.0.0_<port>, so every connection to that port that no "
            "other "
            "chain matches goes to its cluster, while other ServiceEntries visible to the same "
            "sidecars declare the port too. Reported on the capturing port, with the namespaces "
            "whose sidecars are affected."),
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Give the entry addresses (or its hosts a real "
                                                "protocol such as TLS), or move the other "
                                                "hosts to another port."));
    add("ME-ROUTE-LISTENER-DROPPED", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Filter chain dropped on a shared listener"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Two entries visible to the same sidecars build a filter chain with the same match on "
            "one "
            "listener (the same address and port, the same CIDR after masking, the same SNI, or no "
            "address at all): istiod keeps the first and drops the other (listener.go:"
            "mergeTCPFilterChains), or Mongo or MySQL meets another protocol on one port. Reported "
            "on the dropped port or address, with the entry that wins and why it comes first."),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Give the entries distinct addresses or ports, or a protocol whose chains differ (TLS "
            "matches by SNI)."));
    add("ME-ROUTE-HOST-SHADOWED", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Host shadowed by another entry"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "The same host is visible to sidecars of a namespace from several namespaces: one "
            "entry wins (the sidecar's own namespace first, then entries exported to it "
            "explicitly, then the oldest) and the others are invisible to those sidecars. "
            "Reported on the losing host. Entries of one namespace that Istio does not merge are "
            "ME-HOST-PORTS-DIFFER."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Keep one entry per host, or restrict the others with exportTo."));
    add("ME-SIDECAR-IMPORT-NOTHING", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "Sidecar egress host imports nothing"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "A Sidecar egress host names a host that no ServiceEntry visible to the sidecars it "
            "applies to matches (a typo, a wrong namespace, an entry not exported to them), or is "
            "not of the form namespace/host and is ignored. Hosts `*` and Kubernetes Service names "
            "(`*.svc.*`) are not checked: only the cluster knows its Services."),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "Correct the namespace or the host, or export the entry to the namespace."));
    add("ME-EXPORTTO-NO-WORKLOADS", W, L::MeshEntry,
        QT_TRANSLATE_NOOP("MeshEntry::Message", "exportTo hides the entry from every workload"),
        QT_TRANSLATE_NOOP(
            "MeshEntry::Message",
            "The exportTo a sidecar applies (declared or mesh default, narrowed by "
            "serviceEntryVisibility) makes the entry visible to none of the namespaces that have "
            "workloads (WorkloadEntries, Pods, Deployments and other workloads in the files). An "
            "exportTo of exactly [\"~\"] is deliberate and not reported."),
        QT_TRANSLATE_NOOP("MeshEntry::Message",
                          "Export the entry to the namespaces whose workloads call it."));
}

const RuleRegistry &RuleRegistry::instance()
{
    static const RuleRegistry registry;
    return registry;
}

const Rule *RuleRegistry::find(QStringView id) const
{
    const auto it = m_index.constFind(id.toString());
    return it == m_index.cend() ? nullptr : &m_rules[it.value()];
}

const Rule &RuleRegistry::rule(QStringView id) const
{
    const Rule *found = find(id);
    Q_ASSERT_X(found, "RuleRegistry::rule", "unregistered rule id");
    return *found;
}

QString RuleRegistry::layerName(RuleLayer layer)
{
    switch (layer) {
    case RuleLayer::Syntax:
        return QStringLiteral("YAML syntax");
    case RuleLayer::Decoding:
        return QStringLiteral("Decoding (L0)");
    case RuleLayer::Apiserver:
        return QStringLiteral("Kubernetes apiserver: CRD schema and CEL (L1)");
    case RuleLayer::Webhook:
        return QStringLiteral("Istio validating webhook (L2)");
    case RuleLayer::Analyzer:
        return QStringLiteral("istioctl analyze (L3)");
    case RuleLayer::MeshEntry:
        return QStringLiteral("MeshEntry checks");
    }
    return QString();
}

QString RuleRegistry::markdown() const
{
    QString text = QStringLiteral(
        "# Validation rules\n"
        "\n"
        "Generated from the rule registry (`model/validation/ruleregistry.cpp`) by\n"
        "`meshentry rules --markdown > docs/RULES.md`; `tst_rulesdoc` fails when this file and "
        "the\n"
        "registry drift apart.\n"
        "\n"
        "Each layer that would judge a document reports its own verdict under its own ids, so one\n"
        "mistake can show up once per layer (for example CRD-SE-PORTS-LISTMAP and "
        "SE-PORT-NAME-DUP\n"
        "for a duplicate port name). Istio's own rules keep the ids of ISTIO-RULES.md; ids of\n"
        "MeshEntry's checks start with `ME-`; DECODE-*, WEBHOOK-UNKNOWN-FIELD, CRD-API-VERSION "
        "and\n"
        "CRD-METADATA-* name Istio and Kubernetes behaviour that ISTIO-RULES.md describes without "
        "an\n"
        "id. Silence a rule for one resource with the annotation\n"
        "`galley.istio.io/analyze-suppress: \"RULE,RULE\"` (or `*`), or on the command line with\n"
        "`--suppress 'RULE=Kind name.namespace'` (`*` matches any text).\n");
    RuleLayer layer = RuleLayer::Syntax;
    bool first = true;
    for (const Rule &rule : m_rules) {
        if (first || rule.layer != layer) {
            layer = rule.layer;
            first = false;
            text += QStringLiteral(
                        "\n## %1\n\n| id | severity | triggered by | fix |\n|---|---|---|---|\n")
                        .arg(layerName(layer));
        }
        text += QStringLiteral("| `%1` | %2 | **%3.** %4 | %5 |\n")
                    .arg(rule.id, severityName(rule.severity), cell(rule.title), cell(rule.trigger),
                         cell(rule.fix));
    }
    return text;
}

} // namespace MeshEntry
