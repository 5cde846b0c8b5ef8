#include "documentvalidator.h"

#include "analyzerchecks.h"
#include "conventionchecks.h"
#include "crdrulechecks.h"
#include "flowcolonscalar.h"
#include "istiopredicates.h"
#include "metadatachecks.h"
#include "ruleregistry.h"
#include "schemachecks.h"
#include "serviceentryview.h"
#include "spantree.h"
#include "validationcontext.h"
#include "webhookchecks.h"
#include "yamldocument.h"

#include <QDateTime>

#include <algorithm>

namespace MeshEntry {

namespace {

bool hasError(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &diagnostic) {
        return diagnostic.severity == Severity::Error;
    });
}

void reportSyntaxErrors(const QList<YamlError> &errors, const QByteArray &text,
                        QList<Diagnostic> *out)
{
    const Rule &rule = RuleRegistry::instance().rule(u"YAML-SYNTAX");
    for (const YamlError &error : errors) {
        Diagnostic diagnostic;
        diagnostic.rule = rule.id;
        diagnostic.severity = rule.severity;
        diagnostic.message = error.message;
        diagnostic.start = qBound(qsizetype(0), error.offset, text.size());
        diagnostic.end = qMin(diagnostic.start + 1, text.size());
        if (const FlowColonScalar scalar = FlowColonScalar::find(text, error); scalar.isValid()) {
            diagnostic.message = scalar.message();
            diagnostic.start = scalar.start;
            diagnostic.end = scalar.end;
        }
        out->append(diagnostic);
    }
}

/// ME-EXPORTTO-UNKNOWN-NAMESPACE: only when the cluster's namespaces are known.
void checkExportToNamespaces(ValidationContext &context, const ServiceEntryView &view)
{
    const ValidationOptions &options = context.options();
    if (!options.namespacesKnown)
        return;
    for (const Located<QString> &entry : view.exportTo) {
        if (entry.value == u"." || entry.value == u"*" || entry.value == u"~" ||
            options.knownNamespaces.contains(entry.value) ||
            context.reader().jsonType(entry.node) != JsonType::String)
            continue;
        context.report(u"ME-EXPORTTO-UNKNOWN-NAMESPACE",
                       QStringLiteral("exportTo names namespace %1, which does not exist")
                           .arg(IstioPredicates::goQuote(entry.value)),
                       entry.node);
    }
}

/// f gets the bytes of a view's value: the node's own (a span of the document) when they are
/// the value, else a copy (a key JSON spells otherwise, like `yes` read as `true`).
template <typename Use>
void withBytes(const NodeReader &reader, int node, const QString &value, Use use)
{
    const YamlText bytes = reader.utf8(node);
    if (bytes == value) {
        use(bytes);
        return;
    }
    const QByteArray copy = value.toUtf8();
    use(YamlText(copy.constData(), copy.size()));
}

void fillCommonFacts(const ValidationContext &context, DocumentFacts *facts)
{
    const ObjectMetaView &meta = context.meta();
    facts->setText(context.tree().text());
    facts->kindName = context.kind();
    // Keep the strings shared with the document's info where they are the same.
    if (facts->name != meta.name.value)
        facts->name = meta.name.value;
    if (facts->namespaceName != context.namespaceName())
        facts->namespaceName = context.namespaceName();
    facts->nameNode = meta.name.present() ? meta.name.node : -1;
    if (const ObjectMetaView::Entry *suppress =
            meta.annotation(u"galley.istio.io/analyze-suppress")) {
        facts->hasSuppress = true;
        withBytes(context.reader(), suppress->valueNode, suppress->value,
                  [facts](YamlText text) { facts->setSuppress(text); });
    }
}

void fillServiceEntryFacts(const ValidationContext &context, const ServiceEntryView &view,
                           DocumentFacts *facts)
{
    const NodeReader &reader = context.reader();
    facts->kind = DocumentFacts::Kind::ServiceEntry;
    for (const Located<QString> &host : view.hosts)
        withBytes(reader, host.node, host.value,
                  [&](YamlText text) { facts->addHost(text, host.node); });
    for (const ServiceEntryView::Port &port : view.ports)
        withBytes(reader, port.name.node, port.name.value, [&](YamlText name) {
            withBytes(reader, port.protocol.node, port.protocol.value, [&](YamlText protocol) {
                facts->addPort(port.number.value, name, protocol);
            });
        });
    for (const Located<QString> &entry : view.exportTo)
        withBytes(reader, entry.node, entry.value,
                  [facts](YamlText text) { facts->addExportTo(text); });
    facts->resolution = view.resolution.value;
    // What canMergeServices compares besides the spec, and the order it keeps entries in.
    for (const ObjectMetaView::Entry &label : context.meta().labels) {
        withBytes(reader, label.keyNode, label.key, [&](YamlText key) {
            withBytes(reader, label.valueNode, label.value,
                      [&](YamlText value) { facts->setLabel(key, value); });
        });
    }
    const Located<QString> created = reader.stringAt(context.meta().node, u"creationTimestamp");
    if (created.present()) {
        const QDateTime time = QDateTime::fromString(created.value, Qt::ISODate);
        if (time.isValid())
            facts->created = time.toSecsSinceEpoch();
    }
    facts->hasSelector = view.hasWorkloadSelector();
    for (const ObjectMetaView::Entry &label : view.selectorLabels)
        facts->selector.insert(label.key, label.value);
    facts->selectorNode = view.workloadSelectorNode;
}

void fillWorkloadEntryFacts(const ValidationContext &context, const WorkloadEntryView &view,
                            DocumentFacts *facts)
{
    const NodeReader &reader = context.reader();
    facts->kind = DocumentFacts::Kind::WorkloadEntry;
    // metadata.labels win over spec.labels, as a map filled in this order keeps them.
    for (const QList<ObjectMetaView::Entry> *labels : {&view.labels, &context.meta().labels}) {
        for (const ObjectMetaView::Entry &label : *labels) {
            withBytes(reader, label.keyNode, label.key, [&](YamlText key) {
                withBytes(reader, label.valueNode, label.value,
                          [&](YamlText value) { facts->setLabel(key, value); });
            });
        }
    }
    withBytes(reader, view.address.node, view.address.value,
              [facts](YamlText text) { facts->setAddress(text); });
    facts->addressNode = view.address.present() ? view.address.node : context.spec();
    for (const WorkloadEntryView::Port &port : view.ports)
        withBytes(reader, port.keyNode, port.name,
                  [&](YamlText name) { facts->addWorkloadPort(name, port.keyNode); });
    withBytes(reader, view.network.node, view.network.value,
              [facts](YamlText text) { facts->setNetwork(text); });
    withBytes(reader, view.locality.node, view.locality.value,
              [facts](YamlText text) { facts->setLocality(text); });
    if (const ObjectMetaView::Entry *checks =
            context.meta().annotation(u"proxy.istio.io/health-checks-enabled"))
        withBytes(reader, checks->valueNode, checks->value,
                  [facts](YamlText text) { facts->setHealthChecks(text); });
    for (const int condition :
         reader.items(reader.value(reader.value(context.root(), u"status"), u"conditions"))) {
        if (reader.text(reader.value(condition, u"type")) != u"Healthy")
            continue;
        const int status = reader.value(condition, u"status");
        withBytes(reader, status, reader.text(status),
                  [facts](YamlText text) { facts->setHealthyStatus(text); });
    }
}

} // namespace

bool DocumentValidator::isIstioDocument(const DocumentInfo &info)
{
    return (info.kind == u"ServiceEntry" || info.kind == u"WorkloadEntry") &&
           info.apiVersion.startsWith(u"networking.istio.io/");
}

bool DocumentValidator::isSuppressed(QStringView rule, const DocumentFacts &facts,
                                     const ValidationOptions &options)
{
    if (facts.hasSuppress && Suppression::annotationSuppresses(facts.suppress(), rule))
        return true;
    for (const Suppression &suppression : options.suppressions) {
        if (suppression.matches(rule, facts.kindName, facts.name, facts.namespaceName))
            return true;
    }
    return false;
}

DocumentValidator::Result DocumentValidator::validate(const YamlDocument &document,
                                                      const ValidationOptions &options)
{
    return validate(document.tree(), document.info(), document.syntaxErrors(), options);
}

DocumentValidator::Result DocumentValidator::validate(const SpanTree &tree,
                                                      const DocumentInfo &info,
                                                      const QList<YamlError> &syntaxErrors,
                                                      const ValidationOptions &options)
{
    Result result;
    result.facts.kindName = info.kind;
    result.facts.name = info.name;
    result.facts.namespaceName =
        info.namespaceName.isEmpty() ? options.defaultNamespace : info.namespaceName;
    if (!syntaxErrors.isEmpty()) {
        reportSyntaxErrors(syntaxErrors, tree.text(), &result.diagnostics);
    } else if (isIstioDocument(info) && tree.root() >= 0) {
        const FieldTable *table = FieldTable::forKind(info.kind);
        ValidationContext context(tree, *table, options);
        fillCommonFacts(context, &result.facts);
        MetadataChecks::run(context);
        SchemaChecks::run(context);
        if (context.isServiceEntry()) {
            const ServiceEntryView view = ServiceEntryView::read(context.reader(), context.spec());
            CrdRuleChecks::runServiceEntry(context, view);
            const qsizetype before = context.diagnostics().size();
            WebhookChecks::runServiceEntry(context, view, WebhookChecks::Metadata::Used);
            const QList<Diagnostic> webhook = context.diagnostics().mid(before);
            if (!context.decodeFailed && !hasError(webhook))
                WebhookChecks::checkTopLevelKeys(context);
            AnalyzerChecks::runServiceEntry(context, view, webhook);
            checkExportToNamespaces(context, view);
            ConventionChecks::runServiceEntry(context, view);
            fillServiceEntryFacts(context, view, &result.facts);
        } else {
            const WorkloadEntryView view =
                WorkloadEntryView::read(context.reader(), context.spec());
            CrdRuleChecks::runWorkloadEntry(context, view);
            const qsizetype before = context.diagnostics().size();
            WebhookChecks::runWorkloadEntry(context, view, WebhookChecks::Metadata::Used);
            const QList<Diagnostic> webhook = context.diagnostics().mid(before);
            if (!context.decodeFailed && !hasError(webhook))
                WebhookChecks::checkTopLevelKeys(context);
            AnalyzerChecks::runWorkloadEntry(context, view, webhook);
            fillWorkloadEntryFacts(context, view, &result.facts);
        }
        // The cross-document findings are placed from these: the index never needs the tree
        // (which may be gone, or mid-replacement in an open file, when they are made).
        result.facts.place(tree);
        result.diagnostics = context.takeDiagnostics();
    }
    result.diagnostics.removeIf([&](const Diagnostic &diagnostic) {
        return isSuppressed(diagnostic.rule, result.facts, options);
    });
    std::sort(result.diagnostics.begin(), result.diagnostics.end(), diagnosticLessThan);
    return result;
}

} // namespace MeshEntry
