#include "metadatachecks.h"

#include "istiopredicates.h"
#include "validationcontext.h"

namespace MeshEntry::MetadataChecks {

namespace {

using IstioPredicates::goQuote;

bool isString(const ValidationContext &context, int node)
{
    return node >= 0 && context.reader().jsonType(node) == JsonType::String;
}

void checkName(ValidationContext &context)
{
    const ObjectMetaView &meta = context.meta();
    if (!meta.name.present()) {
        if (context.reader().presentValue(meta.node, u"generateName") < 0)
            context.report(u"CRD-METADATA-NAME",
                           MessageText(QT_TRANSLATE_NOOP(
                               "MeshEntry::Message",
                               "metadata.name: Required value: name or generateName is required")),
                           meta.node);
        return;
    }
    if (!isString(context, meta.name.node))
        return;
    const QString &name = meta.name.value;
    if (name.size() > 253)
        context.report(
            u"CRD-METADATA-NAME",
            MessageText(
                QT_TRANSLATE_NOOP(
                    "MeshEntry::Message",
                    "metadata.name: Invalid value: %1: must be no more than 253 characters"))
                .arg(goQuote(name)),
            meta.name.node);
    else if (!IstioPredicates::isKubernetesSubdomain(name))
        context.report(
            u"CRD-METADATA-NAME",
            MessageText(
                QT_TRANSLATE_NOOP(
                    "MeshEntry::Message",
                    "metadata.name: Invalid value: %1: a lowercase RFC 1123 subdomain must "
                    "consist of lower case alphanumeric characters, '-' or '.', and must "
                    "start and end with an alphanumeric character (e.g. 'example.com', regex "
                    "used for validation is "
                    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"))
                .arg(goQuote(name)),
            meta.name.node);
}

void checkNamespace(ValidationContext &context)
{
    const ObjectMetaView &meta = context.meta();
    if (!isString(context, meta.namespaceName.node))
        return;
    const QString &namespaceName = meta.namespaceName.value;
    if (namespaceName.size() > 63)
        context.report(
            u"CRD-METADATA-NAMESPACE",
            MessageText(
                QT_TRANSLATE_NOOP(
                    "MeshEntry::Message",
                    "metadata.namespace: Invalid value: %1: must be no more than 63 characters"))
                .arg(goQuote(namespaceName)),
            meta.namespaceName.node);
    else if (!IstioPredicates::isKubernetesLabel(namespaceName))
        context.report(
            u"CRD-METADATA-NAMESPACE",
            MessageText(
                QT_TRANSLATE_NOOP(
                    "MeshEntry::Message",
                    "metadata.namespace: Invalid value: %1: a lowercase RFC 1123 label must "
                    "consist of lower case alphanumeric characters or '-', and must start "
                    "and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', "
                    "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"))
                .arg(goQuote(namespaceName)),
            meta.namespaceName.node);
}

void checkKeys(ValidationContext &context, const QList<ObjectMetaView::Entry> &entries,
               const char *rule, const char *field, bool values)
{
    for (const ObjectMetaView::Entry &entry : entries) {
        const QString keyProblem = IstioPredicates::checkQualifiedName(entry.key).text();
        if (!keyProblem.isEmpty())
            context.reportAt(QString::fromLatin1(rule),
                             MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                           "metadata.%1: Invalid value: %2: %3"))
                                 .arg(QLatin1String(field), goQuote(entry.key), keyProblem),
                             context.keySpan(entry.keyNode));
        if (!values || !isString(context, entry.valueNode))
            continue;
        const QString valueProblem = IstioPredicates::checkKubernetesLabelValue(entry.value).text();
        if (!valueProblem.isEmpty())
            context.report(QString::fromLatin1(rule),
                           MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                         "metadata.%1: Invalid value: %2: %3"))
                               .arg(QLatin1String(field), goQuote(entry.value), valueProblem),
                           entry.valueNode);
    }
}

} // namespace

void run(ValidationContext &context)
{
    const NodeReader &reader = context.reader();
    const int apiVersion = reader.value(context.root(), u"apiVersion");
    const QString version = reader.text(apiVersion);
    if (version != u"networking.istio.io/v1" && version != u"networking.istio.io/v1beta1" &&
        version != u"networking.istio.io/v1alpha3")
        context.report(u"CRD-API-VERSION",
                       MessageText(QT_TRANSLATE_NOOP("MeshEntry::Message",
                                                     "no matches for kind %1 in version %2"))
                           .arg(goQuote(context.kind()), goQuote(version)),
                       apiVersion);
    checkName(context);
    checkNamespace(context);
    checkKeys(context, context.meta().labels, "CRD-METADATA-LABELS", "labels", true);
    checkKeys(context, context.meta().annotations, "CRD-METADATA-ANNOTATIONS", "annotations",
              false);
}

} // namespace MeshEntry::MetadataChecks
