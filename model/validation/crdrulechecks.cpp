#include "crdrulechecks.h"

#include "istiopredicates.h"
#include "serviceentryview.h"
#include "validationcontext.h"

namespace MeshEntry::CrdRuleChecks {

namespace {

using IstioPredicates::goQuote;

/// A CEL rule's finding on path: message is a template "%1: Invalid value:
/// \"%2\": …" (the apiserver's framing around the rule's own text, one sentence
/// for translators).
MessageText celError(const QString &path, const char *type, const char *message)
{
    return MessageText(message).arg(path, QLatin1String(type));
}

/// A string value CEL can look at: present and of type string.
bool stringValue(const NodeReader &reader, const Located<QString> &field, QString *value)
{
    if (!field.present() || reader.jsonType(field.node) != JsonType::String)
        return false;
    *value = field.value;
    return true;
}

/// An integer in the schema's range, so that CEL runs on it.
bool schemaInteger(const NodeReader &reader, int node, qint64 *value)
{
    return reader.integer(node, value) && *value >= 0 && *value <= 0xFFFFFFFFLL;
}

/// WorkloadEntry spec or one endpoint: `path` is `spec` or `spec.endpoints[i]`.
void checkWorkload(ValidationContext &context, const WorkloadEntryView &view, const QString &path)
{
    const NodeReader &reader = context.reader();
    if (!view.address.present() && !view.network.present())
        context.report(
            u"CRD-WE-ADDRESS-OR-NETWORK",
            celError(path, "object",
                     QT_TRANSLATE_NOOP("MeshEntry::Message",
                                       "%1: Invalid value: \"%2\": Address is required")),
            view.node);
    QString address;
    if (stringValue(reader, view.address, &address) && address.startsWith(u"unix://")) {
        if (address.size() == 7)
            context.report(
                u"CRD-WE-UDS-ABS",
                celError(path, "object",
                         QT_TRANSLATE_NOOP("MeshEntry::Message",
                                           "%1: Invalid value: \"%2\": UDS must be an absolute "
                                           "path or abstract socket (the apiserver fails to "
                                           "evaluate this rule for a bare unix://)")),
                view.address.node);
        else if (address[7] != u'/' && address[7] != u'@')
            context.report(u"CRD-WE-UDS-ABS",
                           celError(path, "object",
                                    QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                      "%1: Invalid value: \"%2\": UDS must be "
                                                      "an absolute path or abstract socket")),
                           view.address.node);
        if (address.endsWith(u'/'))
            context.report(
                u"CRD-WE-UDS-NOT-DIR",
                celError(path, "object",
                         QT_TRANSLATE_NOOP("MeshEntry::Message",
                                           "%1: Invalid value: \"%2\": UDS may not be a dir")),
                view.address.node);
        if (view.portsNode >= 0)
            context.report(
                u"CRD-WE-UDS-NO-PORTS",
                celError(path, "object",
                         QT_TRANSLATE_NOOP("MeshEntry::Message",
                                           "%1: Invalid value: \"%2\": UDS may not include ports")),
                view.portsNode);
    }
    if (view.portsNode < 0 || reader.jsonType(view.portsNode) != JsonType::Object)
        return;
    const QString portsPath = path + QStringLiteral(".ports");
    for (const WorkloadEntryView::Port &port : view.ports) {
        qint64 number = 0;
        if (schemaInteger(reader, port.valueNode, &number) && (number < 1 || number > 65535)) {
            context.report(u"CRD-WE-PORTS",
                           celError(portsPath, "object",
                                    QT_TRANSLATE_NOOP(
                                        "MeshEntry::Message",
                                        "%1: Invalid value: \"%2\": port must be between 1-65535")),
                           port.valueNode);
            break;
        }
    }
    for (const WorkloadEntryView::Port &port : view.ports) {
        if (port.name.size() >= 63 || !IstioPredicates::isDns1123Label(port.name)) {
            context.reportAt(
                u"CRD-WE-PORTS",
                celError(portsPath, "object",
                         QT_TRANSLATE_NOOP("MeshEntry::Message",
                                           "%1: Invalid value: \"%2\": port name must be valid")),
                context.keySpan(port.keyNode));
            break;
        }
    }
}

} // namespace

void runWorkloadEntry(ValidationContext &context, const WorkloadEntryView &view)
{
    if (view.node >= 0)
        checkWorkload(context, view, QStringLiteral("spec"));
}

void runServiceEntry(ValidationContext &context, const ServiceEntryView &view)
{
    if (view.node < 0)
        return;
    const NodeReader &reader = context.reader();
    const SpanTree &tree = context.tree();
    QString text;
    for (int i = 0; i < view.hosts.size(); ++i) {
        if (stringValue(reader, view.hosts[i], &text) && text == u"*")
            context.report(u"CRD-SE-HOST-NOT-STAR",
                           celError(QStringLiteral("spec.hosts[%1]").arg(i), "string",
                                    QT_TRANSLATE_NOOP(
                                        "MeshEntry::Message",
                                        "%1: Invalid value: \"%2\": hostname cannot be wildcard")),
                           view.hosts[i].node);
    }

    QStringList names;
    QList<qint64> numbers;
    bool duplicateNumber = false;
    for (int i = 0; i < view.ports.size(); ++i) {
        const ServiceEntryView::Port &port = view.ports[i];
        if (stringValue(reader, port.name, &text)) {
            if (names.contains(text))
                context.report(
                    u"CRD-SE-PORTS-LISTMAP",
                    MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "spec.ports[%1]: Duplicate value: "
                                                  "map[string]interface {}{\"name\":%2}"))
                        .arg(i)
                        .arg(goQuote(text)),
                    port.name.node);
            names.append(text);
        }
        qint64 number = 0;
        if (schemaInteger(reader, port.number.node, &number)) {
            if (number < 1 || number > 65535)
                context.report(
                    u"CRD-SE-PORT-NUMBER-RANGE",
                    celError(QStringLiteral("spec.ports[%1].number").arg(i), "integer",
                             QT_TRANSLATE_NOOP(
                                 "MeshEntry::Message",
                                 "%1: Invalid value: \"%2\": port must be between 1-65535")),
                    port.number.node);
            if (numbers.contains(number) && !duplicateNumber) {
                duplicateNumber = true;
                context.report(u"CRD-SE-PORT-NUMBER-UNIQUE",
                               celError(QStringLiteral("spec.ports"), "array",
                                        QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                          "%1: Invalid value: \"%2\": port number "
                                                          "cannot be duplicated")),
                               port.number.node);
            }
            numbers.append(number);
        }
        if (schemaInteger(reader, port.targetPort.node, &number) && (number < 1 || number > 65535))
            context.report(u"CRD-SE-PORT-TARGET-RANGE",
                           celError(QStringLiteral("spec.ports[%1].targetPort").arg(i), "integer",
                                    QT_TRANSLATE_NOOP(
                                        "MeshEntry::Message",
                                        "%1: Invalid value: \"%2\": port must be between 1-65535")),
                           port.targetPort.node);
    }

    for (const ObjectMetaView::Entry &label : view.selectorLabels) {
        if (reader.jsonType(label.valueNode) == JsonType::String && label.value.contains(u'*'))
            context.report(u"CRD-SE-SELECTOR-LABELS",
                           celError(tree.pathOf(label.valueNode).toString(), "string",
                                    QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                      "%1: Invalid value: \"%2\": wildcard is "
                                                      "not supported in selector")),
                           label.valueNode);
    }

    if (view.hasWorkloadSelector() && view.endpointsNode >= 0)
        context.report(u"CRD-SE-ONEOF",
                       celError(QStringLiteral("spec"), "object",
                                QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                  "%1: Invalid value: \"%2\": only one of "
                                                  "WorkloadSelector or Endpoints can be set")),
                       view.endpointsNode);
    // The spec-level rules compare resolution as a string; a number fails the
    // schema instead.
    const bool resolutionIsString =
        !view.resolution.present() || reader.jsonType(view.resolution.node) == JsonType::String;
    const QString resolution =
        view.resolution.present() ? reader.text(view.resolution.node) : QStringLiteral("NONE");
    if (resolutionIsString) {
        for (const Located<QString> &address : view.addresses) {
            if (stringValue(reader, address, &text) && text.contains(u'/') &&
                resolution != u"STATIC" && resolution != u"NONE") {
                context.report(
                    u"CRD-SE-CIDR",
                    celError(QStringLiteral("spec"), "object",
                             QT_TRANSLATE_NOOP("MeshEntry::Message",
                                               "%1: Invalid value: \"%2\": CIDR addresses are "
                                               "allowed only for NONE/STATIC resolution types")),
                    address.node);
                break;
            }
        }
        if (resolution == u"NONE" && view.endpointsNode >= 0)
            context.report(
                u"CRD-SE-NONE-ENDPOINTS",
                celError(
                    QStringLiteral("spec"), "object",
                    QT_TRANSLATE_NOOP("MeshEntry::Message",
                                      "%1: Invalid value: \"%2\": NONE mode cannot set endpoints")),
                view.endpointsNode);
        if (resolution == u"DNS_ROUND_ROBIN" && view.endpoints.size() > 1)
            context.report(u"CRD-SE-DNSRR-ENDPOINTS",
                           celError(QStringLiteral("spec"), "object",
                                    QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                      "%1: Invalid value: \"%2\": DNS_ROUND_ROBIN "
                                                      "mode cannot have multiple endpoints")),
                           view.endpointsNode);
    }
    for (int i = 0; i < view.endpoints.size(); ++i) {
        if (view.endpoints[i].node >= 0)
            checkWorkload(context, view.endpoints[i], QStringLiteral("spec.endpoints[%1]").arg(i));
    }
}

} // namespace MeshEntry::CrdRuleChecks
